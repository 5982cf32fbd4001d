"""A damaged database: the kiosk says so to staff, and the file is never written to."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt

from mokoko_desktop.bootstrap import KioskStart
from mokoko_desktop.start_info import StartInfo
from ui.app import _attach_core
from ui.kiosk_window import KioskWindow
from ui.language import LanguageSwitcher
from ui.store_problem import StoreProblemScreen


def test_damaged_database_shows_a_clear_message_and_stays_untouched(qtbot, data_dir) -> None:
    database = data_dir / "mokoko.sqlite3"
    database.write_bytes(b"not a database at all " * 500)
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    languages = LanguageSwitcher()
    languages.reset()
    window = KioskWindow(languages, StartInfo())
    qtbot.addWidget(window)
    window.show()
    assert _attach_core(window, KioskStart(data_dir)) is False
    screen = window.screens.currentWidget()
    assert isinstance(screen, StoreProblemScreen)
    assert screen._title.text() == "Kiosken er ude af drift"
    assert "Nothing has been written" in screen._detail.text() and str(database) in screen._detail.text()
    assert not window.staff_button.isVisible()
    qtbot.mouseClick(window.start_screen.idea_button, Qt.MouseButton.LeftButton)  # nothing attached: no flow
    assert window.flow is None
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    languages.set_language("en")
