"""City hall's export at volume: how long ``mokoko office export ideas`` takes for N ideas, to CSV
and to XLSX, against a bare ``COPY … TO STDOUT`` of the same ideas' columns in the same run (the
baseline), and the most memory the command holds (it runs as a process of its own, as city hall
runs it; its resident memory is looked at every 50 ms).

    python benchmarks/export.py [--ideas 100000]

The ideas are made as benchmarks/office_search.py makes them (several kiosks over a year, most of
the older ones answered). Goals: 1,000,000 ideas to XLSX in under 2 minutes, and memory that does
not grow with the number of ideas. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
from office_search import _database, _fill  # beside this script

from central_database.catalogue import load_catalogue
from central_database.embedded import get_server
from central_database.office_users import add_office_user
from central_database.schema import init_central
from shared_kernel.resources import DEMO_CATALOGUE


def _resident_mb(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0  # it has just ended
    return next((int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmRSS:")), 0.0)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ideas", type=int, default=100_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="mokoko-export-bench-"))
    server = get_server(folder / "pgdata", cleanup_mode="delete")
    try:
        owner_url = _database(server, "export_bench")
        init_central(owner_url)
        load_catalogue(owner_url, DEMO_CATALOGUE)
        started = time.perf_counter()
        _fill(owner_url, args.ideas)
        print(f"filled {args.ideas} ideas in {time.perf_counter() - started:.1f} s; peak memory so far {_peak_mb():.0f} MB")
        person = add_office_user(owner_url, "Bench Mark", None, login=f"office_bench_{uuid.uuid4().hex[:6]}")
        started = time.perf_counter()
        with psycopg.connect(owner_url) as connection, (folder / "bare.csv").open("wb") as out:
            copy_sql = (
                "COPY (SELECT receipt_code, created_at, stop_id, theme_code, language, text FROM mokoko.idea "
                "ORDER BY created_at DESC) TO STDOUT WITH CSV"
            )
            with connection.cursor().copy(copy_sql) as copy:
                for block in copy:
                    out.write(block)
        baseline = time.perf_counter() - started
        print(f"bare COPY of the ideas' columns to a CSV file: {baseline:.2f} s")
        mokoko = Path(sys.executable).parent / "mokoko"  # the command city hall runs, in a process of its own
        for file_format in ("csv", "xlsx"):
            target = folder / f"ideas.{file_format}"
            started = time.perf_counter()
            command = [str(mokoko), "office", "export", "ideas", "--format", file_format, "--out", str(target), "--url", person.url]
            child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
            peak = 0.0
            while child.poll() is None:  # its resident memory, looked at every 50 ms
                peak = max(peak, _resident_mb(child.pid))
                time.sleep(0.05)
            said = child.stdout.read().strip() if child.stdout else ""
            assert child.returncode == 0, said
            elapsed = time.perf_counter() - started
            print(
                f"mokoko office export ideas --format {file_format}: {elapsed:.2f} s ({elapsed / baseline:.1f}x the bare COPY), "
                f"{target.stat().st_size / 1e6:.0f} MB; its largest resident memory {peak:.0f} MB ({said})"
            )
    finally:
        server.cleanup()


if __name__ == "__main__":
    main()
