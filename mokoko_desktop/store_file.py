"""The local database file, without the database layer: its integrity checks, its schema revision,
and a read-only connection for one-shot commands that must answer in a fraction of a second
(``mokoko idea show``; importing SQLAlchemy alone takes half a second on a kiosk PC).

The kiosk app checks its file in the background (:class:`IntegrityCheck`): SQLite's quick check
reads the whole file (0.6 s at a million ideas with a warm cache, several seconds cold), and the
citizen in front of the kiosk should not wait for it. Writes wait for it instead.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import threading
from pathlib import Path

log = logging.getLogger(__name__)

SCHEMA_HEAD = "0024"  # the newest migration in migrations/versions (a test keeps them equal)
SQLITE_MAGIC = b"SQLite format 3\x00"
FULL_CHECK_EVERY = dt.timedelta(days=1)
FULL_CHECK_STAMP = "integrity-checked"  # in the data folder: when the last full check passed


class StoreError(Exception):
    """The local store cannot be used. ``str()`` is a message for staff."""


class StoreDamaged(StoreError):
    """The database file failed its integrity check; nothing was written to it."""


def _unreadable(path: Path, error: object) -> StoreDamaged:
    return StoreDamaged(
        f"The kiosk's database {path} cannot be read ({error}). Nothing has been written to it. "
        "Keep the file for IT support; do not delete it."
    )


def _run_check(connection: sqlite3.Connection, path: Path, pragma: str) -> None:
    rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    problems = [
        line.strip()
        for row in rows
        if row[0] != "ok"
        for line in str(row[0]).splitlines()
        if line.strip() and not line.startswith("***")  # "*** in database main ***" is a heading
    ]
    if problems:
        more = f", and {len(problems) - 1} more" if len(problems) > 1 else ""
        raise StoreDamaged(
            f"The kiosk's database {path} failed its integrity check ({problems[0][:200]}{more}). "
            "Nothing has been written to it. Keep the file for IT support; do not delete it."
        )


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)


def check_integrity(path: Path, *, full: bool = False) -> None:
    """Run SQLite's quick check (``full``: its integrity check, which also compares every index
    with its table) on ``path`` read-only; raise :class:`StoreDamaged` if it fails."""
    if not path.exists():
        return
    try:
        connection = _read_only(path)
        try:
            _run_check(connection, path, "integrity_check" if full else "quick_check")
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise _unreadable(path, error) from error


def first_look(path: Path) -> tuple[str | None, bool]:
    """What can be known about ``path`` in a millisecond: its schema revision (None for a new
    database) and whether it is in WAL mode (opening it then writes nothing). Raises
    :class:`StoreDamaged` for a file that is not an SQLite database or whose first page is
    damaged."""
    if not path.exists():
        return None, False
    with path.open("rb") as file:
        header = file.read(100)
    if len(header) == 100 and not header.startswith(SQLITE_MAGIC):
        raise _unreadable(path, "not an SQLite database")
    try:
        connection = _read_only(path)
        try:
            return schema_revision(connection), header[18:20] == b"\x02\x02"
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise _unreadable(path, error) from error


class _Stopped(Exception):
    """The check was stopped because the store closed."""


class IntegrityCheck:
    """The integrity check of a database file, on a thread of its own: the quick check first,
    then the full check when the last one that passed is more than :data:`FULL_CHECK_EVERY` old
    (its time is kept in ``stamp``). :meth:`wait_writable` blocks until the quick check has
    passed; a writer calls it first, so a damaged file is never written to."""

    def __init__(self, path: Path, stamp: Path) -> None:
        self.path = path
        self._stamp = stamp
        self._quick_done = threading.Event()
        self._done = threading.Event()
        self._problem: StoreError | None = None
        self._connection: sqlite3.Connection | None = None
        self._guard = threading.Lock()
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="mokoko-integrity-check", daemon=True)
        self._thread.start()

    @property
    def writable(self) -> bool:
        """True once the quick check has passed."""
        return self._quick_done.is_set() and self._problem is None

    def wait_writable(self) -> None:
        """Wait for the quick check; raise :class:`StoreDamaged` if it (or the full check) failed."""
        self._quick_done.wait()
        if self._problem is not None:
            raise self._problem

    def wait(self) -> None:
        """Wait for every check of this run; raise :class:`StoreDamaged` if one failed."""
        self._done.wait()
        if self._problem is not None:
            raise self._problem

    def close(self) -> None:
        """Stop a check still running (the store is being closed, or the kiosk app ends). A full
        check stopped half-way counts as not done (it runs at the next start); a quick check
        stopped half-way leaves the store closed to writes."""
        with self._guard:
            self._closed = True
        while self._thread.is_alive():  # again and again: an interrupt just before a statement starts is lost
            with self._guard:
                if self._connection is not None:
                    self._connection.interrupt()
            self._thread.join(0.05)

    def _full_check_due(self) -> bool:
        try:
            last = dt.datetime.fromisoformat(self._stamp.read_text(encoding="utf-8").strip())
        except (OSError, ValueError):
            return True
        return dt.datetime.now(dt.UTC) - last >= FULL_CHECK_EVERY

    def _run(self) -> None:
        try:
            self._check("quick_check")
            log.info("Quick check of the local store passed")
            self._quick_done.set()
            if self._full_check_due():
                self._check("integrity_check")
                self._stamp_passed()
        except _Stopped:
            if not self._quick_done.is_set():
                self._problem = StoreError("The kiosk's database was closed before its check.")
        except StoreError as problem:
            log.error("Local store check failed: %s", problem)
            self._problem = problem
        finally:
            self._quick_done.set()
            self._done.set()

    def _check(self, pragma: str) -> None:
        with self._guard:
            if self._closed:
                raise _Stopped
            connection = self._connection = _read_only(self.path)
        try:
            _run_check(connection, self.path, pragma)
        except sqlite3.DatabaseError as error:
            if self._closed:
                raise _Stopped from error
            raise _unreadable(self.path, error) from error
        finally:
            with self._guard:
                self._connection = None
                connection.close()

    def _stamp_passed(self) -> None:
        log.info("Full integrity check of the local store passed")
        temporary = self._stamp.with_suffix(".tmp")
        try:
            temporary.write_text(dt.datetime.now(dt.UTC).isoformat(), encoding="utf-8")
            os.replace(temporary, self._stamp)
        except OSError as error:  # the next start checks fully again; nothing else is lost
            log.warning("Could not note the full check's time in %s: %s", self._stamp, error)


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
