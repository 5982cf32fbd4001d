"""Provisioning kiosks: one PostgreSQL login role per kiosk, and the URL it connects with."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from urllib.parse import quote, urlsplit, urlunsplit

import psycopg
import uuid6
from psycopg import sql

from mokoko_desktop import receipt_codes
from sync import KIOSK_CONNECTION_LIMIT, KIOSK_GROUP_ROLE, KIOSK_ROLE_PREFIX, KIOSK_SETTINGS, KIOSK_SUPERUSER_SETTINGS
from sync.central import CentralError, connect, fetch_one


@dataclass(frozen=True)
class ProvisionedDevice:
    """A kiosk registered centrally. ``url`` carries its password: give it only to that kiosk."""

    id: str
    name: str
    tag: str
    role_name: str
    url: str


def kiosk_url(owner_url: str, role_name: str, password: str) -> str:
    """The owner's URL with the kiosk's own user and password instead."""
    parts = urlsplit(owner_url)
    host = parts.netloc.rsplit("@", 1)[-1]
    netloc = f"{quote(role_name)}:{quote(password, safe='')}@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


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


def add_device(owner_url: str, name: str) -> ProvisionedDevice:
    """Register a kiosk called ``name``: a unique receipt-code tag, a login role that is a member
    of the kiosk group (inheriting its grants, never able to SET ROLE to it), and a password."""
    name = " ".join(name.split())
    if not name or len(name) > 100:
        raise CentralError("A kiosk needs a name of 1 to 100 characters.")
    password = secrets.token_urlsafe(24)
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
                        sql.SQL("CREATE ROLE {} LOGIN INHERIT NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD {}")
                        .format(role, sql.Literal(password))
                    )  # fmt: skip
                break
            except psycopg.errors.DuplicateObject:
                taken.add(tag)
        else:
            raise CentralError("Could not find a free kiosk login on this database server; try again.")
        device_id = str(uuid6.uuid7())
        connection.execute(
            sql.SQL("GRANT {} TO {} WITH INHERIT TRUE, SET FALSE").format(sql.Identifier(KIOSK_GROUP_ROLE), role)
        )
        _limit(connection, role)
        connection.execute(
            "INSERT INTO mokoko.device (id, name, tag, role_name) VALUES (%s, %s, %s, %s)",
            (device_id, name, tag, role_name),
        )
    return ProvisionedDevice(device_id, name, tag, role_name, kiosk_url(owner_url, role_name, password))


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


@dataclass(frozen=True)
class CheckedConnection:
    """A kiosk's connection URL that works: the central database knows its login."""

    url: str
    name: str  # the kiosk's name there


class NotAKioskConnection(CentralError):
    """What staff scanned or typed is no working kiosk connection. ``reason``: "not_url" (not a
    connection URL at all), "unreachable" (the central database cannot be reached), or
    "unknown_login" (reached, but it knows no kiosk by that login)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def check_kiosk_url(scanned: str) -> CheckedConnection:
    """Test what staff scanned or typed (the QR of ``mokoko central add-device --qr``) before it
    is stored: a ``postgresql://`` URL whose login the central database knows as a kiosk.
    Raises :class:`NotAKioskConnection`; the secret is never in its message."""
    url = scanned.strip()
    if not url.startswith(("postgresql://", "postgres://")) or "@" not in url:
        raise NotAKioskConnection("not_url", "That is not a kiosk's connection: scan the QR code that 'mokoko central add-device "
                                  "--qr' shows at city hall (it starts with postgresql://).")  # fmt: skip
    try:
        with connect(url) as connection:
            row = connection.execute("SELECT name FROM mokoko.device WHERE role_name = current_user").fetchone()
    except CentralError as error:
        raise NotAKioskConnection("unreachable", str(error)) from None
    except psycopg.Error:  # another kind of login (city hall's), or another database
        row = None
    if row is None:
        raise NotAKioskConnection("unknown_login", "The central database does not know this login as a kiosk. Ask city hall for a "
                                  "new connection ('mokoko central add-device').")  # fmt: skip
    return CheckedConnection(url, str(row[0]))
