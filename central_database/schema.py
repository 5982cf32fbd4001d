"""Creating and upgrading the central schema (its own Alembic history in ``migrations/``), and the
administrator's login that every central command but ``init`` uses."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from central_database.connection import CentralError, connect, fetch_one, tls_options, url_with_login

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
OLDEST_SERVER = 160000  # PostgreSQL 16: role grants WITH INHERIT/SET, and CREATEROLE limited to ADMIN OPTION


def _sqlalchemy_url(url: str) -> str:
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _config() -> Config:
    # Alembic and SQLAlchemy load only here: the office app and `mokoko office` never need them
    # (they cost a third of a second before the first page of the inbox).
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def init_central(owner_url: str) -> str:
    """Create the central schema, or upgrade it to the newest revision. Returns the revision.
    ``owner_url`` is a superuser's (roles are the server's to create; on Debian ``sudo -u postgres``
    with ``postgresql:///mokoko``); day-to-day work uses the administrator's login instead
    (:func:`ensure_admin_login`).

    Migrations only ever add (columns with defaults, tables, grants), so kiosks of the previous
    version keep syncing while the fleet is upgraded one by one."""
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    with connect(owner_url) as connection:
        (superuser, version) = fetch_one(
            connection, "SELECT rolsuper, current_setting('server_version_num')::int FROM pg_roles WHERE rolname = current_user"
        )
    if version < OLDEST_SERVER:
        # Before 16 a CREATEROLE login (the administrator) could grant itself any role, the owner's too.
        raise CentralError(f"The central database needs PostgreSQL 16 or newer; this server is {version // 10000}.")
    if not superuser:
        raise CentralError(
            "'mokoko central init' creates and upgrades the schema and its roles, which needs a superuser login (on the "
            "database server: sudo -u postgres mokoko central init --url postgresql:///mokoko). Day-to-day commands use the "
            "administrator's login it makes."
        )
    engine = create_engine(_sqlalchemy_url(owner_url), poolclass=NullPool, connect_args=tls_options(owner_url))
    config = _config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except Exception as error:  # reported in plain words, with the cause logged
        log.exception("Central schema upgrade failed")
        raise CentralError(f"The central schema could not be created or upgraded: {error}") from error
    finally:
        engine.dispose()
    grant_database_access(owner_url)
    return head_revision()


def grant_database_access(owner_url: str) -> None:
    """Grant the database itself (CONNECT, TEMPORARY) as :data:`privileges.DATABASE` declares, and
    nothing to PUBLIC. A database's own grants are not part of its schema: a copy (``CREATE
    DATABASE … TEMPLATE``) or a restore without ``--create`` starts with PostgreSQL's defaults,
    CONNECT and TEMPORARY for every login of the server; every ``init`` gives them back."""
    from psycopg import sql

    from central_database.privileges import DATABASE, granted

    with connect(owner_url) as connection:
        (name,) = fetch_one(connection, "SELECT current_database()")
        database = sql.Identifier(name)
        connection.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(database))
        for group, spec in DATABASE.items():
            allowed = sql.SQL(", ").join(sql.SQL(privilege) for privilege, _ in granted(spec))
            connection.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM {}").format(database, sql.Identifier(group)))
            connection.execute(sql.SQL("GRANT {} ON DATABASE {} TO {}").format(allowed, database, sql.Identifier(group)))


ADMIN_GROUP_ROLE = "mokoko_admin"
DEFAULT_ADMIN_LOGIN = "mokoko_administrator"
_MANAGED_GROUPS = ("mokoko_kiosk", "mokoko_office", "mokoko_dpo", "mokoko_web", "mokoko_partner")


def ensure_admin_login(superuser_url: str, login: str = DEFAULT_ADMIN_LOGIN, *, new_password: bool = False) -> str | None:
    """Make sure the administrator's login exists (a member of ``mokoko_admin``, CREATEROLE, not a
    superuser, not the owner) and may manage every login of the four groups, including those made
    before it. Returns its URL with a new password when it was made now or ``new_password`` is
    set, else None (the password it has stays)."""
    import secrets

    from psycopg import sql

    role = sql.Identifier(login)
    with connect(superuser_url) as connection:
        exists = connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone() is not None
        password = secrets.token_urlsafe(24) if new_password or not exists else None
        if not exists:
            connection.execute(
                sql.SQL("CREATE ROLE {} LOGIN CREATEROLE NOSUPERUSER NOCREATEDB NOREPLICATION NOBYPASSRLS INHERIT").format(role)
            )
        connection.execute(sql.SQL("ALTER ROLE {} LOGIN CREATEROLE NOSUPERUSER NOCREATEDB NOREPLICATION NOBYPASSRLS").format(role))
        if password is not None:
            connection.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(role, sql.Literal(password)))
        connection.execute(sql.SQL("GRANT {} TO {} WITH INHERIT TRUE, SET FALSE").format(sql.Identifier(ADMIN_GROUP_ROLE), role))
        managed = connection.execute(
            "SELECT DISTINCT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
            "WHERE m.roleid::regrole::text = ANY(%s) AND r.rolcanlogin AND NOT r.rolsuper AND r.rolname <> %s",
            (list(_MANAGED_GROUPS), login),
        ).fetchall()
        for (member,) in managed:  # logins made before the administrator (by a superuser): it may manage them too
            connection.execute(sql.SQL("GRANT {} TO {} WITH ADMIN TRUE, INHERIT FALSE, SET FALSE").format(sql.Identifier(member), role))
    return url_with_login(superuser_url, login, password) if password is not None else None
