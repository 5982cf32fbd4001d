"""The people at city hall: one PostgreSQL login per person (a member of ``mokoko_office``), and
which administration areas each is the contact person of."""

from __future__ import annotations

import re
import secrets
import unicodedata
from dataclasses import dataclass

import psycopg
from psycopg import errors, sql

from central_database.connection import CentralError, connect, url_with_login
from central_database.roles import DPO_ROLE, OFFICE_ROLE
from shared_kernel.email_address import NotAnAddress, one_address

LOGIN_PREFIX = "office_"
_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})
_LOGIN = re.compile(r"[a-z][a-z0-9_]{0,50}")


@dataclass(frozen=True)
class OfficeUser:
    """A city-hall person. ``url`` carries their password: give it only to them."""

    role_name: str
    display_name: str
    areas: tuple[str, ...]
    url: str
    email: str | None = None  # their work address: routing an idea to their area e-mails them


def login_for(name: str) -> str:
    """The login a person's name gives: ``Mette Østergård`` -> ``office_mette_oestergaard``."""
    plain = unicodedata.normalize("NFKD", name.translate(_DANISH)).encode("ascii", "ignore").decode().lower()
    return LOGIN_PREFIX + "_".join(re.findall(r"[a-z0-9]+", plain))[:40]


def _known_areas(connection: psycopg.Connection, areas: list[str]) -> None:
    known = {row[0] for row in connection.execute("SELECT code FROM mokoko.admin_area")}
    unknown = [area for area in areas if area not in known]
    if unknown:
        raise CentralError(f"There is no administration area {unknown[0]!r}. Known: {', '.join(sorted(known)) or 'none'}.")


def work_address(email: str | None) -> str | None:
    """``email`` checked as one address (None: none given); CentralError says what is wrong."""
    if email is None or not email.strip():
        return None
    try:
        return one_address(email)
    except NotAnAddress as why:
        raise CentralError(f"{email!r} is not one e-mail address ({why}). Give a work address like mette@randers.dk.") from None


def add_office_user(
    owner_url: str,
    name: str,
    areas: list[str] | None = None,
    login: str | None = None,
    *,
    dpo: bool = False,
    email: str | None = None,
) -> OfficeUser:
    """Create a login for the person called ``name`` (shown to citizens when they are an area's
    contact person), a member of the office role, and make them the contact person of ``areas``.
    ``dpo``: the data-protection officer instead, who reads the access log and nothing else.
    ``email``: their work address, where an idea routed to one of their areas is announced."""
    email = work_address(email)
    if dpo and areas:
        raise CentralError("The data-protection officer reads the access log only; they are nobody's contact person.")
    name = " ".join(name.split())
    if not name or len(name) > 100:
        raise CentralError("A person needs a name of 1 to 100 characters.")
    role_name = login or login_for(name)
    if not _LOGIN.fullmatch(role_name) or role_name == LOGIN_PREFIX:
        raise CentralError(f"{role_name!r} cannot be a login: use lower-case letters, digits and _ (--login).")
    areas = list(dict.fromkeys(areas or []))
    password = secrets.token_urlsafe(24)
    with connect(owner_url) as connection:
        _known_areas(connection, areas)
        role = sql.Identifier(role_name)
        try:
            connection.execute(
                sql.SQL("CREATE ROLE {} LOGIN INHERIT NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD {}").format(
                    role, sql.Literal(password)
                )
            )
        except errors.DuplicateObject:
            raise CentralError(f"The login {role_name} exists already on this database server. Choose another with --login.") from None
        group = sql.Identifier(DPO_ROLE if dpo else OFFICE_ROLE)
        connection.execute(sql.SQL("GRANT {} TO {} WITH INHERIT TRUE, SET FALSE").format(group, role))
        connection.execute("INSERT INTO mokoko.office_user (role_name, display_name, email) VALUES (%s, %s, %s)", (role_name, name, email))
        for area in areas:
            connection.execute("INSERT INTO mokoko.area_contact (admin_area_code, role_name) VALUES (%s, %s)", (area, role_name))
    return OfficeUser(role_name, name, tuple(areas), url_with_login(owner_url, role_name, password), email)


def set_office_email(owner_url: str, login: str, email: str | None) -> str:
    """Give a city-hall person a (new) work address, or none (``email`` None or empty: routed ideas
    are then not e-mailed to them). Returns their name."""
    email = work_address(email)
    with connect(owner_url) as connection:
        row = connection.execute(
            "UPDATE mokoko.office_user SET email = %s WHERE role_name = %s AND removed_at IS NULL RETURNING display_name", (email, login)
        ).fetchone()
        if row is None:
            known = [r[0] for r in connection.execute("SELECT role_name FROM mokoko.office_user WHERE removed_at IS NULL")]
            raise CentralError(f"There is no city-hall login {login!r}. Known: {', '.join(known) or 'none'}.")
    return str(row[0])


def remove_office_user(owner_url: str, login: str) -> str:
    """Take a person's login away: they can no longer connect, and they are no longer anybody's
    contact person. What they did stays in the history, under their login. Returns their name."""
    with connect(owner_url) as connection:
        row = connection.execute(
            "SELECT display_name FROM mokoko.office_user WHERE role_name = %s AND removed_at IS NULL", (login,)
        ).fetchone()
        if row is None:
            known = [r[0] for r in connection.execute("SELECT role_name FROM mokoko.office_user WHERE removed_at IS NULL")]
            raise CentralError(f"There is no city-hall login {login!r}. Known: {', '.join(known) or 'none'}.")
        role = sql.Identifier(login)
        connection.execute(sql.SQL("ALTER ROLE {} NOLOGIN PASSWORD NULL").format(role))
        connection.execute("SELECT mokoko.end_sessions_of(%s)", (login,))  # open connections end now (while it is city hall's)
        for group in (OFFICE_ROLE, DPO_ROLE):
            connection.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), role))
        connection.execute("DELETE FROM mokoko.area_contact WHERE role_name = %s", (login,))
        connection.execute("UPDATE mokoko.office_user SET removed_at = now() WHERE role_name = %s", (login,))
    return str(row[0])
