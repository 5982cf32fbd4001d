"""A touch on "Næste" while the on-screen keyboard is open closes the keyboard; the screen must
not move under the finger before it is lifted, or the tap misses the button (seen by hand under
Xvfb with Qt Virtual Keyboard: the first tap on "Næste" was lost)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ui.kiosk.keyboard_room import KEYBOARD_SETTLE_MS

LEFT = Qt.MouseButton.LeftButton


def test_the_room_for_the_keyboard_goes_only_after_the_finger_is_lifted(qtbot, kiosk, make_window) -> None:
    window = make_window(kiosk)
    qtbot.mouseClick(window.start_screen.idea_button, LEFT)
    flow = window.flow
    window.keyboard_room.setFixedHeight(300)  # as while the keyboard was shown
    assert not QGuiApplication.inputMethod().isVisible()  # and now it has closed
    qtbot.mousePress(flow.next_button, LEFT)
    window.keyboard_room.follow_keyboard()  # the keyboard closed under the finger
    assert window.keyboard_room.height() == 300  # nothing moves yet
    qtbot.mouseRelease(flow.next_button, LEFT)
    qtbot.waitUntil(lambda: window.keyboard_room.height() == 0, timeout=KEYBOARD_SETTLE_MS * 10)
