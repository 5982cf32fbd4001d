"""deploy/'s nginx site run for real in front of a follow-up site on this machine: its own file,
with the ports, the site's address and a certificate of a test CA put in (for the end-to-end test
and benchmarks/followup_proxy.py)."""

from __future__ import annotations

import re
import shutil
import socket
import ssl
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import trustme

from tests.mail_server import free_port

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
SITE = DEPLOY / "nginx" / "mokoko-followup.conf"


def nginx_program() -> str | None:
    return shutil.which("nginx", path="/usr/sbin:/usr/bin:/sbin:/bin")


@dataclass(frozen=True)
class Proxy:
    https_port: int
    http_port: int
    context: ssl.SSLContext  # trusts the test's CA only


@contextmanager
def running_proxy(site_port: int, folder: Path) -> Iterator[Proxy]:
    """nginx with deploy/'s site in front of 127.0.0.1:``site_port``, files in ``folder``."""
    nginx = nginx_program()
    if nginx is None:
        raise FileNotFoundError("nginx is not installed")
    authority = trustme.CA()
    certificate = authority.issue_cert("borger.example.dk", "127.0.0.1")
    tls = folder / "tls"
    tls.mkdir(exist_ok=True)
    certificate.private_key_pem.write_to_path(str(tls / "followup.key"))
    certificate.cert_chain_pems[0].write_to_path(str(tls / "followup.crt"))
    https_port, http_port = free_port(), free_port()
    site = re.sub(r"^\s*listen \[::\].*\n", "", SITE.read_text(encoding="utf-8"), flags=re.MULTILINE)  # no IPv6 needed here
    site = site.replace("listen 443 ", f"listen 127.0.0.1:{https_port} ").replace("listen 80;", f"listen 127.0.0.1:{http_port};")
    site = site.replace("127.0.0.1:8080", f"127.0.0.1:{site_port}").replace("/etc/mokoko/tls", str(tls))
    (folder / "site.conf").write_text(site, encoding="utf-8")
    temp = " ".join(f"{kind}_temp_path {folder}/{kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    (folder / "nginx.conf").write_text(
        f"daemon off;\npid {folder}/nginx.pid;\nerror_log {folder}/error.log;\nevents {{}}\n"
        f"http {{\n  access_log off;\n  {temp}\n  include {folder}/site.conf;\n}}\n",
        encoding="utf-8",
    )
    server = subprocess.Popen([nginx, "-p", str(folder), "-c", str(folder / "nginx.conf")], stderr=subprocess.DEVNULL)
    context = ssl.create_default_context()
    authority.configure_trust(context)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", https_port), timeout=0.5):
                break
        except OSError:
            time.sleep(0.05)  # sleep-ok: nginx gives no signal when it listens
    try:
        yield Proxy(https_port, http_port, context)
    finally:
        server.terminate()
        server.wait(timeout=10)
