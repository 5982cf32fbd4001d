"""Cleaning and checking what citizens type. Shared by the kiosk and the command line.

Messages are English source strings marked for translation (context ``validation``); the kiosk
shows them translated, the command line in English.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from dataclasses import dataclass

from shared_kernel import limits
from shared_kernel.demographics import AGE_GROUPS
from shared_kernel.i18n import QT_TRANSLATE_NOOP

TEXT_MAX = limits.IDEA_TEXT_MAX
NAME_MAX = limits.NAME_MAX
DEFAULT_PHONE_REGION = "DK"
# Anything typed that is longer than this is refused before it is cleaned (cleaning a huge
# paste would keep the kiosk busy for seconds); every field's own limit is far below it.
RAW_MAX = 4 * TEXT_MAX
COMBINING_MAX = 4  # marks on one letter: Vietnamese needs 2, pointed Hebrew 3; "Zalgo" text dozens
# Bidi embeddings, overrides and isolates: in a one-line field (a name, a place) they can make
# it display reversed in staff's and city hall's lists.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@dataclass(frozen=True)
class FieldProblem:
    """What is wrong with one field: ``message`` (English source, context ``validation``)
    formatted with ``params``."""

    field: str
    message: str
    params: dict[str, object] = dataclasses.field(default_factory=dict)

    def english(self) -> str:
        return self.message.format(**self.params)


class SubmissionRejected(ValueError):
    """A submission was not stored because of ``problems`` (one per field at most)."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.english()}" for p in problems))
        self.problems = problems


def _drop_control_characters(raw: str, keep: str) -> str:
    # Cc: control characters incl. NUL; Cs: lone surrogates (undecodable command-line bytes).
    # Format characters (Cf) stay: emoji joiners and right-to-left marks are part of the text.
    return "".join(ch for ch in raw if ch in keep or unicodedata.category(ch) not in ("Cc", "Cs"))


def _limit_combining_marks(text: str) -> str:
    """At most :data:`COMBINING_MAX` combining marks on one letter (the rest are dropped)."""
    kept: list[str] = []
    marks = 0
    for ch in text:
        if unicodedata.combining(ch):
            marks += 1
            if marks > COMBINING_MAX:
                continue
        else:
            marks = 0
        kept.append(ch)
    return "".join(kept)


def clean_text(raw: str) -> str:
    """The idea text exactly as it will be stored: control characters and NUL removed, line
    breaks unified, Unicode composed (NFC), piled-up combining marks cut, surrounding blank
    space trimmed."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _drop_control_characters(text, keep="\n\t").replace("\t", " ")
    return _limit_combining_marks(unicodedata.normalize("NFC", text)).strip()


def clean_line(raw: str) -> str:
    """A one-line field (a name, a place) as stored: no control characters and no bidi
    overrides, single spaces, NFC, piled-up combining marks cut."""
    text = "".join(ch for ch in _drop_control_characters(raw, keep="") if ch not in _BIDI_CONTROLS)
    return _limit_combining_marks(unicodedata.normalize("NFC", " ".join(text.split())))


def boundary_problems(draft: object, known_languages: list[str]) -> list[FieldProblem]:
    """What is refused before any cleaning or checking, for every kind of submission: a field
    too long to be anything but a mistake or an attack, and a language the kiosk does not
    know (it is stored and sent to the municipality as it is)."""
    problems = []
    for field in dataclasses.fields(draft):  # type: ignore[arg-type]
        values = getattr(draft, field.name)
        for value in values if isinstance(values, list) else [values]:
            if isinstance(value, str) and len(value) > RAW_MAX:
                problems.append(
                    FieldProblem(
                        field.name,
                        QT_TRANSLATE_NOOP("validation", "This is far too long. Please shorten it to at most {limit} characters."),
                        {"limit": TEXT_MAX},
                    )
                )
                break
    language = getattr(draft, "language", "")
    if language not in known_languages and not any(problem.field == "language" for problem in problems):
        problems.append(
            FieldProblem(
                "language", QT_TRANSLATE_NOOP("validation", "Unknown language. Known: {choices}."), {"choices": ", ".join(known_languages)}
            )
        )
    return problems


def text_problem(text: str) -> FieldProblem | None:
    """Check an already cleaned idea text."""
    if not text:
        return FieldProblem("text", QT_TRANSLATE_NOOP("validation", "Please write your idea first."))
    if len(text) > TEXT_MAX:
        return FieldProblem(
            "text",
            QT_TRANSLATE_NOOP("validation", "Your idea is {excess} characters too long. Please shorten it to {limit}."),
            {"excess": len(text) - TEXT_MAX, "limit": TEXT_MAX},
        )
    return None


def normalise_email(raw: str) -> str:
    """Return the e-mail address in normal form or raise ``ValueError``."""
    import email_validator  # imported when first needed: keeps the kiosk's start quick

    result = email_validator.validate_email(raw.strip(), check_deliverability=False)
    return result.normalized


def normalise_phone(raw: str, region: str = DEFAULT_PHONE_REGION) -> str:
    """Return the phone number in E.164 form (+4512345678) or raise ``ValueError``.

    Danish numbers may be written with or without +45 and with spaces; foreign numbers need
    their country code."""
    import phonenumbers  # imported when first needed: keeps the kiosk's start quick

    try:
        number = phonenumbers.parse(raw.strip(), region)
    except phonenumbers.NumberParseException as error:
        raise ValueError(str(error)) from None
    if not phonenumbers.is_valid_number(number):
        raise ValueError("not a valid phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


_EMAIL_PROBLEM = QT_TRANSLATE_NOOP("validation", "This does not look like an e-mail address. Example: navn@eksempel.dk")
_PHONE_PROBLEM = QT_TRANSLATE_NOOP(
    "validation",
    "Please write a Danish phone number with 8 digits, or a foreign number starting with its country code (for example +46).",
)


@dataclass(frozen=True)
class Contact:
    """Cleaned contact details; all ``None`` when the citizen gave none."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None

    @property
    def given(self) -> bool:
        return any((self.name, self.email, self.phone))


def check_contact(name: str, email: str, phone: str, consent: bool, problems: list[FieldProblem]) -> Contact:
    """Clean the optional contact details; add a problem per bad field to ``problems``."""
    clean_name = clean_line(name) or None
    clean_email = clean_phone = None
    if clean_name and len(clean_name) > NAME_MAX:
        problems.append(
            FieldProblem(
                "name",
                QT_TRANSLATE_NOOP("validation", "Please shorten the name to at most {limit} characters."),
                {"limit": NAME_MAX},
            )
        )
    if email.strip():
        try:
            clean_email = normalise_email(email)
        except ValueError:
            problems.append(FieldProblem("email", _EMAIL_PROBLEM))
    clean_phone = phone_or_problem(phone, "phone", problems)
    contact = Contact(clean_name, clean_email, clean_phone)
    if (contact.given or email.strip() or phone.strip()) and not consent:
        problems.append(
            FieldProblem(
                "consent",
                QT_TRANSLATE_NOOP(
                    "validation",
                    "We may only keep your contact details if you say yes below. Tick the box, or remove the details.",
                ),
            )
        )
    return contact


def age_group_problem(age_group: str | None) -> FieldProblem | None:
    if age_group is None or age_group in AGE_GROUPS:
        return None
    return FieldProblem(
        "age_group",
        QT_TRANSLATE_NOOP("validation", "Age group must be one of {choices}."),
        {"choices": ", ".join(AGE_GROUPS)},
    )


def line_problem(field_name: str, value: str, limit: int, missing: str | None) -> FieldProblem | None:
    """Check an already cleaned one-line field: required (``missing`` is its message) and not
    longer than ``limit``."""
    if not value:
        return FieldProblem(field_name, missing) if missing else None
    if len(value) > limit:
        return FieldProblem(
            field_name,
            QT_TRANSLATE_NOOP("validation", "Please shorten this to at most {limit} characters."),
            {"limit": limit},
        )
    return None


def check_reachable(
    name: str, phone: str, email: str, missing_name: str, problems: list[FieldProblem]
) -> tuple[str, str | None, str | None]:
    """A volunteer's or a poster's name and how to reach them: the name is required
    (``missing_name`` is its message) and at least one of phone and e-mail. Returns the cleaned
    (name, E.164 phone or None, e-mail or None); adds a problem per bad field."""
    clean_name = clean_line(name)
    issue = line_problem("name", clean_name, NAME_MAX, missing_name)
    if issue:
        problems.append(issue)
    clean_phone = phone_or_problem(phone, "phone", problems)
    clean_email = None
    if email.strip():
        try:
            clean_email = normalise_email(email)
        except ValueError:
            problems.append(FieldProblem("email", _EMAIL_PROBLEM))
    if not phone.strip() and not email.strip():
        problems.append(
            FieldProblem(
                "phone",
                QT_TRANSLATE_NOOP("validation", "Please write a phone number or an e-mail address, so they can reach you."),
            )
        )
    return clean_name, clean_phone, clean_email


def phone_or_problem(raw: str, field_name: str, problems: list[FieldProblem]) -> str | None:
    """The E.164 form of an optional phone number; a problem for ``field_name`` if it is bad."""
    if not raw.strip():
        return None
    try:
        return normalise_phone(raw)
    except ValueError:
        problems.append(FieldProblem(field_name, _PHONE_PROBLEM))
        return None
