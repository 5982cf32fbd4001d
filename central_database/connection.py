"""Connecting to the central database: the one way every program reaches it (TLS with a verified
certificate over the network, however the URL names the server), and its one error."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import psycopg
import psycopg.conninfo
from psycopg import sql as psycopg_sql

from shared_kernel.redact import mask_secrets

if TYPE_CHECKING:
    from psycopg_pool import ConnectionPool

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_SECONDS = 5


class CentralError(Exception):
    """The central database cannot be reached or refused; ``str()`` says so in plain words.
    ``template`` and ``params`` are the same sentence before it was filled in (an English source
    a front end translates, e.g. :mod:`city_hall.refusals`)."""

    def __init__(self, message: str = "", **params: object) -> None:
        super().__init__(message.format(**params) if params else message)
        self.template, self.params = message, params


class CentralUnreachable(CentralError):
    """The central database cannot be reached now (network, server away, a connection lost
    half-way): nothing was changed, and trying again later may work."""


class NotAllowed(CentralError):
    """The login may not do that (its role lacks the privilege): trying again will not help."""


INSECURE_ENV = "MOKOKO_ALLOW_INSECURE_CENTRAL"  # "1": a lab's server without TLS may be used
LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}
LOOPBACK_ADDRESSES = {"127.0.0.1", "::1"}
VERIFIED_TLS = {"verify-full", "verify-ca"}


def _is_local(given: Mapping[str, object]) -> bool:
    """Whether libpq would reach the server without the network: every host a Unix socket (or
    localhost) and every address given a loopback one. libpq also takes the server from the
    environment (PGHOST, PGHOSTADDR) and from a service file (``service=`` or PGSERVICE), which
    can name any host: a service is never taken for local."""
    if given.get("service") or os.environ.get("PGSERVICE"):
        return False
    hosts = str(given.get("host") or os.environ.get("PGHOST") or "")
    addresses = str(given.get("hostaddr") or os.environ.get("PGHOSTADDR") or "")
    for address in (part.strip() for part in addresses.split(",") if part.strip()):
        if address not in LOOPBACK_ADDRESSES:
            return False  # the connection goes to hostaddr, whatever host says
    return all(host.strip() in LOCAL_HOSTS or host.strip().startswith(("/", "@")) for host in hosts.split(","))


def tls_options(url: str) -> dict[str, str]:
    """What a connection to ``url`` must add: over the network, TLS with the server's certificate
    verified (``sslmode=verify-full`` unless the URL says ``verify-ca``), however the URL, the
    environment or a service file names the server. A URL that asks for less is refused
    (:class:`CentralError`) unless ``$MOKOKO_ALLOW_INSECURE_CENTRAL`` is 1, for a lab. A local
    socket or localhost needs nothing."""
    try:
        given = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError as error:
        raise CentralError(f"The central database's URL cannot be read: {mask_secrets(str(error).strip())}") from None
    if _is_local(given):
        return {}
    mode = str(given.get("sslmode") or "")
    if mode in VERIFIED_TLS:
        return {}
    if os.environ.get(INSECURE_ENV) == "1":
        return {}
    if mode:
        raise CentralError(
            f"The central database's URL asks for sslmode={mode}; over the network MOKOKO connects only with TLS and a "
            f"verified certificate (sslmode=verify-full). For a lab without TLS, set {INSECURE_ENV}=1."
        )
    return {"sslmode": "verify-full"}  # a parameter of the connection: it outranks PGSSLMODE and a service file


def connect(url: str, **options: object) -> psycopg.Connection:
    """A psycopg connection to the central database (TLS with a verified certificate over the
    network: :func:`tls_options`), or :class:`CentralError`."""
    extra = tls_options(url)
    try:
        return psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_SECONDS, **extra, **options)  # type: ignore[arg-type]
    except (psycopg.OperationalError, psycopg.ProgrammingError) as error:  # unreachable, or a malformed URL
        raise CentralUnreachable(f"The central database cannot be reached: {mask_secrets(str(error).strip())}") from None


def open_pool(url: str, *, size: int = 4, name: str = "mokoko", autocommit: bool = False) -> ConnectionPool:
    """A small pool of connections to the central database (as :func:`connect` makes them: TLS
    over the network), opened at once in the background. A connection is checked before it is
    lent, so a server restarted meanwhile costs a reconnect, not an error. The caller closes it."""
    from psycopg_pool import ConnectionPool

    options: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_SECONDS, "autocommit": autocommit, **tls_options(url)}
    pool = ConnectionPool(
        url, min_size=1, max_size=max(1, size), kwargs=options, name=name, open=False, check=ConnectionPool.check_connection
    )
    pool.open(wait=False)
    return pool


def fetch_one(connection: psycopg.Connection, query: str | psycopg_sql.Composed, params: Sequence[Any] = ()) -> tuple[Any, ...]:
    """The row of a query that always returns one (an aggregate, a singleton row). Raises
    :class:`CentralError` when it does not, which means the central schema is not as expected."""
    row = connection.execute(query, params).fetchone()
    if row is None:
        raise CentralError("The central database is not set up as expected (a row is missing); run 'mokoko central init'.")
    return tuple(row)


def url_with_login(url: str, login: str, password: str | None) -> str:
    """``url`` with another login (and its password, if given) instead of its own."""
    parts = urlsplit(url)
    host = parts.netloc.rsplit("@", 1)[-1]
    credentials = quote(login) + (f":{quote(password, safe='')}" if password is not None else "")
    return urlunsplit((parts.scheme, f"{credentials}@{host}", parts.path, parts.query, parts.fragment))


CLIENT_CERTIFICATE, CLIENT_KEY, ROOT_CERTIFICATE = "kiosk.crt", "kiosk.key", "root.crt"  # in a kiosk's certificate folder


def url_for_others(url: str, *, server: str | None = None, root_cert: str | None = None, certificate_dir: str | None = None) -> str:
    """``url`` (an administrator's, often a socket's on the database server) as another machine
    uses it: the server's network address ``server`` (``host`` or ``host:port``) instead of the one
    given, the server's certificate verified against ``root_cert`` (a file there; default: libpq's
    ``~/.postgresql/root.crt``), and a kiosk's client certificate and key from ``certificate_dir``
    there (``kiosk.crt``, ``kiosk.key``; ``root.crt`` too unless ``root_cert`` is given)."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    netloc = parts.netloc
    if server is not None:
        server = server.strip()
        if not server or any(sign in server for sign in "/@?#& ") or server.startswith(":"):
            raise CentralError(f"{server!r} is not a server's address; give a host name or address, optionally with :port.")
        for name in ("host", "hostaddr", "port"):
            query.pop(name, None)
        credentials = netloc.rsplit("@", 1)[0] + "@" if "@" in netloc else ""
        netloc = credentials + server
    if certificate_dir is not None:
        folder = certificate_dir.rstrip("/")
        query.update(sslcert=f"{folder}/{CLIENT_CERTIFICATE}", sslkey=f"{folder}/{CLIENT_KEY}")
        query["sslrootcert"] = root_cert or f"{folder}/{ROOT_CERTIFICATE}"
    if root_cert is not None:
        query["sslrootcert"] = root_cert
    if server is not None or certificate_dir is not None or root_cert is not None:
        query["sslmode"] = "verify-full"
    return urlunsplit((parts.scheme, netloc, parts.path, urlencode(query, safe="/"), parts.fragment))
