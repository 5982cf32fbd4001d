"""The volunteering catalogue: opportunities and the interests that tag them.

An opportunity is data, not code: its fields live in ``Opportunity.data`` as they came from the
catalogue file or the central database (which may know fields a kiosk does not: they are kept
and ignored). :class:`OpportunityInfo` is the checked, typed view the kiosk and the command line
use.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import col, select

from mokoko_desktop.models import Interest, Opportunity
from mokoko_desktop.store import Store
from shared_kernel.i18n import pick
from shared_kernel.opportunity_data import OpportunityInfo


class Opportunities:
    """Read access to the opportunities and interests in the local store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def interests(self) -> list[Interest]:
        with self._store.session() as session:
            return list(session.exec(select(Interest).order_by(col(Interest.sort_order), col(Interest.code))))

    def unknown_interests(self, codes: list[str]) -> list[str]:
        """Those of ``codes`` that are not in the interests catalogue, sorted."""
        if not codes:
            return []
        return sorted(set(codes) - {interest.code for interest in self.interests()})

    def interest_names(self, language: str) -> dict[str, str]:
        return {interest.code: pick(interest.name, language) for interest in self.interests()}

    def get(self, opportunity_id: str) -> OpportunityInfo | None:
        """The opportunity with this id, active or not (sign-ups keep naming it)."""
        with self._store.session() as session:
            row = session.get(Opportunity, opportunity_id)
        return _info(row) if row is not None else None

    def browse(
        self,
        day: dt.date,
        *,
        tag: str | None = None,
        near_stop: str | None = None,
        age_group: str | None = None,
        only_near: bool = False,
    ) -> list[OpportunityInfo]:
        """The opportunities open on ``day``. With ``tag`` only those with that interest; with
        ``age_group`` only those someone of that age may join. With ``near_stop`` those near that
        stop come first, then those for the whole municipality, then the rest (``only_near``
        leaves the rest out)."""
        with self._store.session() as session:
            rows = list(session.exec(select(Opportunity).where(col(Opportunity.active))))
        found = []
        for row in rows:
            info = _info(row)
            if info is None or not info.is_active(day):
                continue
            if tag and tag not in info.tags:
                continue
            if not info.suits_age_group(age_group):
                continue
            found.append(info)

        def order(info: OpportunityInfo) -> tuple[int, str]:
            if near_stop and near_stop in info.near_stops:
                rank = 0
            elif info.whole_municipality():
                rank = 1
            else:
                rank = 2
            return (rank if near_stop else 0, pick(info.title, "da").casefold())

        ordered = sorted(found, key=order)
        if near_stop and only_near:
            ordered = [info for info in ordered if order(info)[0] < 2]
        return ordered


def _info(row: Opportunity) -> OpportunityInfo | None:
    try:
        return OpportunityInfo.from_data(row.id, row.data)
    except (KeyError, TypeError, ValueError):
        return None  # a malformed central entry is not shown (the catalogue loader reports it)
