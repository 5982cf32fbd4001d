"""Starting the office app: ``run_office`` is registered as the ``office`` front end (entry
point group ``mokoko.front_ends``) and started by ``mokoko office app --url URL``."""

from __future__ import annotations

import logging
import os
import sys
import time

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from mokoko_desktop import STARTED_AT
from ui.app import create_application
from ui.language import LanguageSwitcher
from ui.office.window import OfficeWindow

log = logging.getLogger(__name__)
LOAD_WAIT_SECONDS = 30.0  # --smoke/--screenshot: how long to wait for the first page of the inbox


def _size(text: str | None) -> tuple[int, int]:
    if not text:
        return 1440, 900
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def run_office(url: str, *, smoke: bool = False, screenshot: str | None = None, size: str | None = None) -> int:
    """Run the office window until it is closed (``smoke``/``screenshot``: show the inbox's
    first page, print the start-up time and exit). Returns the exit code."""
    smoke = bool(smoke or screenshot)
    if smoke and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application()
    languages = LanguageSwitcher()
    languages.reset()
    window = OfficeWindow(url, languages)
    window.resize(*_size(size))
    window.show()
    window.start()
    if not smoke:
        status = app.exec()
        QThreadPool.globalInstance().waitForDone(10_000)
        return status
    deadline = time.perf_counter() + LOAD_WAIT_SECONDS
    while not (window.inbox.loaded and window.inbox.panel.settled) and time.perf_counter() < deadline:
        app.processEvents()
    app.processEvents()
    elapsed = time.perf_counter() - STARTED_AT
    if not window.inbox.loaded:
        print(f"The inbox did not load within {LOAD_WAIT_SECONDS:.0f} s: {window.problem_text()}", file=sys.stderr)
        _close(app, window)
        return 1
    if screenshot:
        window.grab().save(screenshot)
    log.info("Office app: first page of the inbox after %.3f s", elapsed)
    print(f"{elapsed:.3f}")
    _close(app, window)
    return 0


def _close(app: QApplication, window: OfficeWindow) -> None:
    """Close the window and let Qt delete it before Python shuts down (PySide6 crashes at exit
    when a window with pending background results outlives the interpreter's last steps)."""
    QThreadPool.globalInstance().waitForDone(10_000)
    window.close()
    window.deleteLater()
    app.processEvents()
