"""The composition root: where a kiosk is put together for the command line, the kiosk window and
(later) the office app.

Building a kiosk means: the data folder, the local store (``Kiosk.open``), the demo set-up (demo
catalogue, demo PIN, a stop for today, and if no central database is configured an embedded
PostgreSQL of its own), which central database to sync with, and sync itself. Only this module
and ``mokoko_desktop/cli/`` import ``sync``; the domain modules never do. ``sync`` (psycopg,
alembic) is imported inside the functions that need it, so a front end can paint its first frame
before any of it loads.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mokoko_desktop.clock import Clock, utc_now
from mokoko_desktop.followup import FollowUp, with_central_answer
from shared_kernel import STARTED_AT
from shared_kernel.resources import DEMO_CATALOGUE
from shared_kernel.time_zone import use_time_zone

if TYPE_CHECKING:
    from collections.abc import Callable

    from mokoko_desktop.kiosk import Kiosk
    from sync.engine import SyncProgress, SyncReport, SyncStatus
    from sync.kiosk_connection import CheckedConnection

log = logging.getLogger(__name__)

CENTRAL_URL_ENV = "MOKOKO_CENTRAL_URL"
DEMO_CENTRAL_FOLDER = "central"  # in the data folder
DEMO_KIOSK_NAME = "Demo-kiosk"


@dataclass(frozen=True)
class KioskStart:
    """How a front end was asked to start: the data folder, the demo set-up, a central database
    given on the command line, and when the process started (for the start-up time)."""

    data_dir: Path
    demo: bool = False
    central_url: str | None = None
    language: str | None = None  # mokoko kiosk --language: today's start language
    started_at: float = STARTED_AT


def open_kiosk(data_dir: str | Path | None, *, demo: bool = False, clock: Clock = utc_now, check_in_background: bool = False) -> Kiosk:
    """Open the kiosk core (and use its ``time_zone`` setting, if set, for every time shown);
    with ``demo`` also load the demo catalogue, set the demo staff PIN (unless one is set) and
    choose the tour's first stop (unless one is chosen). Raises
    :class:`mokoko_desktop.store.StoreError` when the local store cannot be used; with
    ``check_in_background`` also later, from ``kiosk.store.integrity.wait()``."""
    from mokoko_desktop.kiosk import Kiosk

    kiosk = Kiosk.open(data_dir, clock=clock, check_in_background=check_in_background)
    zone = kiosk.settings.get("time_zone")
    if zone:  # staff set the municipality's zone on this kiosk (checked when it was set)
        use_time_zone(zone)
    if demo:
        prepare_demo(kiosk)
    return kiosk


def prepare_demo(kiosk: Kiosk) -> None:
    """The demo set-up of a kiosk's local store (repeatable: changes nothing the second time)."""
    from mokoko_desktop.catalogue import load_catalogue
    from mokoko_desktop.staff import DEMO_PIN

    load_catalogue(kiosk.store, DEMO_CATALOGUE)
    if not kiosk.staff.has_pin():
        kiosk.staff.set_pin(DEMO_PIN)
    if kiosk.today_stop() is None:
        stops = kiosk.catalogue.stops()
        if stops:
            kiosk.set_today_stop(stops[0].id)


def central_url(kiosk: Kiosk, given: str | None = None) -> str:
    """Where this kiosk syncs: ``given`` (``--central-url``), else ``$MOKOKO_CENTRAL_URL``, else
    the ``central_url`` setting staff can change. Empty when none is set."""
    return given or os.environ.get(CENTRAL_URL_ENV, "") or kiosk.settings.get("central_url")


def needs_demo_central(kiosk: Kiosk, start: KioskStart) -> bool:
    """A demo kiosk with no central database of its own starts an embedded one; so does a demo
    kiosk started again, whose central database is the one it made itself last time."""
    url = central_url(kiosk, start.central_url)
    return start.demo and (not url or _is_demo_central(kiosk, url))


def _is_demo_central(kiosk: Kiosk, url: str) -> bool:
    """Whether ``url`` is the embedded demo server in this kiosk's data folder (its socket is there)."""
    from urllib.parse import parse_qs, urlsplit

    hosts = parse_qs(urlsplit(url).query).get("host", [])
    folder = (kiosk.data_dir / DEMO_CENTRAL_FOLDER).resolve()
    return any(Path(host).resolve().is_relative_to(folder) for host in hosts)


def start_demo_central(kiosk: Kiosk) -> Any:
    """Start an embedded PostgreSQL in the data folder, give it the demo catalogue, register
    this kiosk and remember its connection URL in the settings, and (once) a web reader for the
    demo's follow-up site (``central/web-reader-url``). Returns the server handle
    (stopped when the program ends). Slow (a second or more): call it off the GUI thread."""
    from central_database.catalogue import load_catalogue as load_central_catalogue
    from central_database.devices import add_device
    from central_database.embedded import start_embedded
    from mokoko_desktop.demo_followup import READER_FILE
    from shared_kernel.command_options import write_secret

    server, admin_url = start_embedded(kiosk.data_dir / DEMO_CENTRAL_FOLDER)
    load_central_catalogue(admin_url, DEMO_CATALOGUE)
    reader = kiosk.data_dir / DEMO_CENTRAL_FOLDER / READER_FILE
    if not reader.exists():  # the demo's follow-up site reads through a web reader's login, as on the internet
        from central_database.web_readers import add_web_reader

        write_secret(reader, add_web_reader(admin_url, "demo-followup"))
    if not _is_demo_central(kiosk, kiosk.settings.get("central_url")):  # started again: the kiosk keeps its login
        kiosk.settings.set("central_url", add_device(admin_url, DEMO_KIOSK_NAME).url)
    log.info("Demo central database started")
    return server


def check_connection(scanned: str) -> CheckedConnection:
    """Test what staff scanned or typed as this kiosk's connection before it is stored (see
    :func:`sync.kiosk_connection.check_kiosk_url`; it raises ``NotAKioskConnection``). Slow: off
    the GUI thread."""
    from sync.kiosk_connection import check_kiosk_url

    return check_kiosk_url(scanned)


def sync_once(kiosk: Kiosk, url: str, *, adopt_identity: bool = True, progress: Callable[[SyncProgress], None] | None = None) -> SyncReport:
    """Push, pull and purge once (see :func:`sync.engine.sync_once`; from a worker thread pass
    ``adopt_identity=False``). Raises :class:`central_database.connection.CentralError` when the central
    database cannot be reached or refuses. ``progress``: see there."""
    from sync.engine import sync_once as sync_with_central

    return sync_with_central(kiosk, url, adopt_identity=adopt_identity, progress=progress)


def ask_central(found: FollowUp, url: str) -> FollowUp:
    """Another kiosk's receipt code (``found.from_other_kiosk``) with what the central database
    shows anyone with it: city hall's status and public reply, or why it could not be asked
    (``central_problem``). Slow (a network call): off the GUI thread."""
    from sync.followup_elsewhere import NotAnswered, public_fields

    try:
        return with_central_answer(found, public_fields(url, found.code))
    except NotAnswered as error:
        return with_central_answer(found, problem=error.problem)


def follow_up(kiosk: Kiosk, scanned: str, url: str) -> FollowUp:
    """Follow-up at any kiosk: what this kiosk knows of the code, and for another kiosk's code
    what the central database at ``url`` knows (:func:`ask_central`). Raises
    :class:`~shared_kernel.receipt_codes.InvalidReceiptCode` for a mistyped code."""
    found = kiosk.follow_up(scanned)
    return ask_central(found, url) if found.from_other_kiosk else found


def retry_refused(kiosk: Kiosk) -> int:
    """Send the records the central database refused again at the next sync (after a fix
    centrally or locally). Returns how many."""
    from sync.actions import retry_refused_actions
    from sync.push import retry_refused as release

    return release(kiosk.store) + retry_refused_actions(kiosk.store)


def sync_status(kiosk: Kiosk) -> SyncStatus:
    """What staff and the sync indicator see: waiting records, conflicts, last success, last error."""
    from sync.engine import sync_status as status_of

    return status_of(kiosk)
