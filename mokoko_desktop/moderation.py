"""Moderation at the stop: staff hide an abusive idea, with a reason from a short list
and the time, or show it again after a mis-tap. The idea itself is never changed or deleted: it
still syncs and city hall sees it with the flag. What counts is the newest moderation row per
code, and those rows are pushed to city hall (``sync/actions.py``), where a hidden idea is
taken off the public wall and can never be put on it.

Staff moderate the ideas given here (the kiosk holds their text); the list of the day reads one
indexed range of ``idea.created_at``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

import uuid6

from mokoko_desktop.clock import local_day_bounds, stored_time
from mokoko_desktop.followup import code_from_scan
from shared_kernel import receipt_codes
from shared_kernel.moderation_reasons import REASONS

if TYPE_CHECKING:
    from mokoko_desktop.store import Store

EXCERPT = 160  # characters of an idea in the moderation list


class ModerationRefused(ValueError):
    """Nothing was changed; ``str()`` says why, for staff."""


@dataclass(frozen=True)
class DayIdea:
    """One line of the moderation list."""

    receipt_code: str
    created_at: dt.datetime
    theme_code: str
    excerpt: str
    hidden_reason: str  # "" while shown
    hidden_at: dt.datetime | None


# The moderation row that counts for idea ``i``: join ``moderation m ON m.id = NEWEST_FOR_IDEA``.
NEWEST_FOR_IDEA = "(SELECT n.id FROM moderation n WHERE n.receipt_code = i.receipt_code ORDER BY n.at DESC, n.id DESC LIMIT 1)"
_DAY = f"""
SELECT i.receipt_code, i.created_at, i.theme_code, substr(i.text, 1, {EXCERPT}), m.reason, m.at
FROM idea i LEFT JOIN moderation m ON m.id = {NEWEST_FOR_IDEA}
WHERE i.created_at >= :start AND i.created_at < :end ORDER BY i.created_at DESC LIMIT :limit
"""


def set_hidden(store: Store, typed: str, reason: str, now: dt.datetime) -> str:
    """Hide the idea with the typed or scanned code (``reason`` one of :data:`REASONS`), or show
    it again (``reason`` ""). Returns the code. Raises :class:`ModerationRefused` (nothing
    changed) for an unknown reason, a code of no idea here, or nothing to change;
    :class:`~shared_kernel.receipt_codes.InvalidReceiptCode` for a mistyped code."""
    from sqlalchemy import text  # here: the command line reads REASONS before the database layer loads

    if reason and reason not in REASONS:
        raise ModerationRefused(f"{reason!r} is not a reason to hide an idea. Reasons: {', '.join(REASONS)}.")
    code = receipt_codes.normalise(code_from_scan(typed))
    with store.writing() as connection:
        idea = connection.execute(
            text(f"SELECT m.reason, m.at FROM idea i LEFT JOIN moderation m ON m.id = {NEWEST_FOR_IDEA} WHERE i.receipt_code = :code"),
            {"code": code},
        ).first()
        if idea is None:
            raise ModerationRefused(f"No idea with the code {receipt_codes.format_code(code)} was given at this kiosk.")
        hidden_reason, hidden_at = idea
        shown_now = not hidden_reason
        if reason and not shown_now:
            at = dt.datetime.fromisoformat(hidden_at).astimezone()
            raise ModerationRefused(f"That idea was hidden already, at {at:%H:%M}.")
        if not reason and shown_now:
            raise ModerationRefused("That idea is not hidden.")
        connection.execute(
            text("INSERT INTO moderation (id, receipt_code, reason, at) VALUES (:id, :code, :reason, :at)"),
            {"id": str(uuid6.uuid7()), "code": code, "reason": reason, "at": stored_time(now)},
        )
    return code


def ideas_of_day(store: Store, day: dt.date, limit: int = 500) -> list[DayIdea]:
    """The ideas given here on ``day`` (local time), newest first, with whether each is hidden.
    Reads only (run it off the GUI thread)."""
    start, end = local_day_bounds(day)
    with store.reading() as connection:
        rows = connection.execute(_DAY, {"start": stored_time(start), "end": stored_time(end), "limit": limit}).fetchall()
    return [
        DayIdea(
            row[0],
            dt.datetime.fromisoformat(row[1]),
            row[2],
            " ".join(row[3].split()),
            row[4] or "",
            dt.datetime.fromisoformat(row[5]) if row[4] else None,
        )
        for row in rows
    ]
