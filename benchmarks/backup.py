"""A proven backup at city hall's scale: ``mokoko central backup`` and ``restore-check`` of a central
database with N ideas (filled as ``office_search.py`` fills it), against a bare ``pg_dump`` of the
same database in the same run (the baseline).

    python benchmarks/backup.py [--ideas 1000000]

Prints the seconds of each, the backup's size, and whether the restore check passed. The kiosk's
check is left out (``--without-kiosk``): it costs the same at any size. Prints figures; asserts
nothing.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
import time
from pathlib import Path

from office_search import _database, _fill  # beside this script

from central_database.backup import backup, pg_program, restore_check
from central_database.catalogue import load_catalogue
from central_database.embedded import bundled_programs, get_server
from central_database.schema import init_central
from shared_kernel.resources import DEMO_CATALOGUE


def _size_mb(folder: Path) -> float:
    return sum(path.stat().st_size for path in folder.iterdir()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ideas", type=int, default=1_000_000)
    args = parser.parse_args()
    programs = bundled_programs()
    with tempfile.TemporaryDirectory(prefix="mokoko-backup-bench-") as folder:
        server = get_server(Path(folder) / "pgdata", cleanup_mode="delete")
        try:
            url = _database(server, "bench")
            init_central(url)
            load_catalogue(url, DEMO_CATALOGUE)
            started = time.perf_counter()
            _fill(url, args.ideas)
            print(f"filled {args.ideas:,} ideas in {time.perf_counter() - started:.0f} s")
            bare = Path(folder) / "bare.dump"
            started = time.perf_counter()
            subprocess.run([pg_program("pg_dump", programs), "--format=custom", "--file", str(bare), "--dbname", url], check=True)
            print(f"bare pg_dump (baseline)      {time.perf_counter() - started:7.1f} s   {bare.stat().st_size / 1e6:8.1f} MB")
            out = Path(folder) / "backup"
            started = time.perf_counter()
            backup(url, out, programs)
            print(f"mokoko central backup        {time.perf_counter() - started:7.1f} s   {_size_mb(out):8.1f} MB")
            started = time.perf_counter()
            problems = restore_check(out, programs, extra_checks=False)
            print(f"mokoko central restore-check {time.perf_counter() - started:7.1f} s   {problems or 'proven'}")
        finally:
            server.cleanup()


if __name__ == "__main__":
    main()
