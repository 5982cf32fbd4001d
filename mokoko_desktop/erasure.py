"""Erasure on request: "Slet mine oplysninger" at any kiosk, by receipt code.

The kiosk deletes at once what it holds of that code (the sealed contact details, as the purge
does), and stores the request; sync sends it to city hall, which deletes the details centrally
and anonymises the record (``mokoko office erase``). That erasure comes back with the next pull:
every kiosk that still holds anything of the code deletes it (:func:`erase_pulled`), and
follow-up says it was done.

The receipt code is the citizen's key here, as at follow-up: whoever has the receipt may ask.
The worst a stranger with someone's receipt can do is stop a personal answer. A kiosk asks only
for codes it made itself (:class:`CodeOfAnotherKiosk`): the central database refuses a kiosk's
request for another kiosk's code, so a stolen kiosk cannot act on the fleet's records.
"""

from __future__ import annotations

import datetime as dt
import json

import uuid6
from sqlalchemy import Connection, text

from mokoko_desktop.followup import made_here
from mokoko_desktop.models import SUBMISSION_MODELS, ErasureRequest
from mokoko_desktop.personal_data import purge_condition
from mokoko_desktop.store import Store
from shared_kernel import receipt_codes


def _erase_codes(connection: Connection, codes: list[str], now: dt.datetime) -> int:
    """Delete the contact details of the records with ``codes`` here (as the purge does)."""
    erased = 0
    for model in SUBMISSION_MODELS:
        table, columns = model.local_table().name, model.personal_columns
        also = ", message = ''" if table == "signup" else ""
        erased += connection.execute(
            text(
                f"UPDATE {table} SET {', '.join(f'{c} = NULL' for c in columns)}{also}, contact_purged_at = :now "
                f"WHERE receipt_code IN (SELECT value FROM json_each(:codes)) AND {purge_condition(columns)}"
            ),
            {"now": now.isoformat(timespec="microseconds"), "codes": json.dumps(codes)},
        ).rowcount
    return erased


class CodeOfAnotherKiosk(Exception):
    """The receipt was printed by another kiosk: the request is taken there, or by city hall."""


def request_erasure(store: Store, typed_code: str, now: dt.datetime) -> bool:
    """Ask for the contact details given with ``typed_code`` to be deleted: deleted here at once
    if this kiosk holds them, and sent to city hall at the next sync. Returns whether details
    were deleted here. Raises :class:`~shared_kernel.receipt_codes.InvalidReceiptCode`, or
    :class:`CodeOfAnotherKiosk` (nothing stored)."""
    code = receipt_codes.normalise(typed_code)
    with store.reading() as connection:
        if not made_here(connection, code):
            raise CodeOfAnotherKiosk(code)
    with store.session(writes=True) as session:
        erased = _erase_codes(session.connection(), [code], now)
        session.add(ErasureRequest(id=str(uuid6.uuid7()), receipt_code=code, requested_at=now))
    if erased:
        store.checkpoint()  # the deleted details must not stay readable in the -wal file
    return bool(erased)


def erase_pulled(store: Store, now: dt.datetime) -> int:
    """Delete what this kiosk still holds of codes city hall has erased (pulled). Returns how
    many records lost their details here."""
    with store.writing() as connection:
        codes = [row[0] for row in connection.execute(text("SELECT receipt_code FROM erasure"))]
        erased = _erase_codes(connection, codes, now) if codes else 0
    if erased:
        store.checkpoint()
    return erased
