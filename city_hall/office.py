"""City hall's statuses and public replies, as the central commands offer them (``mokoko central statuses``, ``reply``)."""

from __future__ import annotations

from central_database.connection import connect
from city_hall.inbox import answer


def statuses(url: str) -> list[tuple[str, dict[str, str], bool]]:
    """The status catalogue: (code, label by language, needs a reason)."""
    with connect(url) as connection:
        return [tuple(row) for row in connection.execute("SELECT code, label, needs_reason FROM mokoko.status ORDER BY sort_order, code")]


def reply(url: str, typed_code: str, status: str, public_reply: str, reason: str = "") -> str:
    """Set one idea's status and public reply. Returns the normalised code (see
    :func:`city_hall.inbox.answer`, which this is)."""
    return answer(url, [typed_code], status, public_reply, reason).answered[0]
