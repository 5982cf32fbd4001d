"""Reward vouchers between kiosks (issue 15): each kiosk reports the vouchers it issued and the
redemptions it made (``mokoko.report_voucher``, central migration c0014) and pulls everyone's,
so a basket handed over at one kiosk of a stop is refused at another after their next sync.

A row is marked as sent only if it has not changed since it was read: a redemption made while
a sync runs goes with the next one. Two kiosks that both hand over a basket while offline cannot
be stopped; the first redemption to arrive is the one city hall keeps.
"""

from __future__ import annotations

import datetime as dt

import psycopg
from sqlalchemy import text

from mokoko_desktop.clock import stored_time
from mokoko_desktop.store import Store


def push_vouchers(store: Store, central: psycopg.Connection, now: dt.datetime) -> int:
    """Report the vouchers city hall has not had the latest of. Returns how many."""
    with store.engine.connect() as local:
        rows = local.execute(text("SELECT receipt_code, stop_id, issued_at, redeemed_at FROM voucher WHERE synced_at IS NULL")).all()
    if not rows:
        return 0
    with central.transaction(), central.cursor() as cursor:
        cursor.executemany("SELECT mokoko.report_voucher(%s, %s, %s, %s)", [tuple(row) for row in rows])
    with store.writing() as local:
        for code, _stop, _issued, redeemed in rows:
            local.execute(
                text("UPDATE voucher SET synced_at = :now WHERE receipt_code = :code AND redeemed_at IS :redeemed"),
                {"now": stored_time(now), "code": code, "redeemed": redeemed},
            )
    return len(rows)
