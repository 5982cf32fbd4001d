"""The catalogue the kiosk shows: themes, areas, the consultation and the tour's stops.

It is data, not code: it comes from a JSON file (the demo catalogue in ``resources/demo``) and,
once sync exists, from the central database. Loading the same file twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from mokoko_desktop.models import AdminArea, Consultation, HomeArea, Interest, Opportunity, Stop, Theme
from mokoko_desktop.opportunities import opportunity_data_problem
from mokoko_desktop.store import Store


class CatalogueError(ValueError):
    """A catalogue file that cannot be loaded; ``str()`` says where and why."""


def _date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def load_catalogue(store: Store, path: Path) -> dict[str, int]:
    """Insert or update every entry of the catalogue file at ``path`` in one transaction.
    Returns how many entries of each kind were loaded."""
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CatalogueError(f"Cannot read the catalogue {path}: {error}") from error
    counts: dict[str, int] = {}
    try:
        with store.session() as session:
            rows: list[Any] = []
            for order, area in enumerate(data.get("admin_areas", [])):
                rows.append(AdminArea(code=area["code"], name=area["name"], sort_order=order))
            for order, area in enumerate(data.get("home_areas", [])):
                rows.append(HomeArea(code=area["code"], name=area["name"], sort_order=order))
            for order, theme in enumerate(data.get("themes", [])):
                rows.append(
                    Theme(
                        code=theme["code"],
                        title=theme["title"],
                        description=theme.get("description", {}),
                        admin_area_code=theme.get("admin_area"),
                        icon=theme.get("icon"),
                        sort_order=order,
                    )
                )
            for consultation in data.get("consultations", []):
                rows.append(
                    Consultation(
                        id=consultation["id"],
                        question=consultation["question"],
                        intro=consultation.get("intro", {}),
                        opens_on=dt.date.fromisoformat(consultation["opens_on"]),
                        closes_on=_date(consultation.get("closes_on")),
                    )
                )
            for order, stop in enumerate(data.get("stops", [])):
                rows.append(
                    Stop(
                        id=stop["id"],
                        place=stop["place"],
                        address=stop.get("address", ""),
                        starts_on=dt.date.fromisoformat(stop["starts_on"]),
                        ends_on=dt.date.fromisoformat(stop["ends_on"]),
                        tour_order=order,
                    )
                )
            for order, interest in enumerate(data.get("interests", [])):
                rows.append(Interest(code=interest["code"], name=interest["name"], sort_order=order))
            for entry in data.get("opportunities", []):
                problem = opportunity_data_problem(entry)
                if problem:
                    raise ValueError(problem)
                rows.append(Opportunity(id=entry["id"], data=opportunity_data(entry), active=entry.get("active", True)))
            for row in rows:
                session.merge(row)
                counts[type(row).__name__] = counts.get(type(row).__name__, 0) + 1
    except (KeyError, TypeError, ValueError) as error:
        raise CatalogueError(f"The catalogue {path} has a missing or malformed entry: {error!r}") from error
    return counts


def opportunity_data(entry: dict[str, Any]) -> dict[str, Any]:
    """What is stored as an opportunity's ``data``: the catalogue entry without its key."""
    return {key: value for key, value in entry.items() if key not in ("id", "active")}


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

    def admin_areas(self) -> list[AdminArea]:
        return self._all(select(AdminArea).order_by(col(AdminArea.sort_order)))

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
