"""Who looked at whose contact details, and why (the data-protection officer's and city hall's)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from city_hall.office import Office


@dataclass(frozen=True)
class AccessEntry:
    """One look at someone's contact details."""

    at: dt.datetime
    by: str
    kind: str
    receipt_code: str | None
    why: str


def access_log(office: Office, *, limit: int = 1000) -> list[AccessEntry]:
    """Who looked at whose contact details, newest first (for the data-protection officer's login,
    a member of ``mokoko_dpo``, and city hall's)."""
    with office.session() as connection:
        rows = connection.execute(
            "SELECT l.at, coalesce(u.display_name, l.by_role), l.kind, l.receipt_code, l.why FROM mokoko.access_log l "
            "LEFT JOIN mokoko.office_user u ON u.role_name = l.by_role ORDER BY l.at DESC, l.id DESC LIMIT %s",
            (limit,),
        ).fetchall()
    return [AccessEntry(*row) for row in rows]
