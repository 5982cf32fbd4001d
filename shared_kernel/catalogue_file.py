"""The catalogue file (JSON), parsed and checked in one place.

The kiosk (``mokoko catalogue load``, the demo set-up) and city hall (``mokoko central
load-catalogue``) both read a catalogue file through :func:`read_catalogue`: a file with any
problem is refused whole, with every problem named by where it is (``themes[3].title: ...``),
and nothing is loaded.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from shared_kernel.opening_hours import hours_problem
from shared_kernel.opportunity_data import opportunity_data_problem

Code = Annotated[str, Field(min_length=1, max_length=60, pattern=r"^[a-z0-9][a-z0-9-]*$")]
Texts = Annotated[dict[str, str], Field(min_length=1)]  # {language: text}
Line = Annotated[str, Field(min_length=1, max_length=200)]


class CatalogueError(ValueError):
    """A catalogue file that cannot be loaded; ``str()`` says where and why."""


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AdminAreaEntry(_Entry):
    code: Code
    name: Texts
    answer_days: Annotated[int, Field(ge=1, le=365)] = 30  # the area's answer deadline: later, an idea is overdue


class HomeAreaEntry(_Entry):
    code: Code
    name: Line


class ThemeEntry(_Entry):
    code: Code
    title: Texts
    description: dict[str, str] = {}
    admin_area: Code | None = None
    icon: Annotated[str, Field(max_length=60)] | None = None


class ConsultationEntry(_Entry):
    id: Code
    question: Texts
    intro: dict[str, str] = {}
    opens_on: dt.date
    closes_on: dt.date | None = None

    @model_validator(mode="after")
    def _in_order(self) -> ConsultationEntry:
        if self.closes_on is not None and self.closes_on < self.opens_on:
            raise ValueError("closes_on is before opens_on")
        return self


class StopEntry(_Entry):
    id: Code
    place: Line
    address: Annotated[str, Field(max_length=200)] = ""
    starts_on: dt.date
    ends_on: dt.date
    hours: dict[str, str] = {}  # opening hours by weekday (opening_hours.py); none: open all day
    reward_voucher: bool = False  # "Gratis mad for gode idéer" at this stop

    @model_validator(mode="after")
    def _in_order(self) -> StopEntry:
        if self.ends_on < self.starts_on:
            raise ValueError("ends_on is before starts_on")
        problem = hours_problem(self.hours)
        if problem:
            raise ValueError(problem)
        return self


class InterestEntry(_Entry):
    code: Code
    name: Texts


class RetentionEntry(_Entry):
    """How many days the municipality keeps what citizens leave (``mokoko central purge``)."""

    kind: Literal["idea-contact-after-answer", "idea-contact-max", "signup-contact", "offer"]
    days: int = Field(ge=0, le=3650)


MUNICIPALITY_KEY = "municipality"  # the one row's key, at the kiosk and centrally


class MunicipalityEntry(_Entry):
    """The municipality's own facts, which the privacy notice and the accessibility statement
    name (``shared_kernel/privacy_notice.py``): who is responsible for the data (the data
    controller), how to reach its data protection officer, and where to report a problem with the
    site's accessibility. One per catalogue; each municipality fills in its own."""

    name: Line  # the data controller: "Randers Kommune"
    address: Line  # its postal address, one line
    email: Line  # its general e-mail address (citizens write here to use their rights)
    phone: Annotated[str, Field(max_length=40)] = ""
    dpo_email: Line  # the data protection officer's
    dpo_phone: Annotated[str, Field(max_length=40)] = ""
    accessibility_email: Line  # where to report an accessibility problem with the site or the kiosk
    website: Annotated[str, Field(max_length=200, pattern=r"^(https://\S+)?$")] = ""


class SealingKeyEntry(_Entry):
    """A public key of the municipality's that kiosks seal personal data to (``mokoko central
    keygen`` makes real ones; the demo catalogue ships the demo's)."""

    key_id: Annotated[str, Field(pattern=r"^[0-9a-f]{16}$")]
    public_key: Annotated[str, Field(min_length=44, max_length=44)]

    @model_validator(mode="after")
    def _named_by_itself(self) -> SealingKeyEntry:
        import base64
        import binascii
        import hashlib

        try:
            raw = base64.b64decode(self.public_key, validate=True)
        except binascii.Error:
            raise ValueError("public_key is not base64") from None
        if len(raw) != 32 or hashlib.sha256(raw).hexdigest()[:16] != self.key_id:
            raise ValueError("key_id does not belong to this public_key")
        return self


class OpportunityEntry(BaseModel):
    """An opportunity keeps every field it has (a newer catalogue may have fields this kiosk
    does not know: they are kept and ignored); what the kiosk uses is checked."""

    model_config = ConfigDict(extra="allow", frozen=True)
    id: Code
    active: bool = True

    @model_validator(mode="after")
    def _usable(self) -> OpportunityEntry:
        problem = opportunity_data_problem(self.model_dump())
        if problem:
            raise ValueError(problem)
        return self

    def data(self) -> dict[str, Any]:
        """What is stored as the opportunity's ``data``: the entry without its key and state."""
        return self.model_dump(exclude={"id", "active"})


MEASURES = {  # what an effect goal can count (city_hall/yearly.py counts it), and which way is better
    "ideas_received": "at_least",
    "share_answered": "at_least",
    "median_days_to_answer": "at_most",
    "signups_placed": "at_least",
    "byttebors_matches": "at_least",
    "projects_started": "at_least",
    "reach_home_area": "at_least",
    "reach_age_group": "at_least",
}


class EffectGoalEntry(_Entry):
    """A political committee's effect goal for one administration area: a measure the data can
    count and a target per year ("share_answered": percent; "median_days_to_answer": days)."""

    code: Code
    area: Code
    name: Texts
    measure: Literal[
        "ideas_received",
        "share_answered",
        "median_days_to_answer",
        "signups_placed",
        "byttebors_matches",
        "projects_started",
        "reach_home_area",
        "reach_age_group",
    ]
    home_area: Code | None = None  # reach_home_area: which one
    age_group: Annotated[str, Field(max_length=20)] | None = None  # reach_age_group: which one
    targets: dict[Annotated[str, Field(pattern=r"^20[0-9]{2}$")], Annotated[float, Field(ge=0)]] = {}

    @model_validator(mode="after")
    def _counts_something(self) -> EffectGoalEntry:
        if self.measure == "reach_home_area" and not self.home_area:
            raise ValueError("reach_home_area needs home_area")
        if self.measure == "reach_age_group" and not self.age_group:
            raise ValueError("reach_age_group needs age_group")
        return self

    @property
    def direction(self) -> str:
        return MEASURES[self.measure]


class CatalogueFile(BaseModel):
    """A whole catalogue: every list may be left out (a file may update only some kinds)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    about: Any = None  # free text for people who edit the file
    admin_areas: list[AdminAreaEntry] = []
    home_areas: list[HomeAreaEntry] = []
    themes: list[ThemeEntry] = []
    consultations: list[ConsultationEntry] = []
    stops: list[StopEntry] = []
    interests: list[InterestEntry] = []
    opportunities: list[OpportunityEntry] = []
    retention: list[RetentionEntry] = []
    sealing_keys: list[SealingKeyEntry] = []
    effect_goals: list[EffectGoalEntry] = []  # city hall's; kiosks do not use them
    municipality: MunicipalityEntry | None = None

    @model_validator(mode="after")
    def _retention_once(self) -> CatalogueFile:
        kinds = [entry.kind for entry in self.retention]
        twice = sorted({kind for kind in kinds if kinds.count(kind) > 1})
        if twice:
            raise ValueError(f"retention names {', '.join(twice)} more than once")
        return self

    @model_validator(mode="after")
    def _areas_known(self) -> CatalogueFile:
        areas = {area.code for area in self.admin_areas}
        unknown = sorted({theme.admin_area for theme in self.themes if theme.admin_area and theme.admin_area not in areas})
        if self.admin_areas and unknown:  # a file without areas updates themes of areas loaded before
            raise ValueError(f"themes name admin areas the file does not have: {', '.join(unknown)}")
        unknown = sorted({goal.area for goal in self.effect_goals if goal.area not in areas})
        if self.admin_areas and unknown:
            raise ValueError(f"effect goals name admin areas the file does not have: {', '.join(unknown)}")
        return self

    def counts(self) -> dict[str, int]:
        """How many entries of each kind the file has."""
        counts = {name: len(getattr(self, name)) for name in type(self).model_fields if name not in ("about", "municipality")}
        return counts | {"municipality": int(self.municipality is not None)}


def where(location: tuple[int | str, ...]) -> str:
    """A pydantic error location as people read it: ``themes[3].title``."""
    text = ""
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "the file"


def read_catalogue(path: Path) -> CatalogueFile:
    """Read and check the catalogue file at ``path``. Raises :class:`CatalogueError` listing
    every problem."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as error:  # RecursionError: nesting thousands deep
        raise CatalogueError(f"Cannot read the catalogue {path}: {error}") from error
    try:
        return CatalogueFile.model_validate(raw)
    except ValidationError as error:
        problems = [f"  {where(problem['loc'])}: {problem['msg']}" for problem in error.errors()]
        raise CatalogueError(f"The catalogue {path} was not loaded; nothing was changed:\n" + "\n".join(problems)) from None
