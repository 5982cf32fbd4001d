"""What anyone with a receipt code may read (issue 14): the public follow-up page's one way into
the central database, and its logins.

The page connects as a web reader (``mokoko central add-web-reader``): a member of
``mokoko_web``, which may execute ``mokoko.public_followup(code)`` and ``mokoko.public_stories(n)``
and nothing else (central migration c0011). A lookup returns the public fields of one code:
status, its date, the public reply, the area and its contact person's name; a sign-up's status.
Never the idea's text, never the citizen's details, and nothing about any other code.
"""

from __future__ import annotations

import re
import secrets
from typing import Any

import psycopg
from psycopg import errors, sql

from sync.central import CentralError, connect
from sync.devices import kiosk_url

WEB_GROUP_ROLE = "mokoko_web"
WEB_LOGIN_PREFIX = "mokoko_web_"
STORIES_SHOWN = 30


def add_web_reader(owner_url: str, name: str) -> str:
    """A login for a follow-up web site called ``name`` (e.g. "borger.randers.dk"). Returns its URL."""
    plain = "_".join(re.findall(r"[a-z0-9]+", name.lower()))[:40]
    if not plain:
        raise CentralError("A web reader needs a name with letters or digits, e.g. borger_randers_dk.")
    role_name, password = WEB_LOGIN_PREFIX + plain, secrets.token_urlsafe(24)
    with connect(owner_url) as connection:
        role = sql.Identifier(role_name)
        try:
            connection.execute(
                sql.SQL("CREATE ROLE {} LOGIN INHERIT NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD {} "
                        "CONNECTION LIMIT 20").format(role, sql.Literal(password))  # fmt: skip
            )
        except errors.DuplicateObject:
            raise CentralError(f"The login {role_name} exists already on this database server; choose another name.") from None
        connection.execute(sql.SQL("GRANT {} TO {} WITH INHERIT TRUE, SET FALSE").format(sql.Identifier(WEB_GROUP_ROLE), role))
        connection.execute(sql.SQL("ALTER ROLE {} SET statement_timeout = '2s'").format(role))
    return kiosk_url(owner_url, role_name, password)


def look_up(connection: psycopg.Connection, code: str) -> dict[str, Any] | None:
    """The public fields of the record with the (normalised) receipt ``code``, or None."""
    row = connection.execute("SELECT mokoko.public_followup(%s)", (code,)).fetchone()
    return dict(row[0]) if row and row[0] else None


def stories(connection: psycopg.Connection, how_many: int = STORIES_SHOWN) -> list[dict[str, Any]]:
    """The published "I sagde – vi gjorde" stories, newest first."""
    return [dict(row[0]) for row in connection.execute("SELECT mokoko.public_stories(%s)", (how_many,))]
