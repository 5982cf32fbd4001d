"""The volunteering catalogue: opportunities and the interests that tag them.

An opportunity is data, not code: its fields live in ``Opportunity.data`` as they came from the
catalogue file or the central database (which may know fields a kiosk does not: they are kept
and ignored). :class:`OpportunityInfo` is the checked, typed view the kiosk and the command line
use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlmodel import col, select

from mokoko_desktop.demographics import AGE_GROUPS
from mokoko_desktop.i18n import QT_TRANSLATE_NOOP, pick
from mokoko_desktop.models import Interest, Opportunity
from mokoko_desktop.store import Store

FREQUENCIES = ("once", "regular")
FREQUENCY_NAMES = {  # of an opportunity
    "once": QT_TRANSLATE_NOOP("volunteering", "One-off task"),
    "regular": QT_TRANSLATE_NOOP("volunteering", "Regular task"),
}
HELP_FREQUENCY_NAMES = {  # how often a volunteer can help
    "once": QT_TRANSLATE_NOOP("volunteering", "Once"),
    "regular": QT_TRANSLATE_NOOP("volunteering", "Regularly"),
}
WHOLE_MUNICIPALITY = QT_TRANSLATE_NOOP("volunteering", "The whole municipality")
# The oldest age in the age groups below 18 (every other group is an adult's).
_OLDEST = {"under-15": 14, "15-17": 17}


def _texts(value: Any) -> dict[str, str]:
    """A catalogue text: ``{language: text}``, or one plain string for every language."""
    if isinstance(value, str):
        return {"da": value}
    if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
        return dict(value)
    raise ValueError(f"expected a text or {{language: text}}, got {value!r}")


def _date(value: Any) -> dt.date | None:
    return None if value in (None, "") else dt.date.fromisoformat(str(value))


@dataclass(frozen=True)
class OpportunityInfo:
    """One volunteering opportunity as citizens see it.

    ``near_stops`` are the tour stops it is near; empty means the whole municipality.
    ``min_age`` 18 means adults only. ``contact_name``/``contact_how`` are the organisation's
    public contact, never a citizen's."""

    id: str
    title: dict[str, str]
    organisation: dict[str, str]
    organisation_kind: str
    summary: dict[str, str]
    description: dict[str, str]
    place: dict[str, str]
    near_stops: tuple[str, ...]
    frequency: str
    time_needed: dict[str, str]
    tags: tuple[str, ...]
    min_age: int
    contact_name: str
    contact_how: str
    active_from: dt.date | None
    active_to: dt.date | None
    icon: str = ""  # a pictogram's name (mokoko_desktop/pictograms.py)

    @classmethod
    def from_data(cls, opportunity_id: str, data: dict[str, Any]) -> OpportunityInfo:
        """Check and convert one catalogue entry. Raises ``ValueError``/``KeyError``/``TypeError``."""
        frequency = data.get("frequency", "regular")
        if frequency not in FREQUENCIES:
            raise ValueError(f"frequency must be one of {FREQUENCIES}, got {frequency!r}")
        contact = data.get("contact") or {}
        return cls(
            id=opportunity_id,
            title=_texts(data["title"]),
            organisation=_texts(data["organisation"]),
            organisation_kind=str(data.get("organisation_kind", "association")),
            summary=_texts(data.get("summary", "")),
            description=_texts(data.get("description", "")),
            place=_texts(data["place"]) if data.get("place") else {},
            near_stops=tuple(str(stop) for stop in data.get("near_stops", [])),
            frequency=frequency,
            time_needed=_texts(data.get("time_needed", "")),
            tags=tuple(str(tag) for tag in data.get("tags", [])),
            min_age=int(data.get("min_age", 0)),
            contact_name=str(contact.get("name", "")),
            contact_how=str(contact.get("how", "")),
            active_from=_date(data.get("active_from")),
            active_to=_date(data.get("active_to")),
            icon=str(data.get("icon") or ""),
        )

    def whole_municipality(self) -> bool:
        return not self.near_stops

    def place_text(self, language: str, translate: Callable[[str], str] | None = None) -> str:
        """Where it happens; ``translate(source)`` translates the "whole municipality" default."""
        if self.place:
            return pick(self.place, language)
        return translate(WHOLE_MUNICIPALITY) if translate else WHOLE_MUNICIPALITY

    def is_active(self, day: dt.date) -> bool:
        return (self.active_from is None or self.active_from <= day) and (self.active_to is None or day <= self.active_to)

    def suits_age_group(self, age_group: str | None) -> bool:
        """Whether someone in ``age_group`` may sign up (unknown age: yes, checked later)."""
        if age_group is None or age_group not in AGE_GROUPS:
            return True
        return _OLDEST.get(age_group, 200) >= self.min_age


def opportunity_data_problem(data: dict[str, Any]) -> str | None:
    """Why a catalogue entry cannot be used, or ``None`` (for loading catalogue files)."""
    try:
        OpportunityInfo.from_data(str(data["id"]), data)
    except (KeyError, TypeError, ValueError) as error:
        return f"opportunity {data.get('id', '?')!r}: {error!r}"
    return None


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
