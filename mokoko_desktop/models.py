"""The kiosk's local tables (SQLModel). Schema changes go through ``migrations/``.

Catalogue texts that citizens read (theme titles, the consultation's question) are stored as
``{language: text}`` mappings so a catalogue can carry any number of languages.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar, get_args

from sqlalchemy import JSON, Column, String, TypeDecorator
from sqlmodel import Field, SQLModel

from mokoko_desktop.clock import stored_time
from mokoko_desktop.synced_record import SyncedRecord
from shared_kernel import limits
from shared_kernel.submission_kinds import SUBMISSION_KINDS


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An aware UTC datetime stored as ISO 8601 text (SQLite has no time zone type)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; use an aware UTC datetime")
        return stored_time(value)

    def process_result_value(self, value: str | None, dialect: Any) -> dt.datetime | None:
        return None if value is None else dt.datetime.fromisoformat(value)


def _json_column(nullable: bool = False) -> Any:
    return Field(default_factory=dict, sa_column=Column(JSON, nullable=nullable))


def _utc_column(nullable: bool = False, index: bool = False) -> Any:
    return Field(sa_column=Column(UTCDateTime(), nullable=nullable, index=index))


class Device(SQLModel, table=True):
    """This kiosk. There is exactly one row; ``tag`` starts every receipt code it makes."""

    id: str = Field(primary_key=True, max_length=36)
    name: str = Field(max_length=100)
    tag: str = Field(max_length=4, unique=True)
    created_at: dt.datetime = _utc_column()


class AdminArea(SQLModel, table=True):
    """An area of the municipal administration (e.g. Ældre og kultur)."""

    __tablename__ = "admin_area"
    code: str = Field(primary_key=True, max_length=40)
    name: dict[str, str] = _json_column()
    sort_order: int = 0


class HomeArea(SQLModel, table=True):
    """A part of the municipality a citizen can say they live in (to see who was reached)."""

    __tablename__ = "home_area"
    code: str = Field(primary_key=True, max_length=40)
    name: str = Field(max_length=100)
    sort_order: int = 0


class Theme(SQLModel, table=True):
    """What an idea is about; routed to an area of the administration."""

    code: str = Field(primary_key=True, max_length=40)
    title: dict[str, str] = _json_column()
    description: dict[str, str] = _json_column()
    admin_area_code: str | None = Field(default=None, foreign_key="admin_area.code")
    icon: str | None = Field(default=None, max_length=60)
    sort_order: int = 0
    active: bool = True


class Consultation(SQLModel, table=True):
    """The question currently asked (a municipal policy being written)."""

    id: str = Field(primary_key=True, max_length=60)
    question: dict[str, str] = _json_column()
    intro: dict[str, str] = _json_column()
    opens_on: dt.date
    closes_on: dt.date | None = None


class Stop(SQLModel, table=True):
    """A place on the container's tour, with the days it stands there, its opening hours
    (``opening_hours``: weekday -> "10:00-17:00"; none = all day) and whether an idea given
    there earns a food-basket voucher."""

    id: str = Field(primary_key=True, max_length=60)
    place: str = Field(max_length=100)
    address: str = Field(default="", max_length=200)
    starts_on: dt.date
    ends_on: dt.date
    tour_order: int = 0
    hours: dict[str, str] = _json_column()
    reward_voucher: bool = False


class Idea(SQLModel, SyncedRecord, table=True):
    """An idea a citizen gave. The id is a UUIDv7 made on the kiosk (the sync idempotency key).

    Contact details are stored only with consent (``consent_version`` names the consent text the
    citizen accepted), sealed to the municipality's public key (``sealed_contact``,
    :mod:`mokoko_desktop.personal_data`). ``contact_*`` are empty since local migration 0010; they
    held the details in clear before.
    """

    submission_kind: ClassVar[str] = "idea"
    personal_columns: ClassVar[tuple[str, ...]] = ("contact_name", "contact_email", "contact_phone", "sealed_contact")
    FINGERPRINTED_WHEN_SET: ClassVar[tuple[str, ...]] = ("typed_at",)  # local migration 0020

    id: str = Field(primary_key=True, max_length=36)
    receipt_code: str = Field(max_length=10, unique=True)
    consultation_id: str = Field(foreign_key="consultation.id")
    theme_code: str = Field(foreign_key="theme.code")
    text: str
    contact_name: str | None = Field(default=None, max_length=limits.NAME_MAX)
    contact_email: str | None = Field(default=None, max_length=limits.EMAIL_MAX)
    contact_phone: str | None = Field(default=None, max_length=limits.PHONE_MAX)
    consent_version: str | None = Field(default=None, max_length=limits.CONSENT_VERSION_MAX)
    age_group: str | None = Field(default=None, max_length=limits.AGE_GROUP_MAX)
    home_area_code: str | None = Field(default=None, foreign_key="home_area.code")
    language: str = Field(max_length=limits.LANGUAGE_MAX)
    stop_id: str = Field(foreign_key="stop.id")
    device_id: str = Field(foreign_key="device.id")
    created_at: dt.datetime = _utc_column(index=True)  # when it was given (a paper form: noon of its date)
    assisted: bool = False
    sealed_contact: str | None = Field(default=None, max_length=limits.SEALED_MAX)  # name, e-mail, phone: sealed
    notify_me: bool = False  # an e-mail when city hall answers (local migration 0014, central c0012)
    typed_at: dt.datetime | None = _utc_column(nullable=True)  # typed in from a paper form (local 0020, central c0024)
    synced_at: dt.datetime | None = _utc_column(nullable=True)
    sync_conflict: bool = False
    contact_purged_at: dt.datetime | None = _utc_column(nullable=True)
    sync_refused: str | None = Field(default=None, max_length=300)  # why the central database refused it


class Setting(SQLModel, table=True):
    """One stored setting value (plain JSON). Settings are declared in ``settings.py``."""

    key: str = Field(primary_key=True, max_length=60)
    value: Any = Field(sa_column=Column(JSON, nullable=True))


class StaffPin(SQLModel, table=True):
    """The staff PIN as a slow password hash (never the PIN itself). One row, id 1."""

    __tablename__ = "staff_pin"
    id: int = Field(default=1, primary_key=True)
    pin_hash: str = Field(max_length=200)
    set_at: dt.datetime = _utc_column()
    failures: int = 0  # wrong PINs in a row
    locked_until: dt.datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))


class Status(SQLModel, table=True):
    """A status city hall can give an idea (a catalogue the municipality can extend)."""

    code: str = Field(primary_key=True, max_length=40)
    label: dict[str, str] = _json_column()
    needs_reason: bool = False
    sort_order: int = 0


class IdeaStatus(SQLModel, table=True):
    """The newest status and public reply of an idea (of any kiosk), pulled from central."""

    __tablename__ = "idea_status"
    idea_id: str = Field(primary_key=True, max_length=36)
    receipt_code: str = Field(max_length=10, unique=True)
    status: str = Field(max_length=40)
    public_reply: str = ""
    reason: str = ""
    set_at: str = Field(max_length=40)
    area_code: str = Field(default="", max_length=60)  # the administration area answering
    contact_name: str = ""  # its contact persons, by name (central migration c0006)
    translated_reply: str = ""  # the reply in the idea's language, by a translator (c0030) ...
    language: str = Field(default="da", max_length=8)  # ... which is this


class SealingKey(SQLModel, table=True):
    """A public key of the municipality's, pulled with the catalogue: personal data is sealed to
    the newest active one (:mod:`shared_kernel.sealing`)."""

    __tablename__ = "sealing_key"
    key_id: str = Field(primary_key=True, max_length=16)
    public_key: str = Field(max_length=44)
    created_at: str = Field(max_length=40)
    active: bool = True


class Retention(SQLModel, table=True):
    """How many days the municipality keeps what citizens leave, by kind (the catalogue's
    ``retention``, pulled): the consent texts promise these periods (``consent.py``)."""

    kind: str = Field(primary_key=True, max_length=40)
    days: int


class Municipality(SQLModel, table=True):
    """The municipality's own facts (the catalogue's ``municipality``, pulled; one row, key
    ``municipality``): the data controller and its data protection officer, named by the privacy
    notice. The fields are :class:`shared_kernel.catalogue_file.MunicipalityEntry`'s."""

    key: str = Field(primary_key=True, max_length=20)
    facts: dict[str, Any] = _json_column()


class Story(SQLModel, table=True):
    """'I sagde – vi gjorde': an answered idea city hall published (pulled, from any kiosk): what
    a citizen said and what the municipality did, where and when. No names."""

    idea_id: str = Field(primary_key=True, max_length=36)
    receipt_code: str = Field(max_length=10)
    headline: str = Field(max_length=120)
    said: str
    did: str
    status: str = Field(default="", max_length=40)
    status_at: str = Field(default="", max_length=40)
    stop_id: str = Field(default="", max_length=60)
    stop_place: str = Field(default="", max_length=100)
    home_area_code: str = Field(default="", max_length=60)
    published_at: str = Field(max_length=40)
    did_translated: str = ""  # what the municipality did, in the idea's language (c0030) ...
    language: str = Field(default="da", max_length=8)  # ... the language the citizen said it in


class ErasureRequest(SQLModel, table=True):
    """A citizen asked at this kiosk, by receipt code, for their contact details to be deleted
    ("Slet mine oplysninger"); pushed to city hall, which handles it."""

    __tablename__ = "erasure_request"
    id: str = Field(primary_key=True, max_length=36)  # the central idempotency key
    receipt_code: str = Field(max_length=10, index=True)
    requested_at: dt.datetime = _utc_column()
    synced_at: dt.datetime | None = _utc_column(nullable=True)
    sync_refused: str | None = Field(default=None, max_length=300)  # why the central database refused it


class Moderation(SQLModel, table=True):
    """Staff hid an idea given here, or showed it again (``reason`` empty); the newest row per
    code counts (:mod:`mokoko_desktop.moderation`). Pushed to city hall."""

    id: str = Field(primary_key=True, max_length=36)  # the central idempotency key
    receipt_code: str = Field(max_length=10, index=True)
    reason: str = Field(default="", max_length=40)
    at: dt.datetime = _utc_column()
    synced_at: dt.datetime | None = _utc_column(nullable=True)
    sync_refused: str | None = Field(default=None, max_length=300)  # why the central database refused it


class Voucher(SQLModel, table=True):
    """The food-basket voucher on an idea's receipt (:mod:`mokoko_desktop.vouchers`); ``synced_at``
    is empty while city hall has not had the latest of it."""

    receipt_code: str = Field(primary_key=True, max_length=10)
    stop_id: str = Field(max_length=60)
    issued_at: dt.datetime = _utc_column(index=True)
    redeemed_at: dt.datetime | None = _utc_column(nullable=True, index=True)
    synced_at: dt.datetime | None = _utc_column(nullable=True)
    sync_refused: str | None = Field(default=None, max_length=300)  # why the central database refused it
    void_reason: str = Field(default="", max_length=40)  # another kiosk's idea was hidden (pulled reason): no food basket


class Erasure(SQLModel, table=True):
    """City hall deleted the contact details given with this receipt code (pulled, from any kiosk)."""

    receipt_code: str = Field(primary_key=True, max_length=10)
    done_at: str = Field(max_length=40)


class SignupStatus(SQLModel, table=True):
    """City hall's follow-up of a sign-up made here (new, contacted, placed, declined), pulled."""

    __tablename__ = "signup_status"
    signup_id: str = Field(primary_key=True, max_length=36)
    receipt_code: str = Field(max_length=10, unique=True)
    status: str = Field(max_length=20)
    set_at: str = Field(max_length=40)


class Opportunity(SQLModel, table=True):
    """A volunteering opportunity (its fields live in ``data``; pulled from central)."""

    id: str = Field(primary_key=True, max_length=60)
    data: dict[str, Any] = _json_column()
    active: bool = True


class SyncState(SQLModel, table=True):
    """Sync bookkeeping (pull cursor, last success, last error): plain JSON values."""

    __tablename__ = "sync_state"
    key: str = Field(primary_key=True, max_length=60)
    value: Any = Field(sa_column=Column(JSON, nullable=True))


class Interest(SQLModel, table=True):
    """Something a citizen may like to help with (e.g. "Ældre"); tags opportunities and offers."""

    code: str = Field(primary_key=True, max_length=40)
    name: dict[str, str] = _json_column()
    sort_order: int = 0


class PostedWithConsent(SQLModel):
    """The columns a sign-up and a Byttebørs post share (no table of its own): their identity,
    the contact details given with consent (sealed), and where, when and how far sync has got.
    The sealed details are purged a few days after the record reached the central database."""

    id: str = Field(primary_key=True, max_length=36)
    receipt_code: str = Field(max_length=10, unique=True)
    contact_name: str | None = Field(default=None, max_length=limits.NAME_MAX)
    contact_phone: str | None = Field(default=None, max_length=limits.PHONE_MAX)
    contact_email: str | None = Field(default=None, max_length=limits.EMAIL_MAX)
    sealed_contact: str | None = Field(default=None, max_length=limits.SEALED_MAX)  # the details, sealed
    consent_version: str = Field(max_length=limits.CONSENT_VERSION_MAX)
    language: str = Field(max_length=limits.LANGUAGE_MAX)
    stop_id: str = Field(foreign_key="stop.id")
    device_id: str = Field(foreign_key="device.id")
    created_at: dt.datetime = Field(sa_type=UTCDateTime, index=True)  # sa_type: a new column for each table
    synced_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    sync_conflict: bool = False
    contact_purged_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    sync_refused: str | None = Field(default=None, max_length=300)  # why the central database refused it


class Signup(PostedWithConsent, SyncedRecord, table=True):
    """A volunteer sign-up: for an opportunity, or "something else" (``general_text``).

    Personal data (name, phone, e-mail, a guardian's details, the message) is stored only with
    consent (``consent_version``), sealed in ``sealed_contact`` (the clear columns are empty since
    local migration 0010), and purged a few days after the sign-up reached the central database.
    """

    submission_kind: ClassVar[str] = "signup"
    personal_columns: ClassVar[tuple[str, ...]] = (
        "contact_name",
        "contact_phone",
        "contact_email",
        "guardian_name",
        "guardian_phone",
        "sealed_contact",
    )
    pushed_as_document: ClassVar[bool] = True  # central: data jsonb, so a kiosk version may add a field

    opportunity_id: str | None = Field(default=None, max_length=60, index=True)
    general_text: str | None = None
    interests: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    age_group: str = Field(max_length=limits.AGE_GROUP_MAX)
    availability: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    frequency: str = Field(max_length=10)
    message: str = ""
    guardian_name: str | None = Field(default=None, max_length=limits.NAME_MAX)
    guardian_phone: str | None = Field(default=None, max_length=limits.PHONE_MAX)
    guardian_consent_version: str | None = Field(default=None, max_length=limits.CONSENT_VERSION_MAX)
    notify_me: bool = False  # an e-mail when the contact person has contacted or placed them


class Offer(PostedWithConsent, SyncedRecord, table=True):
    """A Byttebørs post: something a citizen or an association can offer (``kind`` "offer") or
    needs ("need"), with tags, where, and contact details given with consent."""

    submission_kind: ClassVar[str] = "offer"
    personal_columns: ClassVar[tuple[str, ...]] = ("contact_name", "contact_phone", "contact_email", "sealed_contact")
    pushed_as_document: ClassVar[bool] = True

    kind: str = Field(max_length=10)
    text: str
    tags: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    place: str = Field(default="", max_length=limits.PLACE_MAX)


# Everything citizens submit: stored, receipted, synced and purged through one pipeline
# (``submissions.py``). A new kind of submission is added here, its name in
# ``shared_kernel.submission_kinds``; the models come in the order of the kinds there.
SubmissionRecord = Idea | Signup | Offer
SUBMISSION_MODELS: tuple[type[SubmissionRecord], ...] = tuple(
    sorted(get_args(SubmissionRecord), key=lambda model: SUBMISSION_KINDS.index(model.submission_kind))
)
