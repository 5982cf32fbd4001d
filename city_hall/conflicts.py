"""Records that reached the central database twice with different content (a kiosk restored from a
backup, a bug, a forged push): the push keeps the second version aside (``push_conflict``) and
never overwrites the first. City hall looks at both side by side and records a decision.

Personal keys are left out of both sides (migration c0006's ``conflict_listing``).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from psycopg import errors
from psycopg.rows import dict_row

from central_database.connection import CentralError
from city_hall.inbox import checked_text
from city_hall.refusals import DECIDED_ALREADY, NO_CONFLICT, NO_DECISION

if TYPE_CHECKING:
    from city_hall.office import Office

DECISIONS = ("keep-central", "same-in-substance", "ask-the-citizen")  # the central CHECK has the same
_CENTRAL = {
    "idea": "SELECT to_jsonb(i) FROM (SELECT receipt_code, consultation_id, theme_code, text, age_group, home_area_code, language, "
    "stop_id, created_at, assisted FROM mokoko.idea WHERE id = %s) i",
    "signup": "SELECT jsonb_build_object('receipt_code', receipt_code, 'created_at', created_at) || data "
    "FROM mokoko.signup_listing WHERE id = %s",
    "offer": "SELECT jsonb_build_object('receipt_code', receipt_code, 'created_at', created_at) || data "
    "FROM mokoko.offer_listing WHERE id = %s",
}
_LEFT_OUT = {
    "id",
    "content_hash",
    "device_id",
    "device_role",
    "received_at",
    "consent_version",
    "contact_name",
    "contact_email",
    "contact_phone",
    "notify_me",
}


@dataclass(frozen=True)
class Conflict:
    """One record as the central database has it and as it came again."""

    id: int
    kind: str
    record_id: str
    kiosk: str
    detected_at: dt.datetime
    central: dict[str, Any]
    sent: dict[str, Any]
    decision: str | None = None
    decided_by: str | None = None
    note: str = ""
    differences: list[str] = field(default_factory=list)


def _same(one: Any, other: Any) -> bool:
    """Whether two field values say the same: a time written in another zone is the same time."""
    if str(one) == str(other):
        return True
    try:
        return dt.datetime.fromisoformat(str(one)) == dt.datetime.fromisoformat(str(other))
    except ValueError:
        return False


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    """One level of fields: a document's ``data`` spread out, bookkeeping left out."""
    data = record.pop("data", None)
    if isinstance(data, str):  # staged as text by an older kiosk
        data = json.loads(data)
    if isinstance(data, dict):
        record = {**record, **data}
    return {key: value for key, value in record.items() if key not in _LEFT_OUT}


def conflicts(office: Office, *, undecided: bool = False) -> list[Conflict]:
    """The conflicts, newest first; ``undecided``: only those nobody has decided yet."""
    found = []
    with office.session() as connection:
        rows = (
            connection.cursor(row_factory=dict_row)
            .execute(
                "SELECT c.id, c.kind, c.record_id::text AS record_id, c.kiosk, c.detected_at, c.sent, d.decision, d.note, "
                "coalesce(u.display_name, d.set_by) AS decided_by FROM mokoko.conflict_listing c "
                "LEFT JOIN mokoko.conflict_decision d ON d.conflict_id = c.id LEFT JOIN mokoko.office_user u ON u.role_name = d.set_by "
                + ("WHERE d.conflict_id IS NULL " if undecided else "")
                + "ORDER BY c.detected_at DESC, c.id DESC LIMIT 500"
            )
            .fetchall()
        )
        for row in rows:
            query = _CENTRAL.get(row["kind"])
            central_row = connection.execute(query, (row["record_id"],)).fetchone() if query else None
            central = _flat(dict(central_row[0])) if central_row and central_row[0] else {}
            sent = _flat(dict(row["sent"] or {}))
            differences = sorted(key for key in central.keys() | sent.keys() if not _same(central.get(key), sent.get(key)))
            found.append(
                Conflict(
                    row["id"],
                    row["kind"],
                    row["record_id"],
                    row["kiosk"],
                    row["detected_at"],
                    central,
                    sent,
                    row["decision"],
                    row["decided_by"],
                    row["note"] or "",
                    differences,
                )
            )
    return found


def decide(office: Office, conflict_id: int, decision: str, note: str = "") -> None:
    """Record what city hall decided about a conflict (once; the database says who and when)."""
    if decision not in DECISIONS:
        raise CentralError(NO_DECISION, decision=repr(decision), known=", ".join(DECISIONS))
    note = checked_text(note)
    try:
        with office.session() as connection:
            connection.execute(
                "INSERT INTO mokoko.conflict_decision (conflict_id, decision, note) VALUES (%s, %s, %s)", (conflict_id, decision, note)
            )
    except errors.UniqueViolation:
        raise CentralError(DECIDED_ALREADY, conflict=conflict_id) from None
    except errors.ForeignKeyViolation:
        raise CentralError(NO_CONFLICT, conflict=conflict_id) from None
