"""Issue 32's push goal: a kiosk's push of N ideas, each with its food-basket voucher, against a
bare COPY of the same rows into tables without indexes, measured in the same run (medians).

    python benchmarks/push_ratio.py [--ideas 50000] [--repeats 3]

The push is what ``mokoko sync`` sends: the ideas (``push_pending``) and then the vouchers
(``push_actions``), into a fresh central database each time. The baseline COPYs the same idea
rows and voucher rows, read from the same SQLite file, into two tables with the same columns and
no index. Goal: at most 3x.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
from sqlalchemy import text
from sync_push_pull import COLUMNS, _database  # beside this script

from central_database.catalogue import load_catalogue
from central_database.devices import add_device
from central_database.embedded import get_server
from central_database.schema import init_central
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.demo_data import synthetic_drafts
from mokoko_desktop.kiosk import Kiosk
from shared_kernel.resources import DEMO_CATALOGUE
from sync.actions import push_actions
from sync.push import push_pending

VOUCHER_COLUMNS = "receipt_code, stop_id, issued_at, redeemed_at"
_BOOLEANS = {"assisted", "notify_me"}


def _kiosk(folder: Path, count: int) -> Kiosk:
    kiosk = open_kiosk(folder, demo=True)
    kiosk.settings.set("reward_voucher", True)
    stop = kiosk.today_stop()
    assert stop is not None, "the demo set-up chooses a stop"
    drafts = synthetic_drafts(count, seed=count)
    for start in range(0, count, 2000):
        kiosk.ideas.submit_many(drafts[start : start + 2000], stop.id)
    return kiosk


def _bare_copy(kiosk: Kiosk, url: str) -> float:
    """The same idea and voucher rows COPYed into two tables with the same columns and no index."""
    columns = COLUMNS.split(", ")
    booleans = [index for index, column in enumerate(columns) if column in _BOOLEANS]
    with psycopg.connect(url) as central:
        central.execute(f"CREATE TABLE bare_idea ({', '.join(f'{column} text' for column in columns)})")
        central.execute("CREATE TABLE bare_voucher (receipt_code text, stop_id text, issued_at timestamptz, redeemed_at timestamptz)")
        central.commit()
        started = time.perf_counter()
        with kiosk.store.engine.connect() as local:
            ideas = local.execute(text(f"SELECT {COLUMNS} FROM idea ORDER BY id")).all()
            vouchers = local.execute(text(f"SELECT {VOUCHER_COLUMNS} FROM voucher ORDER BY receipt_code")).all()
        with central.cursor() as cursor:
            with cursor.copy(f"COPY bare_idea ({COLUMNS}) FROM STDIN") as copy:
                for row in ideas:
                    values = list(row)
                    for index in booleans:
                        values[index] = bool(values[index])
                    copy.write_row(values)
            with cursor.copy(f"COPY bare_voucher ({VOUCHER_COLUMNS}) FROM STDIN") as copy:
                for row in vouchers:
                    copy.write_row(row)
        central.commit()
        return time.perf_counter() - started


def _fresh_central(server) -> tuple[str, str]:
    owner_url = _database(server, f"p_{uuid.uuid4().hex[:8]}")
    init_central(owner_url)
    load_catalogue(owner_url, DEMO_CATALOGUE)
    return owner_url, add_device(owner_url, "bench").url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ideas", type=int, default=50_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="mokoko-bench-push-"))
    server = get_server(folder / "pgdata", cleanup_mode="delete")
    try:
        kiosk = _kiosk(folder / "kiosk", args.ideas)
        pushes, ideas_only, baselines = [], [], []
        for repeat in range(args.repeats):
            owner_url, kiosk_url = _fresh_central(server)
            if repeat:
                with kiosk.store.engine.begin() as local:
                    local.execute(text("UPDATE idea SET synced_at = NULL"))
                    local.execute(text("UPDATE voucher SET synced_at = NULL"))
            baselines.append(_bare_copy(kiosk, owner_url))
            with psycopg.connect(kiosk_url, autocommit=True) as central:
                started = time.perf_counter()
                pushed = push_pending(kiosk.store, central)
                middle = time.perf_counter()
                actions = push_actions(kiosk.store, central, kiosk.clock())
                pushes.append(time.perf_counter() - started)
                ideas_only.append(middle - started)
            assert pushed.pushed == args.ideas and pushed.vouchers + actions.sent["voucher"] == args.ideas, (pushed, actions)
        push, ideas, baseline = statistics.median(pushes), statistics.median(ideas_only), statistics.median(baselines)
        print(
            f"push of {args.ideas} ideas with their vouchers: {push:.2f} s (ideas {ideas:.2f} s, vouchers {push - ideas:.2f} s); "
            f"bare COPY of the same rows into unindexed tables {baseline:.2f} s; ratio {push / baseline:.1f} (goal <= 3)"
        )
        kiosk.close()
    finally:
        server.cleanup()


if __name__ == "__main__":
    main()
