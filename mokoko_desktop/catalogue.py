"""The catalogue the kiosk shows: themes, areas, the consultation and the tour's stops.

It is data, not code: it comes from a JSON file (the demo catalogue in ``resources/demo``) and,
once sync exists, from the central database. Loading the same file twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, col, select

from mokoko_desktop.models import (
    AdminArea,
    Consultation,
    HomeArea,
    Interest,
    Municipality,
    Opportunity,
    Retention,
    SealingKey,
    Stop,
    Theme,
)
from mokoko_desktop.store import Store
from shared_kernel.catalogue_file import MUNICIPALITY_KEY, CatalogueError, MunicipalityEntry, read_catalogue

__all__ = ["Catalogue", "CatalogueError", "find_current_consultation", "load_catalogue"]


def load_catalogue(store: Store, path: Path) -> dict[str, int]:
    """Insert or update every entry of the catalogue file at ``path`` in one transaction (a
    file with any problem is refused whole: :class:`CatalogueError`). Returns how many entries
    of each kind were loaded."""
    catalogue = read_catalogue(path)
    rows: list[SQLModel] = []
    rows += [AdminArea(code=area.code, name=area.name, sort_order=order) for order, area in enumerate(catalogue.admin_areas)]
    rows += [HomeArea(code=area.code, name=area.name, sort_order=order) for order, area in enumerate(catalogue.home_areas)]
    rows += [
        Theme(
            code=theme.code,
            title=theme.title,
            description=theme.description,
            admin_area_code=theme.admin_area,
            icon=theme.icon,
            sort_order=order,
        )
        for order, theme in enumerate(catalogue.themes)
    ]
    rows += [
        Consultation(id=entry.id, question=entry.question, intro=entry.intro, opens_on=entry.opens_on, closes_on=entry.closes_on)
        for entry in catalogue.consultations
    ]
    rows += [
        Stop(
            id=stop.id,
            place=stop.place,
            address=stop.address,
            starts_on=stop.starts_on,
            ends_on=stop.ends_on,
            tour_order=order,
            hours=stop.hours,
            reward_voucher=stop.reward_voucher,
        )
        for order, stop in enumerate(catalogue.stops)
    ]
    rows += [Interest(code=entry.code, name=entry.name, sort_order=order) for order, entry in enumerate(catalogue.interests)]
    rows += [Opportunity(id=entry.id, data=entry.data(), active=entry.active) for entry in catalogue.opportunities]
    rows += [Retention(kind=entry.kind, days=entry.days) for entry in catalogue.retention]
    if catalogue.municipality is not None:
        rows.append(Municipality(key=MUNICIPALITY_KEY, facts=catalogue.municipality.model_dump()))
    try:
        with store.session(writes=True) as session:
            for row in rows:
                session.merge(row)
            for key in catalogue.sealing_keys:  # a key already here keeps its date and state
                if session.get(SealingKey, key.key_id) is None:
                    created = dt.datetime.now(dt.UTC).isoformat()
                    session.add(SealingKey(key_id=key.key_id, public_key=key.public_key, created_at=created))
    except IntegrityError as error:  # e.g. a theme naming an area that is not in the catalogue
        raise CatalogueError(f"The catalogue {path} does not fit the kiosk's catalogue: {error.orig}") from error
    return {name: count for name, count in catalogue.counts().items() if count and name != "effect_goals"}  # city hall's


class Catalogue:
    """Read access to the catalogue in the local store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def _all(self, statement: Any) -> list[Any]:
        with self._store.session() as session:
            return list(session.exec(statement))

    def themes(self) -> list[Theme]:
        return self._all(select(Theme).where(col(Theme.active)).order_by(col(Theme.sort_order)))

    def theme(self, code: str) -> Theme | None:
        with self._store.session() as session:
            return session.get(Theme, code)

    def home_areas(self) -> list[HomeArea]:
        return self._all(select(HomeArea).order_by(col(HomeArea.sort_order)))

    def stops(self) -> list[Stop]:
        return self._all(select(Stop).order_by(col(Stop.tour_order), col(Stop.starts_on)))

    def stop(self, stop_id: str) -> Stop | None:
        with self._store.session() as session:
            return session.get(Stop, stop_id)

    def scheduled_stop(self, day: dt.date) -> Stop | None:
        """The stop the tour plan has for ``day``, if any."""
        for stop in self.stops():
            if stop.starts_on <= day <= stop.ends_on:
                return stop
        return None

    def municipality(self) -> MunicipalityEntry | None:
        """The municipality's own facts, if the catalogue has named them (else None)."""
        with self._store.session() as session:
            row = session.get(Municipality, MUNICIPALITY_KEY)
        return None if row is None else MunicipalityEntry.model_validate(row.facts)

    def current_consultation(self, day: dt.date) -> Consultation | None:
        """The open consultation on ``day`` (the most recently opened if several are open)."""
        with self._store.session() as session:
            return find_current_consultation(session, day)


def find_current_consultation(session: Session, day: dt.date) -> Consultation | None:
    statement = (
        select(Consultation)
        .where(col(Consultation.opens_on) <= day)
        .where((col(Consultation.closes_on).is_(None)) | (col(Consultation.closes_on) >= day))
        .order_by(col(Consultation.opens_on).desc())
    )
    return session.exec(statement).first()
