"""'Læs op' reads the step's question and choices in the citizen's language, and is hidden
where no voice can speak it. Qt's own mock speech engine stands in for the loudspeaker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ui.kiosk import read_aloud


@pytest.fixture
def speech_engine(monkeypatch):
    def use(engine: str) -> None:
        monkeypatch.setenv(read_aloud.ENGINE_VARIABLE, engine)
        read_aloud.forget_reader()

    yield use
    read_aloud.forget_reader()


def test_reads_the_question_and_the_choices_aloud(qtbot, kiosk, make_window, speech_engine) -> None:
    speech_engine("mock")  # voices for English (and a few others), not for Danish
    window = make_window(kiosk)
    qtbot.mouseClick(window.top_bar.language_buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.start_screen.idea_button, Qt.MouseButton.LeftButton)
    flow = window.flow
    qtbot.waitUntil(flow.read_button.isVisible, timeout=5000)  # once the engine has started in its thread
    said = read_aloud.spoken_text(flow.theme_step)
    assert said.startswith("What is your idea about? Touch the subject that fits best.")
    titles = [card.findChild(type(flow.theme_step._heading), "themeTitle").text() for card in flow.theme_step.cards]
    assert all(title in said for title in titles) and said.index(titles[0]) < said.index(titles[-1])
    qtbot.mouseClick(flow.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: read_aloud.kiosk_reader().speaking, timeout=5000)
    qtbot.mouseClick(flow.theme_step.cards[0], Qt.MouseButton.LeftButton)  # the next step: the reading stops
    qtbot.waitUntil(lambda: not read_aloud.kiosk_reader().speaking, timeout=5000)


def test_hidden_without_a_voice_for_the_language_or_without_an_engine(qtbot, kiosk, make_window, speech_engine) -> None:
    speech_engine("mock")
    window = make_window(kiosk)
    qtbot.mouseClick(window.start_screen.idea_button, Qt.MouseButton.LeftButton)
    qtbot.waitSignal(read_aloud.kiosk_reader().ready, timeout=5000, raising=False).wait()
    qtbot.wait(200)
    assert not window.flow.read_button.isVisible()  # Danish: the mock engine has no Danish voice
    window.reset_to_start()
    speech_engine("no-such-engine")
    qtbot.mouseClick(window.top_bar.language_buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.start_screen.idea_button, Qt.MouseButton.LeftButton)
    assert not window.flow.read_button.isVisible()
