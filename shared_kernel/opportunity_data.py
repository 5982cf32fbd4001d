"""A volunteering opportunity as the catalogue gives it: :class:`OpportunityInfo` is the checked,
typed view of one entry (the kiosk shows it; the catalogue file format checks it). An
opportunity is data, not code: fields a reader does not know are kept and ignored."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from shared_kernel.demographics import AGE_GROUPS
from shared_kernel.i18n import QT_TRANSLATE_NOOP, pick

FREQUENCIES = ("once", "regular")
FREQUENCY_NAMES = {  # of an opportunity
    "once": QT_TRANSLATE_NOOP("volunteering", "One-off task"),
    "regular": QT_TRANSLATE_NOOP("volunteering", "Regular task"),
}
AVAILABILITY = ("weekdays", "evenings", "weekends")
AVAILABILITY_NAMES = {  # when a volunteer can help
    "weekdays": QT_TRANSLATE_NOOP("volunteering", "Weekdays"),
    "evenings": QT_TRANSLATE_NOOP("volunteering", "Evenings"),
    "weekends": QT_TRANSLATE_NOOP("volunteering", "Weekends"),
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
    icon: str = ""  # a pictogram's name (shared_kernel/pictograms.py)

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
