"""A problem is never off-screen: at 1280 × 800 the volunteer's missing consent sat below the fold,
so "Send min tilmelding" seemed to do nothing. The first problem a step shows scrolls into view
and takes the focus (a screen reader reads it)."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea

from tests.ui.test_volunteer_flow import _card, _choice, _fill_person, _open_volunteering, _touch


def _in_view(widget) -> bool:
    """The whole widget is shown: not clipped by the scroll area around it."""
    return widget.isVisible() and widget.visibleRegion().boundingRect().size() == widget.size()


def test_the_missing_consent_is_shown_where_the_citizen_looks(qtbot, kiosk, make_window) -> None:
    window = make_window(kiosk)
    window.set_sight(large_text=True)  # the longest page there is
    flow = _open_volunteering(qtbot, window)
    _touch(qtbot, _card(flow, "bogvenner"))
    _touch(qtbot, flow.next_button)
    _fill_person(qtbot, flow)
    _touch(qtbot, flow.next_button)
    _touch(qtbot, _choice(flow.when.availability, "weekdays"))
    assert flow.current_page() == "confirm"
    _touch(qtbot, flow.next_button)  # no consent
    problem = flow.confirm.problem
    qtbot.waitUntil(lambda: _in_view(problem), timeout=2000)
    assert problem.text().startswith("Vi kan kun give din tilmelding videre") and problem.hasFocus()


def test_a_problem_at_the_top_of_a_long_page_is_scrolled_to(qtbot, kiosk, make_window) -> None:
    window = make_window(kiosk)
    window.set_sight(large_text=True)
    flow = _open_volunteering(qtbot, window)
    _touch(qtbot, _card(flow, "bogvenner"))
    _touch(qtbot, flow.next_button)
    assert flow.current_page() == "person"
    window.keyboard_room.setFixedHeight(300)  # the on-screen keyboard is up, as the window makes room for it
    flow.set_compact(True)
    qtbot.wait(30)
    [scroll] = flow.person.findChildren(QScrollArea)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())  # the citizen had scrolled down
    assert not _in_view(flow.person.name)
    _touch(qtbot, flow.next_button)  # nothing filled in
    qtbot.waitUntil(lambda: _in_view(flow.person.problems["name"]), timeout=2000)
    assert flow.person.problems["name"].hasFocus() and flow.current_page() == "person"
