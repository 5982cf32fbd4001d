"""Push: everything created on the kiosk goes to the central database, oldest first, in batches.

Each batch is COPYed into a temporary staging table and inserted from there in one central
transaction (``ON CONFLICT DO NOTHING``: the client UUID is the idempotency key). Only after
the central commit are the local rows marked as synced, so a crash or a dropped connection at
any moment leads at most to a harmless re-push. An id that arrives again with other content is
kept aside in ``mokoko.push_conflict``, never dropped or overwritten.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass

import psycopg
from sqlalchemy import text

from mokoko_desktop.clock import Clock, utc_now
from mokoko_desktop.store import Store

log = logging.getLogger(__name__)

BATCH_SIZE = 10_000
IDEA_COLUMNS = (
    "id", "receipt_code", "consultation_id", "theme_code", "text", "contact_name", "contact_email",
    "contact_phone", "consent_version", "age_group", "home_area_code", "language", "stop_id",
    "created_at", "assisted",
)  # fmt: skip
_COLUMNS = ", ".join(IDEA_COLUMNS)
_STAGING = """
CREATE TEMP TABLE IF NOT EXISTS push_idea (
    id uuid, receipt_code text, consultation_id text, theme_code text, text text, contact_name text,
    contact_email text, contact_phone text, consent_version text, age_group text, home_area_code text,
    language text, stop_id text, created_at timestamptz, assisted boolean
) ON COMMIT DELETE ROWS
"""
# The content fingerprint is made by the server from the staged columns, in a session with a
# fixed time zone and date style, so the same idea always gets the same hash.
_HASH = "md5(row(" + ", ".join(f"p.{column}" for column in IDEA_COLUMNS) + ")::text)"
_INSERT = (
    f"INSERT INTO mokoko.idea ({_COLUMNS}, content_hash, device_id) "
    f"SELECT {', '.join('p.' + c for c in IDEA_COLUMNS)}, {_HASH}, (SELECT mokoko.current_device_id()) "
    "FROM push_idea p ON CONFLICT DO NOTHING"
)
_MISMATCH = f"FROM push_idea p LEFT JOIN mokoko.idea i ON i.id = p.id WHERE i.id IS NULL OR i.content_hash <> {_HASH}"


@dataclass
class PushResult:
    pushed: int = 0
    conflicts: int = 0
    batches: int = 0


def pending_count(store: Store) -> int:
    with store.engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM idea WHERE synced_at IS NULL")).scalar_one()


def push_pending(
    store: Store,
    central: psycopg.Connection,
    *,
    clock: Clock = utc_now,
    batch_size: int = BATCH_SIZE,
    after_central_commit: Callable[[list[str]], None] | None = None,
) -> PushResult:
    """Push every idea not yet marked as synced. ``after_central_commit`` is a test hook that
    runs between the central commit and the local mark (where a crash must be harmless)."""
    result = PushResult()
    central.execute(_STAGING)  # the connection is in autocommit mode; batches open transactions
    while True:
        with store.engine.connect() as local:
            rows = local.execute(
                text(f"SELECT {', '.join(IDEA_COLUMNS)} FROM idea WHERE synced_at IS NULL ORDER BY id LIMIT :n"),
                {"n": batch_size},
            ).all()
        if not rows:
            return result
        with central.transaction():
            with central.cursor() as cursor:
                cursor.execute("SET LOCAL TimeZone = 'UTC'; SET LOCAL DateStyle = 'ISO, YMD'")
                with cursor.copy(f"COPY push_idea ({_COLUMNS}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row((*row[:-1], bool(row[-1])))
                cursor.execute(_INSERT)
                conflicted: set[str] = set()
                if cursor.rowcount < len(rows):  # some were there already: a re-push, or a conflict
                    # Not there as we sent it (another kiosk's id or code, or other content): keep aside.
                    cursor.execute(
                        f"INSERT INTO mokoko.push_conflict (kind, record_id, content_hash, payload) "
                        f"SELECT 'idea', p.id, {_HASH}, to_jsonb(p) {_MISMATCH} ON CONFLICT DO NOTHING"
                    )
                    cursor.execute(f"SELECT p.id::text {_MISMATCH}")
                    conflicted = {row[0] for row in cursor.fetchall()}
        ids = [row[0] for row in rows]
        if after_central_commit is not None:
            after_central_commit(ids)
        now = clock().isoformat(timespec="microseconds")
        with store.engine.begin() as local:
            local.execute(
                text("UPDATE idea SET synced_at = :now WHERE id IN (SELECT value FROM json_each(:ids))"),
                {"now": now, "ids": json.dumps(ids)},
            )
            if conflicted:
                local.execute(
                    text("UPDATE idea SET sync_conflict = 1 WHERE id IN (SELECT value FROM json_each(:ids))"),
                    {"ids": json.dumps(sorted(conflicted))},
                )
        result.pushed += len(ids) - len(conflicted)
        result.conflicts += len(conflicted)
        result.batches += 1
        if conflicted:
            log.warning("Push: %d ideas conflict with what the central database has; kept aside there", len(conflicted))
