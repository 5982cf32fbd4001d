"""What this kiosk tells city hall about itself at every sync (issue 29, "the fleet, watched"): its
version and local schema, where it stands, what waits and what was set aside, its printer, its
free disk and its clock. Nothing about anyone who used it.

The printer's state is what CUPS says of the receipt printer's queue, else the last print job's
outcome (``note_print``): "ok", or why it did not print (:mod:`mokoko_desktop.printing`); "unknown"
before the first job. A report asks CUPS at most every :data:`CUPS_FRESH` (its programs cost more
than the rest of an empty sync), and again at once after a print job or a change of queue."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mokoko_desktop import __version__
from mokoko_desktop.models import SyncState
from mokoko_desktop.printing import PrintOutcome
from mokoko_desktop.store import Store, current_revision
from mokoko_desktop.sync_state import remember
from shared_kernel.versions import version_key

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk

PRINTER_KEY, REQUIRED_VERSION_KEY = "printer_state", "required_version"
PRINTER_SEEN_KEY = "printer_seen"  # the state last reported, as read then: {"queue", "state", "at"}
CUPS_FRESH = dt.timedelta(minutes=5)  # how old the printer's state in a health report may be
PRINTER_OK, PRINTER_UNKNOWN = "ok", "unknown"


@dataclass(frozen=True)
class KioskHealth:
    version: str
    schema_revision: str
    stop: str | None
    unsent: int
    refused: int
    printer: str
    disk_free_mb: int | None
    clock: dt.datetime  # the kiosk's own, at the report: the server compares it with its own


def note_print(store: Store, outcome: PrintOutcome, now: dt.datetime) -> None:
    """Remember how the last print job went, for the next health report."""
    state = PRINTER_OK if outcome.printed else outcome.problem
    with store.session(writes=True) as session:
        session.merge(SyncState(key=PRINTER_KEY, value={"state": state, "at": now.isoformat()}))


def printer_state(store: Store) -> str:
    """The last print job's outcome ("ok", or why it did not print; "unknown" before the first)."""
    with store.session() as session:
        row = session.get(SyncState, PRINTER_KEY)
    return str(row.value.get("state") or PRINTER_UNKNOWN) if row is not None and row.value else PRINTER_UNKNOWN


def current_printer(kiosk: Kiosk) -> tuple[str, str]:
    """The receipt printer's queue and state now: as CUPS reports it where CUPS knows the queue
    (the ``printer_name`` setting, else the system's default), else the last job's outcome.
    Runs CUPS's programs: off the GUI thread."""
    from mokoko_desktop import cups

    queue = kiosk.settings.get("printer_name") or cups.default_queue() or ""
    state = cups.queue_state(queue) if queue else None
    return (queue, state.kiosk_state) if state is not None else (queue, printer_state(kiosk.store))


def reported_printer(kiosk: Kiosk) -> str:
    """The printer's state for a health report: :func:`current_printer`'s, read again only when
    the last reading is older than :data:`CUPS_FRESH`, a print job has ended since, or staff chose
    another queue."""
    now = kiosk.clock()
    with kiosk.store.session() as session:
        seen, job = session.get(SyncState, PRINTER_SEEN_KEY), session.get(SyncState, PRINTER_KEY)
    if seen is not None and seen.value:
        read_at = dt.datetime.fromisoformat(seen.value["at"])
        job_at = dt.datetime.fromisoformat(job.value["at"]) if job is not None and job.value else None
        chosen = kiosk.settings.get("printer_name")
        if (
            dt.timedelta(0) <= now - read_at < CUPS_FRESH
            and (job_at is None or job_at < read_at)
            and (not chosen or chosen == seen.value["queue"])
        ):
            return str(seen.value["state"])
    queue, state = current_printer(kiosk)
    with kiosk.store.session(writes=True) as session:
        session.merge(SyncState(key=PRINTER_SEEN_KEY, value={"queue": queue, "state": state, "at": now.isoformat()}))
    return state


def kiosk_health(kiosk: Kiosk, unsent: int, refused: int, stop_id: str | None) -> KioskHealth:
    """The kiosk's health now; ``stop_id``: where it stands today (:meth:`Kiosk.today_stop`)."""
    try:
        free_mb: int | None = shutil.disk_usage(kiosk.data_dir).free // (1024 * 1024)
    except OSError:
        free_mb = None
    return KioskHealth(
        version=__version__,
        schema_revision=current_revision(kiosk.store.engine) or "",
        stop=stop_id,
        unsent=unsent,
        refused=refused,
        printer=reported_printer(kiosk),
        disk_free_mb=free_mb,
        clock=kiosk.clock(),
    )


def remember_required_version(store: Store, oldest: str | None) -> None:
    """The oldest version city hall supports, as it said at the last sync (None: this one is fine)."""
    required = oldest if oldest and version_key(__version__) < version_key(oldest) else None
    remember(store, REQUIRED_VERSION_KEY, required)


def required_version(store: Store) -> str | None:
    """A newer version city hall requires of this kiosk, or None."""
    with store.session() as session:
        row = session.get(SyncState, REQUIRED_VERSION_KEY)
    return str(row.value) if row is not None and row.value else None
