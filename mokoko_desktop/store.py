"""The kiosk's local SQLite store: opened safely, checked, migrated.

Opening a store runs ``PRAGMA quick_check`` on a read-only connection first; a damaged file raises
:class:`StoreDamaged` and is never written to. The kiosk app instead checks in the background
(``check_in_background``): its connections are read-only (``PRAGMA query_only``) and every
transaction that writes waits until the quick check has passed. Then Alembic brings the schema to
the newest revision. Every connection uses WAL, ``synchronous=FULL`` (a commit survives a power cut) and
foreign keys.

Alembic is imported only when the schema is not at :data:`SCHEMA_HEAD` already: the kiosk opens its
store at every start, and importing Alembic would cost a third of a second before the start
screen can be used (a test keeps ``SCHEMA_HEAD`` equal to the newest migration).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import ConnectionPoolEntry
from sqlmodel import Session

from mokoko_desktop.paths import DATABASE_FILE
from mokoko_desktop.store_file import (
    FULL_CHECK_STAMP,
    SCHEMA_HEAD,
    IntegrityCheck,
    StoreDamaged,
    StoreError,
    check_integrity,
    first_look,
    schema_revision,
)

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
__all__ = ["SCHEMA_HEAD", "Store", "StoreDamaged", "StoreError", "check_integrity", "create_sqlite_engine", "migrate"]

WRITES = "mokoko_writes"  # execution option: this transaction will write
READ_ONLY = "mokoko_read_only"  # in a pooled connection's info: opened with query_only while the check ran
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest local schema revision in the migrations, as Alembic sees it."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def create_sqlite_engine(path: Path, check: IntegrityCheck | None = None) -> Engine:
    """An engine whose connections use WAL, full synchronous commits, foreign keys and a 16 MB
    page cache, and whose transactions SQLAlchemy begins explicitly (pysqlite's own implicit
    BEGIN is switched off). With a ``check`` still running, connections are read-only and a
    transaction that writes waits for the check to pass."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 10})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # 16 MB of page cache instead of SQLite's 2 MB: a day's database fits, and a sync's batch
        # of marks no longer spills pages to the WAL half-way (measured: 27 -> 16 ms per 10,000).
        cursor.execute("PRAGMA cache_size=-16000")
        # What is deleted or purged (names, phone numbers, e-mails) is overwritten with zeros, not
        # left in free pages for someone who carries the kiosk's disk away.
        cursor.execute("PRAGMA secure_delete=ON")
        if check is not None and not check.writable:
            cursor.execute("PRAGMA query_only=ON")  # SQLite itself refuses writes until the check passes
            record.info[READ_ONLY] = True
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A transaction that will write takes the write lock at once (BEGIN IMMEDIATE), so it
        # waits its turn (the busy timeout) instead of failing with "database is locked" when
        # it upgrades from reading while another connection writes.
        writes = connection.get_execution_options().get(WRITES)
        if check is not None and (writes or check.writable):
            check.wait_writable()  # raises StoreDamaged: nothing is written to a damaged file
            if connection.connection.info.pop(READ_ONLY, False):
                connection.exec_driver_sql("PRAGMA query_only=OFF")
        connection.exec_driver_sql(f"BEGIN {'IMMEDIATE' if writes else 'DEFERRED'}")

    return engine


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at (Alembic's own table), or None for a new one."""
    with engine.connect() as connection:
        return schema_revision(_sqlite(connection))


def _sqlite(connection: Connection) -> sqlite3.Connection:
    """The pooled connection's own sqlite3 connection, for plain SQL."""
    raw = connection.connection.dbapi_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade the schema to ``revision`` (the newest by default)."""
    from alembic import command
    from alembic.script import ScriptDirectory

    known = {script.revision for script in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}
    found = current_revision(engine)
    if found is not None and found not in known:
        raise StoreError(
            f"The kiosk's database is at schema revision {found}, which this version of MOKOKO does "
            "not know: it was made by a newer version. Install that version again."
        )
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _owner_only(path: Path) -> None:
    """The database file readable by the kiosk's user only (SQLite gives its -wal and -shm files
    the same mode): created so if new, tightened if an older version left it open to others."""
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))  # an empty file is an empty database to SQLite
    elif path.stat().st_mode & 0o077:
        path.chmod(0o600)
    for companion in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if companion.exists() and companion.stat().st_mode & 0o077:
            companion.chmod(0o600)


class Store:
    """The open local database. Use :meth:`session` for work; one ``with`` block is one
    transaction."""

    def __init__(self, data_dir: Path, *, migrate_to: str = "head", check_in_background: bool = False) -> None:
        """Open (and migrate) the store in ``data_dir``. With ``check_in_background`` the
        integrity check runs on a thread of its own when nothing needs writing at once (the
        schema is current and the file in WAL mode); :attr:`integrity` then reports it."""
        self.data_dir = data_dir
        self.path = data_dir / DATABASE_FILE
        _owner_only(self.path)
        revision, in_wal_mode = first_look(self.path)
        self.integrity: IntegrityCheck | None = None
        if check_in_background and in_wal_mode and revision == SCHEMA_HEAD and migrate_to == "head":
            self.integrity = IntegrityCheck(self.path, data_dir / FULL_CHECK_STAMP)
        else:
            check_integrity(self.path)
        self.engine = create_sqlite_engine(self.path, self.integrity)
        self._writer = self.engine.execution_options(**{WRITES: True})
        if not (revision == SCHEMA_HEAD and migrate_to == "head"):
            if revision is not None:  # a store with data: a copy first, should the migration go wrong
                from mokoko_desktop.store_backup import back_up

                back_up(self.path, data_dir, "before-migration")
            try:
                migrate(self.engine, migrate_to)
            except StoreError:
                self.engine.dispose()
                raise
            revision = current_revision(self.engine)
            self.checkpoint()  # what a migration rewrote (e.g. contact details it sealed) leaves the -wal
        log.info("Local store ready at %s (schema %s)", self.path, revision)

    @contextmanager
    def session(self, *, writes: bool = False) -> Iterator[Session]:
        """A session whose work is committed together when the block ends without error. One that
        ``writes`` takes the write lock when it begins, and so waits for any other writer rather
        than failing half-way (SQLite's deferred transactions cannot wait once they have read)."""
        bind = self._writer if writes else self.engine
        with Session(bind, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A connection in a transaction that writes (plain SQL), committed when the block ends."""
        with self._writer.begin() as connection:
            yield connection

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A plain sqlite3 connection from the pool, for reads written in SQL (follow-up)."""
        with self.engine.connect() as connection:
            yield _sqlite(connection)

    def checkpoint(self) -> None:
        """Move everything from the write-ahead log into the database file and empty the log, so
        that what a purge deleted is not still readable in ``-wal`` (secure_delete zeroes it in
        the database file). Skipped quietly while another connection reads (it runs again at the
        next purge)."""
        with self.engine.connect() as connection:
            busy, _log_pages, _moved = _sqlite(connection).execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            log.info("The write-ahead log could not be emptied now (a reader is busy); it will be at the next purge")

    def stop_checking(self) -> None:
        """Stop a background check still running (the program ends; it runs again next time)."""
        if self.integrity is not None:
            self.integrity.close()

    def close(self) -> None:
        self.stop_checking()
        self.engine.dispose()
