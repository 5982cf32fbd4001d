"""Push what was done at the kiosk, as opposed to what was submitted there: an erasure request
("Slet mine oplysninger"), a moderation (staff hid an idea, or showed it again), a food-basket
voucher issued or redeemed. Each is a row of a local table without ``synced_at``.

The rows of one kind go in batches of :data:`BATCH`, each in one set-based statement and one
central transaction (their ids make a re-push harmless, and a sync cut off keeps the batches that
went); vouchers through ``mokoko.report_vouchers`` (central c0032), the others as one
``INSERT … SELECT FROM unnest(…)``. A row the central database refuses (a reason too long, a code that is not
this kiosk's, a voucher of a stop this kiosk does not serve) is found by halving, as the push of
submissions finds its refused records, and set aside here with the reason (``sync_refused``):
staff see it counted, everything else goes on, and ``mokoko sync --retry-refused`` sends it again.
A row is marked sent only if it has not changed since it was read (a redemption made while a
sync runs goes with the next one).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import psycopg
from sqlalchemy import text

from mokoko_desktop.clock import stored_time
from mokoko_desktop.store import Store
from sync.push import ROW_ERRORS, loss_is_harmless, reason_for

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Action:
    """One kind of thing done at the kiosk: its local ``table``, the ``columns`` read (the key
    first) in the order ``statement`` takes them, and the columns that must not have changed since
    they were read for a row to be marked sent (``unchanged``)."""

    table: str
    columns: tuple[str, ...]
    statement: str
    unchanged: tuple[str, ...] = ()
    by_row: bool = False  # ``statement`` takes one row (else one array per column: the whole batch)
    in_sets: str = ""  # a set-returning function taking one array per column, giving (key, problem) of the refused ones
    in_sets_function: str = ""  # its signature (a central database before it has none)

    @property
    def key(self) -> str:
        return self.columns[0]


# In the order they are sent: a moderation after the ideas it is about (submissions go first),
# a voucher after its idea.
ACTIONS = (
    Action(
        "erasure_request",
        ("id", "receipt_code", "requested_at"),
        "INSERT INTO mokoko.erasure_request (client_id, receipt_code, requested_at) "
        "SELECT * FROM unnest(%s::uuid[], %s::text[], %s::timestamptz[]) ON CONFLICT DO NOTHING",
    ),
    Action(
        "moderation",
        ("id", "receipt_code", "reason", "at"),
        "INSERT INTO mokoko.moderation (client_id, receipt_code, reason, at) "
        "SELECT * FROM unnest(%s::uuid[], %s::text[], %s::text[], %s::timestamptz[]) ON CONFLICT DO NOTHING",
    ),
    Action(
        "voucher",
        ("receipt_code", "stop_id", "issued_at", "redeemed_at"),
        "SELECT mokoko.report_voucher(%s, %s, %s, %s)",  # a central database before c0032: one row per call
        by_row=True,
        unchanged=("redeemed_at",),
        in_sets="SELECT code, problem FROM mokoko.report_vouchers(%s::text[], %s::text[], %s::timestamptz[], %s::timestamptz[])",
        in_sets_function="mokoko.report_vouchers(text[], text[], timestamptz[], timestamptz[])",
    ),
)
BATCH = 10_000  # rows in one central transaction, kept once committed (report_vouchers takes at most 10,000)


@dataclass
class ActionsPushed:
    """How many rows of each table went, and how many were set aside here."""

    sent: dict[str, int] = field(default_factory=dict)
    refused: int = 0


def push_actions(
    store: Store, central: psycopg.Connection, now: dt.datetime, *, on_marked: Callable[[int], None] | None = None
) -> ActionsPushed:
    """Send every action city hall has not had yet, kind by kind (``on_marked`` hears how many
    rows each batch took off the waiting list)."""
    pushed = ActionsPushed()
    for action in ACTIONS:
        sent, refused = _push(store, central, action, now, on_marked)
        pushed.sent[action.table] = sent
        pushed.refused += refused
    return pushed


def _push(
    store: Store, central: psycopg.Connection, action: Action, now: dt.datetime, on_marked: Callable[[int], None] | None
) -> tuple[int, int]:
    """Send the rows in batches of :data:`BATCH`, oldest key first, each batch committed centrally
    and then marked here: a sync cut off halfway keeps every batch that went. While the central
    server works on a batch (in a worker thread), the kiosk reads the next and marks the last."""
    sent = refused_here = 0
    rows = _read(store, action, after="")
    if not rows:  # nothing to send: not even a question to the central database
        return 0, 0
    in_sets = bool(action.in_sets) and _takes_sets(central, action)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="mokoko-push-actions") as central_worker:
        sending = central_worker.submit(_send_set, central, action, rows, in_sets) if rows else None
        while sending is not None:
            went = rows
            rows = _read(store, action, after=str(went[-1][0]))
            refused = sending.result()  # the batch is committed centrally once this returns
            sending = central_worker.submit(_send_set, central, action, rows, in_sets) if rows else None
            _mark(store, action, went, refused, now)
            if on_marked is not None:
                on_marked(len(went))
            sent, refused_here = sent + len(went) - len(refused), refused_here + len(refused)
    return sent, refused_here


def _read(store: Store, action: Action, *, after: str) -> list[tuple[Any, ...]]:
    """The next :data:`BATCH` unsent rows after the key ``after`` (plain sqlite3: no row objects
    to build for tens of thousands of rows)."""
    with store.reading() as local:
        return local.execute(
            f"SELECT {', '.join(action.columns)} FROM {action.table} WHERE synced_at IS NULL AND sync_refused IS NULL "
            f"AND {action.key} > ? ORDER BY {action.key} LIMIT {BATCH}",
            (after,),
        ).fetchall()


def _send_set(central: psycopg.Connection, action: Action, rows: list[tuple[Any, ...]], in_sets: bool) -> dict[str, str]:
    """One batch in one statement where the central database takes sets (c0032), else row by row."""
    if not in_sets:
        return _send(central, action, rows)
    with central.transaction():
        found = central.execute(action.in_sets, [list(column) for column in zip(*rows, strict=True)]).fetchall()
    return {str(key): str(problem) for key, problem in found}


def _takes_sets(central: psycopg.Connection, action: Action) -> bool:
    """Whether the central database has the set-based function (c0032); one before it does not."""
    with central.transaction():
        row = central.execute("SELECT to_regprocedure(%s) IS NOT NULL", (action.in_sets_function,)).fetchone()
    return bool(row and row[0])


def _mark(store: Store, action: Action, rows: Sequence[Sequence[Any]], refused: dict[str, str], now: dt.datetime) -> None:
    """Sent rows are marked in one statement, each only if unchanged since it was read; refused
    ones set aside with why."""
    kept = [row for row in rows if str(row[0]) in refused] if refused else []
    for row in kept:
        log.warning("The central database refused %s %s; set aside here: %s", action.table, row[0], refused[str(row[0])])
    checked = [action.columns.index(column) for column in action.unchanged]
    went = [[row[0], *(row[index] for index in checked)] for row in rows if not refused or str(row[0]) not in refused]
    read = ", ".join(f"json_extract(value, '$[{index}]') AS c{index}" for index in range(1 + len(checked)))
    same = "".join(f" AND {action.table}.{column} IS sent.c{index}" for index, column in enumerate(action.unchanged, start=1))
    with loss_is_harmless(store) as local:  # a mark lost in a power cut: the row goes again, harmlessly
        if went:
            local.execute(
                text(
                    f"UPDATE {action.table} SET synced_at = :synced FROM (SELECT {read} FROM json_each(:sent)) AS sent "
                    f"WHERE {action.table}.{action.key} = sent.c0{same}"
                ),
                {"synced": stored_time(now), "sent": json.dumps(went)},
            )
        if kept:
            local.execute(
                text(f"UPDATE {action.table} SET sync_refused = :reason WHERE {action.key} = :key"),
                [{"reason": refused[str(row[0])], "key": row[0]} for row in kept],
            )


def _send(central: psycopg.Connection, action: Action, rows: Sequence[Sequence[Any]]) -> dict[str, str]:
    """Send ``rows`` in one transaction (one statement, or one per row where ``action.by_row``);
    if the central database refuses something in them, in halves until the refused rows are found.
    Returns their keys and reasons."""
    try:
        with central.transaction(), central.cursor() as cursor:
            if action.by_row:
                cursor.executemany(action.statement, rows)
            else:
                cursor.execute(action.statement, [list(column) for column in zip(*rows, strict=True)])
        return {}
    except ROW_ERRORS as error:
        if len(rows) == 1:
            return {str(rows[0][0]): reason_for(error)}
        middle = len(rows) // 2
        return _send(central, action, rows[:middle]) | _send(central, action, rows[middle:])


def unsent_actions(store: Store) -> int:
    """How many actions wait to be sent (not refused)."""
    union = " + ".join(f"(SELECT count(*) FROM {action.table} WHERE synced_at IS NULL AND sync_refused IS NULL)" for action in ACTIONS)
    with store.engine.connect() as connection:
        return int(connection.execute(text(f"SELECT {union}")).scalar_one())


def refused_actions(store: Store) -> int:
    """How many actions the central database refused; they wait here for a fix."""
    union = " + ".join(f"(SELECT count(*) FROM {action.table} WHERE sync_refused IS NOT NULL)" for action in ACTIONS)
    with store.engine.connect() as connection:
        return int(connection.execute(text(f"SELECT {union}")).scalar_one())


def retry_refused_actions(store: Store) -> int:
    """Send the refused actions again at the next sync. Returns how many."""
    with store.writing() as connection:
        return sum(
            connection.execute(text(f"UPDATE {action.table} SET sync_refused = NULL WHERE sync_refused IS NOT NULL")).rowcount
            for action in ACTIONS
        )
