"""Associations that run volunteer opportunities (issue 31): one PostgreSQL login per association
(a member of ``mokoko_partner``, central migration c0031) that sees the sign-ups for its own
opportunities only, and its own key pair: city hall hands a volunteer's contact details over sealed
to the association's public key (:mod:`city_hall.hand_over`), so an association never holds the
municipality's key, and the association opens them with its own key file."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import errors, sql

from central_database.connection import CentralError, connect, url_with_login
from central_database.roles import PARTNER_ROLE
from shared_kernel.sealing import PublicKey, SealingError, new_key_pair, write_key_file

LOGIN_PREFIX = "partner_"
_LOGIN = re.compile(r"[a-z][a-z0-9_]{0,50}")


@dataclass(frozen=True)
class Partner:
    """An association. ``url`` carries its password: give it only to the association."""

    role_name: str
    name: str
    opportunities: tuple[str, ...]
    url: str
    key_id: str | None


def partner_login_for(name: str) -> str:
    """``Havndal Vennetjeneste`` -> ``partner_havndal_vennetjeneste``."""
    from central_database.office_users import login_for  # the same transliteration as people's logins

    return LOGIN_PREFIX + login_for(name).removeprefix("office_")[:40]


def _known_opportunities(connection: psycopg.Connection, opportunities: list[str]) -> None:
    known = {str(row[0]) for row in connection.execute("SELECT id FROM mokoko.opportunity")}
    unknown = [opportunity for opportunity in opportunities if opportunity not in known]
    if unknown:
        raise CentralError(f"There is no opportunity {unknown[0]!r} in the catalogue. Known: {', '.join(sorted(known)) or 'none'}.")


def add_partner(
    admin_url: str,
    name: str,
    opportunities: list[str],
    login: str | None = None,
    *,
    key_out: Path | None = None,
    passphrase: str = "",
) -> Partner:
    """Create a login for the association ``name`` that runs ``opportunities`` (ids of the
    catalogue). ``key_out``: also make the association's key pair, the private half written there
    (encrypted with ``passphrase``); without it, :func:`new_partner_key` makes one later."""
    name = " ".join(name.split())
    if not name or len(name) > 100:
        raise CentralError("An association needs a name of 1 to 100 characters.")
    opportunities = list(dict.fromkeys(opportunities))
    if not opportunities:
        raise CentralError("Name the opportunities the association runs (--opportunity ID, once for each).")
    role_name = login or partner_login_for(name)
    if not _LOGIN.fullmatch(role_name) or role_name == LOGIN_PREFIX:
        raise CentralError(f"{role_name!r} cannot be a login: use lower-case letters, digits and _ (--login).")
    password = secrets.token_urlsafe(24)
    with connect(admin_url) as connection:
        _known_opportunities(connection, opportunities)
        role = sql.Identifier(role_name)
        try:
            connection.execute(
                sql.SQL(
                    "CREATE ROLE {} LOGIN INHERIT NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD {} CONNECTION LIMIT 5"
                ).format(role, sql.Literal(password))
            )
        except errors.DuplicateObject:
            raise CentralError(f"The login {role_name} exists already on this database server. Choose another with --login.") from None
        connection.execute(sql.SQL("GRANT {} TO {} WITH INHERIT TRUE, SET FALSE").format(sql.Identifier(PARTNER_ROLE), role))
        connection.execute("INSERT INTO mokoko.partner (role_name, name) VALUES (%s, %s)", (role_name, name))
        for opportunity in opportunities:
            connection.execute(
                "INSERT INTO mokoko.partner_opportunity (role_name, opportunity_id) VALUES (%s, %s)", (role_name, opportunity)
            )
        key = _set_key(connection, role_name, key_out, passphrase) if key_out is not None else None
    return Partner(role_name, name, tuple(opportunities), url_with_login(admin_url, role_name, password), key.key_id if key else None)


def _set_key(connection: psycopg.Connection, role_name: str, out: Path, passphrase: str) -> PublicKey:
    """A new key pair for the association: the key file is written before the public key is stored
    (in the same transaction), so nothing is ever handed over to a key whose private half was lost."""
    pair = new_key_pair()
    connection.execute(
        "UPDATE mokoko.partner SET key_id = %s, public_key = %s WHERE role_name = %s",
        (pair.public.key_id, pair.public.public_key, role_name),
    )
    try:
        write_key_file(out, pair, passphrase)
    except (SealingError, OSError) as error:  # leaving the block rolls everything back
        raise CentralError(f"Nothing was changed: {error}") from None
    return pair.public


def new_partner_key(admin_url: str, login: str, out: Path, passphrase: str) -> PublicKey:
    """Give an association a (new) key pair. Contact details handed over to its old key can then
    only be opened with the old key file; city hall hands over what is new to the new one."""
    with connect(admin_url) as connection:
        row = connection.execute("SELECT 1 FROM mokoko.partner WHERE role_name = %s AND removed_at IS NULL", (login,)).fetchone()
        if row is None:
            raise CentralError(f"There is no association with the login {login!r} (mokoko central add-partner).")
        return _set_key(connection, login, out, passphrase)


def remove_partner(admin_url: str, login: str) -> str:
    """Take an association's login away; what it marked stays in the history. Returns its name."""
    with connect(admin_url) as connection:
        row = connection.execute("SELECT name FROM mokoko.partner WHERE role_name = %s AND removed_at IS NULL", (login,)).fetchone()
        if row is None:
            raise CentralError(f"There is no association with the login {login!r}.")
        role = sql.Identifier(login)
        connection.execute(sql.SQL("ALTER ROLE {} NOLOGIN PASSWORD NULL").format(role))
        connection.execute("SELECT mokoko.end_sessions_of(%s)", (login,))
        connection.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(PARTNER_ROLE), role))
        connection.execute("UPDATE mokoko.partner SET removed_at = now() WHERE role_name = %s", (login,))
    return str(row[0])
