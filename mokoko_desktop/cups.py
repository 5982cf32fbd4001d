"""Receipts through CUPS, the print system of the container PC (Debian): the queues it offers, a
queue's state as the printer reports it (out of paper, offline), and a receipt printed as a job
whose outcome is followed until the paper is out of the printer.

It speaks to CUPS through its own command-line programs (``lp``, ``lpstat``, ``cancel``, from
Debian's cups-client and cups-bsd), with their words in English (``LANG=C``) so they can be read;
``CUPS_SERVER`` chooses another scheduler, as for every CUPS program. Qt-free: the kiosk, the
command line and the health report use it alike."""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from mokoko_desktop.printing import NO_PRINTER, NOT_ACCEPTED, OFFLINE, OUT_OF_PAPER, PrintOutcome

log = logging.getLogger(__name__)

JOB_WAIT_SECONDS = 20.0  # how long a receipt may take to come out before it counts as not printed
POLL_SECONDS = 0.2
_PROGRAM_PATH = "/usr/bin:/bin:/usr/sbin:/sbin"


def available() -> bool:
    """Whether this machine has CUPS's programs (Linux with cups-client)."""
    return all(shutil.which(name, path=os.environ.get("PATH", "") + os.pathsep + _PROGRAM_PATH) for name in ("lp", "lpstat", "cancel"))


def _run(*command: str, timeout: float = 10) -> subprocess.CompletedProcess[str]:
    program = shutil.which(command[0], path=os.environ.get("PATH", "") + os.pathsep + _PROGRAM_PATH) or command[0]
    environment = {**os.environ, "LANG": "C", "LC_ALL": "C"}
    return subprocess.run([program, *command[1:]], capture_output=True, text=True, env=environment, timeout=timeout, check=False)


def queues() -> list[str]:
    """The print queues CUPS offers (what staff choose from), in its order; [] without CUPS."""
    if not available():
        return []
    listed = _run("lpstat", "-e")
    return [line.strip() for line in listed.stdout.splitlines() if line.strip()] if listed.returncode == 0 else []


def default_queue() -> str | None:
    if not available():
        return None
    said = _run("lpstat", "-d").stdout
    match = re.search(r"system default destination: (\S+)", said)
    return match[1] if match else None


@dataclass(frozen=True)
class QueueState:
    """A queue as CUPS reports it: ``enabled`` (not stopped), ``accepting`` jobs, and the
    printer's ``reasons`` (IPP printer-state-reasons, e.g. ``media-empty-error``)."""

    name: str
    enabled: bool
    accepting: bool
    reasons: tuple[str, ...]
    message: str = ""  # the printer's own words ("Out of paper"), for the log and a tooltip

    @property
    def paper_out(self) -> bool:
        return any(reason.startswith(("media-empty", "media-needed")) for reason in self.reasons)

    @property
    def kiosk_state(self) -> str:
        """What the kiosk reports and staff see: "out_of_paper", "offline" or "ok". A reason counts
        while the queue is stopped: CUPS keeps a printer's last reason until its next job, so
        after a new roll and "start the printer again" an old "media-empty" is not the truth."""
        if not self.enabled:
            return OUT_OF_PAPER if self.paper_out else OFFLINE
        if not self.accepting or any(reason.startswith(("offline", "shutdown")) for reason in self.reasons):
            return OFFLINE
        return "ok"


def queue_state(name: str) -> QueueState | None:
    """The state of queue ``name``, or None when CUPS does not know it (or is not there)."""
    if not available():
        return None
    printer = _run("lpstat", "-l", "-p", name)
    first = printer.stdout.splitlines()[0] if printer.stdout else ""
    if printer.returncode != 0 or not first.startswith(f"printer {name} "):
        return None
    alerts = re.search(r"^\s*Alerts:\s*(.*)$", printer.stdout, flags=re.MULTILINE)
    reasons = tuple(reason for reason in (alerts[1].split() if alerts else []) if reason not in ("none", "paused"))
    lines = printer.stdout.splitlines()
    message = lines[1].strip() if len(lines) > 1 and not lines[1].strip().startswith("Form mounted") else ""
    accepting = _run("lpstat", "-a", name).stdout.startswith(f"{name} accepting")
    return QueueState(name, enabled=" disabled " not in first, accepting=accepting, reasons=reasons, message=message)


def _job_waiting(queue: str, job: str) -> bool:
    listed = _run("lpstat", "-W", "not-completed", "-o", queue).stdout
    return any(line.split()[:1] == [job] for line in listed.splitlines())


class CupsReceiptPrinter:
    """Prints a receipt's PDF to ``queue`` (the system's default when empty) and follows the job:
    printed when it has left the queue; when the printer reports it is out of paper or offline
    meanwhile, or the job has not come out within ``wait_seconds``, the job is cancelled (a
    receipt that comes out later has nobody to take it) and the PDF is kept for staff."""

    def __init__(self, queue: str = "", wait_seconds: float = JOB_WAIT_SECONDS) -> None:
        self.queue = queue
        self.wait_seconds = wait_seconds

    def print_pdf(self, pdf: Path) -> PrintOutcome:
        queue = self.queue or default_queue()
        state = queue_state(queue) if queue else None
        if queue is None or state is None:
            return PrintOutcome(False, "", f"no printer ({queue or 'default'}) is set up", NO_PRINTER)  # as Qt's print system says it
        if state.kiosk_state != "ok":  # do not send a receipt into a printer that says it cannot print
            return PrintOutcome(False, queue, state.message or " ".join(state.reasons) or "stopped", state.kiosk_state)
        sent = _run("lp", "-d", queue, "-t", pdf.stem, str(pdf))
        job = re.search(r"request id is (\S+)", sent.stdout)
        if sent.returncode != 0 or job is None:
            return PrintOutcome(False, queue, (sent.stderr or sent.stdout).strip()[:200], NOT_ACCEPTED)
        deadline = time.monotonic() + self.wait_seconds
        while _job_waiting(queue, job[1]):
            state = queue_state(queue)
            problem = state.kiosk_state if state is not None else OFFLINE
            if problem != "ok" or time.monotonic() > deadline:
                _run("cancel", job[1])
                detail = (state.message or " ".join(state.reasons)) if state is not None else "the queue went away"
                log.warning("Receipt %s did not print on %s (%s); the job was cancelled", pdf.stem, queue, detail or "too slow")
                if problem == "ok":  # still waiting at the deadline: a printer that holds jobs while it has no paper
                    problem = OUT_OF_PAPER if state is not None and state.paper_out else NOT_ACCEPTED
                return PrintOutcome(False, queue, detail or f"not printed within {self.wait_seconds:.0f} s", problem)
            time.sleep(POLL_SECONDS)  # sleep-ok: CUPS's programs have no way to wait for a job
        log.info("Receipt %s printed on %s (job %s)", pdf.stem, queue, job[1])
        return PrintOutcome(True, queue)
