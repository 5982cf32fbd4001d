"""The staff's dashboard and moderation list at scale, with a bare SQLite baseline in the same run.

    python benchmarks/dashboard.py [--ideas 1000000] [--runs 20]

Builds a kiosk database of N ideas spread evenly over the last 60 days (10,000 through the core,
the rest copied by SQL with new ids, codes and times), with a few hundred sign-ups and Byttebørs
posts, and hides 1 idea in 200 (moderation rows). Then, on a reading connection as the staff
screens use it, prints the median time of:

- the dashboard's figures of today (``dashboard.day_figures``: counts by kind and hour, age
  groups, home areas, hidden);
- the moderation list of today (``moderation.ideas_of_day``);

against a bare ``SELECT 1`` on the same file. Goal at 1,000,000 ideas: < 50 ms each.
Both run off the GUI thread in the kiosk. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import tempfile
import time
from pathlib import Path

from local_scale import _median_ms  # the same dir, as followup_page.py takes office_search's

from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.clock import local_date
from mokoko_desktop.dashboard import day_figures
from mokoko_desktop.demo_data import synthetic_drafts
from mokoko_desktop.moderation import ideas_of_day

DAYS = 60


def _build(data_dir: Path, count: int) -> Path:
    kiosk = open_kiosk(data_dir, demo=True)
    seed = min(count, 10_000)
    today = kiosk.today_stop()
    kiosk.ideas.submit_many(synthetic_drafts(seed, seed=1), today.id if today else "assentoft")
    path = kiosk.store.path
    kiosk.close()
    now = dt.datetime.now(dt.UTC)
    with sqlite3.connect(path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(idea)")]

        def copied(column: str) -> str:
            if column == "id":
                return "lower(hex(randomblob(16)))"
            if column == "receipt_code":
                return "substr(hex(randomblob(8)), 1, 10)"
            return column

        while (have := connection.execute("SELECT count(*) FROM idea").fetchone()[0]) < count:
            connection.execute(
                f"INSERT OR IGNORE INTO idea ({', '.join(columns)}) SELECT {', '.join(map(copied, columns))} FROM idea LIMIT {count - have}"
            )
        # spread evenly over the last DAYS days (rowid order), stored as the core stores times
        step = DAYS * 86400 / count
        connection.create_function("spread", 1, lambda n: (now - dt.timedelta(seconds=n * step)).isoformat(timespec="microseconds"))
        connection.execute("UPDATE idea SET created_at = spread(rowid)")
        connection.execute(
            "INSERT INTO moderation (id, receipt_code, reason, at) SELECT lower(hex(randomblob(16))), receipt_code, 'test', created_at "
            "FROM idea WHERE rowid % 200 = 0"
        )
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ideas", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mokoko-dashboard-") as folder:
        data_dir = Path(folder) / "kiosk"
        started = time.perf_counter()
        path = _build(data_dir, args.ideas)
        print(f"built {args.ideas} ideas over {DAYS} days in {time.perf_counter() - started:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")
        kiosk = open_kiosk(data_dir)
        try:
            day = local_date(dt.datetime.now(dt.UTC))
            figures = kiosk.day_figures(day)
            listed = len(ideas_of_day(kiosk.store, day))
            with kiosk.store.reading() as connection:
                bare = _median_ms(lambda: connection.execute("SELECT 1").fetchall(), args.runs)
                dashboard = _median_ms(lambda: day_figures(connection, day), args.runs)
            moderation = _median_ms(lambda: ideas_of_day(kiosk.store, day), args.runs)
        finally:
            kiosk.close()
        print(f"today: {figures.totals['idea']} ideas ({figures.hidden} hidden), {listed} in the moderation list")
        print(f"dashboard figures of today: {dashboard:.2f} ms (goal < 50 ms); bare SELECT 1 {bare:.3f} ms")
        print(f"moderation list of today: {moderation:.2f} ms (goal < 50 ms)")


if __name__ == "__main__":
    main()
