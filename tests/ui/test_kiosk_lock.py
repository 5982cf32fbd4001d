"""Kiosk mode: no way out without the staff PIN; staff choose today's stop behind it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mokoko_desktop.catalogue import load_catalogue
from mokoko_desktop.kiosk import Kiosk
from mokoko_desktop.staff import DEMO_PIN
from shared_kernel.resources import DEMO_CATALOGUE

LEFT = Qt.MouseButton.LeftButton


def _type_pin(qtbot, window, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(window.pin_pad.keys[digit], LEFT)
    qtbot.mouseClick(window.pin_pad.keys["OK"], LEFT)


def test_close_alt_f4_and_escape_do_not_leave(qtbot, kiosk, make_window) -> None:
    window = make_window(kiosk)
    assert window.close() is False  # what Alt+F4 and the window manager's close button do
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert window.isVisible()


def test_wrong_pin_stays_locked_right_pin_opens_staff_panel(qtbot, kiosk, make_window) -> None:
    window = make_window(kiosk)
    qtbot.mouseClick(window.staff_button, LEFT)
    _type_pin(qtbot, window, "999999")
    assert window.screens.currentWidget() is window.pin_pad
    assert window.pin_pad.problem.text() == "Koden er forkert. Prøv igen."
    assert window.pin_pad.dots.text() == "–"
    _type_pin(qtbot, window, DEMO_PIN)
    assert window.screens.currentWidget() is window.staff.panel
    qtbot.mouseClick(window.staff.panel.change_stop_button, LEFT)
    qtbot.mouseClick(window.staff.start_of_day.stop_buttons["havndal"], LEFT)
    assert kiosk.today_stop().id == "havndal"
    qtbot.mouseClick(window.staff.start_of_day.open_button, LEFT)
    assert window.start_screen._where.text() == "I dag holder MOKOKO i Havndal"
    qtbot.mouseClick(window.staff_button, LEFT)
    _type_pin(qtbot, window, DEMO_PIN)
    panel = window.staff.panel
    qtbot.mouseClick(panel.quit_button, LEFT)
    assert panel.confirm_quit.isVisible() and panel.confirm_quit.title.text() == "Luk kiosken?"
    qtbot.mouseClick(panel.confirm_quit.secondary, LEFT)  # a mis-tap: nothing happens
    assert window.isVisible() and not panel.confirm_quit.isVisible()
    qtbot.mouseClick(panel.quit_button, LEFT)
    qtbot.mouseClick(panel.confirm_quit.primary, LEFT)
    assert not window.isVisible()


def test_pin_pad_takes_a_hardware_keyboard_too(qtbot, kiosk, make_window) -> None:
    window = make_window(kiosk)
    qtbot.mouseClick(window.staff_button, LEFT)
    qtbot.keyClicks(window.pin_pad, DEMO_PIN)
    qtbot.keyClick(window.pin_pad, Qt.Key.Key_Return)
    assert window.screens.currentWidget() is window.staff.panel


def test_a_new_kiosk_asks_staff_for_a_pin_first(qtbot, data_dir, clock, make_window) -> None:
    kiosk = Kiosk.open(data_dir, clock=clock)  # a real kiosk, not the demo: no PIN yet
    load_catalogue(kiosk.store, DEMO_CATALOGUE)
    window = make_window(kiosk)
    assert window.screens.currentWidget() is window.pin_pad
    assert not window.pin_pad.cancel_button.isVisible()
    _type_pin(qtbot, window, "123456")
    assert "ikke en række" in window.pin_pad.problem.text()
    _type_pin(qtbot, window, "583920")
    assert window.pin_pad.title.text() == "Skriv den samme kode igen"
    _type_pin(qtbot, window, "583921")
    assert window.pin_pad.problem.text() == "De to koder var forskellige. Start forfra."
    _type_pin(qtbot, window, "583920")
    _type_pin(qtbot, window, "583920")
    assert window.screens.currentWidget() is window.staff.setup  # the first start's set-up follows (issue 30)
    for _step in range(4):
        qtbot.mouseClick(window.staff.setup.skip_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.staff.panel
    assert kiosk.staff.check("583920")
    kiosk.close()
