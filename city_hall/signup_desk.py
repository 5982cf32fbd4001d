"""City hall's side of volunteering: the sign-ups for each opportunity, followed up (contacted,
placed, declined), and the Byttebørs posts of every stop. The citizen sees a sign-up's status
at any kiosk's follow-up (the change log carries it to the kiosk that took the sign-up).

Lists come from the views without personal keys (migration c0006); contact details are shown
with :func:`city_hall.contact_details.reveal_contact`, which is logged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from psycopg import sql
from psycopg.rows import dict_row

from central_database.connection import CentralError
from city_hall.inbox import as_json, checked_text
from city_hall.refusals import NO_SIGNUP_STATUS, SIGNUP_NOT_ARRIVED
from shared_kernel import receipt_codes
from shared_kernel.byttebors import Match, MatchSide, match_sides
from shared_kernel.i18n import QT_TRANSLATE_NOOP
from shared_kernel.texts import excerpt
from shared_kernel.time_zone import municipality_time_zone

if TYPE_CHECKING:
    from city_hall.office import Office

SIGNUP_STATUSES = ("new", "contacted", "placed", "declined")  # the central CHECK has the same
SIGNUP_STATUS_NAMES = {
    "new": QT_TRANSLATE_NOOP("signup_status", "New"),
    "contacted": QT_TRANSLATE_NOOP("signup_status", "Contacted"),
    "placed": QT_TRANSLATE_NOOP("signup_status", "Placed"),
    "declined": QT_TRANSLATE_NOOP("signup_status", "Declined"),
}


@dataclass(frozen=True)
class SignupLine:
    """One sign-up, without contact details."""

    receipt_code: str
    created_at: dt.datetime
    stop_id: str
    opportunity_id: str | None
    opportunity_title: dict[str, str]
    contact_person: str  # the opportunity's contact, from the catalogue
    general_text: str | None
    age_group: str
    availability: list[str]
    status: str
    status_at: dt.datetime | None
    status_by: str | None
    likely_same_as: list[str]  # codes of sign-ups for the same task with the same phone or e-mail (city_hall/duplicates.py)
    handed_over: bool = False  # (an association's list) city hall has handed the contact details over to it

    def as_json(self) -> dict[str, Any]:
        return as_json(self)


@dataclass(frozen=True)
class PostLine:
    """One Byttebørs post (its text is public by nature), without contact details."""

    receipt_code: str | None
    created_at: dt.datetime
    stop_id: str
    kind: str
    text: str
    tags: list[str]
    place: str


_SIGNUPS = """
SELECT l.receipt_code, l.created_at, l.data ->> 'stop_id' AS stop_id, l.data ->> 'opportunity_id' AS opportunity_id,
       coalesce(o.data -> 'title', '{{}}') AS opportunity_title, coalesce(o.data -> 'contact' ->> 'name', '') AS contact_person,
       l.data ->> 'general_text' AS general_text, coalesce(l.data ->> 'age_group', '') AS age_group,
       coalesce(l.data -> 'availability', '[]') AS availability,
       coalesce(s.status, 'new') AS status, s.set_at AS status_at, coalesce(u.display_name, a.name, s.set_by) AS status_by,
       coalesce((SELECT array_agg(DISTINCT d.receipt_code) FROM mokoko.signup_fingerprint f
                 JOIN mokoko.signup_fingerprint g ON g.key_id = f.key_id AND g.signup_id <> f.signup_id
                      AND (g.phone = f.phone OR g.email = f.email)
                 JOIN mokoko.signup_listing d ON d.id = g.signup_id
                 WHERE f.signup_id = l.id AND (d.data ->> 'opportunity_id') IS NOT DISTINCT FROM (l.data ->> 'opportunity_id')),
                '{{}}') AS likely_same_as
FROM mokoko.signup_listing l
LEFT JOIN mokoko.opportunity o ON o.id = l.data ->> 'opportunity_id'
LEFT JOIN LATERAL (SELECT status, set_at, set_by FROM mokoko.signup_status x
                   WHERE x.signup_id = l.id ORDER BY x.id DESC LIMIT 1) s ON true
LEFT JOIN mokoko.office_user u ON u.role_name = s.set_by
LEFT JOIN mokoko.partner a ON a.role_name = s.set_by
WHERE {where}
ORDER BY l.created_at DESC LIMIT %s
"""


def signups(
    office: Office, *, opportunity: str | None = None, status: str | None = None, mine: bool = False, limit: int = 500
) -> list[SignupLine]:
    """Sign-ups, newest first. ``mine``: for the opportunities whose contact (in the catalogue)
    is the person asking."""
    conditions, params = [sql.SQL("true")], []
    if opportunity:
        conditions.append(sql.SQL("l.data ->> 'opportunity_id' = %s"))
        params.append(opportunity)
    if status:
        if status not in SIGNUP_STATUSES:
            raise CentralError(NO_SIGNUP_STATUS, status=repr(status), known=", ".join(SIGNUP_STATUSES))
        conditions.append(sql.SQL("coalesce(s.status, 'new') = %s"))
        params.append(status)
    if mine:
        conditions.append(
            sql.SQL("o.data -> 'contact' ->> 'name' = (SELECT display_name FROM mokoko.office_user WHERE role_name = current_user)")
        )
    query = sql.SQL(_SIGNUPS).format(where=sql.SQL(" AND ").join(conditions))
    with office.session() as connection:
        rows = connection.cursor(row_factory=dict_row).execute(query, [*params, limit]).fetchall()
    return [SignupLine(**row) for row in rows]


def mark_signup(office: Office, typed_code: str, status: str, note: str = "") -> None:
    """Record that the sign-up's contact person has contacted, placed or declined the volunteer."""
    if status not in SIGNUP_STATUSES:
        raise CentralError(NO_SIGNUP_STATUS, status=repr(status), known=", ".join(SIGNUP_STATUSES))
    note = checked_text(note)
    try:
        code = receipt_codes.normalise(typed_code)
    except receipt_codes.InvalidReceiptCode as error:
        raise CentralError(str(error)) from None
    with office.session() as connection:
        row = connection.execute("SELECT id FROM mokoko.signup_listing WHERE receipt_code = %s", (code,)).fetchone()
        if row is None:
            raise CentralError(SIGNUP_NOT_ARRIVED, code=receipt_codes.format_code(code))
        connection.execute("INSERT INTO mokoko.signup_status (signup_id, status, note) VALUES (%s, %s, %s)", (row[0], status, note))


def posts(office: Office, *, limit: int = 500) -> list[PostLine]:
    """Byttebørs posts from every stop, newest first."""
    with office.session() as connection:
        rows = connection.execute(
            "SELECT receipt_code, created_at, coalesce(data ->> 'stop_id', ''), coalesce(data ->> 'kind', ''), "
            "coalesce(data ->> 'text', ''), coalesce(data -> 'tags', '[]'), coalesce(data ->> 'place', '') "
            "FROM mokoko.offer_listing ORDER BY created_at DESC LIMIT %s",
            (limit,),
        ).fetchall()
    return [PostLine(*row) for row in rows]


def matches(office: Office, *, year: int | None = None) -> list[Match]:
    """Byttebørs posts that fit each other across every stop (an offer and a need sharing a tag),
    best first; the same rule as the kiosk's matches of its day. ``year``: posts of that Danish
    calendar year only. No contact details: city hall reveals them on purpose (logged)."""
    lines = posts(office, limit=5000)
    if year is not None:
        lines = [line for line in lines if line.created_at.astimezone(municipality_time_zone()).year == year]
    sides = [
        (line, MatchSide(line.kind, line.receipt_code or "", excerpt(line.text, 90), "", frozenset(line.tags)))
        for line in lines
        if line.receipt_code
    ]
    givers = [(side, line.stop_id) for line, side in sides if line.kind == "offer"]
    takers: list[tuple[MatchSide, frozenset[str] | None]] = [
        (side, frozenset({line.stop_id})) for line, side in sides if line.kind == "need"
    ]
    return match_sides(givers, takers)
