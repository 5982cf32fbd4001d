"""Moderation rows (issue 15) go to city hall: each hide or show-again staff recorded at the
kiosk, marked here only after the central commit (a re-push is harmless: the row's id is the
key). What the central database does with them (the flag in the inbox, the wall kept clean) is
central migration c0013."""

from __future__ import annotations

import datetime as dt

import psycopg

from mokoko_desktop.store import Store
from sync.push import push_new_rows


def push_moderation(store: Store, central: psycopg.Connection, now: dt.datetime) -> int:
    """Send the moderation rows city hall has not had yet. Returns how many."""
    return push_new_rows(store, central, now, "moderation", ("id", "receipt_code", "reason", "at"),
                         "INSERT INTO mokoko.moderation (client_id, receipt_code, reason, at) VALUES (%s, %s, %s, %s) "
                         "ON CONFLICT DO NOTHING")  # fmt: skip

