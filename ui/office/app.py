"""Starting the office app: ``run_office`` is registered as the ``office`` front end (entry
point group ``mokoko.front_ends``) and started by ``mokoko office app --url URL``, which gives it
the person's :class:`~city_hall.office.Office`."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from city_hall.notify import MailSettings
from city_hall.office import CentralError, Office
from shared_kernel import STARTED_AT
from shared_kernel.receipt_codes import format_code
from ui.common.application import FirstPaint, create_application, wait_for_first_paint, window_size
from ui.common.language import LanguageSwitcher
from ui.office.desk_window import DeskWindow
from ui.office.partner_window import PartnerWindow
from ui.office.window import OfficeWindow

log = logging.getLogger(__name__)
LOAD_WAIT_SECONDS = 30.0  # --smoke/--screenshot: how long to wait for the first page of the inbox


def run_office(
    office: Office,
    *,
    smoke: bool = False,
    screenshot: str | None = None,
    size: str | None = None,
    mail: MailSettings | None = None,
    open_code: str | None = None,
) -> int:
    """Run the office window until it is closed (``smoke``/``screenshot``: show the inbox's
    first page, print the start-up time and exit; ``mail``: send the e-mails that are due on a
    timer; ``open_code``: the inbox opens on that idea). Returns the exit code."""
    smoke = bool(smoke or screenshot)
    if smoke and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application()
    languages = LanguageSwitcher()
    languages.reset()
    if _association(office):  # an association's login: its volunteers, nothing else
        return _run_partner(app, PartnerWindow(office, languages), smoke=smoke, screenshot=screenshot, size=size)
    window = OfficeWindow(office, languages, mail=None if smoke else mail)
    window.resize(*window_size(size, (1440, 900)))
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    if open_code:
        window.inbox.search.setText(format_code(open_code))  # the first page is then that idea, chosen
    window.start()  # the catalogue and the inbox load while the first frame is painted
    first_frame = time.perf_counter() - STARTED_AT if wait_for_first_paint(app, watcher, 5.0) else None
    if not smoke:
        status = app.exec()
        QThreadPool.globalInstance().waitForDone(10_000)
        return status
    _wait_for_inbox(window, LOAD_WAIT_SECONDS)
    app.processEvents()
    elapsed = time.perf_counter() - STARTED_AT
    if not window.inbox.loaded:
        print(f"The inbox could not be shown: {window.problem_text() or f'nothing came within {LOAD_WAIT_SECONDS:.0f} s'}", file=sys.stderr)
        _close(app, window)
        return 1
    if screenshot:
        window.grab().save(screenshot)
    if open_code:
        opened = [idea.receipt_code for idea in window.inbox.selected()] == [open_code]
        print(f"Opened on {format_code(open_code)}." if opened else f"No idea with the code {format_code(open_code)} is in the inbox.")
    log.info("Office app: first frame after %s s, first page of the inbox after %.3f s", first_frame, elapsed)
    if first_frame is not None:
        print(f"First frame after {first_frame:.3f} s; the inbox's first page and newest idea after (last line, s):")
    print(f"{elapsed:.3f}")
    _close(app, window)
    return 0


def _association(office: Office) -> bool:
    """Whether the login is an association's; a database that cannot be reached now is city hall's
    window's to say (calmly, with "Try again")."""
    try:
        return office.partner is not None
    except CentralError:
        return False


def _run_partner(app: QApplication, window: PartnerWindow, *, smoke: bool, screenshot: str | None, size: str | None) -> int:
    window.resize(*window_size(size, (1280, 800)))
    window.show()
    window.start()
    if not smoke:
        status = app.exec()
        QThreadPool.globalInstance().waitForDone(10_000)
        return status
    _run_until(lambda: (window.loaded and window.signups.loaded) or window.problem_shown, LOAD_WAIT_SECONDS)
    app.processEvents()
    if not window.signups.loaded:
        print(f"The volunteers could not be shown: {window.problem_text() or 'nothing came in time'}", file=sys.stderr)
        _close(app, window)
        return 1
    if screenshot:
        window.grab().save(screenshot)
    print(f"{window.signups.table.rowCount()} volunteers shown to the association")
    print(f"{time.perf_counter() - STARTED_AT:.3f}")
    _close(app, window)
    return 0


def _wait_for_inbox(window: OfficeWindow, seconds: float) -> None:
    """Run Qt's event loop until the inbox's first page and its newest idea are shown, a problem
    is, or ``seconds`` have passed. (An event loop, not processEvents() in a busy loop: that
    spins millions of times and has crashed PySide6 on Python 3.11.)"""
    _run_until(lambda: (window.inbox.loaded and window.inbox.panel.settled) or window.problem_shown, seconds)


def _run_until(done: Callable[[], bool], seconds: float) -> None:
    loop = QEventLoop()
    deadline = time.perf_counter() + seconds

    def check() -> None:
        if done() or time.perf_counter() > deadline:
            loop.quit()

    ticker = QTimer()
    ticker.timeout.connect(check)
    ticker.start(20)
    loop.exec()
    ticker.stop()


def _close(app: QApplication, window: DeskWindow) -> None:
    """Close the window and let Qt delete it before Python shuts down (PySide6 crashes at exit
    when a window with pending background results outlives the interpreter's last steps)."""
    QThreadPool.globalInstance().waitForDone(10_000)
    window.close()
    window.deleteLater()
    app.processEvents()
