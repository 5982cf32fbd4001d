"""Issue 28, point 4: the on-screen keyboard never covers the field a citizen types in, nor its
message. With the keyboard's rectangle taking the lower part of a 1280 × 800 screen (as the
window's keyboard room makes room for it), every text field of every form, given the focus, is
wholly shown above the keyboard; so is the follow-up's result once a code was looked up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.test_volunteer_flow import _card, _choice, _open_volunteering, _touch

KEYBOARD_HEIGHTS = (300, 400)  # Qt's virtual keyboard at 1280 × 800 asks for about 300–400 px


def _keyboard_up(window, height: int) -> None:
    """As KeyboardRoom.follow_keyboard does when the input method reports its rectangle."""
    window.keyboard_room.setFixedHeight(height)
    window.keyboard_room.compact_changed.emit(True)


def _shown_above_keyboard(window, widget: QWidget) -> bool:
    """The whole widget is painted (not clipped by a scroll area or squeezed) and lies above the keyboard."""
    if not widget.isVisible():
        return False
    if widget.hasHeightForWidth() and widget.height() < widget.heightForWidth(widget.width()):  # a wrapped text cut short
        return False
    if widget.visibleRegion().boundingRect().size() != widget.size():
        return False
    bottom = widget.mapTo(window, widget.rect().bottomLeft()).y()
    return bottom <= window.keyboard_room.mapTo(window, window.keyboard_room.rect().topLeft()).y()


def _focus_each(qtbot, window, fields) -> list[str]:
    """Give each field the focus in turn (as a tap does); the names of those not shown."""
    hidden = []
    for name, field in fields:
        field.setFocus()
        QApplication.processEvents()
        qtbot.wait(30)
        if not _shown_above_keyboard(window, field):
            hidden.append(name)
    return hidden


@pytest.mark.parametrize("height", KEYBOARD_HEIGHTS)
def test_idea_fields_stay_above_the_keyboard(qtbot, kiosk, make_window, height) -> None:
    window = make_window(kiosk)
    _touch(qtbot, window.start_screen.idea_button)
    flow = window.flow
    flow.go("text")
    _keyboard_up(window, height)
    assert _focus_each(qtbot, window, [("text", flow.text_step.editor)]) == []
    flow.go("contact")
    contact = flow.contact_step
    assert _focus_each(qtbot, window, [("name", contact.name), ("email", contact.email), ("phone", contact.phone)]) == []


@pytest.mark.parametrize("height", KEYBOARD_HEIGHTS)
def test_the_guardians_fields_stay_above_the_keyboard(qtbot, kiosk, make_window, height) -> None:
    window = make_window(kiosk)
    flow = _open_volunteering(qtbot, window)
    _touch(qtbot, _card(flow, "bogvenner"))
    _touch(qtbot, flow.next_button)
    person = flow.person
    _touch(qtbot, _choice(person.age_group, "under-15"))
    _keyboard_up(window, height)
    fields = [("name", person.name), ("phone", person.phone), ("email", person.email)]
    fields += [("guardian_name", person.guardian_name), ("guardian_phone", person.guardian_phone)]
    assert _focus_each(qtbot, window, fields) == []


@pytest.mark.parametrize("height", KEYBOARD_HEIGHTS)
def test_a_fields_message_stays_above_the_keyboard_with_it(qtbot, kiosk, make_window, height) -> None:
    window = make_window(kiosk)
    flow = _open_volunteering(qtbot, window)
    _touch(qtbot, _card(flow, "bogvenner"))
    _touch(qtbot, flow.next_button)
    _touch(qtbot, _choice(flow.person.age_group, "under-15"))
    _keyboard_up(window, height)
    _touch(qtbot, flow.next_button)  # nothing filled in: a message under every field
    problem = flow.person.problems["guardian_phone"]
    qtbot.waitUntil(lambda: flow.person.problems["name"].hasFocus(), timeout=2000)  # the first message was shown
    assert problem.isVisible()
    flow.person.guardian_phone.setFocus()
    QApplication.processEvents()
    qtbot.wait(30)
    assert _shown_above_keyboard(window, flow.person.guardian_phone) and _shown_above_keyboard(window, problem)


@pytest.mark.parametrize("height", KEYBOARD_HEIGHTS)
def test_the_follow_up_result_is_not_squeezed_by_the_keyboard(qtbot, kiosk, make_window, height) -> None:
    from mokoko_desktop.ideas import IdeaDraft

    idea = kiosk.ideas.submit(IdeaDraft(theme_code="aeldre", text="Bænke ved åen, gerne med ryglæn"), "assentoft")
    window = make_window(kiosk)
    qtbot.mouseClick(window.start_screen.followup_button, _left())
    screen = window.followup
    _keyboard_up(window, height)
    assert _focus_each(qtbot, window, [("code", screen.code_edit)]) == []
    qtbot.keyClicks(screen.code_edit, idea.receipt_code)
    qtbot.keyClick(screen.code_edit, Qt.Key.Key_Return)  # the citizen has typed: the keyboard may go
    QApplication.processEvents()
    qtbot.wait(30)
    assert not screen.code_edit.hasFocus()
    assert _shown_above_keyboard(window, screen.result_status)  # even if the keyboard stayed up
    idea_line = screen.result_idea
    assert idea_line.height() >= idea_line.heightForWidth(idea_line.width()) and "Bænke ved åen" in idea_line.text()


def _left() -> Qt.MouseButton:
    return Qt.MouseButton.LeftButton


@pytest.mark.parametrize("button", ["idea_button", "volunteer_button", "byttebors_button"])
def test_every_text_field_of_every_step_stays_above_the_keyboard(qtbot, kiosk, make_window, button) -> None:
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    window = make_window(kiosk)
    window.set_sight(large_text=True)  # the tallest pages there are
    _touch(qtbot, getattr(window.start_screen, button))
    flow = window.flow
    _keyboard_up(window, 400)
    hidden, seen = [], 0
    for page in list(flow._pages):
        flow.go(page)
        QApplication.processEvents()
        found = [field for kind in (QLineEdit, QTextEdit, QPlainTextEdit) for field in flow._pages[page].findChildren(kind)]
        fields = [
            (f"{page}.{field.objectName() or type(field).__name__}", field)
            for field in found
            if field.isVisibleTo(flow._pages[page]) and field.focusPolicy() != Qt.FocusPolicy.NoFocus
        ]
        seen += len(fields)
        hidden += _focus_each(qtbot, window, fields)
    assert seen >= 2 and hidden == []


def test_a_field_focused_before_the_keyboard_came_up_is_scrolled_to(qtbot, kiosk, make_window) -> None:
    """The usual order: a tap focuses the field, then the keyboard comes up and takes room."""
    window = make_window(kiosk)
    flow = _open_volunteering(qtbot, window)
    _touch(qtbot, _card(flow, "bogvenner"))
    _touch(qtbot, flow.next_button)
    _touch(qtbot, _choice(flow.person.age_group, "under-15"))
    flow.person.guardian_phone.setFocus()
    QApplication.processEvents()
    _keyboard_up(window, 400)
    qtbot.waitUntil(lambda: _shown_above_keyboard(window, flow.person.guardian_phone), timeout=2000)
