"""Erasure requests: a kiosk sends the requests made at it for its own codes
(:mod:`sync.actions`); city hall lists and handles them (``mokoko office erasures`` / ``erase``, and the office app's erasure tab).

Handling deletes the contact details centrally and anonymises the record (``mokoko.erase_contact``,
central migration c0010), and puts the code in the change log, so the kiosk that still holds
anything deletes it at its next pull and its follow-up says it was done.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

import psycopg

from central_database.connection import CentralError
from city_hall.inbox import code_from_typed
from city_hall.refusals import ERASURE_WAITS
from shared_kernel import receipt_codes

if TYPE_CHECKING:
    from city_hall.office import Office


@dataclass(frozen=True)
class ErasureLine:
    """One request as city hall sees it (the code only: never whose it is)."""

    id: int
    receipt_code: str
    requested_at: dt.datetime
    kiosk: str
    arrived: bool  # the record has reached the central database (only then can it be handled)
    handled_at: dt.datetime | None
    handled_by: str | None

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "receipt_code": self.receipt_code,
            "requested_at": self.requested_at.isoformat(),
            "kiosk": self.kiosk,
            "arrived": self.arrived,
            "handled_at": self.handled_at.isoformat() if self.handled_at else None,
            "handled_by": self.handled_by,
        }


_LIST = """
SELECT r.id, r.receipt_code, r.requested_at, coalesce(d.name, r.device_role::text),
       EXISTS (SELECT 1 FROM mokoko.idea i WHERE i.receipt_code = r.receipt_code)
       OR EXISTS (SELECT 1 FROM mokoko.signup_listing s WHERE s.receipt_code = r.receipt_code)
       OR EXISTS (SELECT 1 FROM mokoko.offer_listing o WHERE o.receipt_code = r.receipt_code),
       r.handled_at, coalesce(u.display_name, r.handled_by::text)
FROM mokoko.erasure_request r
LEFT JOIN mokoko.device d ON d.role_name = r.device_role
LEFT JOIN mokoko.office_user u ON u.role_name = r.handled_by
WHERE r.receipt_code IS NOT NULL AND (NOT %s OR r.handled_at IS NULL)
ORDER BY r.requested_at, r.id
"""


def erasure_requests(office: Office, *, pending: bool = False) -> list[ErasureLine]:
    """The citizens' requests, oldest first; ``pending``: only those not handled yet."""
    with office.session() as connection:
        rows = connection.execute(_LIST, (pending,)).fetchall()
    return [ErasureLine(*row) for row in rows]


def erase(office: Office, typed: str, note: str = "") -> int:
    """Delete the contact details given with the code ``typed`` centrally, anonymise the record, and
    tell every kiosk. Returns how many requests were handled by it."""
    code = code_from_typed(typed)
    with office.session() as connection:
        try:
            row = connection.execute("SELECT mokoko.erase_contact(%s, %s)", (code, note)).fetchone()
        except psycopg.errors.NoDataFound:
            raise CentralError(ERASURE_WAITS, code=receipt_codes.format_code(code)) from None
    return int(row[0]) if row else 0
