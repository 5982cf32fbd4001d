"""The yearly report at a million ideas, against a real PostgreSQL, with baselines measured in
the same run.

    python benchmarks/yearly_report.py [--ideas 1000000] [--runs 3]

Fills a central database as ``office_search.py`` does (N ideas from 3 kiosks at 9 stops over the
last year, 70 % of the older ones answered, by COPY), then, as a city-hall login and through the
same functions ``mokoko office report`` uses, prints the median time of:

- collecting the year (``city_hall.yearly.yearly_report``: areas, stops, home areas, age groups,
  sign-ups, matches and the effect goals) for this calendar year against the last;
- drawing it on A4 (``city_hall.yearly_pdf.render_yearly_report``);

against a bare connect + ``SELECT 1`` and the inbox's count of every idea (one full pass over
the ideas). Goal: < 3 s for the yearly report over 1,000,000 ideas. Prints figures;
asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
from office_search import _database, _fill, _median_ms  # the same dir, the same fill

from central_database.catalogue import load_catalogue
from central_database.embedded import get_server
from central_database.office_users import add_office_user
from central_database.schema import init_central
from city_hall import inbox
from city_hall.office import Office
from city_hall.yearly_pdf import render_yearly_report
from shared_kernel.resources import DEMO_CATALOGUE


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ideas", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="mokoko-yearly-bench-"))
    server = get_server(folder / "pgdata", cleanup_mode="delete")
    try:
        owner_url = _database(server, "yearly_bench")
        init_central(owner_url)
        load_catalogue(owner_url, DEMO_CATALOGUE)
        started = time.perf_counter()
        _fill(owner_url, args.ideas)
        print(f"filled {args.ideas} ideas in {time.perf_counter() - started:.1f} s")
        url = add_office_user(owner_url, "Bench Mark", ["miljo-teknik"], login=f"office_bench_{uuid.uuid4().hex[:6]}").url
        year = dt.date.today().year

        def bare() -> None:
            with psycopg.connect(url) as connection:
                connection.execute("SELECT 1").fetchone()

        baseline = _median_ms(bare, 10)
        office = Office(url)
        counted = _median_ms(lambda: office.count(inbox.InboxFilter()), args.runs)
        report = office.yearly_report(year)
        collected = _median_ms(lambda: office.yearly_report(year), args.runs)
        office.close()
        drawn = _median_ms(lambda: render_yearly_report(report, folder / "year.pdf"), args.runs)
        print(
            f"{year}: {report.ideas} ideas ({year - 1}: {report.ideas_last_year}), {len(report.areas)} areas, "
            f"{len(report.goals)} effect goals"
        )
        print(f"yearly report: collect {collected:.0f} ms + draw {drawn:.0f} ms = {(collected + drawn) / 1000:.2f} s (goal < 3 s)")
        print(
            f"baselines: bare connect + SELECT 1 {baseline:.1f} ms; the inbox's count of every idea {counted:.0f} ms "
            f"(the report is {collected / counted:.1f}x one full count)"
        )
    finally:
        server.cleanup()


if __name__ == "__main__":
    main()
