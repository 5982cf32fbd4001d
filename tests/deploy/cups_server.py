"""A CUPS scheduler of the test's own (Debian's cupsd, on a socket in a folder of its own, the
machine's cupsd untouched) with one receipt queue ``bon`` for an 80 mm roll. The printer behind it
is faked, as hardware may be: a CUPS backend that writes each job into ``paper/`` and, while a file
``paper/paper-out`` exists, reports what a receipt printer reports when its roll is empty
(``STATE: +media-empty-error``) and stops the queue, as real backends do."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

QUEUE = "bon"
ROLL_80MM = Path(__file__).resolve().parents[2] / "deploy" / "kiosk" / "receipt-80mm.ppd"

BACKEND = """#!/bin/sh
# The receipt printer, faked: lists itself with no arguments; a job goes into the paper folder.
if [ $# -eq 0 ]; then echo 'direct mokoko-test "Unknown" "MOKOKO test receipt printer"'; exit 0; fi
paper=${DEVICE_URI#mokoko-test:}
if [ -e "$paper/paper-out" ]; then echo "STATE: +media-empty-error" >&2; echo "ERROR: Out of paper" >&2; exit 4; fi
echo "STATE: -media-empty-error" >&2
if [ -n "${6:-}" ]; then cat "$6" > "$paper/job-$1.pdf"; else cat > "$paper/job-$1.pdf"; fi
"""


def cups_programs() -> str | None:
    """Why CUPS cannot run here, or None when it can."""
    missing = [name for name in ("cupsd", "lpadmin", "lp", "lpstat", "cupsenable") if _program(name) == name]
    if missing:
        return f"CUPS is not installed here ({', '.join(missing)} missing; Debian: cups cups-client cups-bsd, which .ci/run installs)"
    if os.geteuid() != 0:
        return "the test's CUPS scheduler runs its printer as the lp user, which needs root"
    return None


@dataclass(frozen=True)
class Cups:
    server: str  # CUPS_SERVER: the scheduler's socket
    paper: Path  # what the printer printed (job-N.pdf), and paper-out while its roll is empty

    def run(self, *command: str) -> subprocess.CompletedProcess[str]:
        program = _program(command[0])  # lpadmin and cupsenable are in sbin, which a bare PATH (CI's) lacks
        environment = {**os.environ, "CUPS_SERVER": self.server}
        return subprocess.run([program, *command[1:]], capture_output=True, text=True, env=environment, check=False)


def _program(name: str) -> str:
    """A CUPS program by its full path (the system's folders, sbin too: not the tests' PATH), else its bare name."""
    return shutil.which(name, path="/usr/sbin:/usr/bin:/sbin:/bin") or name


@contextmanager
def running_cups() -> Iterator[Cups]:
    folder = Path(tempfile.mkdtemp(prefix="mokoko-cups-"))
    folder.chmod(0o755)  # the printer's backend runs as lp
    umask = os.umask(0o022)  # 'mokoko' makes its files its user's alone (umask 077); these the lp user must read
    try:
        for part in ("etc/ppd", "spool/tmp", "cache", "state", "log", "bin/backend", "paper"):
            (folder / part).mkdir(parents=True)
        shutil.chown(folder / "paper", "lp")
        for part in ("filter", "cgi-bin", "daemon", "monitor", "notifier", "driver"):
            (folder / "bin" / part).symlink_to(f"/usr/lib/cups/{part}")
        backend = folder / "bin" / "backend" / "mokoko-test"
        backend.write_text(BACKEND, encoding="utf-8")
        backend.chmod(0o755)
        socket = folder / "cups.sock"
        (folder / "etc" / "cupsd.conf").write_text(
            f"Listen {socket}\nLogLevel warn\nWebInterface No\n<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n",
            encoding="utf-8",
        )
        files = {"ServerRoot": "etc", "RequestRoot": "spool", "TempDir": "spool/tmp", "CacheDir": "cache", "StateDir": "state"}
        files |= {"ServerBin": "bin", "AccessLog": "log/access_log", "ErrorLog": "log/error_log", "PageLog": "log/page_log"}
        (folder / "etc" / "cups-files.conf").write_text(
            "".join(f"{key} {folder / value}\n" for key, value in files.items())
            + "DataDir /usr/share/cups\nUser lp\nGroup lp\nSystemGroup root\n",
            encoding="utf-8",
        )
        conf = ["-c", str(folder / "etc" / "cupsd.conf"), "-s", str(folder / "etc" / "cups-files.conf")]
        clean = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8"}  # as systemd starts it: nothing of the tests' environment
        scheduler = subprocess.Popen([_program("cupsd"), "-f", *conf], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=clean)
        cups = Cups(str(socket), folder / "paper")
        try:
            deadline = time.monotonic() + 15
            while cups.run("lpstat", "-r").stdout.strip() != "scheduler is running" and time.monotonic() < deadline:
                time.sleep(0.1)  # sleep-ok: cupsd gives no signal when it listens
            os.umask(umask)
            made = cups.run("lpadmin", "-p", QUEUE, "-E", "-v", f"mokoko-test:{folder / 'paper'}", "-P", str(ROLL_80MM))
            assert made.returncode == 0, made.stderr
            assert cups.run("lpadmin", "-d", QUEUE).returncode == 0  # the system's default printer
            yield cups
        finally:
            scheduler.terminate()
            scheduler.wait(timeout=15)
    finally:
        os.umask(umask)
        shutil.rmtree(folder, ignore_errors=True)
