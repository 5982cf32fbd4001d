"""Assisted entry: staff type in an idea on a citizen's behalf (or from a paper form); it is
stored flagged as assisted, and the kiosk goes back to the staff panel for the next one."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.conftest import commit_text


def _at_the_review(qtbot, window, text: str):
    """Staff start an idea on a citizen's behalf and go through to its review."""
    window.staff.open_panel()
    qtbot.mouseClick(window.staff.panel.assisted_button, Qt.MouseButton.LeftButton)
    flow = window.flow
    qtbot.mouseClick(flow.theme_step.cards[0], Qt.MouseButton.LeftButton)
    commit_text(flow.text_step.editor, text)
    for _ in range(3):
        qtbot.mouseClick(flow.next_button, Qt.MouseButton.LeftButton)
    return flow


def test_staff_type_in_paper_ideas_one_after_the_other(qtbot, kiosk, make_window) -> None:
    window = make_window(kiosk)
    for text in ("Flere bænke ved åen", "En legeplads i Assentoft"):
        window.staff.open_panel()
        qtbot.mouseClick(window.staff.panel.assisted_button, Qt.MouseButton.LeftButton)
        flow = window.flow
        assert flow is not None and flow.assisted
        assert flow._progress.text().startswith("På vegne af en borger (registreres som givet med hjælp fra personalet)")
        qtbot.mouseClick(flow.theme_step.cards[0], Qt.MouseButton.LeftButton)
        commit_text(flow.text_step.editor, text)
        if os.environ.get("MOKOKO_SHOTS"):
            window.grab().save(str(Path(os.environ["MOKOKO_SHOTS"]) / "staff-assisted.png"))
        for _ in range(3):
            qtbot.mouseClick(flow.next_button, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(window.record_stored) as stored:
            qtbot.mouseClick(flow.next_button, Qt.MouseButton.LeftButton)
        assert stored.args[0].assisted and stored.args[0].text == text
        qtbot.mouseClick(window.thanks.done_button, Qt.MouseButton.LeftButton)
        assert window.staff.panel is not None  # back to staff, not to the citizens' start screen
    assert [line.excerpt for line in kiosk.ideas_of_day()] == ["En legeplads i Assentoft", "Flere bænke ved åen"]


def test_cancelling_an_assisted_idea_goes_back_to_staff(qtbot, kiosk, make_window) -> None:
    window = make_window(kiosk)
    window.staff.open_panel()
    qtbot.mouseClick(window.staff.panel.assisted_button, Qt.MouseButton.LeftButton)
    window.flow.cancelled.emit()
    assert window.staff.panel is not None and kiosk.ideas_of_day() == []


def test_a_paper_form_is_typed_in_with_its_stop_and_date(qtbot, kiosk, make_window, clock) -> None:
    """Issue 28, point 10: not today's stop and time, but those written on the form."""
    import datetime as dt

    from PySide6.QtCore import QDate

    window = make_window(kiosk)
    flow = _at_the_review(qtbot, window, "En bænk ved stationen")
    assert flow.current_step() == "review" and flow.paper is not None and flow.paper.isVisible()
    paper = flow.paper
    assert not paper.stop.isEnabled()  # given here and now until staff say otherwise
    paper.from_paper.setChecked(True)
    paper.stop.setCurrentIndex(paper.stop.findData("langaa"))
    today = clock().astimezone().date()
    paper.date.setDate(QDate(2026, 11, 17))
    if os.environ.get("MOKOKO_SHOTS"):
        window.grab().save(str(Path(os.environ["MOKOKO_SHOTS"]) / "staff-paper-form.png"))
    with qtbot.waitSignal(window.record_stored) as stored:
        qtbot.mouseClick(flow.next_button, Qt.MouseButton.LeftButton)
    idea = stored.args[0]
    assert idea.stop_id == "langaa" and idea.created_at.astimezone().date() == dt.date(2026, 11, 17) and idea.typed_at == clock()
    assert today == dt.date(2026, 11, 20) and not kiosk.has_voucher(idea.receipt_code)


def test_a_paper_date_too_long_ago_is_told_on_the_form(qtbot, kiosk, make_window, clock) -> None:
    from PySide6.QtCore import QDate

    window = make_window(kiosk)
    flow = _at_the_review(qtbot, window, "En gammel idé")
    flow.paper.from_paper.setChecked(True)
    flow.paper.date.setDate(QDate(2026, 5, 1))
    qtbot.mouseClick(flow.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.paper.problem.isVisible(), timeout=2000)
    assert flow.paper.problem.text().startswith("Papirblanketten er mere end 90 dage gammel.")
    assert kiosk.ideas_of_day() == [] and flow.current_step() == "review"
