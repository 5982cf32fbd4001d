"""Issue 33: the privacy notice is one tap from every consent step at the kiosk, in the citizen's
language, read aloud like the rest, and "back" returns to the form as it was left."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ui.kiosk import read_aloud
from ui.kiosk.forms import ConsentBox

# Each consent step: the start screen's button, the flow's page, and the consent box on it.
CONSENT_STEPS = {
    "idea": ("idea_button", "contact", lambda flow: flow.contact_step.consent_box),
    "signup": ("volunteer_button", "confirm", lambda flow: flow.confirm.consent_box),
    "guardian": ("volunteer_button", "person", lambda flow: flow.person.guardian_consent_box),
    "offer": ("byttebors_button", "contact", lambda flow: flow.contact.consent_box),
}


def _open_consent_step(qtbot, window, step: str) -> tuple[Any, ConsentBox]:
    start_button, page, box_of = CONSENT_STEPS[step]
    qtbot.mouseClick(getattr(window.start_screen, start_button), Qt.MouseButton.LeftButton)
    flow = window.flow
    flow.go(page)  # the way there is tested with each flow; here: what the consent step offers
    box = box_of(flow)
    if step == "guardian":
        box.parentWidget().show()  # the guardian's box shows for a child's age group
    return flow, box


@pytest.mark.parametrize("step", sorted(CONSENT_STEPS))
def test_every_consent_step_opens_the_notice_with_one_tap(qtbot, kiosk, make_window, step) -> None:
    window = make_window(kiosk)
    flow, box = _open_consent_step(qtbot, window, step)
    assert box.privacy_link.text() == "Sådan behandler vi dine oplysninger ›" and box.privacy_link.isVisibleTo(window)
    qtbot.mouseClick(box.privacy_link, Qt.MouseButton.LeftButton)
    sheet = flow.privacy
    assert sheet.isVisible() and sheet.title.text() == "Sådan behandler vi dine oplysninger"
    text = sheet.text()
    for promised in ("Randers Kommune er dataansvarlig", "databeskyttelse@randers-kommune.example", "Datatilsynet"):
        assert promised in text
    assert "Kiosken sletter dem 7 dage efter" in text and "senest 1 år efter din tilmelding" in text  # this kiosk's periods
    assert not box.checkbox.isChecked()  # the tap opened the notice; it did not say yes
    qtbot.mouseClick(sheet.back_button, Qt.MouseButton.LeftButton)
    assert not sheet.isVisible() and flow.current_page() == CONSENT_STEPS[step][1]


def test_the_notice_speaks_the_citizens_language_and_is_read_aloud(qtbot, kiosk, make_window, monkeypatch) -> None:
    monkeypatch.setenv(read_aloud.ENGINE_VARIABLE, "mock")  # Qt's mock engine: voices for English
    read_aloud.forget_reader()
    try:
        window = make_window(kiosk)
        qtbot.mouseClick(window.top_bar.language_buttons["en"], Qt.MouseButton.LeftButton)
        flow, box = _open_consent_step(qtbot, window, "idea")
        commit = "Åse Ørnebjerg"
        flow.contact_step.name.setText(commit)
        qtbot.mouseClick(box.privacy_link, Qt.MouseButton.LeftButton)
        sheet = flow.privacy
        assert sheet.title.text() == "How we handle your information" and "The kiosk deletes them 7 days after" in sheet.text()
        qtbot.waitUntil(lambda: read_aloud.kiosk_reader().can_read("en"), timeout=5000)
        sheet.open_notice("en")  # the engine has started: the button shows
        assert sheet.read_button.isVisible()
        qtbot.mouseClick(sheet.read_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: read_aloud.kiosk_reader().speaking, timeout=5000)
        _shot(window, "kiosk-privacy-en")
        qtbot.mouseClick(sheet.back_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not read_aloud.kiosk_reader().speaking, timeout=5000)  # back: the reading stops
        assert flow.contact_step.name.text() == commit  # what was typed is still there
    finally:
        read_aloud.forget_reader()


@pytest.mark.parametrize("language", ["uk", "ar"])
def test_the_notice_is_translated(qtbot, kiosk, make_window, language) -> None:
    window = make_window(kiosk)
    qtbot.mouseClick(window.top_bar.language_buttons[language], Qt.MouseButton.LeftButton)
    flow, box = _open_consent_step(qtbot, window, "offer")
    qtbot.mouseClick(box.privacy_link, Qt.MouseButton.LeftButton)
    titles = {"uk": "Як ми обробляємо ваші дані", "ar": "كيف نتعامل مع بياناتك"}
    assert flow.privacy.title.text() == titles[language] and "Datatilsynet" in flow.privacy.text()
    qtbot.wait(50)  # the new labels laid out, as a person sees them
    _shot(window, f"kiosk-privacy-{language}")


def _shot(window, name: str) -> None:
    folder = os.environ.get("MOKOKO_SHOTS")
    if folder:
        window.grab().save(str(Path(folder) / f"{name}.png"))
