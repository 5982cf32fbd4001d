"""The follow-up site's logins (``mokoko central add-web-reader``): members of ``mokoko_web``, which
may execute ``mokoko.public_followup(code)`` and ``mokoko.public_stories(n)`` and nothing else
(central migration c0011; what the site does with them is :mod:`followup_site.lookups`)."""

from __future__ import annotations

import re
import secrets

from psycopg import errors, sql

from central_database.connection import CentralError, connect, url_with_login

WEB_GROUP_ROLE = "mokoko_web"
WEB_LOGIN_PREFIX = "mokoko_web_"


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
                sql.SQL(
                    "CREATE ROLE {} LOGIN INHERIT NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD {} CONNECTION LIMIT 20"
                ).format(role, sql.Literal(password))
            )
        except errors.DuplicateObject:
            raise CentralError(f"The login {role_name} exists already on this database server; choose another name.") from None
        connection.execute(sql.SQL("GRANT {} TO {} WITH INHERIT TRUE, SET FALSE").format(sql.Identifier(WEB_GROUP_ROLE), role))
        connection.execute(sql.SQL("ALTER ROLE {} SET statement_timeout = '2s'").format(role))
    return url_with_login(owner_url, role_name, password)
