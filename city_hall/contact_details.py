"""City hall opening a citizen's contact details: on purpose, for a stated reason, logged first,
and opened on the city-hall machine with the municipality's private key.

Kiosks seal every personal field to the municipality's public key, so the central
database holds values it cannot open itself. ``mokoko.reveal_contact`` writes the access log
(who, when, which record, why) before it returns a record's sealed value; this module then opens
it with the key file(s) the person has. Records that arrived before sealing still hold clear
details until their retention period ends; they come back as they are.

    keys = [read_key_file(Path("kommune.key"), passphrase)]
    details = open_contact(office, "K7-ABCD-EF", "Borgeren bad om at blive ringet op", keys)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import psycopg
from psycopg import sql

from central_database.connection import CentralError
from city_hall.inbox import WHY_MAX, WHY_MIN, code_from_typed
from city_hall.refusals import CANNOT_OPEN, RECORD_NOT_ARRIVED, SAY_WHY, SEALED, SIGNUP_NOT_ARRIVED
from shared_kernel import receipt_codes
from shared_kernel.sealing import KeyPair, SealingError, open_sealed, sealed_key_id

if TYPE_CHECKING:
    from city_hall.office import Office

# Where the office finds a code of each kind (the listings leave personal data out).
_LISTED_IN = {"idea": "idea", "signup": "signup_listing", "offer": "offer_listing"}
# The order fields are shown in, by their key inside a sealed value.
FIELD_ORDER = ("name", "phone", "email", "guardian_name", "guardian_phone", "message")


@dataclass(frozen=True)
class ContactDetails:
    """What a citizen left to be contacted by, opened. ``fields`` is empty when none were given
    or they were deleted as promised; ``key_id`` names the key they were sealed to (None for
    details from before sealing)."""

    kind: str
    receipt_code: str
    fields: dict[str, str]
    key_id: str | None


def checked_why(why: str) -> str:
    why = " ".join(why.split())
    if len(why) < WHY_MIN:
        raise CentralError(SAY_WHY)
    return why[:WHY_MAX]


def _listed(connection: psycopg.Connection, table: str, code: str) -> bool:
    query = sql.SQL("SELECT 1 FROM {} WHERE receipt_code = %s").format(sql.Identifier("mokoko", table))
    return connection.execute(query, (code,)).fetchone() is not None


def reveal_contact(office: Office, kind: str | None, typed_code: str, why: str) -> dict[str, str]:
    """A record's contact details as the database returns them, after it wrote who asked, when
    and ``why`` to the access log: ``sealed`` (to open with the key) and, for records from before
    sealing, the clear fields. ``kind`` None: found by the code (receipt codes are unique across
    kinds). Empty if the citizen left none (or they were deleted as promised)."""
    code, why = code_from_typed(typed_code), checked_why(why)
    with office.session() as connection:
        if kind is None:
            kind = next((name for name, table in _LISTED_IN.items() if _listed(connection, table, code)), "idea")
        row = connection.execute("SELECT mokoko.reveal_contact(%s, %s, %s)", (kind, code, why)).fetchone()
    if row is None or row[0] is None:
        missing = {"signup": SIGNUP_NOT_ARRIVED}.get(kind, RECORD_NOT_ARRIVED)
        raise CentralError(missing, code=receipt_codes.format_code(code))
    return {"kind": kind, **row[0]}


def open_contact(office: Office, typed_code: str, why: str, keys: list[KeyPair], kind: str | None = None) -> ContactDetails:
    """A record's contact details, revealed (and logged) and opened with ``keys``: the
    municipality's key files, the newest and any it replaced. Nothing is asked of the database
    without a key or without a reason."""
    if not keys:
        raise CentralError(SEALED)
    code, why = code_from_typed(typed_code), checked_why(why)
    revealed = reveal_contact(office, kind, code, why)
    return opened_details(revealed, code, keys)


def open_contacts(office: Office, wanted: list[tuple[str, str]], why: str, keys: list[KeyPair]) -> list[ContactDetails | CentralError]:
    """The contact details of several records (``wanted``: kind and normalised code), revealed in
    one transaction (one access-log row each, written before its value leaves the database) and
    opened with ``keys``. Each is its details, or the :class:`CentralError` that says why not."""
    if not keys:
        raise CentralError(SEALED)
    why = checked_why(why)
    with office.session() as connection:
        rows = [connection.execute("SELECT mokoko.reveal_contact(%s, %s, %s)", (kind, code, why)).fetchone() for kind, code in wanted]
    found: list[ContactDetails | CentralError] = []
    for (kind, code), row in zip(wanted, rows, strict=True):
        if row is None or row[0] is None:
            found.append(CentralError(f"No {kind} with the code {receipt_codes.format_code(code)} has reached the central database."))
            continue
        try:
            found.append(opened_details({"kind": kind, **row[0]}, code, keys))
        except CentralError as error:
            found.append(error)
    return found


def opened_details(revealed: dict[str, str], code: str, keys: list[KeyPair]) -> ContactDetails:
    """What :func:`reveal_contact` returned, opened with ``keys``."""
    revealed = dict(revealed)
    found_kind = revealed.pop("kind")
    sealed = revealed.pop("sealed", None)
    fields = dict(revealed)
    key_id = None
    if sealed:
        key_id = sealed_key_id(sealed)
        try:
            fields.update(open_sealed(keys, sealed))
        except SealingError as error:
            raise CentralError(CANNOT_OPEN, why=str(error)) from None
    ordered = {name: fields[name] for name in FIELD_ORDER if fields.get(name)}
    return ContactDetails(found_kind, code, ordered, key_id)
