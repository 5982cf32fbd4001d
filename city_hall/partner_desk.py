"""An association's side of volunteering (issue 31): the sign-ups for the opportunities it runs,
a volunteer's contact details opened with its own key after city hall handed them over (each look
written in the access log with the reason given), and marked contacted, placed or declined, which
reaches the citizen's follow-up and e-mail as city hall's marks do. The database decides what an
association sees (central migration c0031); :class:`~city_hall.office.Office` sends an
association's login here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from central_database.connection import CentralError
from city_hall.contact_details import ContactDetails, checked_why, opened_details
from city_hall.refusals import NO_SIGNUP_STATUS, NOT_HANDED_OVER, PARTNER_KEY, PARTNER_NO_NOTE, SIGNUP_NOT_ARRIVED
from city_hall.signup_desk import SIGNUP_STATUSES, SignupLine
from shared_kernel import receipt_codes

if TYPE_CHECKING:
    from city_hall.office import Office
    from shared_kernel.sealing import KeyPair


@dataclass(frozen=True)
class PartnerInfo:
    """The association logged in: its name, the opportunities it runs (id, title), its key."""

    login: str
    name: str
    opportunities: list[tuple[str, dict[str, str]]]
    key_id: str | None
    stops: list[tuple[str, str]]  # the tour's stops (id, place): where volunteers signed up


def partner_info(office: Office) -> PartnerInfo | None:
    """The association of the login asking, or None for a city-hall login."""
    with office.session() as connection:
        row = connection.execute(
            "SELECT role_name, name, key_id FROM mokoko.partner WHERE role_name = current_user AND removed_at IS NULL"
        ).fetchone()
        if row is None:
            return None
        opportunities = connection.execute(
            "SELECT o.opportunity_id, coalesce(x.data -> 'title', '{}') FROM mokoko.partner_opportunity o "
            "LEFT JOIN mokoko.opportunity x ON x.id = o.opportunity_id WHERE o.role_name = current_user ORDER BY 1"
        ).fetchall()
        stops = connection.execute("SELECT id, place FROM mokoko.stop ORDER BY tour_order").fetchall()
    titles = [(str(id_), dict(title)) for id_, title in opportunities]
    return PartnerInfo(str(row[0]), str(row[1]), titles, row[2], [(str(id_), str(place)) for id_, place in stops])


_SIGNUPS = (
    "SELECT l.receipt_code, l.created_at, l.stop_id, l.opportunity_id, coalesce(x.data -> 'title', '{}'), l.age_group, "
    "l.availability, l.status, l.status_at, l.handed_over FROM mokoko.partner_signup_listing l "
    "LEFT JOIN mokoko.opportunity x ON x.id = l.opportunity_id "
    "WHERE (%(opportunity)s::text IS NULL OR l.opportunity_id = %(opportunity)s) AND (%(status)s::text IS NULL OR l.status = %(status)s) "
    "ORDER BY l.created_at DESC LIMIT %(limit)s"
)


def signups(office: Office, *, opportunity: str | None = None, status: str | None = None, limit: int = 500) -> list[SignupLine]:
    """The association's sign-ups, newest first (no contact details; never another association's)."""
    if status and status not in SIGNUP_STATUSES:
        raise CentralError(NO_SIGNUP_STATUS, status=repr(status), known=", ".join(SIGNUP_STATUSES))
    with office.session() as connection:
        rows = connection.execute(_SIGNUPS, {"opportunity": opportunity, "status": status, "limit": limit}).fetchall()
    return [
        SignupLine(
            receipt_code=code,
            created_at=created,
            stop_id=stop or "",
            opportunity_id=opportunity_id,
            opportunity_title=dict(title),
            contact_person="",
            general_text=None,
            age_group=age,
            availability=list(availability),
            status=state,
            status_at=state_at,
            status_by=None,
            likely_same_as=[],
            handed_over=bool(handed),
        )
        for code, created, stop, opportunity_id, title, age, availability, state, state_at, handed in rows
    ]


def mark(office: Office, typed_code: str, status: str, note: str = "") -> None:
    """Record that the association contacted, placed or declined the volunteer. A note is city
    hall's alone (an association's mark carries none): one given is refused, not dropped."""
    if note.strip():
        raise CentralError(PARTNER_NO_NOTE)
    if status not in SIGNUP_STATUSES[1:]:
        raise CentralError(NO_SIGNUP_STATUS, status=repr(status), known=", ".join(SIGNUP_STATUSES[1:]))
    code = _code(typed_code)
    with office.session() as connection:
        row = connection.execute(
            "INSERT INTO mokoko.signup_status (signup_id, status) SELECT id, %s FROM mokoko.partner_signup_listing "
            "WHERE receipt_code = %s RETURNING 1",
            (status, code),
        ).fetchone()
    if row is None:
        raise CentralError(SIGNUP_NOT_ARRIVED, code=receipt_codes.format_code(code))


def reveal(office: Office, typed_code: str, why: str, keys: list[KeyPair]) -> ContactDetails:
    """A volunteer's contact details, opened with the association's key file: the look is written
    in the access log (with ``why``) before anything leaves the database."""
    if not keys:
        raise CentralError(PARTNER_KEY)
    code, why = _code(typed_code), checked_why(why)
    with office.session() as connection:
        row = connection.execute("SELECT mokoko.partner_reveal(%s, %s)", (code, why)).fetchone()
    revealed = row[0] if row else None
    if revealed is None:
        raise CentralError(SIGNUP_NOT_ARRIVED, code=receipt_codes.format_code(code))
    if "sealed" not in revealed:
        raise CentralError(NOT_HANDED_OVER, code=receipt_codes.format_code(code))
    return opened_details({"kind": "signup", **revealed}, code, keys)


def _code(typed: str) -> str:
    try:
        return receipt_codes.normalise(typed)
    except receipt_codes.InvalidReceiptCode as error:
        raise CentralError(str(error)) from None
