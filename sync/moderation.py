"""Moderation rows (issue 15) go to city hall: each hide or show-again staff recorded at the
kiosk, marked here only after the central commit (a re-push is harmless: the row's id is the
key). What the central database does with them (the flag in the inbox, the wall kept clean) is
central migration c0013."""

from __future__ import annotations

import datetime as dt
import json

import psycopg
from sqlalchemy import text

from mokoko_desktop.store import Store


def push_moderation(store: Store, central: psycopg.Connection, now: dt.datetime) -> int:
    """Send the moderation rows city hall has not had yet. Returns how many."""
    return push_new_rows(store, central, now, "moderation", ("id", "receipt_code", "reason", "at"),
                         "INSERT INTO mokoko.moderation (client_id, receipt_code, reason, at) VALUES (%s, %s, %s, %s) "
                         "ON CONFLICT DO NOTHING")  # fmt: skip


def push_new_rows(store: Store, central: psycopg.Connection, now: dt.datetime, table: str, columns: tuple[str, ...],
                  insert: str) -> int:  # fmt: skip
    """Send the rows of a local ``table`` of things that happened here (an erasure request, a
    moderation) that have no ``synced_at`` yet, with ``insert`` (its id first: a re-push is
    harmless); mark them only after the central commit. Returns how many."""
    with store.engine.connect() as local:
        rows = local.execute(text(f"SELECT {', '.join(columns)} FROM {table} WHERE synced_at IS NULL")).all()
    if not rows:
        return 0
    with central.transaction(), central.cursor() as cursor:
        cursor.executemany(insert, [tuple(row) for row in rows])
    with store.writing() as local:
        local.execute(
            text(f"UPDATE {table} SET synced_at = :now WHERE id IN (SELECT value FROM json_each(:ids))"),
            {"now": now.astimezone(dt.UTC).isoformat(timespec="microseconds"), "ids": json.dumps([row[0] for row in rows])},
        )
    return len(rows)
