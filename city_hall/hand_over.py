"""City hall hands a volunteer's contact details to the association that runs the opportunity
(issue 31): opened with the municipality's key (each look in the access log, naming the
association), sealed to the association's own public key (``mokoko central add-partner
--key-out``), and stored for it (``mokoko.partner_contact``, central migration c0031). The
association then opens them with its key file; it never holds the municipality's key. Runs with
``mokoko office notify`` (the server's timer, which has the key) and as ``mokoko office hand-over``.
The database refuses a hand-over to an association that does not run the sign-up's opportunity."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from central_database.connection import CentralError
from city_hall.contact_details import open_contacts
from city_hall.refusals import SEALED
from shared_kernel.sealing import PublicKey, seal

if TYPE_CHECKING:
    from city_hall.office import Office
    from shared_kernel.sealing import KeyPair

log = logging.getLogger(__name__)

WHY = "Handed over to {name}, which runs the opportunity the volunteer signed up for"
TOGETHER = 50  # contact details opened in one transaction


@dataclass(frozen=True)
class _Due:
    signup_id: str
    receipt_code: str
    partner: str  # its login
    name: str
    key: PublicKey


_DUE = (
    "SELECT l.id::text, l.receipt_code, p.role_name, p.name, p.key_id, p.public_key FROM mokoko.signup_listing l "
    "JOIN mokoko.partner_opportunity o ON o.opportunity_id = l.data ->> 'opportunity_id' "
    "JOIN mokoko.partner p ON p.role_name = o.role_name AND p.removed_at IS NULL AND p.key_id IS NOT NULL "
    "WHERE NOT EXISTS (SELECT 1 FROM mokoko.partner_contact c WHERE c.signup_id = l.id AND c.role_name = p.role_name) "
    "AND mokoko.signup_has_contact(l.id) ORDER BY l.received_at LIMIT %s"
)


def hand_over_due(office: Office, keys: list[KeyPair], *, limit: int = 500) -> int:
    """Hand every sign-up's contact details not yet handed over to the association(s) running its
    opportunity. Returns how many were handed over; a sign-up whose details cannot be opened is
    left for the next round (and said so in the log, by code only)."""
    if not keys:
        raise CentralError(SEALED)
    with office.session() as connection:
        due = [_Due(row[0], row[1], row[2], row[3], PublicKey(row[4], row[5])) for row in connection.execute(_DUE, (limit,))]
    handed = 0
    for start in range(0, len(due), TOGETHER):
        batch = due[start : start + TOGETHER]
        for partner in dict.fromkeys(item.partner for item in batch):
            mine = [item for item in batch if item.partner == partner]
            opened = open_contacts(office, [("signup", item.receipt_code) for item in mine], WHY.format(name=mine[0].name), keys)
            rows = []
            for item, details in zip(mine, opened, strict=True):
                if isinstance(details, CentralError) or not details.fields:
                    log.warning(
                        "Sign-up %s not handed over: %s", item.receipt_code, details if isinstance(details, CentralError) else "no details"
                    )
                    continue
                rows.append((item.signup_id, item.partner, item.key.key_id, seal(item.key, details.fields)))
            if rows:
                with office.session() as connection:
                    connection.cursor().executemany(
                        "INSERT INTO mokoko.partner_contact (signup_id, role_name, key_id, sealed) VALUES (%s, %s, %s, %s) "
                        "ON CONFLICT DO NOTHING",
                        rows,
                    )
                handed += len(rows)
    log.info("Hand-over: %d sign-ups' contact details handed to their associations", handed)
    return handed
