"""The day report at a busy stop, with the report of an empty day as the baseline in the same run.

    python benchmarks/day_report.py [--ideas 10000] [--signups 300] [--runs 5]

Stores N ideas and M sign-ups today through the kiosk's own path (one hidden in 200), spread
over the opening hours 10-17, then prints the median time of:

- collecting the report (``day_report.collect``: every count of the day, in one read);
- drawing it on A4 (``day_report_pdf.render_day_report``);
- both for a day with nothing in it (the fixed cost of a report: the baseline).

Goal: < 1 s for the whole report at 10,000 ideas that day. The kiosk runs it off the
GUI thread. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import tempfile
import time
from pathlib import Path

from local_scale import _median_ms  # the same dir, as dashboard.py takes it

from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.clock import local_date, stored_time
from mokoko_desktop.day_report import collect
from mokoko_desktop.day_report_pdf import render_day_report
from mokoko_desktop.demo_data import synthetic_drafts, synthetic_signups


def _build(data_dir: Path, ideas: int, signups: int) -> dt.date:
    kiosk = open_kiosk(data_dir, demo=True)
    stop = kiosk.today_stop()
    stop_id = stop.id if stop else "assentoft"
    kiosk.ideas.submit_many(synthetic_drafts(ideas, seed=1), stop_id)
    opportunities = [info.id for info in kiosk.opportunities.browse(local_date(kiosk.clock()), age_group="18-29")][:8]
    for draft in synthetic_signups(signups, opportunities, seed=2):
        kiosk.signups.submit(draft, stop_id)
    day = local_date(kiosk.clock())
    path = kiosk.store.path
    kiosk.close()
    opens = dt.datetime.combine(day, dt.time(10)).astimezone()
    with sqlite3.connect(path) as connection:
        for table, count in (("idea", ideas), ("signup", signups)):  # over the opening hours, as a real day
            step = 7 * 3600 / max(count, 1)
            connection.create_function("spread", 1, lambda n, step=step: stored_time(opens + dt.timedelta(seconds=n * step)))
            connection.execute(f"UPDATE {table} SET created_at = spread(rowid)")
        connection.execute(
            "INSERT INTO moderation (id, receipt_code, reason, at) SELECT lower(hex(randomblob(16))), receipt_code, 'test', created_at "
            "FROM idea WHERE rowid % 200 = 0"
        )
    return day


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ideas", type=int, default=10_000)
    parser.add_argument("--signups", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mokoko-day-report-") as folder:
        data_dir = Path(folder) / "kiosk"
        started = time.perf_counter()
        day = _build(data_dir, args.ideas, args.signups)
        print(f"stored {args.ideas} ideas and {args.signups} sign-ups today in {time.perf_counter() - started:.1f} s")
        kiosk = open_kiosk(data_dir)
        empty_day = day - dt.timedelta(days=400)
        try:
            report = collect(kiosk, day)
            empty = collect(kiosk, empty_day)
            gathered = _median_ms(lambda: collect(kiosk, day), args.runs)
            drawn = _median_ms(lambda: render_day_report(report, Path(folder) / "day.pdf"), args.runs)
            baseline = _median_ms(lambda: render_day_report(collect(kiosk, empty_day), Path(folder) / "empty.pdf"), args.runs)
        finally:
            kiosk.close()
        pages = (Path(folder) / "day.pdf").read_bytes().count(b"/Type /Page\n") or "?"
        print(
            f"report of today: {report.figures.totals['idea']} ideas, {report.figures.totals['signup']} sign-ups, "
            f"{sum(report.hidden_by_reason.values())} hidden, {len(report.themes)} themes; empty day: {empty.empty}"
        )
        print(
            f"collect: {gathered:.0f} ms; draw A4 ({pages} pages): {drawn:.0f} ms; whole report: {gathered + drawn:.0f} ms (goal < 1000 ms)"
        )
        print(f"baseline, the report of an empty day: {baseline:.0f} ms (whole report {((gathered + drawn) / baseline):.1f}x)")


if __name__ == "__main__":
    main()
