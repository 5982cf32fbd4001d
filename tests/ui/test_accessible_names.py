"""Issue 33: every control of the kiosk's and the office app's screens has a name a screen reader
(Orca, through Qt's accessibility interface) can say: made of words, not "edit" or "◐"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.accessible_names import accessible_name, unnamed_controls
from tests.ui.test_office_app import city_hall, office_window  # noqa: F401 - the fixtures

FLOWS = {
    "idea_button": ("theme", "text", "about", "contact", "review"),
    "volunteer_button": ("browse", "details", "general", "person", "confirm"),
    "byttebors_button": ("post", "contact"),
}
STAFF_SCREENS = (
    "open_panel",
    "open_setup",
    "open_start_of_day",
    "open_day",
    "open_receipts",
    "open_moderation",
    "open_dashboard",
    "open_assisted",
    "open_close_day",
)


@pytest.mark.parametrize("language", ["da", "ar"])
def test_every_control_a_citizen_meets_has_a_name(qtbot, kiosk, make_window, language) -> None:
    window = make_window(kiosk)
    qtbot.mouseClick(window.top_bar.language_buttons[language], Qt.MouseButton.LeftButton)
    qtbot.wait(50)  # the language change reaches every widget through the event loop
    # the names are the words a person reads there, in their language
    assert accessible_name(window.top_bar.contrast_button) == {"da": "Høj kontrast", "ar": "تباين عالٍ"}[language]
    found = {"start": unnamed_controls(window)}
    for start_button, pages in FLOWS.items():
        qtbot.mouseClick(window.top_bar.language_buttons[language], Qt.MouseButton.LeftButton)  # each citizen chooses again
        qtbot.mouseClick(getattr(window.start_screen, start_button), Qt.MouseButton.LeftButton)
        for page in pages:
            window.flow.go(page)
            found[f"{start_button} {page}"] = unnamed_controls(window)
        window.flow.privacy.open_notice(language)
        found[f"{start_button} privacy notice"] = unnamed_controls(window)
        window.reset_to_start()
    qtbot.mouseClick(window.start_screen.followup_button, Qt.MouseButton.LeftButton)
    found["follow-up"] = unnamed_controls(window)
    window.reset_to_start()
    window.open_stories()
    found["stories"] = unnamed_controls(window)
    window.reset_to_start()
    qtbot.mouseClick(window.staff_button, Qt.MouseButton.LeftButton)  # the PIN pad
    found["staff PIN"] = unnamed_controls(window)
    assert {screen: names for screen, names in found.items() if names} == {}, "\n".join(f"{k}: {v}" for k, v in found.items() if v)


def test_every_control_staff_meet_has_a_name(qtbot, kiosk, make_window) -> None:
    window = make_window(kiosk)
    found = {}
    for screen in STAFF_SCREENS:
        getattr(window.staff, screen)()
        found[screen] = unnamed_controls(window)
    assert {screen: names for screen, names in found.items() if names} == {}, "\n".join(f"{k}: {v}" for k, v in found.items() if v)


def test_every_control_at_city_hall_has_a_name(qtbot, office_window) -> None:  # noqa: F811 - the fixture imported above
    window = office_window
    found = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        found[window.tabs.tabText(index)] = unnamed_controls(window)
    assert {tab: names for tab, names in found.items() if names} == {}, "\n".join(f"{k}: {v}" for k, v in found.items() if v)
