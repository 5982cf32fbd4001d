"""Volunteer sign-ups: checked, then stored in one transaction with the personal details sealed.

A sign-up is for an opportunity from the catalogue or, with ``general_text``, for "something
else" the municipality matches later. Only what the organisation needs is asked: name, phone
and/or e-mail, age group, when they can, an optional message; consent is required. Children
under 15 also need a parent's or guardian's name, phone and consent, and are never signed up
for what is for adults only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ClassVar

import uuid6
from sqlmodel import Session, col, func, select

from mokoko_desktop.clock import Clock, local_date, local_day_bounds, utc_now
from mokoko_desktop.consent import GUARDIAN_VERSION, signup_version
from mokoko_desktop.ideas import NOTIFY_NEEDS_EMAIL
from mokoko_desktop.models import Device, Signup
from mokoko_desktop.opportunities import Opportunities
from mokoko_desktop.store import Store
from mokoko_desktop.submissions import ReceiptBody, SubmissionService
from mokoko_desktop.validation import (
    NAME_MAX,
    FieldProblem,
    check_reachable,
    clean_line,
    clean_text,
    line_problem,
    phone_or_problem,
)
from shared_kernel import limits
from shared_kernel.demographics import AGE_GROUPS
from shared_kernel.i18n import QT_TRANSLATE_NOOP, pick, translate
from shared_kernel.opportunity_data import AVAILABILITY, AVAILABILITY_NAMES, FREQUENCIES, HELP_FREQUENCY_NAMES, OpportunityInfo
from shared_kernel.texts import excerpt

GENERAL_TEXT_MAX = limits.GENERAL_TEXT_MAX
MESSAGE_MAX = limits.MESSAGE_MAX
NEEDS_GUARDIAN = frozenset({"under-15"})
UNKNOWN_INTEREST = QT_TRANSLATE_NOOP("validation", "Unknown interest: {codes}.")
Report = Callable[..., None]  # report(field, message, **params)


@dataclass
class SignupDraft:
    """What a citizen filled in, before it is checked. Empty strings mean "not given"."""

    opportunity_id: str = ""
    general_text: str = ""
    interests: list[str] = field(default_factory=list)
    name: str = ""
    phone: str = ""
    email: str = ""
    age_group: str | None = None
    availability: list[str] = field(default_factory=list)
    frequency: str | None = None
    message: str = ""
    guardian_name: str = ""
    guardian_phone: str = ""
    guardian_consent: bool = False
    consent: bool = False
    notify_me: bool = False  # an e-mail when the contact person has contacted or placed them (needs the e-mail)
    language: str = "da"
    submission_kind: ClassVar[str] = "signup"


@dataclass(frozen=True)
class _Clean:
    name: str
    phone: str | None
    email: str | None
    guardian_name: str | None
    guardian_phone: str | None
    frequency: str


class SignupService(SubmissionService[SignupDraft, Signup]):
    """Check and store sign-ups. ``clock`` gives the created-at time and today's date."""

    submission_kind = "signup"

    def __init__(self, store: Store, device: Device, opportunities: Opportunities, clock: Clock = utc_now) -> None:
        super().__init__(store, device, clock)
        self._opportunities = opportunities

    def check(self, draft: SignupDraft) -> list[FieldProblem]:
        """Every problem with ``draft``, without storing anything (for inline messages)."""
        problems: list[FieldProblem] = []
        self._clean(draft, problems)
        return problems

    def _clean(self, draft: SignupDraft, problems: list[FieldProblem]) -> _Clean:
        def problem(field_name: str, message: str, **params: object) -> None:
            problems.append(FieldProblem(field_name, message, params))

        opportunity = self._check_what(draft, problem)
        name, phone, email = check_reachable(
            draft.name, draft.phone, draft.email, QT_TRANSLATE_NOOP("validation", "Please write your name."), problems
        )
        if draft.age_group not in AGE_GROUPS:
            problem("age_group", QT_TRANSLATE_NOOP("validation", "Please choose your age group."))
        elif opportunity is not None and not opportunity.suits_age_group(draft.age_group):
            problem(
                "age_group",
                QT_TRANSLATE_NOOP("validation", "This task is for people aged {age} and over. Please choose another one."),
                age=opportunity.min_age,
            )
        self._check_when(draft, problem)
        if draft.notify_me and not draft.email.strip():
            problem("email", NOTIFY_NEEDS_EMAIL)
        frequency = draft.frequency or (opportunity.frequency if opportunity else "")
        if frequency not in FREQUENCIES:
            problem("frequency", QT_TRANSLATE_NOOP("validation", "Please choose whether you can help once or regularly."))
        if len(clean_text(draft.message)) > MESSAGE_MAX:
            problem(
                "message", QT_TRANSLATE_NOOP("validation", "Please shorten the message to at most {limit} characters."), limit=MESSAGE_MAX
            )
        guardian_name = guardian_phone = None
        if draft.age_group in NEEDS_GUARDIAN:
            guardian_name = clean_line(draft.guardian_name)
            issue = line_problem(
                "guardian_name",
                guardian_name,
                NAME_MAX,
                QT_TRANSLATE_NOOP("validation", "Children under 15 need a parent or guardian: please write their name."),
            )
            if issue:
                problems.append(issue)
            if not draft.guardian_phone.strip():
                problem("guardian_phone", QT_TRANSLATE_NOOP("validation", "Please write the parent's or guardian's phone number."))
            guardian_phone = phone_or_problem(draft.guardian_phone, "guardian_phone", problems)
            if not draft.guardian_consent:
                problem(
                    "guardian_consent",
                    QT_TRANSLATE_NOOP("validation", "A parent or guardian must say yes before a child under 15 can sign up."),
                )
        if not draft.consent:
            problem(
                "consent",
                QT_TRANSLATE_NOOP(
                    "validation",
                    "We can only pass on your sign-up if you say yes to this. Without it, nothing is saved.",
                ),
            )
        return _Clean(name, phone, email, guardian_name or None, guardian_phone, frequency)

    def _check_what(self, draft: SignupDraft, problem: Report) -> OpportunityInfo | None:
        if draft.opportunity_id and draft.general_text.strip():
            problem("opportunity", QT_TRANSLATE_NOOP("validation", "Sign up either for a task or for something else, not both."))
            return None
        if draft.opportunity_id:
            opportunity = self._opportunities.get(draft.opportunity_id)
            if opportunity is None or not opportunity.is_active(local_date(self._clock())):
                problem("opportunity", QT_TRANSLATE_NOOP("validation", "This task is no longer open for sign-up."))
                return None
            return opportunity
        general = clean_text(draft.general_text)
        if not general:
            problem("general_text", QT_TRANSLATE_NOOP("validation", "Please write what you would like to help with."))
        elif len(general) > GENERAL_TEXT_MAX:
            problem(
                "general_text",
                QT_TRANSLATE_NOOP("validation", "Please shorten this to at most {limit} characters."),
                limit=GENERAL_TEXT_MAX,
            )
        return None

    def _check_when(self, draft: SignupDraft, problem: Report) -> None:
        if not draft.availability:
            problem("availability", QT_TRANSLATE_NOOP("validation", "Please choose when you can: weekdays, evenings or weekends."))
        elif set(draft.availability) - set(AVAILABILITY):
            problem(
                "availability", QT_TRANSLATE_NOOP("validation", "When you can must be one of {choices}."), choices=", ".join(AVAILABILITY)
            )
        unknown = self._opportunities.unknown_interests(draft.interests)
        if unknown:
            problem("interests", UNKNOWN_INTEREST, codes=", ".join(unknown))

    def _build(self, session: Session, draft: SignupDraft, stop_id: str, now: dt.datetime) -> Signup:
        clean = self._clean(draft, [])
        general = not draft.opportunity_id
        return Signup(
            id=str(uuid6.uuid7()),
            receipt_code=self.new_code(),
            opportunity_id=draft.opportunity_id or None,
            general_text=clean_text(draft.general_text) if general else None,
            interests=sorted(set(draft.interests)) if general else [],
            sealed_contact=self._sealed(
                session,
                {
                    "name": clean.name,
                    "phone": clean.phone,
                    "email": clean.email,
                    "message": clean_text(draft.message),
                    "guardian_name": clean.guardian_name,
                    "guardian_phone": clean.guardian_phone,
                },
            ),
            age_group=draft.age_group or "",
            availability=[day for day in AVAILABILITY if day in draft.availability],
            frequency=clean.frequency,
            consent_version=signup_version(self._periods(session)),
            guardian_consent_version=GUARDIAN_VERSION if clean.guardian_name else None,
            notify_me=bool(draft.notify_me and clean.email),
            language=draft.language,
            stop_id=stop_id,
            device_id=self._device.id,
            created_at=now,
        )

    def receipt_body(self, record: Signup) -> ReceiptBody:
        opportunity = self._opportunities.get(record.opportunity_id) if record.opportunity_id else None
        return ReceiptBody(sections=signup_receipt_sections(record, opportunity))

    def count(self) -> int:
        with self._store.session() as session:
            return session.exec(select(func.count()).select_from(Signup)).one()

    def of_day(self, day: dt.date) -> list[Signup]:
        """Sign-ups made on ``day`` (local time), newest first (staff's overview)."""
        start, end = local_day_bounds(day)
        with self._store.session() as session:
            statement = (
                select(Signup).where(col(Signup.created_at) >= start, col(Signup.created_at) < end).order_by(col(Signup.created_at).desc())
            )
            return list(session.exec(statement))


_RECEIPT = {
    "what": QT_TRANSLATE_NOOP("receipt", "You signed up for"),
    "something_else": QT_TRANSLATE_NOOP("receipt", "Something else: “{text}”"),
    "when": QT_TRANSLATE_NOOP("receipt", "When you can"),
    "who": QT_TRANSLATE_NOOP("receipt", "Who will contact you?"),
    "who_opportunity": QT_TRANSLATE_NOOP(
        "receipt", "{person} from {organisation} will contact you on the phone number or e-mail you gave."
    ),
    "who_general": QT_TRANSLATE_NOOP(
        "receipt", "The municipality's volunteer coordinator will contact you on the phone number or e-mail you gave."
    ),
    "guardian": QT_TRANSLATE_NOOP("receipt", "Your parent or guardian is called before you start."),
    "questions": QT_TRANSLATE_NOOP("receipt", "Questions?"),
    "questions_body": QT_TRANSLATE_NOOP("receipt", "Contact {person}: {how}"),
}


def signup_receipt_sections(signup: Signup, opportunity: OpportunityInfo | None) -> tuple[tuple[str, str], ...]:
    """What a sign-up's receipt says, in the sign-up's language: what for, when, who will get in
    touch. The citizen's own details are not on it: the kiosk sealed them and cannot read them."""
    language = signup.language

    def t(key: str) -> str:
        return translate(language, "receipt", _RECEIPT[key])

    if opportunity is not None:
        what = f"{pick(opportunity.title, language)}\n{pick(opportunity.organisation, language)}"
    else:
        what = t("something_else").format(text=excerpt(signup.general_text or "", 100))
    days = join_days([translate(language, "volunteering", AVAILABILITY_NAMES[day]) for day in signup.availability])
    often = translate(language, "volunteering", HELP_FREQUENCY_NAMES.get(signup.frequency, signup.frequency))
    if opportunity is not None and opportunity.contact_name:
        who = t("who_opportunity").format(person=opportunity.contact_name, organisation=pick(opportunity.organisation, language))
    else:
        who = t("who_general")
    if signup.guardian_consent_version:
        who += " " + t("guardian")
    sections = [(t("what"), what), (t("when"), f"{days} · {often}"), (t("who"), who)]
    if opportunity is not None and opportunity.contact_how:
        sections.append((t("questions"), t("questions_body").format(person=opportunity.contact_name, how=opportunity.contact_how)))
    return tuple(sections)


def join_days(names: list[str]) -> str:
    """Translated availability names as one phrase: "Hverdage, aftener"."""
    days = ", ".join(names)
    return days[:1] + days[1:].lower()
