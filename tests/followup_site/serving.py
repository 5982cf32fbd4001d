"""The follow-up site served over real HTTP for the tests, as 'mokoko followup serve' runs it."""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from followup_site.app import FollowUpSite
from followup_site.server import config
from tests.mail_server import free_port

CHROMIUM = Path("/usr/bin/chromium") if Path("/usr/bin/chromium").exists() else None  # Debian's package puts it here
# Headless Chromium as root on a closed network: no sandbox, and none of its own connections (refused
# here many at a time, and a failed look-up of Google's hosts at every start otherwise).
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HEADER_SECONDS = 1.0  # the site's deadline for a request's headers, short for the test


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: str


def get(base: str, path: str, *, method: str = "GET", language: str = "", client: str = "") -> Answer:
    request = urllib.request.Request(base + path, method=method)
    if language:
        request.add_header("Accept-Language", language)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return Answer(response.status, {k.lower(): v for k, v in response.headers.items()}, response.read().decode())
    except urllib.error.HTTPError as error:
        return Answer(error.code, {k.lower(): v for k, v in error.headers.items()}, error.read().decode())


@contextmanager
def serving(followup: FollowUpSite, *, behind_proxy: bool = False) -> Iterator[str]:
    """``followup`` served over real HTTP, as 'followup serve' runs it; its base address."""
    port = free_port()
    server = uvicorn.Server(config(followup.app, "127.0.0.1", port, behind_proxy=behind_proxy, header_seconds=HEADER_SECONDS))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)  # sleep-ok: uvicorn runs on a plain thread and has no signal to wait on
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
