"""UI test helpers: a kiosk window on a demo database, a fake printer, typing like a person."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from mokoko_desktop.printing import PrintOutcome
from mokoko_desktop.start_info import StartInfo
from ui.common.language import LanguageSwitcher
from ui.common.style import load_fonts
from ui.kiosk.kiosk_window import KioskWindow
from ui.kiosk.sync_scheduler import SyncScheduler


class FakePrinter:
    """Stands in for the receipt printer (hardware): keeps a copy of every PDF it is sent."""

    def __init__(self, works: bool = True) -> None:
        self.works = works
        self.jobs: list[bytes] = []

    def print_pdf(self, pdf: Path) -> PrintOutcome:
        if not self.works:
            return PrintOutcome(False, "", "paper jam")
        self.jobs.append(pdf.read_bytes())
        return PrintOutcome(True, "fake-receipt-printer")


def commit_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as an on-screen keyboard does (works for æøå, emoji and any script)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def open_desk(qtbot):
    """Opens one of city hall's windows (``OfficeWindow``, ``PartnerWindow``) for an office,
    started and shown at desk size, in ``language`` once ``ready(window)``; Danish again after."""
    switchers: list[LanguageSwitcher] = []

    def open_window(window_class, office, language: str, ready, size: tuple[int, int] = (1440, 900)):
        load_fonts()
        languages = LanguageSwitcher()
        languages.reset()
        switchers.append(languages)  # the switcher owns the translator: kept alive with the window
        shown = window_class(office, languages)
        qtbot.addWidget(shown)
        shown.resize(*size)
        shown.show()
        shown.start()
        qtbot.waitUntil(lambda: ready(shown), timeout=15_000)
        if language != "da":
            languages.set_language(language)
        return shown

    yield open_window
    for languages in switchers:
        languages.reset()


@pytest.fixture
def printer() -> FakePrinter:
    return FakePrinter()


@pytest.fixture
def make_window(qtbot, printer):
    load_fonts()
    switchers: list[tuple[KioskWindow, LanguageSwitcher]] = []  # each switcher lives as long as its window

    def make(kiosk, central_url: str | None = None) -> KioskWindow:
        """A kiosk window; with ``central_url`` also background sync (not started yet)."""
        languages = LanguageSwitcher()
        languages.reset()
        window = KioskWindow(languages, StartInfo(), countdown_tick_ms=20)
        scheduler = SyncScheduler(kiosk, lambda: central_url, window) if central_url else None
        window.attach(kiosk, printer, scheduler)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        switchers.append((window, languages))
        return window

    yield make
    for window, languages in switchers:
        window.leave_kiosk_mode()
        languages.set_language("en")  # uninstall this test's translator
