"""Fetching a package from the npm registry into a folder of ``build/`` with the machine's npm
(``tools/axe_core.py``, ``tools/postgresql_tls.py``): no install scripts, no audit, and the
system's CA bundle trusted too (node trusts only its own list; a proxy the machine trusts is in
the system's)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

SYSTEM_CAS = "/etc/ssl/certs/ca-certificates.crt"  # Debian's bundle of the CAs the machine trusts


def npm_install(folder: Path, package: str, what: str) -> None:
    """``npm install package`` (``name@version``) into ``folder``; ``what`` says what it is for, in
    the message when npm is missing."""
    npm = shutil.which("npm", path=os.environ.get("PATH", "") + os.pathsep + "/usr/bin:/bin")
    if npm is None:
        raise SystemExit(f"npm is needed to fetch {what} (Debian: apt-get install npm).")
    environment = dict(os.environ)
    if Path(SYSTEM_CAS).is_file():
        environment.setdefault("NODE_EXTRA_CA_CERTS", SYSTEM_CAS)
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [npm, "install", "--no-audit", "--no-fund", "--ignore-scripts", "--prefix", str(folder), package],
        check=True,
        stdout=subprocess.DEVNULL,
        env=environment,
    )
