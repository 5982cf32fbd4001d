"""Provisioning kiosks: one PostgreSQL login role per kiosk, and the URL it connects with."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

import psycopg
import uuid6
from psycopg import sql

from central_database.connection import CentralError, connect, fetch_one, url_with_login
from central_database.roles import KIOSK_CONNECTION_LIMIT, KIOSK_GROUP_ROLE, KIOSK_ROLE_PREFIX, KIOSK_SETTINGS, KIOSK_SUPERUSER_SETTINGS
from shared_kernel import receipt_codes


@dataclass(frozen=True)
class ProvisionedDevice:
    """A kiosk registered centrally. ``url`` carries its password: give it only to that kiosk."""

    id: str
    name: str
    tag: str
    role_name: str
    url: str


def _limit(connection: psycopg.Connection, role: sql.Identifier) -> None:
    """A kiosk login's limits (the same as migration c0003 gives older ones)."""
    connection.execute(sql.SQL("ALTER ROLE {} CONNECTION LIMIT {}").format(role, sql.Literal(KIOSK_CONNECTION_LIMIT)))
    settings = dict(KIOSK_SETTINGS)
    (superuser,) = fetch_one(connection, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    if superuser:
        settings.update(KIOSK_SUPERUSER_SETTINGS)
    for name, value in settings.items():
        connection.execute(sql.SQL("ALTER ROLE {} SET {} = {}").format(role, sql.Identifier(name), sql.Literal(value)))


TAG_ATTEMPTS = 20  # tags drawn before giving up (a tag's login may exist for another database on the server)


def add_device(owner_url: str, name: str, *, certificate: bool = False) -> ProvisionedDevice:
    """Register a kiosk called ``name``: a unique receipt-code tag, a login role that is a member
    of the kiosk group (inheriting its grants, never able to SET ROLE to it), and a password; with
    ``certificate``, no password at all: it logs in with a client certificate whose common name is
    its login (``pg_hba.conf``'s ``cert``, as ``mokoko central prepare-cluster`` writes it)."""
    name = " ".join(name.split())
    if not name or len(name) > 100:
        raise CentralError("A kiosk needs a name of 1 to 100 characters.")
    password = None if certificate else secrets.token_urlsafe(24)
    with connect(owner_url) as connection:
        # Tags of other kiosks, and tags kiosks used before they were registered (migration c0005).
        taken = {row[0] for row in connection.execute("SELECT tag FROM mokoko.device UNION SELECT tag FROM mokoko.device_tag")}
        for _attempt in range(TAG_ATTEMPTS):
            tag = receipt_codes.new_device_tag()
            while tag in taken:
                tag = receipt_codes.new_device_tag()
            role_name = KIOSK_ROLE_PREFIX + tag.lower()
            role = sql.Identifier(role_name)
            try:
                with connection.transaction():  # roles are the server's: another database may have this tag's
                    connection.execute(
                        sql.SQL("CREATE ROLE {} LOGIN INHERIT NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD {}").format(
                            role,
                            sql.Literal(password),  # NULL: no password can log in
                        )
                    )
                break
            except psycopg.errors.DuplicateObject:
                taken.add(tag)
        else:
            raise CentralError("Could not find a free kiosk login on this database server; try again.")
        device_id = str(uuid6.uuid7())
        connection.execute(sql.SQL("GRANT {} TO {} WITH INHERIT TRUE, SET FALSE").format(sql.Identifier(KIOSK_GROUP_ROLE), role))
        _limit(connection, role)
        connection.execute(
            "INSERT INTO mokoko.device (id, name, tag, role_name) VALUES (%s, %s, %s, %s)",
            (device_id, name, tag, role_name),
        )
    return ProvisionedDevice(device_id, name, tag, role_name, url_with_login(owner_url, role_name, password))


def remove_device(owner_url: str, which: str) -> ProvisionedDevice:
    """Take a kiosk's credential away (stolen, broken, retired): its login can no longer connect,
    and connections it has open end now. ``which`` is its name, receipt-code tag or login. What
    it sent stays, and its tag is never handed out again. Returns the kiosk (``url`` empty)."""
    with connect(owner_url) as connection:
        rows = connection.execute(
            "SELECT id::text, name, tag, role_name FROM mokoko.device WHERE name = %s OR tag = upper(%s) OR role_name = %s",
            (which, which, which),
        ).fetchall()
        if len(rows) != 1:
            known = ", ".join(f"{name} ({tag})" for name, tag in connection.execute("SELECT name, tag FROM mokoko.device ORDER BY name"))
            problem = "Several kiosks are" if rows else "No kiosk is"
            raise CentralError(f"{problem} called {which!r}; give its tag instead. Kiosks: {known or 'none'}.")
        device_id, name, tag, role_name = rows[0]
        role = sql.Identifier(role_name)
        connection.execute(sql.SQL("ALTER ROLE {} NOLOGIN PASSWORD NULL").format(role))
        connection.execute("SELECT mokoko.end_sessions_of(%s)", (role_name,))  # open connections end now (while it is a kiosk)
        connection.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(KIOSK_GROUP_ROLE), role))
    return ProvisionedDevice(device_id, name, tag, role_name, "")
