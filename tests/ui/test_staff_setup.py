"""Issue 30: set-up without a terminal. A new kiosk asks for a staff PIN and then guides staff
through the language of the day, the receipt printer (a CUPS queue, a test receipt and "could you
read and scan it?"), the connection scanned from city hall's QR code and the first sync, through to
a kiosk that has the municipality's catalogue. Every step can be skipped."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from mokoko_desktop import cups
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.start_info import StartInfo
from tests.deploy.cups_server import QUEUE
from ui.common.language import LanguageSwitcher
from ui.common.style import load_fonts
from ui.kiosk.kiosk_window import KioskWindow
from ui.kiosk.sync_scheduler import SyncScheduler

LEFT = Qt.MouseButton.LeftButton
PIN = "246813"


@pytest.fixture
def printer(cups_server) -> cups.CupsReceiptPrinter:  # the window prints through CUPS, as on the container PC
    return cups.CupsReceiptPrinter("")


@pytest.fixture
def new_kiosk(data_dir):
    """A kiosk's very first start: no PIN, no catalogue, no connection."""
    opened = open_kiosk(data_dir)
    yield opened
    opened.close()


def _choose_pin(qtbot, window) -> None:
    for _twice in range(2):
        for digit in PIN:
            qtbot.mouseClick(window.pin_pad.keys[digit], LEFT)
        qtbot.mouseClick(window.pin_pad.keys["OK"], LEFT)


def _window(qtbot, kiosk, printer) -> KioskWindow:
    """The kiosk's window as 'mokoko kiosk' makes it: sync goes wherever the setting says, read each time."""
    load_fonts()
    languages = LanguageSwitcher()
    languages.reset()
    window = KioskWindow(languages, StartInfo())
    window.attach(kiosk, printer, SyncScheduler(kiosk, lambda: kiosk.settings.get("central_url"), window))
    window._languages_kept = languages  # type: ignore[attr-defined] # lives as long as the window
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_new_kiosk_is_set_up_by_staff_through_to_its_first_sync(qtbot, new_kiosk, kiosk_url, printer, cups_server) -> None:
    window = _window(qtbot, new_kiosk, printer)
    assert new_kiosk.catalogue.stops() == [] and not new_kiosk.staff.has_pin()
    _choose_pin(qtbot, window)
    setup = window.staff.setup
    assert setup is not None and window.screens.currentWidget() is setup
    assert setup.step_line.text() == "Trin 1 af 4: det sprog, kiosken starter på i dag"

    qtbot.mouseClick(setup.language_buttons["en"], LEFT)
    assert new_kiosk.day_plan().language == "en"
    qtbot.mouseClick(setup.next_button, LEFT)

    qtbot.waitUntil(lambda: QUEUE in setup.printer_buttons, timeout=10_000)  # the queues CUPS offers
    assert list(setup.printer_buttons) == [QUEUE, ""]
    qtbot.mouseClick(setup.printer_buttons[QUEUE], LEFT)
    assert new_kiosk.settings.get("printer_name") == QUEUE
    qtbot.mouseClick(setup.test_button, LEFT)
    qtbot.waitUntil(setup.readable_button.isVisible, timeout=20_000)
    assert setup.question.text() == "Kunne du læse koden og scanne QR-koden?"
    assert len(list(cups_server.paper.glob("job-*.pdf"))) == 1  # the test receipt came out of the printer
    folder = os.environ.get("MOKOKO_SHOTS")
    if folder:
        window.grab().save(f"{folder}/setup-printer.png")
    qtbot.mouseClick(setup.readable_button, LEFT)
    assert any(item.key == "printer" and item.done for item in new_kiosk.checklist(synced_today=False))
    qtbot.mouseClick(setup.next_button, LEFT)

    setup.central_url.setText(kiosk_url)  # what a USB scanner types from city hall's QR code, then Enter
    setup.central_url.returnPressed.emit()
    qtbot.waitUntil(lambda: setup.note.text().startswith("Forbundet"), timeout=15_000)
    assert new_kiosk.settings.get("central_url") == kiosk_url
    qtbot.mouseClick(setup.next_button, LEFT)

    qtbot.mouseClick(setup.sync_button, LEFT)  # the first sync brings the municipality's catalogue
    qtbot.waitUntil(lambda: "katalog er her" in setup.note.text(), timeout=30_000)
    assert len(new_kiosk.catalogue.stops()) == 9 and f"{len(new_kiosk.catalogue.stops())} stop" in setup.note.text()
    qtbot.mouseClick(setup.next_button, LEFT)
    assert window.screens.currentWidget() is window.staff.panel
    window.leave_kiosk_mode()
    LanguageSwitcher().set_language("en")  # uninstall this test's translator


def test_every_step_can_be_skipped_and_the_staff_panel_follows(qtbot, new_kiosk, make_window) -> None:
    window = make_window(new_kiosk)
    _choose_pin(qtbot, window)
    setup = window.staff.setup
    assert setup is not None
    for _step in range(4):
        qtbot.mouseClick(setup.skip_button, LEFT)
    assert window.screens.currentWidget() is window.staff.panel
    assert new_kiosk.settings.get("printer_name") == "" and new_kiosk.settings.get("central_url") == ""
    assert window.staff.panel.setup_button.text() == "Klargøring"  # done later: the same steps from the staff panel
    qtbot.mouseClick(window.staff.panel.setup_button, LEFT)
    assert window.screens.currentWidget() is window.staff.setup and window.staff.setup.step == 0
