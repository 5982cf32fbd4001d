"""A kiosk's sync over verified TLS with its client certificate, on a cluster prepared by 'mokoko
central prepare-cluster' (as tests/deploy/test_city_hall_end_to_end.py runs it): N syncs of one new
idea each, against a bare TLS connection with the same certificate and a ``SELECT 1`` in the same
run (the baseline: what the handshake costs).

    python benchmarks/city_hall_tls.py [--syncs 30]

Prints p50/p99 of each. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
import tempfile
import time
from pathlib import Path

import psycopg
from timing import percentiles  # beside this script

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checkout: the tests' cluster helper

from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from shared_kernel.command_line import main as mokoko
from sync.engine import sync_once
from tests.deploy.cluster import prepared_cluster, server_programs

CATALOGUE = Path(__file__).resolve().parents[1] / "resources" / "demo" / "catalogue.json"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--syncs", type=int, default=30)
    args = parser.parse_args()
    programs = server_programs()
    if programs is None:
        raise SystemExit("No PostgreSQL 16+ with TLS: python tools/postgresql_tls.py")
    with tempfile.TemporaryDirectory(prefix="mokoko-tls-bench-") as folder, prepared_cluster(programs, CATALOGUE) as cluster:
        certificates = Path(folder) / "tls"
        url_file = Path(folder) / "kiosk.url"
        options = ["--url-file", str(cluster.admin_url_file), "--server", f"127.0.0.1:{cluster.port}"]
        said = io.StringIO()
        with contextlib.redirect_stdout(said):
            mokoko(["central", "add-device", "Benchmark", *options, "--client-certificate", str(certificates)])
        url = said.getvalue().strip().splitlines()[-1]
        url_file.write_text(url)
        cluster.client_certificate(url.split("://", 1)[1].split("@", 1)[0], certificates)
        kiosk = open_kiosk(Path(folder) / "kiosk", demo=True)
        try:
            sync_once(kiosk, url)  # the first: the catalogue and the tag
            handshake, syncs = [], []
            for number in range(args.syncs):
                started = time.perf_counter()
                with psycopg.connect(url) as connection:
                    connection.execute("SELECT 1")
                handshake.append(time.perf_counter() - started)
                kiosk.submit(IdeaDraft(theme_code="aeldre", text=f"Idé nummer {number}"))
                started = time.perf_counter()
                sync_once(kiosk, url)
                syncs.append(time.perf_counter() - started)
        finally:
            kiosk.close()
        print(f"TLS connection with the client certificate + SELECT 1 (baseline)  {percentiles(handshake)}")
        print(f"kiosk sync of one new idea over TLS with its certificate        {percentiles(syncs)}")


if __name__ == "__main__":
    main()
