"""Ideas: checked, stored in one transaction, found again by receipt code."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

import uuid6
from sqlmodel import Session, select

from mokoko_desktop import receipt_codes
from mokoko_desktop.catalogue import find_current_consultation
from mokoko_desktop.clock import Clock, local_date, utc_now
from mokoko_desktop.consent import IDEA_CONTACT_VERSION
from mokoko_desktop.i18n import QT_TRANSLATE_NOOP
from mokoko_desktop.models import Device, HomeArea, Idea, Stop, Theme
from mokoko_desktop.store import Store
from mokoko_desktop.submissions import store_new
from mokoko_desktop.validation import (
    FieldProblem,
    SubmissionRejected,
    age_group_problem,
    check_contact,
    clean_text,
    text_problem,
)

log = logging.getLogger(__name__)


class KioskNotReady(RuntimeError):
    """The kiosk cannot take submissions (no stop chosen, no open consultation). ``str()`` is a
    message for staff."""


@dataclass
class IdeaDraft:
    """What a citizen typed, before it is checked. Empty strings mean "not given"."""

    theme_code: str = ""
    text: str = ""
    name: str = ""
    email: str = ""
    phone: str = ""
    consent: bool = False
    age_group: str | None = None
    home_area_code: str | None = None
    language: str = "da"
    assisted: bool = False


class IdeaService:
    """Store ideas and look them up. ``clock`` gives the created-at time."""

    def __init__(self, store: Store, device: Device, clock: Clock = utc_now) -> None:
        self._store = store
        self._device = device
        self._clock = clock

    def check(self, draft: IdeaDraft) -> list[FieldProblem]:
        """Every problem with ``draft``, without storing anything (for inline messages)."""
        problems: list[FieldProblem] = []
        with self._store.session() as session:
            if not draft.theme_code or session.get(Theme, draft.theme_code) is None:
                problems.append(
                    FieldProblem("theme", QT_TRANSLATE_NOOP("validation", "Please choose what your idea is about."))
                )
            if draft.home_area_code and session.get(HomeArea, draft.home_area_code) is None:
                problems.append(
                    FieldProblem("home_area", QT_TRANSLATE_NOOP("validation", "Please choose where you live from the list."))
                )
        text_issue = text_problem(clean_text(draft.text))
        if text_issue:
            problems.append(text_issue)
        check_contact(draft.name, draft.email, draft.phone, draft.consent, problems)
        age_issue = age_group_problem(draft.age_group)
        if age_issue:
            problems.append(age_issue)
        return problems

    def submit(self, draft: IdeaDraft, stop_id: str) -> Idea:
        """Check and store ``draft`` at ``stop_id`` in one transaction and return the stored idea.

        Raises :class:`SubmissionRejected` (nothing stored) or :class:`KioskNotReady`. The idea is
        durable when this returns: only then may its receipt code be shown."""
        return self.submit_many([draft], stop_id)[0]

    def submit_many(self, drafts: list[IdeaDraft], stop_id: str) -> list[Idea]:
        """Check and store several drafts in one transaction (paper forms, demo data): all of
        them or, if any is rejected, none."""
        for draft in drafts:
            problems = self.check(draft)
            if problems:
                raise SubmissionRejected(problems)
        now = self._clock()

        def build(session: Session) -> list[Idea]:
            if not stop_id or session.get(Stop, stop_id) is None:
                raise KioskNotReady("No stop is chosen for today. Staff: choose today's stop first.")
            consultation = find_current_consultation(session, local_date(now))
            if consultation is None:
                raise KioskNotReady("No consultation is open today, so ideas cannot be taken.")
            return [self._build(draft, consultation.id, stop_id, now) for draft in drafts]

        ideas = store_new(self._store, self._device.tag, build)
        for idea in ideas:
            log.info("Idea %s stored (theme %s, stop %s)", idea.id, idea.theme_code, stop_id)
        return ideas

    def _build(self, draft: IdeaDraft, consultation_id: str, stop_id: str, now: dt.datetime) -> Idea:
        contact = check_contact(draft.name, draft.email, draft.phone, draft.consent, [])
        return Idea(
            id=str(uuid6.uuid7()),
            receipt_code=receipt_codes.new_code(self._device.tag),
            consultation_id=consultation_id,
            theme_code=draft.theme_code,
            text=clean_text(draft.text),
            contact_name=contact.name,
            contact_email=contact.email,
            contact_phone=contact.phone,
            consent_version=IDEA_CONTACT_VERSION if contact.given else None,
            age_group=draft.age_group,
            home_area_code=draft.home_area_code or None,
            language=draft.language,
            stop_id=stop_id,
            device_id=self._device.id,
            created_at=now,
            assisted=draft.assisted,
        )

    def find(self, typed_code: str) -> Idea | None:
        """The idea behind a typed receipt code, or ``None``. Raises
        :class:`receipt_codes.InvalidReceiptCode` for a mistyped code."""
        code = receipt_codes.normalise(typed_code)
        with self._store.session() as session:
            return session.exec(select(Idea).where(Idea.receipt_code == code)).first()
