"""What starting a window takes in both apps: the Qt application (Danish locale, our fonts), the
window size asked for on the command line, and noticing the first frame (--smoke, start-up time)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QEventLoop, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from ui.common.style import load_fonts


class FirstPaint(QObject):
    """Notices the first paint of a window (for --smoke and the start-up time).

    Signals:
        first_paint(): the window was painted for the first time.
    """

    first_paint = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            self.first_paint.emit()
        return False


def window_size(text: str | None, default: tuple[int, int]) -> tuple[int, int]:
    """``--size WxH`` as (width, height), or ``default`` when it was not given."""
    if not text:
        return default
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def create_application() -> QApplication:
    """The one QApplication (made once), Danish first, with the fonts every script needs."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("MOKOKO")
    # Danish first: also picks the on-screen keyboard's Danish layout
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    load_fonts()
    return app


def wait_for_first_paint(app: QApplication, watcher: FirstPaint, seconds: float) -> bool:
    """Run Qt's event loop until the first paint or ``seconds``. (An event loop, not
    processEvents() in a busy loop: spinning that for seconds has crashed PySide6 on Python 3.11.)"""
    if not watcher.painted:
        loop = QEventLoop()
        watcher.first_paint.connect(loop.quit)
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
    return watcher.painted
