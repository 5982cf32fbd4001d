"""After a while without touch the kiosk asks, then wipes everything for the next person."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from tests.ui.conftest import commit_text
from ui.kiosk.idea_flow.flow import IdeaFlow

SECRET = "Mit hemmelige forslag om Åbrinken"


def _visible_texts(window) -> list[str]:
    texts = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, (QLabel, QLineEdit)):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
    return texts


def _start_typing(qtbot, window) -> None:
    qtbot.mouseClick(window.start_screen.idea_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.flow.theme_step.cards[0], Qt.MouseButton.LeftButton)
    commit_text(window.flow.text_step.editor, SECRET)
    qtbot.mouseClick(window.flow.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.flow.next_button, Qt.MouseButton.LeftButton)
    commit_text(window.flow.contact_step.name, "Åse Hemmelig")


def test_idle_prompt_then_everything_is_wiped(qtbot, kiosk, make_window) -> None:
    window = make_window(kiosk)
    qtbot.mouseClick(window.top_bar.language_buttons["en"], Qt.MouseButton.LeftButton)
    _start_typing(qtbot, window)
    window.idle.set_timeout(50)
    window.idle.start()
    qtbot.waitUntil(window.idle_prompt.isVisible, timeout=3000)
    assert window.idle_prompt.title.text() == "Are you still there?"
    with qtbot.waitSignal(window.reset_done, timeout=5000):
        pass
    assert window.screens.currentWidget() is window.start_screen
    assert window.flow is None and not window.idle_prompt.isVisible()
    qtbot.waitUntil(lambda: not any(SECRET in t or "Hemmelig" in t for t in _visible_texts(window)))
    assert window.start_screen.idea_button.text() == "Giv en idé"  # back in Danish
    qtbot.mouseClick(window.start_screen.idea_button, Qt.MouseButton.LeftButton)
    flow = window.flow
    assert isinstance(flow, IdeaFlow)
    assert flow.text_step.text() == "" and flow.contact_step.name.text() == ""
    flow.text_step.editor.undo()  # the new flow has no history to bring it back
    assert flow.text_step.text() == ""


def test_still_here_keeps_what_was_typed(qtbot, kiosk, make_window) -> None:
    window = make_window(kiosk)
    _start_typing(qtbot, window)
    window.idle.set_timeout(50)
    window.idle.start()
    qtbot.waitUntil(window.idle_prompt.isVisible, timeout=3000)
    qtbot.mouseClick(window.idle_prompt.primary, Qt.MouseButton.LeftButton)
    assert not window.idle_prompt.isVisible()
    assert window.flow is not None and window.flow.text_step.text() == SECRET
    assert window.idle.is_running()


def test_the_thank_you_screen_is_cleared_too(qtbot, kiosk, make_window) -> None:
    window = make_window(kiosk)
    _start_typing(qtbot, window)
    window.flow.contact_step.consent.setChecked(True)
    qtbot.mouseClick(window.flow.next_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.record_stored) as stored:
        qtbot.mouseClick(window.flow.next_button, Qt.MouseButton.LeftButton)
    code_shown = window.thanks.code.text()
    window.idle.set_timeout(50)
    window.idle.start()
    with qtbot.waitSignal(window.reset_done, timeout=5000):
        pass
    qtbot.waitUntil(lambda: code_shown not in _visible_texts(window))
    assert stored.args[0].receipt_code.startswith(code_shown[:4])


def test_the_thanks_screen_leaves_by_itself_before_the_next_citizen_comes(qtbot, kiosk, make_window) -> None:
    """The code and QR of the last citizen are gone after ``thanks_seconds`` (20 by default, the
    shortest allowed here), not after the minute and more of the idle prompt."""
    from mokoko_desktop.ideas import IdeaDraft
    from mokoko_desktop.settings import spec_for

    assert spec_for("thanks_seconds").default == 20
    kiosk.settings.set("thanks_seconds", 5)
    window = make_window(kiosk)
    window._submitted(kiosk.submit(IdeaDraft(theme_code="andet", text=SECRET)))
    thanks = window.thanks
    assert thanks is not None and thanks.clear_timer.interval() == 5000 and thanks.clear_timer.isActive()
    assert not window.idle_prompt.isVisible()
    qtbot.waitUntil(lambda: window.thanks is None, timeout=8000)
    assert window.is_pristine() and SECRET not in _visible_texts(window)
