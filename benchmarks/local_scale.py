"""The kiosk's local bookkeeping at a million ideas, with a bare SQLite baseline in the same run.

    python benchmarks/local_scale.py [--ideas 1000000] [--runs 20]

Builds a kiosk database of N ideas (10,000 through the core, the rest copied by SQL), nearly all
synced and with their contact details purged long ago, as a kiosk has them after a year. Then:

- core ready: a fresh process opening the kiosk as the kiosk app does (``open_kiosk`` with the
  integrity check in the background: schema check, device, catalogue) against a fresh process
  doing a bare ``sqlite3.connect`` and one query; and when that process's background quick check
  has passed (writes wait for it);
- the SQLite quick check on its own (what every start paid before it moved to the background);
- sync status (what the staff panel shows after every sync event) and the purge when nothing
  is due (runs at every sync), each against a bare ``SELECT 1`` on the same file.

Goals: core ready < 1.5 s, sync status < 10 ms, purge < 20 ms when nothing is due.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.demo_data import synthetic_drafts
from sync.engine import purge_contacts, sync_status

OPEN_KIOSK = """
import pathlib, sys, time
from mokoko_desktop.bootstrap import open_kiosk
kiosk = open_kiosk(pathlib.Path(sys.argv[1]), check_in_background=True)
ready = time.time()
kiosk.store.integrity.wait_writable()
print(ready, time.time())
kiosk.close()
"""
BARE_OPEN = "import sys, sqlite3; sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM sqlite_master').fetchone()"


def _build(data_dir: Path, count: int) -> Path:
    kiosk = open_kiosk(data_dir, demo=True)
    seed = min(count, 10_000)
    today = kiosk.today_stop()
    kiosk.ideas.submit_many(synthetic_drafts(seed, seed=1), today.id if today else "assentoft")
    path = kiosk.store.path
    kiosk.close()
    year_ago = (dt.datetime.now(dt.UTC) - dt.timedelta(days=365)).isoformat(timespec="microseconds")
    with sqlite3.connect(path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(idea)")]
        copied = ", ".join(
            "lower(hex(randomblob(16)))" if c == "id" else "substr(hex(randomblob(8)), 1, 10)" if c == "receipt_code" else c
            for c in columns
        )
        while connection.execute("SELECT count(*) FROM idea").fetchone()[0] < count:
            missing = count - connection.execute("SELECT count(*) FROM idea").fetchone()[0]
            connection.execute(f"INSERT OR IGNORE INTO idea ({', '.join(columns)}) SELECT {copied} FROM idea LIMIT {missing}")
        connection.execute(
            "UPDATE idea SET synced_at = :at, contact_name = NULL, contact_email = NULL, contact_phone = NULL, contact_purged_at = :at",
            {"at": year_ago},
        )
        connection.execute("UPDATE idea SET synced_at = NULL WHERE rowid IN (SELECT rowid FROM idea ORDER BY random() LIMIT 25)")
    return path


def _median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _process_s(code: str, argument: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, argument], check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _kiosk_start_s(data_dir: Path, runs: int) -> tuple[float, float]:
    """Median seconds from spawning a kiosk process until its core is ready, and until its
    background quick check has passed (the full daily check runs after it and holds nothing up)."""
    ready, checked = [], []
    for _ in range(runs):
        started = time.time()
        done = subprocess.run([sys.executable, "-c", OPEN_KIOSK, str(data_dir)], check=True, capture_output=True, text=True)
        ready_at, checked_at = (float(value) for value in done.stdout.split())
        ready.append(ready_at - started)
        checked.append(checked_at - started)
    return statistics.median(ready), statistics.median(checked)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ideas", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mokoko-scale-") as folder:
        data_dir = Path(folder) / "kiosk"
        started = time.perf_counter()
        path = _build(data_dir, args.ideas)
        print(f"built {args.ideas} ideas in {time.perf_counter() - started:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")

        process_runs = max(3, args.runs // 4)
        ready, checked = _kiosk_start_s(data_dir, process_runs)
        bare = _process_s(BARE_OPEN, str(path), process_runs)
        print(
            f"core ready (fresh process, warm file cache): {ready:.2f} s; bare sqlite3 process {bare:.2f} s; "
            f"ratio {ready / bare:.1f} (goal < 1.5 s)"
        )
        print(f"background quick check passed (writes may go ahead) after {checked:.2f} s")
        with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
            quick = _median_ms(lambda: connection.execute("PRAGMA quick_check").fetchall(), 3)
            select_one = _median_ms(lambda: connection.execute("SELECT 1").fetchall(), args.runs)
        print(f"quick check alone: {quick:.0f} ms")

        kiosk = open_kiosk(data_dir)
        try:
            status = _median_ms(lambda: sync_status(kiosk), args.runs)
            now = dt.datetime.now(dt.UTC)
            purge = _median_ms(lambda: purge_contacts(kiosk, now), args.runs)
            waiting = sync_status(kiosk).waiting
        finally:
            kiosk.close()
        print(f"sync status: {status:.2f} ms (goal < 10 ms; {waiting} waiting); bare SELECT 1 {select_one:.3f} ms")
        print(f"purge, nothing due: {purge:.2f} ms (goal < 20 ms)")


if __name__ == "__main__":
    main()
