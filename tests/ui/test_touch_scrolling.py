"""Lists and long pages follow a finger: a touch drag scrolls them (QScroller), a tap still taps."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

_SCREEN: QPointingDevice | None = None


def touch_screen() -> QPointingDevice:
    """One simulated touch screen for the test run (Qt keeps a device registered for good)."""
    global _SCREEN
    if _SCREEN is None:
        _SCREEN = QTest.createTouchDevice(QPointingDevice.DeviceType.TouchScreen)
    return _SCREEN


def touch_drag(qtbot, widget: QWidget, start: QPoint, dy: int, steps: int = 12) -> None:
    """Put a finger on ``widget`` at ``start``, move it ``dy`` pixels slowly, lift it."""
    device = touch_screen()
    QTest.touchEvent(widget, device).press(0, start, widget).commit()
    for step in range(1, steps + 1):
        qtbot.wait(16)
        QTest.touchEvent(widget, device).move(0, start + QPoint(0, dy * step // steps), widget).commit()
    qtbot.wait(16)
    QTest.touchEvent(widget, device).release(0, start + QPoint(0, dy), widget).commit()
    qtbot.wait(400)  # let a flick glide out
    QApplication.processEvents()


def touch_tap(qtbot, widget: QWidget, point: QPoint) -> None:
    device = touch_screen()
    QTest.touchEvent(widget, device).press(0, point, widget).commit()
    qtbot.wait(60)
    QTest.touchEvent(widget, device).release(0, point, widget).commit()
    QApplication.processEvents()


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    assert parent is not None
    return parent


def test_a_finger_drag_scrolls_the_opportunities_list(qtbot, kiosk, make_window) -> None:
    window = make_window(kiosk)
    qtbot.mouseClick(window.start_screen.volunteer_button, Qt.MouseButton.LeftButton)
    flow = window.flow
    area = _scroll_area_of(flow.browse.cards[0])
    bar = area.verticalScrollBar()
    assert bar.maximum() > 400, "the list must be longer than the screen for this test"
    viewport = area.viewport()
    touch_drag(qtbot, viewport, QPoint(viewport.width() // 2, viewport.height() - 40), -400)
    assert bar.value() >= 300  # it followed the finger (a flick may carry it a little further)
    assert flow.current_page() == "browse"  # a drag is not a tap on the card under the finger
    card = max(flow.browse.cards, key=lambda c: c.visibleRegion().boundingRect().height())  # the one most in view
    touch_tap(qtbot, card, card.visibleRegion().boundingRect().center())
    qtbot.waitUntil(lambda: flow.current_page() == "details", timeout=2000)  # a tap still taps


def test_a_finger_drag_scrolls_the_review_page(qtbot, kiosk, make_window) -> None:
    from tests.ui.conftest import commit_text

    window = make_window(kiosk)
    window.resize(1280, 500)  # a small screen: the review is longer than the window
    qtbot.mouseClick(window.start_screen.idea_button, Qt.MouseButton.LeftButton)
    flow = window.flow
    qtbot.mouseClick(flow.theme_step.cards[0], Qt.MouseButton.LeftButton)
    commit_text(flow.text_step.editor, "En lang idé. " * 60)
    for _ in range(3):
        qtbot.mouseClick(flow.next_button, Qt.MouseButton.LeftButton)
    area = _scroll_area_of(flow.review_step.values["text"])
    bar = area.verticalScrollBar()
    assert bar.maximum() > 100
    viewport = area.viewport()
    touch_drag(qtbot, viewport, QPoint(viewport.width() // 2, viewport.height() - 20), -(viewport.height() - 60))
    assert bar.value() > 50
