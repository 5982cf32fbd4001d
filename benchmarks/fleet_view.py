"""The fleet view at a large municipality's size: ``mokoko central fleet`` over N kiosks that have
each reported their health once (a tenth of them with something wrong), against a bare
``SELECT`` of the same health rows in the same run (the baseline).

    python benchmarks/fleet_view.py [--kiosks 200]

Prints the p50/p99 of the fleet read with its alerts, of the baseline, and of the whole command
(a process of its own, as the IT department's monitoring runs it). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg
from office_search import _database  # beside this script
from timing import percentiles

from central_database.catalogue import load_catalogue
from central_database.devices import add_device
from central_database.embedded import get_server
from central_database.fleet import fleet
from central_database.schema import init_central
from shared_kernel.resources import DEMO_CATALOGUE

REPORT = "SELECT mokoko.report_health(%s, %s, %s, %s, %s, %s, %s, %s, %s)"
ROUNDS = 50


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kiosks", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mokoko-fleet-bench-") as folder:
        server = get_server(Path(folder) / "pgdata", cleanup_mode="delete")
        try:
            url = _database(server, "bench")
            init_central(url)
            load_catalogue(url, DEMO_CATALOGUE)
            started = time.perf_counter()
            for number in range(args.kiosks):
                kiosk = add_device(url, f"Kiosk {number:03d}")
                wrong = number % 10 == 0
                with psycopg.connect(kiosk.url, autocommit=True) as connection:
                    connection.execute(
                        REPORT,
                        ("0.1.0", "0020", "asferg", 3 if wrong else 0, 2 if wrong else 0, "out_of_paper" if wrong else "ok", 40000,
                         dt.datetime.now(dt.UTC), ""),
                    )  # fmt: skip
            print(f"{args.kiosks} kiosks registered and reported in {time.perf_counter() - started:.1f} s")
            baseline, view = [], []
            for _ in range(ROUNDS):
                started = time.perf_counter()
                with psycopg.connect(url) as connection:
                    connection.execute("SELECT * FROM mokoko.device_health").fetchall()
                baseline.append(time.perf_counter() - started)
                started = time.perf_counter()
                kiosks = fleet(url)
                view.append(time.perf_counter() - started)
            alerts = sum(len(kiosk.alerts) for kiosk in kiosks)
            print(f"bare SELECT of the health rows (baseline)   {percentiles(baseline)}")
            print(f"fleet(): {len(kiosks)} kiosks, {alerts} alerts       {percentiles(view)}")
            url_file = Path(folder) / "url"
            url_file.write_text(url + "\n", encoding="utf-8")
            mokoko = str(Path(sys.executable).parent / "mokoko")
            command = []
            for _ in range(5):
                started = time.perf_counter()
                subprocess.run([mokoko, "central", "fleet", "--json", "--url-file", str(url_file)], capture_output=True, env=os.environ)
                command.append(time.perf_counter() - started)
            print(f"mokoko central fleet --json (a process)     {percentiles(command)}")
        finally:
            server.cleanup()


if __name__ == "__main__":
    main()
