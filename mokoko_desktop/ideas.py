"""Ideas: what a citizen suggests for the current consultation, checked and stored."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

import uuid6
from sqlmodel import Session

from mokoko_desktop.catalogue import find_current_consultation
from mokoko_desktop.clock import local_date
from mokoko_desktop.consent import idea_contact_version
from mokoko_desktop.models import HomeArea, Idea, Stop, Theme, Voucher
from mokoko_desktop.settings import Settings
from mokoko_desktop.submissions import KioskNotReady, ReceiptBody, SubmissionService
from mokoko_desktop.validation import (
    FieldProblem,
    age_group_problem,
    check_contact,
    clean_text,
    text_problem,
)
from shared_kernel.i18n import QT_TRANSLATE_NOOP

NOTIFY_NEEDS_EMAIL = QT_TRANSLATE_NOOP("validation", "To get an e-mail when the municipality answers, please write your e-mail.")
PAPER_DAYS_BACK = 90  # a paper form older than this is not typed in here (city hall takes it)
PAPER_IN_FUTURE = QT_TRANSLATE_NOOP("validation", "The date on the paper form cannot be after today.")
PAPER_TOO_OLD = QT_TRANSLATE_NOOP(
    "validation", "The paper form is more than {days} days old. Please send it to the municipality instead of typing it in here."
)


def paper_given_at(written_on: dt.date, typed_at: dt.datetime) -> dt.datetime:
    """When an idea from a paper form dated ``written_on`` counts as given: noon that day (a form
    has a date, not a time), or the moment it is typed in if that is earlier (a form of today)."""
    noon = dt.datetime.combine(written_on, dt.time(12)).astimezone()
    return min(noon, typed_at)


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
    notify_me: bool = False  # "kontakt mig om min idé": an e-mail when city hall answers (needs the e-mail)
    written_on: dt.date | None = None  # a paper form's date, typed in later by staff (None: given now)
    submission_kind: ClassVar[str] = "idea"


class IdeaService(SubmissionService[IdeaDraft, Idea]):
    """Check and store ideas. ``clock`` gives the created-at time and today's consultation."""

    submission_kind = "idea"

    def check(self, draft: IdeaDraft) -> list[FieldProblem]:
        """Every problem with ``draft``, without storing anything (for inline messages)."""
        problems: list[FieldProblem] = []
        with self._store.session() as session:
            if not draft.theme_code or session.get(Theme, draft.theme_code) is None:
                problems.append(FieldProblem("theme", QT_TRANSLATE_NOOP("validation", "Please choose what your idea is about.")))
            if draft.home_area_code and session.get(HomeArea, draft.home_area_code) is None:
                problems.append(FieldProblem("home_area", QT_TRANSLATE_NOOP("validation", "Please choose where you live from the list.")))
        text_issue = text_problem(clean_text(draft.text))
        if text_issue:
            problems.append(text_issue)
        check_contact(draft.name, draft.email, draft.phone, draft.consent, problems)
        if draft.notify_me and not draft.email.strip():
            problems.append(FieldProblem("email", NOTIFY_NEEDS_EMAIL))
        age_issue = age_group_problem(draft.age_group)
        if age_issue:
            problems.append(age_issue)
        if draft.written_on is not None:
            today = local_date(self._clock())
            if draft.written_on > today:
                problems.append(FieldProblem("written_on", PAPER_IN_FUTURE))
            elif draft.written_on < today - dt.timedelta(days=PAPER_DAYS_BACK):
                problems.append(FieldProblem("written_on", PAPER_TOO_OLD, {"days": PAPER_DAYS_BACK}))
        return problems

    def _build(self, session: Session, draft: IdeaDraft, stop_id: str, now: dt.datetime) -> Idea:
        given_at = paper_given_at(draft.written_on, now) if draft.written_on is not None else now
        day = local_date(given_at)
        if ("consultation", day) not in session.info:  # once per transaction, not per paper form
            session.info[("consultation", day)] = find_current_consultation(session, day)
        consultation = session.info[("consultation", day)]
        if consultation is None:
            if draft.written_on is not None:
                raise KioskNotReady(f"No consultation was open on {day:%d.%m.%Y}, the date on the paper form.")
            raise KioskNotReady("No consultation is open today, so ideas cannot be taken.")
        contact = check_contact(draft.name, draft.email, draft.phone, draft.consent, [])
        return Idea(
            id=str(uuid6.uuid7()),
            receipt_code=self.new_code(),
            consultation_id=consultation.id,
            theme_code=draft.theme_code,
            text=clean_text(draft.text),
            sealed_contact=self._sealed(session, {"name": contact.name, "email": contact.email, "phone": contact.phone}),
            consent_version=idea_contact_version(self._periods(session)) if contact.given else None,
            age_group=draft.age_group,
            home_area_code=draft.home_area_code or None,
            language=draft.language,
            stop_id=stop_id,
            device_id=self._device.id,
            created_at=given_at,
            typed_at=now if draft.written_on is not None else None,
            assisted=draft.assisted or draft.written_on is not None,
            notify_me=bool(draft.notify_me and contact.email),
        )

    def _with_codes(self, now: dt.datetime) -> Callable[[Session, list[Idea]], None] | None:
        """'Gratis mad for gode idéer': each idea's voucher is stored with it, when the kiosk's
        setting is on or the tour plan has vouchers at the idea's stop; not for an idea from a
        paper form (nobody is at the kiosk to take the basket, and the form earned none)."""
        everywhere = Settings(self._store).get("reward_voucher")

        def issue(session: Session, ideas: list[Idea]) -> None:
            for idea in ideas:
                if idea.typed_at is not None:
                    continue
                stop = session.get(Stop, idea.stop_id)
                if everywhere or (stop is not None and stop.reward_voucher):
                    session.add(Voucher(receipt_code=idea.receipt_code, stop_id=idea.stop_id, issued_at=now))

        return issue

    def receipt_body(self, record: Idea) -> ReceiptBody:
        return ReceiptBody(excerpt_source=record.text)
