"""Push: everything created on the kiosk (ideas, volunteer sign-ups, Byttebørs posts) goes to the
central database, oldest first, in batches.

Each batch is COPYed into a temporary staging table and inserted from there in one central
transaction (a plain INSERT, or ``ON CONFLICT DO NOTHING`` when some rows are there already: the
client UUID is the idempotency key). Only after the central commit are the local rows marked as
synced, so a crash or a dropped connection at any moment leads at most to a harmless re-push. An
id that arrives again with other content is kept aside in ``mokoko.push_conflict``, never
dropped or overwritten.

A batch the central database refuses because of what is in it (a value it cannot take, a check
it fails) is split in halves until the refused records are found; those are set aside here with
the reason (``sync_refused``) and everything else goes on, so one bad record can never stop a
kiosk's sync. A lost connection still stops the sync: nothing is set aside for that.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import psycopg
from sqlalchemy import JSON, Boolean, Column, Connection, text

from mokoko_desktop.clock import Clock, utc_now
from mokoko_desktop.models import SUBMISSION_MODELS, SubmissionRecord, UTCDateTime
from mokoko_desktop.store import Store
from sync import idea_vouchers

log = logging.getLogger(__name__)

BATCH_SIZE = 10_000
REASON_MAX = 300
# What the central database says about the rows themselves (as opposed to the connection).
# A refused permission is not about one row (the kiosk's grants changed): that stops the sync.
# A batch too big for the server's limits for kiosks (temp_file_limit: the central checks keep
# the inserted rows of a statement, which can spill to disk) is split the same way.
ROW_ERRORS: tuple[type[psycopg.Error], ...] = (psycopg.DataError, psycopg.IntegrityError, psycopg.errors.ConfigurationLimitExceeded)
_DOCUMENT_STAGING = "id uuid, receipt_code text, data jsonb, created_at timestamptz"


@dataclass(frozen=True)
class _Kind:
    """How one kind of record is pushed: its local table, the columns read locally and staged
    centrally, and how a local row becomes a staged row. Made from the model's declaration
    (:class:`~mokoko_desktop.models.SyncedRecord`), never listed by hand."""

    table: str
    local_columns: tuple[str, ...]
    staged_columns: tuple[str, ...]
    staging_types: str
    to_staged: Callable[[Sequence[Any]], tuple[Any, ...]]
    fingerprinted_when_set: tuple[str, ...] = ()  # columns added later: in the fingerprint only when set


def _staging_type(column: Column[Any]) -> str:
    if column.name == "id":
        return "uuid"
    if isinstance(column.type, UTCDateTime):
        return "timestamptz"
    if isinstance(column.type, Boolean):
        return "boolean"
    return "text"


def _kind(model: type[SubmissionRecord]) -> _Kind:
    table = model.local_table()
    columns = model.pushed_columns()
    if not model.pushed_as_document:
        booleans = [i for i, name in enumerate(columns) if isinstance(table.columns[name].type, Boolean)]

        def row_to_staged(row: Sequence[Any]) -> tuple[Any, ...]:
            values = list(row)
            for index in booleans:  # SQLite keeps booleans as 0/1
                values[index] = bool(values[index])
            return tuple(values)

        types = ", ".join(f"{name} {_staging_type(table.columns[name])}" for name in columns)
        return _Kind(table.name, columns, columns, types, row_to_staged, model.FINGERPRINTED_WHEN_SET)
    fields = model.document_fields()
    json_fields = {name for name in fields if isinstance(table.columns[name].type, JSON)}  # JSON text in SQLite
    flags = {name for name in fields if isinstance(table.columns[name].type, Boolean)}  # 0/1 in SQLite
    keys = [model.document_key(name) for name in fields]
    added_later = set(model.ADDED_LATER)

    def document_to_staged(row: Sequence[Any]) -> tuple[Any, ...]:
        data = {
            key: json.loads(value) if name in json_fields else bool(value) if name in flags else value
            for name, key, value in zip(fields, keys, row[3:], strict=True)
            if value or name not in added_later
        }
        return (row[0], row[1], json.dumps(data, ensure_ascii=False, sort_keys=True), row[2])

    return _Kind(
        table.name, (*model.ENVELOPE, *fields), ("id", "receipt_code", "data", "created_at"), _DOCUMENT_STAGING, document_to_staged
    )


# Sign-ups and Byttebørs posts travel as one jsonb document each (the central tables keep
# ``data jsonb``), so a kiosk version may add a field without a central migration.
KINDS = tuple(_kind(model) for model in SUBMISSION_MODELS)


@dataclass
class PushResult:
    pushed: int = 0
    conflicts: int = 0
    refused: int = 0  # set aside here: the central database would not take them
    batches: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    vouchers: int = 0  # new ideas' vouchers, sent with their ideas (:mod:`sync.idea_vouchers`)


@dataclass
class _Sent:
    """What became of a batch: ids kept aside centrally as conflicts, ids refused (and why)."""

    conflicted: set[str] = field(default_factory=set)
    refused: dict[str, str] = field(default_factory=dict)
    vouchers: list[str] = field(default_factory=list)  # codes of the vouchers that went with their ideas


def _count(store: Store, condition: str) -> int:
    union = " + ".join(f"(SELECT count(*) FROM {kind.table} WHERE {condition})" for kind in KINDS)
    with store.engine.connect() as connection:
        return int(connection.execute(text(f"SELECT {union}")).scalar_one())


def pending_count(store: Store) -> int:
    """How many ideas, sign-ups and posts wait to be pushed."""
    return _count(store, "synced_at IS NULL AND sync_refused IS NULL")


def refused_count(store: Store) -> int:
    """How many records the central database refused; they wait here for a fix."""
    return _count(store, "sync_refused IS NOT NULL")


def retry_refused(store: Store) -> int:
    """Send the refused records again at the next sync (after a fix). Returns how many."""
    with store.writing() as connection:
        return sum(
            connection.execute(text(f"UPDATE {kind.table} SET sync_refused = NULL WHERE sync_refused IS NOT NULL")).rowcount
            for kind in KINDS
        )


def push_pending(
    store: Store,
    central: psycopg.Connection,
    *,
    clock: Clock = utc_now,
    batch_size: int | None = None,
    after_central_commit: Callable[[list[str]], None] | None = None,
    on_marked: Callable[[int], None] | None = None,
) -> PushResult:
    """Push every idea, sign-up and Byttebørs post not yet marked as synced (ideas first).
    ``after_central_commit`` is a test hook that runs between the central commit and the local
    mark (where a crash must be harmless). ``batch_size``: :data:`BATCH_SIZE` as it is when called.
    ``on_marked`` hears how many records each batch took off the waiting list."""
    result = PushResult()
    for kind in KINDS:
        _push_kind(store, central, kind, result, clock, batch_size or BATCH_SIZE, after_central_commit, on_marked)
    return result


def _push_kind(
    store: Store,
    central: psycopg.Connection,
    kind: _Kind,
    result: PushResult,
    clock: Clock,
    batch_size: int,
    after_central_commit: Callable[[list[str]], None] | None,
    on_marked: Callable[[int], None] | None,
) -> None:
    """Push one kind of record, batch by batch. While the central server works on a batch (in a
    worker thread), the kiosk reads the next batch and marks the previous one, so the two
    machines' work overlaps; each batch is still marked only after its own central commit."""
    batches = _Batches(store, central, kind)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="mokoko-push") as central_worker:
        rows = batches.read(batch_size, after=None)
        sending = central_worker.submit(batches.send, rows) if rows else None
        while sending is not None:
            sent = rows
            rows = batches.read(batch_size, after=sent[-1][0])
            outcome = sending.result()  # the batch is committed centrally once this returns
            ids = [row[0] for row in sent]
            if after_central_commit is not None:
                after_central_commit(ids)
            sending = central_worker.submit(batches.send, rows) if rows else None
            batches.mark(ids, outcome, clock().isoformat(timespec="microseconds"))
            if on_marked is not None:
                on_marked(len(ids) + len(outcome.vouchers))
            arrived = len(ids) - len(outcome.conflicted) - len(outcome.refused)
            result.vouchers += len(outcome.vouchers)
            result.pushed += arrived
            result.by_kind[kind.table] = result.by_kind.get(kind.table, 0) + arrived
            result.conflicts += len(outcome.conflicted)
            result.refused += len(outcome.refused)
            result.batches += 1
            if outcome.conflicted:
                log.warning("Push: %d %s rows conflict with central; kept aside there", len(outcome.conflicted), kind.table)
            for record_id, reason in outcome.refused.items():
                log.warning("Push: the central database refused %s %s; set aside here: %s", kind.table, record_id, reason)


class _Batches:
    """The statements that push batches of one kind of record: read them locally, send them to
    the central database in one transaction, mark them locally."""

    def __init__(self, store: Store, central: psycopg.Connection, kind: _Kind) -> None:
        self.store, self.central, self.kind = store, central, kind
        self.staging = f"push_{kind.table}"
        self.staging_ready = False
        # New ideas' vouchers go with them where the central database takes them (c0034): each row
        # read then ends with whether its voucher rides along.
        self.vouchers_ride: bool | None = None if kind.table == idea_vouchers.TABLE else False
        self.code_at = kind.local_columns.index("receipt_code") if self.vouchers_ride is None else -1
        self.columns = ", ".join(kind.staged_columns)
        staged = ", ".join(f"p.{column}" for column in kind.staged_columns)
        # The content fingerprint is made by the server from the staged columns, in a session with
        # a fixed time zone and date style, so the same record always gets the same hash.
        # Columns added later count only when set: an older record keeps its fingerprint.
        later = [column for column in kind.staged_columns if column in kind.fingerprinted_when_set]
        base = ", ".join(f"p.{column}" for column in kind.staged_columns if column not in later)
        extra = "".join(f" || coalesce(' {column}=' || p.{column}::text, '')" for column in later)
        self.content_hash = f"md5(row({base})::text{extra})"
        self.mismatch = (
            f"FROM {self.staging} p LEFT JOIN mokoko.{kind.table} c ON c.id = p.id "
            f"WHERE c.id IS NULL OR c.content_hash <> {self.content_hash}"
        )
        self.insert = (
            f"INSERT INTO mokoko.{kind.table} ({self.columns}, content_hash, device_id) "
            f"SELECT {staged}, {self.content_hash}, (SELECT mokoko.current_device_id()) FROM {self.staging} p"
        )
        table = kind.table
        read = ", ".join(f"{table}.{column}" for column in kind.local_columns)
        if self.vouchers_ride is None:
            read, table = f"{read}, {idea_vouchers.RIDES}", f"{table} {idea_vouchers.JOIN}"
        selected = f"SELECT {read} FROM {table} WHERE {kind.table}.synced_at IS NULL AND {kind.table}.sync_refused IS NULL"
        self.select_first = f"{selected} ORDER BY {kind.table}.id LIMIT ?"
        self.select_after = f"{selected} AND {kind.table}.id > ? ORDER BY {kind.table}.id LIMIT ?"

    def read(self, size: int, *, after: str | None) -> list[Sequence[Any]]:
        """The next unsynced rows, oldest first; ``after`` is the last id of the batch still
        on its way (not marked yet). Plain sqlite3: no row objects to build for thousands of rows."""
        with self.store.reading() as local:
            if after is None:
                return local.execute(self.select_first, (size,)).fetchall()
            return local.execute(self.select_after, (after, size)).fetchall()

    def send(self, rows: list[Sequence[Any]]) -> _Sent:
        """Send the rows in one central transaction; if the central database refuses something
        in them, in halves until the refused rows are found (each part in a transaction of its
        own, so what arrives is committed and what is refused is not)."""
        try:
            return self._send_together(rows)
        except ROW_ERRORS as error:
            if len(rows) == 1:
                return _Sent(refused={str(rows[0][0]): reason_for(error)})
            middle = len(rows) // 2
            first, second = self.send(rows[:middle]), self.send(rows[middle:])
            return _Sent(first.conflicted | second.conflicted, {**first.refused, **second.refused}, first.vouchers + second.vouchers)

    def _send_together(self, rows: list[Sequence[Any]]) -> _Sent:
        """COPY the rows into the staging table and insert them in one central transaction, with
        the vouchers that ride along. Says which ids were kept aside as conflicts, and which vouchers went."""
        sent = _Sent()
        width = len(self.kind.local_columns)
        if not self.staging_ready:  # made on first use only: creating a table costs a few ms
            self.central.execute(f"CREATE TEMP TABLE IF NOT EXISTS {self.staging} ({self.kind.staging_types}) ON COMMIT DELETE ROWS")
            self.staging_ready = True
        with self.central.transaction(), self.central.cursor() as cursor:
            cursor.execute("SET LOCAL TimeZone = 'UTC'; SET LOCAL DateStyle = 'ISO, YMD'")
            with cursor.copy(f"COPY {self.staging} ({self.columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(self.kind.to_staged(row[:width]))
            if _insert_staged(cursor, self.insert) < len(rows):  # some were there already: a re-push, or a conflict
                # Not there as we sent it (another kiosk's id or code, or other content): keep aside.
                cursor.execute(
                    f"INSERT INTO mokoko.push_conflict (kind, record_id, content_hash, payload) "
                    f"SELECT '{self.kind.table}', p.id, {self.content_hash}, to_jsonb(p) {self.mismatch} "
                    f"ON CONFLICT DO NOTHING"
                )
                cursor.execute(f"SELECT p.id::text {self.mismatch}")
                sent.conflicted = {row[0] for row in cursor.fetchall()}
            if self.vouchers_ride is None:  # asked once, in the first batch's transaction
                self.vouchers_ride = idea_vouchers.central_takes_them(cursor)
            codes = [row[self.code_at] for row in rows if row[width]] if self.vouchers_ride else []
            if codes:
                sent.vouchers = idea_vouchers.send(cursor, codes)
        return sent

    def mark(self, ids: list[str], outcome: _Sent, now: str) -> None:
        """Mark the rows as synced (and the conflicting ones as such) after the central commit;
        set the refused ones aside with the reason."""
        table = self.kind.table
        arrived = [record_id for record_id in ids if str(record_id) not in outcome.refused]
        with loss_is_harmless(self.store) as local:
            local.execute(
                text(f"UPDATE {table} SET synced_at = :now WHERE id IN (SELECT value FROM json_each(:ids))"),
                {"now": now, "ids": json.dumps(arrived)},
            )
            if outcome.conflicted:
                local.execute(
                    text(f"UPDATE {table} SET sync_conflict = 1 WHERE id IN (SELECT value FROM json_each(:ids))"),
                    {"ids": json.dumps(sorted(outcome.conflicted))},
                )
            for record_id, reason in outcome.refused.items():
                local.execute(text(f"UPDATE {table} SET sync_refused = :reason WHERE id = :id"), {"reason": reason, "id": record_id})
            if outcome.vouchers:
                idea_vouchers.mark(local, outcome.vouchers, now)


@contextmanager
def loss_is_harmless(store: Store) -> Iterator[Connection]:
    """A local transaction committed without waiting for the disk (``synchronous=NORMAL``; the
    store otherwise waits). Only for the marks: after a power cut the WAL may have lost the last
    marks, and the rows are then pushed again, which the central database takes as a harmless
    re-push. Saves one fsync per batch; the connection goes back to full synchronous commits."""
    with store.engine.connect() as local:
        sqlite = local.connection.dbapi_connection
        assert sqlite is not None  # a checked-out pool connection always has one
        sqlite.execute("PRAGMA synchronous=NORMAL")  # outside a transaction, as SQLite requires
        try:
            with local.begin():
                yield local
        finally:
            sqlite.execute("PRAGMA synchronous=FULL")


def _insert_staged(cursor: psycopg.Cursor, insert: str) -> int:
    """Insert the staged rows and return how many went in. Nearly always none of them is
    there yet, so a plain INSERT is tried first (inside a savepoint); only when an id or a
    receipt code is already taken does the slower ``ON CONFLICT DO NOTHING`` run instead,
    which leaves out what is there and inserts the rest."""
    try:
        with cursor.connection.transaction():
            cursor.execute(insert)
            return cursor.rowcount
    except psycopg.errors.UniqueViolation:
        cursor.execute(f"{insert} ON CONFLICT DO NOTHING")
        return cursor.rowcount


def reason_for(error: psycopg.Error) -> str:
    """Why the central database refused a record, in its own words: the primary message only
    (PostgreSQL's detail lines can quote the row, and a row may hold personal data)."""
    primary = error.diag.message_primary or str(error).strip().splitlines()[0]
    return f"{type(error).__name__}: {primary}"[:REASON_MAX]
