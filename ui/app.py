"""Starting the kiosk: the Qt application, fonts, style, language, the window.

``run_kiosk`` is registered as the ``kiosk`` front end (entry point group
``mokoko.front_ends``) and started by ``mokoko kiosk``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from mokoko_desktop.kiosk import Kiosk
from mokoko_desktop.store import StoreError
from ui.kiosk_window import KioskWindow
from ui.language import LanguageSwitcher
from ui.printing import QtReceiptPrinter
from ui.style import load_fonts, scale_for, style_sheet
from ui.widgets import button

log = logging.getLogger(__name__)


class _FirstPaint(QObject):
    """Notices the first paint of a window (for --smoke)."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


class StoreProblemWindow(QMainWindow):
    """Shown instead of the kiosk when the local database cannot be used: nothing is written."""

    def __init__(self, message: str) -> None:
        super().__init__()
        self.setObjectName("kioskWindow")
        body = QWidget(self)
        body.setObjectName("central")
        title = QLabel(self.tr("The kiosk is out of order"), body)
        title.setObjectName("stepHeading")
        detail = QLabel(self.tr("For staff:") + "\n" + message, body)
        detail.setObjectName("staffInfo")
        detail.setWordWrap(True)
        detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = button("secondary", body)
        close.setText(self.tr("Close"))
        close.clicked.connect(self.close)
        layout = QVBoxLayout(body)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(detail)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)
        self.setCentralWidget(body)


def _size(text: str | None) -> tuple[int, int]:
    if not text:
        return 1280, 800
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("MOKOKO")
    # Danish first: also picks the on-screen keyboard's Danish layout
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    load_fonts()
    return app


def run_kiosk(args: argparse.Namespace, data_dir: Path) -> int:
    """Run the kiosk until staff leave kiosk mode. Returns the exit code."""
    smoke = bool(args.smoke or args.screenshot)
    if smoke and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application()
    width, height = _size(args.size)
    try:
        kiosk = Kiosk.open(data_dir, demo=args.demo)
    except StoreError as error:
        log.error("Local store unusable: %s", error)
        window: QMainWindow = StoreProblemWindow(str(error))
        window.setStyleSheet(style_sheet(scale_for(width, height)))
    else:
        languages = LanguageSwitcher()
        languages.reset()
        printer = QtReceiptPrinter(kiosk.settings.get("printer_name"))
        window = KioskWindow(kiosk, printer, languages)
        window.setWindowFlags(window.windowFlags() | Qt.WindowType.FramelessWindowHint)
    if smoke or args.windowed:
        window.resize(width, height)
        window.show()
    else:
        window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        window.showFullScreen()
    if smoke:
        return _smoke(app, window, args.screenshot, getattr(args, "started_at", time.perf_counter()))
    return app.exec()


def _smoke(app: QApplication, window: QMainWindow, screenshot: str | None, started_at: float) -> int:
    watcher = _FirstPaint()
    window.installEventFilter(watcher)
    deadline = time.perf_counter() + 30
    while not watcher.painted and time.perf_counter() < deadline:
        app.processEvents()
    if not watcher.painted:
        print("The first frame was not painted within 30 seconds.", file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started_at
    if screenshot:
        window.grab().save(screenshot)
    print(f"{elapsed:.3f}")
    return 0
