"""The local database file, without the database layer: its integrity check, its schema revision,
and a read-only connection for one-shot commands that must answer in a fraction of a second
(``mokoko idea show``; importing SQLAlchemy alone takes half a second on a kiosk PC).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

SCHEMA_HEAD = "0006"  # the newest migration in migrations/versions (a test keeps them equal)


class StoreError(Exception):
    """The local store cannot be used. ``str()`` is a message for staff."""


class StoreDamaged(StoreError):
    """The database file failed its integrity check; nothing was written to it."""


def check_integrity(path: Path) -> None:
    """Run SQLite's quick check on ``path`` read-only; raise :class:`StoreDamaged` if it fails."""
    if not path.exists():
        return
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise StoreDamaged(
            f"The kiosk's database {path} cannot be read ({error}). Nothing has been written to it. "
            "Keep the file for IT support; do not delete it."
        ) from error
    problems = [row[0] for row in rows if row[0] != "ok"]
    if problems:
        raise StoreDamaged(
            f"The kiosk's database {path} failed its integrity check ({problems[0]}). "
            "Nothing has been written to it. Keep the file for IT support; do not delete it."
        )


def schema_revision(connection: sqlite3.Connection) -> str | None:
    """The schema revision the database is at, or None for a new one."""
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:  # no such table: nothing was migrated yet
        return None
    return None if row is None else str(row[0])


def open_read_only(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to a checked database whose schema is current, or None when it
    must first be opened with :class:`~mokoko_desktop.store.Store` (missing, or an older
    schema to migrate). Raises :class:`StoreDamaged` like the store does."""
    if not path.exists():
        return None
    check_integrity(path)
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    if schema_revision(connection) != SCHEMA_HEAD:
        connection.close()
        return None
    return connection
