"""A new idea's food-basket voucher goes in the idea's own central transaction (central c0034),
instead of a second pass over the same receipt codes after the ideas (read them again, send them,
have the central database look up each idea, mark them): at 50,000 ideas that pass cost two thirds
as much as the ideas themselves.

Only a voucher still as it was given rides with its idea: issued at the idea's stop and time, not
redeemed, not sent. Only its receipt code travels; the central database takes the stop and time
from the idea the kiosk has just inserted. Everything else about vouchers (a redemption, a voucher
whose idea went before, a central database before c0034) goes with the actions
(:mod:`sync.actions`), as before.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import psycopg
from sqlalchemy import Connection, text

TABLE = "idea"  # the kind of record they ride with
CENTRAL_FUNCTION = "mokoko.report_idea_vouchers(text[])"
CALL = "SELECT mokoko.report_idea_vouchers(%s::text[])"  # -> the codes it did not take
MOST = 10_000  # codes in one call: the central function takes at most 10,000
# Joined to the idea rows read for a batch: a voucher that may ride, else no row.
JOIN = (
    "LEFT JOIN voucher ON voucher.receipt_code = idea.receipt_code AND voucher.synced_at IS NULL "
    "AND voucher.sync_refused IS NULL AND voucher.redeemed_at IS NULL "
    "AND voucher.issued_at = idea.created_at AND voucher.stop_id = idea.stop_id"
)
RIDES = "voucher.receipt_code IS NOT NULL"  # the extra column of each idea row read


def central_takes_them(central: psycopg.Cursor) -> bool:
    """Whether the central database has :data:`CENTRAL_FUNCTION` (c0034)."""
    row = central.execute("SELECT to_regprocedure(%s) IS NOT NULL", (CENTRAL_FUNCTION,)).fetchone()
    return bool(row and row[0])


def send(central: psycopg.Cursor, codes: Sequence[str]) -> list[str]:
    """Report the vouchers of these ideas, in the transaction that inserted them. Returns the codes
    the central database took (those of an idea of this kiosk that is there)."""
    refused: set[str] = set()
    for start in range(0, len(codes), MOST):
        row = central.execute(CALL, (list(codes[start : start + MOST]),)).fetchone()
        refused.update(row[0] if row else codes[start : start + MOST])
    return [code for code in codes if code not in refused] if refused else list(codes)


def mark(local: Connection, codes: Sequence[str], now: str) -> None:
    """Mark the vouchers that went with their ideas; one redeemed since it was read is not
    marked: its redemption goes with the actions."""
    local.execute(
        text(
            "UPDATE voucher SET synced_at = :now WHERE receipt_code IN (SELECT value FROM json_each(:codes)) "
            "AND synced_at IS NULL AND redeemed_at IS NULL"
        ),
        {"now": now, "codes": json.dumps(list(codes))},
    )
