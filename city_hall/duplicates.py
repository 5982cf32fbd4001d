"""Duplicate sign-ups, found at city hall: the same person signing up twice
for the same task, at one kiosk or at two.

The kiosk cannot tell: it seals contact details at once and can no longer read them, and a kiosk
that could recognise a phone number could be made to confirm one. A keyed hash at the kiosk would
not change that: a stolen kiosk holds the key, and the 10^8 Danish phone numbers are tried in
seconds. So the check is city hall's, where the municipality's private key is:
:func:`fingerprint_new_signups` opens each new sign-up's details (on purpose, logged in the access
log like any look) and stores a fingerprint of its phone number and of its e-mail:
BLAKE2b keyed with a key derived from the private key. The database and the kiosks never hold that
key, so a copy of the database cannot test numbers against the fingerprints. Two sign-ups for the
same task (or two for "something else") with the same fingerprint are listed as likely the same
person (:func:`likely_duplicates`); the sign-up desk shows them side by side. A fingerprint is
deleted with the contact details it was made from (central migration c0021).

Fingerprints made with one key are compared with those made with the same key only: after the
municipality changes its key, run the check with the old key first (``--key old --key new``
makes the new one's fingerprints; see the README).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

import nacl.encoding
import nacl.hash
import phonenumbers

from central_database.connection import CentralError
from city_hall.contact_details import open_contact
from city_hall.inbox import as_json
from city_hall.refusals import SEALED_DUPLICATES
from shared_kernel.sealing import KeyPair

if TYPE_CHECKING:
    from city_hall.office import Office

log = logging.getLogger(__name__)

WHY = "Duplicate check of a new volunteer sign-up (mokoko office duplicates)"
_PERSON = b"mokoko-dupl"  # the fingerprint key's own purpose, so it is never the same as another use of the key


def fingerprint_key(key: KeyPair) -> bytes:
    """The key fingerprints are made with: derived from the private key (which never leaves city hall)."""
    return nacl.hash.blake2b(bytes(key.private), digest_size=32, person=_PERSON, encoder=nacl.encoding.RawEncoder)


def fingerprint(secret: bytes, kind: str, value: str) -> str | None:
    """A keyed fingerprint of a phone number (any Danish spelling of it) or an e-mail address
    (case does not count), or None for an empty value."""
    value = value.strip()
    if not value:
        return None
    if kind == "phone":
        try:
            value = phonenumbers.format_number(phonenumbers.parse(value, "DK"), phonenumbers.PhoneNumberFormat.E164)
        except phonenumbers.NumberParseException:
            value = "".join(value.split())
    else:
        value = value.casefold()
    digest: bytes = nacl.hash.blake2b(f"{kind}:{value}".encode(), digest_size=32, key=secret, encoder=nacl.encoding.HexEncoder)
    return digest.decode()


def fingerprint_new_signups(office: Office, keys: list[KeyPair], *, limit: int = 1000) -> int:
    """Make the fingerprints of sign-ups that have sealed contact details and none yet (with the
    first of ``keys``; all of them open). Returns how many were made."""
    if not keys:
        raise CentralError(SEALED_DUPLICATES)
    key_id, secret = keys[0].public.key_id, fingerprint_key(keys[0])
    with office.session() as connection:
        codes = [
            row[0]
            for row in connection.execute(
                "SELECT l.receipt_code FROM mokoko.signup_listing l WHERE NOT EXISTS ("
                " SELECT 1 FROM mokoko.signup_fingerprint f WHERE f.signup_id = l.id AND f.key_id = %s) "
                "ORDER BY l.received_at LIMIT %s",
                (key_id, limit),
            )
        ]
    made = 0
    for code in codes:
        details = open_contact(office, code, WHY, keys, kind="signup")
        if not details.fields:  # no details left (deleted as promised, or erased on request)
            continue
        phone = fingerprint(secret, "phone", details.fields.get("phone", ""))
        email = fingerprint(secret, "email", details.fields.get("email", ""))
        with office.session() as connection:
            connection.execute(
                "INSERT INTO mokoko.signup_fingerprint (signup_id, key_id, phone, email) "
                "SELECT id, %s, %s, %s FROM mokoko.signup_listing WHERE receipt_code = %s ON CONFLICT DO NOTHING",
                (key_id, phone, email, code),
            )
        made += 1
    log.info("Duplicate check: %d new sign-ups fingerprinted", made)
    return made


@dataclass(frozen=True)
class LikelyDuplicate:
    """Two sign-ups for the same task that share a phone number or an e-mail address (no details shown)."""

    first: str  # receipt codes, the earlier first
    second: str
    opportunity_id: str | None  # None: both are "something else"
    same: str  # "phone", "email" or "phone and email"
    first_at: dt.datetime
    second_at: dt.datetime

    def as_json(self) -> dict[str, object]:
        return as_json(self)


_DUPLICATES = """
SELECT a.receipt_code, b.receipt_code, a.data ->> 'opportunity_id',
       concat_ws(' and ', CASE WHEN fa.phone = fb.phone THEN 'phone' END, CASE WHEN fa.email = fb.email THEN 'email' END),
       a.created_at, b.created_at
FROM mokoko.signup_fingerprint fa
JOIN mokoko.signup_fingerprint fb ON fb.key_id = fa.key_id AND fb.signup_id <> fa.signup_id
     AND (fa.phone = fb.phone OR fa.email = fb.email)
JOIN mokoko.signup_listing a ON a.id = fa.signup_id
JOIN mokoko.signup_listing b ON b.id = fb.signup_id
WHERE (a.data ->> 'opportunity_id') IS NOT DISTINCT FROM (b.data ->> 'opportunity_id')
  AND (a.created_at, a.id) < (b.created_at, b.id)
ORDER BY b.created_at DESC
LIMIT %s
"""


def likely_duplicates(office: Office, *, limit: int = 500) -> list[LikelyDuplicate]:
    """Pairs of sign-ups likely from the same person for the same task, newest second first."""
    with office.session() as connection:
        rows = connection.execute(_DUPLICATES, (limit,)).fetchall()
    return [LikelyDuplicate(*row) for row in rows]
