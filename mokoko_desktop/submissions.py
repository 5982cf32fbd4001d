"""One pipeline for everything citizens submit: ideas, volunteer sign-ups and Byttebørs posts.

Every kind is checked, stored in one transaction with a receipt code that is unique on this kiosk
across all kinds (a citizen's code must lead to exactly one thing at follow-up), receipted,
synced and purged the same way. A kind of submission is a :class:`SubmissionService` subclass:
it says what its draft and its record are, how a draft is checked, how a record is built, and
what the receipt says. Everything else (the stop, the receipt code, durability, the log line) is
here, once.

To add a fourth kind: a model with the submission columns (``models.py``, and a migration), a
draft dataclass with ``submission_kind``, and a ``SubmissionService`` subclass registered in
``Kiosk.open``; then its sync columns (``sync/push.py``) and its screens.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar, Generic, Protocol, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from mokoko_desktop.clock import Clock, utc_now
from mokoko_desktop.models import SUBMISSION_MODELS, Device, Stop, SubmissionRecord
from mokoko_desktop.personal_data import NO_KEY_FOR_CITIZEN, NO_KEY_FOR_STAFF, consent_periods, has_key, newest_key, seal_details
from mokoko_desktop.store import Store
from mokoko_desktop.validation import FieldProblem, SubmissionRejected, boundary_problems
from shared_kernel import receipt_codes
from shared_kernel.i18n import available_languages
from shared_kernel.retention_periods import Periods

log = logging.getLogger(__name__)

ATTEMPTS = 20
NO_STOP = "No stop is chosen for today. Staff: choose today's stop first."


class KioskNotReady(RuntimeError):
    """The kiosk cannot take submissions (no stop chosen, no open consultation). ``str()`` is a
    message for staff."""


class UnknownReceipt(LookupError):
    """No idea, sign-up or Byttebørs post made on this kiosk has this receipt code. ``str()``
    is a message for staff."""

    def __init__(self, code: str) -> None:
        super().__init__(f"No receipt with the code {receipt_codes.format_code(code)} was made on this kiosk.")
        self.code = code


class Submission(Protocol):
    """A stored submission of any kind, as the receipt, the thank-you screen and sync see it."""

    submission_kind: ClassVar[str]
    id: str
    receipt_code: str
    stop_id: str
    language: str
    created_at: dt.datetime


class Draft(Protocol):
    """What a citizen filled in, before it is checked; ``submission_kind`` names its service."""

    submission_kind: ClassVar[str]
    language: str


@dataclass(frozen=True)
class ReceiptBody:
    """What a receipt says below the code, in the submission's language: an idea quotes
    ``excerpt_source``; the other kinds print ``sections``, (heading, text) pairs."""

    excerpt_source: str = ""
    sections: tuple[tuple[str, str], ...] = ()


DraftT = TypeVar("DraftT", bound=Draft)
RecordT = TypeVar("RecordT", bound=SubmissionRecord)


class SubmissionService(Generic[DraftT, RecordT]):
    """Checks and stores one kind of submission. Subclasses implement :meth:`check`,
    :meth:`_build` and :meth:`receipt_body`; :meth:`submit` is the same for every kind."""

    submission_kind: ClassVar[str]

    def __init__(self, store: Store, device: Device, clock: Clock = utc_now) -> None:
        self._store = store
        self._device = device
        self._clock = clock

    def problems(self, draft: DraftT) -> list[FieldProblem]:
        """Every problem with ``draft``, storing nothing: first what every kind refuses before
        any cleaning (:func:`~mokoko_desktop.validation.boundary_problems`), then the kind's own
        checks (:meth:`check`), and contact details a kiosk without a sealing key cannot take."""
        boundary = boundary_problems(draft, available_languages())
        if boundary:
            return boundary
        problems = self.check(draft)
        if any(getattr(draft, name, "") for name in ("name", "phone", "email")):
            with self._store.session() as session:
                if not has_key(session):
                    problems.append(FieldProblem("name", NO_KEY_FOR_CITIZEN))
        return problems

    def check(self, draft: DraftT) -> list[FieldProblem]:
        """The kind's own checks of a draft that passed the boundary checks."""
        raise NotImplementedError

    def _build(self, session: Session, draft: DraftT, stop_id: str, now: dt.datetime) -> RecordT:
        """The record for a checked draft (its receipt code is drawn afterwards). May raise
        :class:`KioskNotReady` or a kind's own refusal; then nothing is stored."""
        raise NotImplementedError

    def receipt_body(self, record: RecordT) -> ReceiptBody:
        """What the receipt of ``record`` says below the code."""
        raise NotImplementedError

    def _periods(self, session: Session) -> Periods:
        """The retention periods the consent texts promise now (once per transaction)."""
        if "periods" not in session.info:
            session.info["periods"] = consent_periods(self._store)
        periods: Periods = session.info["periods"]
        return periods

    def _sealed(self, session: Session, details: dict[str, str | None]) -> str | None:
        """A record's personal ``details`` sealed to the newest key (None when none was given).
        Raises :class:`KioskNotReady` without a key: then nothing is stored."""
        if not any(details.values()):
            return None
        if "sealing_key" not in session.info:  # once per transaction, not per paper form
            session.info["sealing_key"] = newest_key(session)
        key = session.info["sealing_key"]
        if key is None:
            raise KioskNotReady(NO_KEY_FOR_STAFF)
        return seal_details(key, details)

    def submit(self, draft: DraftT, stop_id: str) -> RecordT:
        """Check and store ``draft`` at ``stop_id`` in one transaction and return the record.

        Raises :class:`SubmissionRejected` (nothing stored), :class:`KioskNotReady`, or the
        kind's own refusal. Durable when this returns: only then may its receipt code be shown."""
        return self.submit_many([draft], stop_id)[0]

    def submit_many(self, drafts: Sequence[DraftT], stop_id: str) -> list[RecordT]:
        """Check and store several drafts in one transaction (paper forms, demo data): all of
        them or, if any is refused, none."""
        for draft in drafts:
            problems = self.problems(draft)
            if problems:
                raise SubmissionRejected(problems)
        now = self._clock()

        def build(session: Session) -> list[RecordT]:
            if not stop_id or session.get(Stop, stop_id) is None:
                raise KioskNotReady(NO_STOP)
            return [self._build(session, draft, stop_id, now) for draft in drafts]

        records = store_new(self._store, self._device.tag, build, self._with_codes(now))
        for record in records:
            log.info("%s %s stored (stop %s)", self.submission_kind.capitalize(), record.id, stop_id)
        return records

    def _with_codes(self, now: dt.datetime) -> Callable[[Session, list[RecordT]], None] | None:
        """What else to store with the records once their codes are drawn, in the same
        transaction (an idea's voucher); None for nothing."""
        return None

    def new_code(self) -> str:
        """A fresh receipt code with this kiosk's tag (checked against the used ones on store)."""
        return receipt_codes.new_code(self._device.tag)


def codes_in_use(session: Session, codes: Sequence[str]) -> set[str]:
    """Which of ``codes`` an idea, sign-up or post on this kiosk already has."""
    used: set[str] = set()
    for model in SUBMISSION_MODELS:
        used.update(session.exec(select(model.receipt_code).where(col(model.receipt_code).in_(codes))))
    return used


def draw_unused_codes(session: Session, records: Sequence[SubmissionRecord], tag: str) -> None:
    """Redraw any code already used on this kiosk (or twice in this batch). Random codes clash
    now and then once a kiosk has many records; unique indexes stay the backstop."""
    for _round in range(ATTEMPTS):
        used = codes_in_use(session, [record.receipt_code for record in records])
        seen: set[str] = set()
        clashes = 0
        for record in records:
            if record.receipt_code in used or record.receipt_code in seen:
                record.receipt_code = receipt_codes.new_code(tag)
                clashes += 1
            seen.add(record.receipt_code)
        if not clashes:
            return


def store_new(
    store: Store, tag: str, build: Callable[[Session], list[RecordT]], with_codes: Callable[[Session, list[RecordT]], None] | None = None
) -> list[RecordT]:
    """Build records in one transaction (``build`` may raise to store nothing), give them unused
    receipt codes, add what ``with_codes`` adds for them, and commit. Durable when this returns:
    only then may a code be shown."""
    for _attempt in range(ATTEMPTS):
        try:
            with store.session(writes=True) as session:
                records = build(session)
                draw_unused_codes(session, records, tag)
                session.add_all(records)
                if with_codes is not None:
                    with_codes(session, records)
        except IntegrityError as error:
            if "receipt_code" not in str(error.orig):
                raise
            log.warning("Receipt code clash; drawing new codes")
            continue
        return records
    raise RuntimeError("could not draw unused receipt codes")
