"""A damaged database: the kiosk says so to staff, and the file is never written to."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt

from mokoko_desktop.bootstrap import KioskStart, open_kiosk
from mokoko_desktop.start_info import StartInfo
from tests.conftest import damage_table_pages
from ui.common.language import LanguageSwitcher
from ui.kiosk.app import _attach_core
from ui.kiosk.kiosk_window import KioskWindow
from ui.kiosk.store_problem import StoreProblemScreen


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


def test_damage_found_after_the_start_stops_the_kiosk_and_writes_nothing(qtbot, data_dir) -> None:
    open_kiosk(data_dir, demo=True).close()
    database = data_dir / "mokoko.sqlite3"
    damage_table_pages(database)  # the start screen, the device and the settings still read
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    languages = LanguageSwitcher()
    languages.reset()
    window = KioskWindow(languages, StartInfo())
    qtbot.addWidget(window)
    window.show()
    assert _attach_core(window, KioskStart(data_dir), start_sync=False) is True  # attached before the check ends
    qtbot.waitUntil(lambda: isinstance(window.screens.currentWidget(), StoreProblemScreen), timeout=10_000)
    screen = window.screens.currentWidget()
    assert isinstance(screen, StoreProblemScreen)
    assert "Nothing has been written" in screen._detail.text() and str(database) in screen._detail.text()
    assert not window.staff_button.isVisible()
    qtbot.mouseClick(window.start_screen.idea_button, Qt.MouseButton.LeftButton)  # detached: no flow
    assert window.flow is None and window.screens.currentWidget() is screen
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    languages.set_language("en")
