"""Follow-up by receipt code: what a citizen sees when they come back with their receipt.

Works for what was given at this kiosk: the idea and city hall's status and public reply (pulled
from the central database, which gives each kiosk the answers to its own ideas only). A code
made by another kiosk is recognised by its device tag; an online kiosk then asks the central
database what the follow-up site shows for it (:func:`with_central_answer`, the look-up itself
in ``sync.followup_elsewhere``), and an offline one says it cannot see the answer now.

Follow-up reads only what a citizen may see again: never a name, phone number or e-mail. It is
plain SQL on a sqlite3 connection, so that ``mokoko idea show`` answers without loading the
database layer; the kiosk passes a connection from its store (``Kiosk.follow_up``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from dataclasses import dataclass, field, replace
from typing import Any

from shared_kernel import receipt_codes
from shared_kernel.i18n import pick
from shared_kernel.submission_kinds import SUBMISSION_KINDS

_CODE_IN_URL = re.compile(r"[?&/=]([" + receipt_codes.ALPHABET + r"\- ]{10,14})(?:[?&#/]|$)", re.IGNORECASE)


@dataclass(frozen=True)
class IdeaFound:
    """An idea given at this kiosk, as follow-up shows it."""

    theme_code: str
    theme_title: dict[str, str]
    text: str
    stop_id: str
    stop_place: str
    created_at: dt.datetime
    contact_kept: bool  # contact details were given with consent and are still here
    contact_purged: bool  # ... and were deleted after they reached the municipality
    synced: bool
    sync_conflict: bool
    typed_at: dt.datetime | None = None  # typed in from a paper form (then created_at is the form's date)


@dataclass(frozen=True)
class StatusFound:
    """City hall's newest status and public reply (for an idea of any kiosk)."""

    status: str
    public_reply: str
    reason: str
    set_at: str
    contact_name: str = ""  # the contact persons of the area answering, by name
    translated_reply: str = ""  # the reply in the idea's language, by a translator (may be empty) ...
    language: str = "da"  # ... the language the idea was given in


@dataclass(frozen=True)
class SignupFound:
    opportunity_id: str | None
    general_text: str | None
    created_at: dt.datetime


@dataclass(frozen=True)
class PostFound:
    kind: str
    text: str
    created_at: dt.datetime


@dataclass(frozen=True)
class FoundElsewhere:
    """A record given at another kiosk, as the central database shows it to anyone with its code
    (``mokoko.public_followup``): what it was and where, never its text or anyone's details.
    City hall's answer goes into the :class:`FollowUp`'s ``status`` / ``signup_status``."""

    kind: str  # "idea", "signup" or "offer"
    created_at: dt.datetime | None
    stop_place: str = ""
    theme_title: dict[str, str] = field(default_factory=dict)
    opportunity_title: dict[str, str] = field(default_factory=dict)
    organisation: dict[str, str] = field(default_factory=dict)
    offer_kind: str = ""


# Why another kiosk's code could not be looked up centrally (FollowUp.central_problem).
NO_CONNECTION = "no_connection"  # this kiosk has no central database set up
UNREACHABLE = "unreachable"  # offline, or the central database did not answer
TOO_MANY = "too_many"  # the kiosk's look-ups this minute are used up (the database's rate limit)


@dataclass(frozen=True)
class FollowUp:
    """What is known about a receipt code. ``idea`` is None for another kiosk's idea;
    ``status`` is None when city hall has not answered yet. A sign-up's or Byttebørs post's
    code (made here) finds ``signup`` or ``post`` instead."""

    code: str
    idea: IdeaFound | None
    status: StatusFound | None
    status_label: dict[str, str]
    signup: SignupFound | None = None
    post: PostFound | None = None
    from_other_kiosk: bool = False  # not known here, and made by another kiosk (its tag)
    signup_status: str | None = None  # city hall's follow-up of a sign-up: contacted, placed, declined
    erasure_requested: bool = False  # "Slet mine oplysninger" was asked for at this kiosk
    erasure_done_at: str | None = None  # city hall deleted the contact details (from any kiosk's request)
    elsewhere: FoundElsewhere | None = None  # another kiosk's record, as the central database shows it
    central_problem: str | None = None  # why another kiosk's code could not be asked about (NO_CONNECTION, ...)

    @property
    def known(self) -> bool:
        return any(found is not None for found in (self.idea, self.status, self.signup, self.post, self.elsewhere))

    def status_text(self, language: str) -> str:
        return pick(self.status_label, language) if self.status_label else (self.status.status if self.status else "")


def code_from_scan(scanned: str) -> str:
    """The receipt code in what a scanner typed (the whole follow-up URL) or a person typed."""
    text = scanned.strip()
    if "://" in text or "?" in text:
        for match in _CODE_IN_URL.finditer(text + "/"):
            candidate = match.group(1)
            if receipt_codes.problem_with(candidate) is None:
                return candidate
    return text


def _texts(value: Any) -> dict[str, str]:
    return dict(json.loads(value)) if value else {}


def _one(connection: sqlite3.Connection, query: str, code: str) -> tuple[Any, ...] | None:
    row: tuple[Any, ...] | None = connection.execute(query, (code,)).fetchone()
    return row


def look_up(connection: sqlite3.Connection, scanned: str) -> FollowUp:
    """Look up a scanned or typed code. Raises :class:`receipt_codes.InvalidReceiptCode`."""
    code = receipt_codes.normalise(code_from_scan(scanned))
    idea = _one(
        connection,
        "SELECT i.theme_code, t.title, i.text, i.stop_id, s.place, i.created_at, i.consent_version,"
        " i.contact_purged_at, i.synced_at, i.sync_conflict, i.typed_at FROM idea i"
        " LEFT JOIN theme t ON t.code = i.theme_code LEFT JOIN stop s ON s.id = i.stop_id WHERE i.receipt_code = ?",
        code,
    )
    status = _one(
        connection,
        "SELECT d.status, d.public_reply, d.reason, d.set_at, d.contact_name, d.translated_reply, d.language, s.label FROM idea_status d"
        " LEFT JOIN status s ON s.code = d.status WHERE d.receipt_code = ?",
        code,
    )
    signup = _one(connection, "SELECT opportunity_id, general_text, created_at FROM signup WHERE receipt_code = ?", code)
    post = _one(connection, "SELECT kind, text, created_at FROM offer WHERE receipt_code = ?", code)
    signup_status = _one(connection, "SELECT status FROM signup_status WHERE receipt_code = ?", code) if signup else None
    known = any((idea, status, signup, post))
    erasure = _one(connection, "SELECT done_at FROM erasure WHERE receipt_code = ?", code)
    return FollowUp(
        code=code,
        idea=IdeaFound(
            theme_code=idea[0],
            theme_title=_texts(idea[1]),
            text=idea[2],
            stop_id=idea[3],
            stop_place=idea[4] or idea[3],
            created_at=dt.datetime.fromisoformat(idea[5]),
            contact_kept=bool(idea[6]),
            contact_purged=bool(idea[7]),
            synced=bool(idea[8]),
            sync_conflict=bool(idea[9]),
            typed_at=dt.datetime.fromisoformat(idea[10]) if idea[10] else None,
        )
        if idea
        else None,
        status=StatusFound(*status[:7]) if status else None,
        status_label=_texts(status[7]) if status else {},
        signup=SignupFound(signup[0], signup[1], dt.datetime.fromisoformat(signup[2])) if signup else None,
        post=PostFound(post[0], post[1], dt.datetime.fromisoformat(post[2])) if post else None,
        signup_status=signup_status[0] if signup_status else None,
        erasure_requested=_one(connection, "SELECT 1 FROM erasure_request WHERE receipt_code = ?", code) is not None,
        erasure_done_at=erasure[0] if erasure else None,
        from_other_kiosk=not known and not made_here(connection, code),
    )


def made_here(connection: sqlite3.Connection, code: str) -> bool:
    """Whether this kiosk makes codes like ``code`` (normalised): with its own tag, or the one it
    drew before it was registered centrally (then some record here carries it)."""
    tag = code[: receipt_codes.DEVICE_TAG_LENGTH]
    if _one(connection, "SELECT 1 FROM device WHERE tag = ?", tag):
        return True
    return any(  # a range on the unique index ("~" sorts after every code character)
        connection.execute(f"SELECT 1 FROM {table} WHERE receipt_code >= ? AND receipt_code < ? LIMIT 1", (tag, tag + "~")).fetchone()
        for table in SUBMISSION_KINDS
    )


def with_central_answer(found: FollowUp, public: dict[str, Any] | None = None, problem: str | None = None) -> FollowUp:
    """``found`` (another kiosk's code) with what the central database answered: ``public`` are the
    fields of ``mokoko.public_followup`` (None: it knows no such code, yet), or ``problem`` says why
    it could not be asked."""
    if problem is not None or public is None:
        return replace(found, central_problem=problem)
    kind = str(public.get("kind") or "")
    created = public.get("created_at")
    elsewhere = FoundElsewhere(
        kind=kind,
        created_at=dt.datetime.fromisoformat(created) if created else None,
        stop_place=str(public.get("stop_place") or ""),
        theme_title=_texts_of(public.get("theme")),
        opportunity_title=_texts_of(public.get("opportunity")),
        organisation=_texts_of(public.get("organisation")),
        offer_kind=str(public.get("offer_kind") or ""),
    )
    status = None
    if kind == "idea" and public.get("status"):
        status = StatusFound(
            status=str(public["status"]),
            public_reply=str(public.get("public_reply") or ""),
            reason="",  # city hall's reason is internal; the public look-up never gives it
            set_at=str(public.get("status_at") or ""),
            contact_name=str(public.get("contact_names") or ""),
            translated_reply=str(public.get("translated_reply") or ""),
            language=str(public.get("language") or "da"),
        )
    return replace(
        found,
        elsewhere=elsewhere,
        status=status,
        status_label=_texts_of(public.get("status_label")) if status else {},
        signup_status=str(public["status"]) if kind == "signup" and public.get("status") else None,
    )


def _texts_of(value: Any) -> dict[str, str]:
    """A catalogue text as JSON gives it: languages to texts (a plain string counts as Danish)."""
    if isinstance(value, dict):
        return {str(language): str(text) for language, text in value.items()}
    return {"da": value} if isinstance(value, str) and value else {}
