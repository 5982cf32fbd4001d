"""What this kiosk tells city hall about itself at every sync (issue 29, "the fleet, watched"): its
version and local schema, where it stands, what waits and what was set aside, its printer, its
free disk and its clock. Nothing about anyone who used it.

The printer's state is the last print job's outcome (``note_print``): "ok", or why it did not
print (:mod:`mokoko_desktop.printing`); "unknown" before the first job."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mokoko_desktop import __version__
from mokoko_desktop.models import SyncState
from mokoko_desktop.printing import PrintOutcome
from mokoko_desktop.store import Store, current_revision
from shared_kernel.versions import version_key

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk

PRINTER_KEY, REQUIRED_VERSION_KEY = "printer_state", "required_version"
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


def kiosk_health(kiosk: Kiosk, unsent: int, refused: int) -> KioskHealth:
    try:
        free_mb: int | None = shutil.disk_usage(kiosk.data_dir).free // (1024 * 1024)
    except OSError:
        free_mb = None
    stop = kiosk.today_stop()
    return KioskHealth(
        version=__version__,
        schema_revision=current_revision(kiosk.store.engine) or "",
        stop=stop.id if stop else None,
        unsent=unsent,
        refused=refused,
        printer=current_printer(kiosk)[1],
        disk_free_mb=free_mb,
        clock=kiosk.clock(),
    )


def remember_required_version(store: Store, oldest: str | None) -> None:
    """The oldest version city hall supports, as it said at the last sync (None: this one is fine)."""
    required = oldest if oldest and version_key(__version__) < version_key(oldest) else None
    with store.session(writes=True) as session:
        session.merge(SyncState(key=REQUIRED_VERSION_KEY, value=required))


def required_version(store: Store) -> str | None:
    """A newer version city hall requires of this kiosk, or None."""
    with store.session() as session:
        row = session.get(SyncState, REQUIRED_VERSION_KEY)
    return str(row.value) if row is not None and row.value else None
