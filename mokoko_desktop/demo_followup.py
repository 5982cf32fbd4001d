"""The demo closes the loop on one machine (``mokoko kiosk --demo``): beside its own central
database, the citizens' follow-up site runs on this machine, and the receipts' QR codes lead to it,
so a phone on the same network (or a browser here) opens city hall's reply.

The site is ``mokoko followup serve`` as a process of its own (the kiosk program does not import
the site), with a web reader's login to the demo database (``DATA_DIR/central/web-reader-url``,
made by :func:`mokoko_desktop.bootstrap.start_demo_central`). It listens on every address of this
machine, port :data:`DEMO_PORT` (another free one if that is taken); the web reader can look up one
receipt code at a time and read nothing else, as on the internet."""

from __future__ import annotations

import importlib.util
import logging
import re
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from shared_kernel.texts import DEFAULT_FOLLOWUP_URL_TEMPLATE

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk

log = logging.getLogger(__name__)

DEMO_PORT = 8470
READER_FILE = "web-reader-url"  # in the demo's central folder
LOG_FILE = "followup-site.log"
_DEMO_TEMPLATE = re.compile(r"^http://[0-9.]+:\d+/f/\{code\}$")  # what this module sets: a bare address, plain HTTP
PROGRAM = "import sys; from shared_kernel.command_line import main; sys.exit(main(sys.argv[1:]))"


def lan_address() -> str:
    """This machine's address on its network (where a phone on the same network reaches it), or
    127.0.0.1 without one. Nothing is sent: a UDP socket only picks the route."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never answered, only routed
            return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"


def free_demo_port() -> int:
    """:data:`DEMO_PORT` if nothing listens there, else a free one."""
    for port in (DEMO_PORT, 0):
        with socket.socket() as probe:
            try:
                probe.bind(("0.0.0.0", port))
                return int(probe.getsockname()[1])
            except OSError:
                continue
    raise OSError("no free port for the demo's follow-up site")


def point_receipts_here(kiosk: Kiosk, address: str) -> bool:
    """Make the receipts' QR codes lead to ``address`` (``http://host:port``), unless a
    municipality set its own follow-up address. True when the setting now names it."""
    current = kiosk.settings.get("followup_url_template")
    if current != DEFAULT_FOLLOWUP_URL_TEMPLATE and not _DEMO_TEMPLATE.match(current):
        return False
    kiosk.settings.set("followup_url_template", f"{address}/f/{{code}}")
    return True


@dataclass
class DemoSite:
    """The follow-up site's process; :meth:`stop` ends it."""

    address: str
    process: subprocess.Popen[bytes]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def start_demo_site(central_folder: Path, port: int, address: str) -> DemoSite | None:
    """Start ``mokoko followup serve`` for the demo; None (and why, in the log) when the site's
    program is not installed or the demo database has no web reader."""
    if importlib.util.find_spec("followup_site") is None or importlib.util.find_spec("uvicorn") is None:
        log.warning("The follow-up site is not installed (pip install '.[web]'): the receipts' QR codes lead nowhere in this demo")
        return None
    reader = central_folder / READER_FILE
    if not reader.is_file():
        log.warning("The demo database has no web reader (%s): the follow-up site is not started", reader)
        return None
    output = (central_folder / LOG_FILE).open("ab")
    command = [sys.executable, "-c", PROGRAM, "followup", "serve", "--url-file", str(reader), "--host", "0.0.0.0", "--port", str(port)]
    process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    output.close()
    log.info("Demo follow-up site started at %s", address)
    return DemoSite(address, process)
