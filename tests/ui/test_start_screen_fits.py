"""Issue 28, point 9: the start screen fits a 1280 × 800 kiosk without scrolling in every language
and look, with a story on it; the story is readable in a card of its own (not one truncated
line) and the next one comes after a while; the top bar's buttons stay where they are on every
screen (they jumped ~140 px when the staff button came and went)."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from shared_kernel.i18n import available_languages
from shared_kernel.replies import shown_reply
from shared_kernel.texts import excerpt
from ui.kiosk.start_screen import STORY_HEADLINE_CHARS, STORY_SECONDS

WIDTH, HEIGHT = 1280, 800
HEADLINE = "Nye bænke, bedre belysning og en overdækket cykelparkering ved åen i Langå"
REPLY = "Kommunen har sat fire nye bænke op langs åstien og skiftet lamperne ved broen, så stien er tryg at gå på om aftenen."
LOOKS = {"normal": (False, False), "large": (True, False), "contrast": (False, True), "large-contrast": (True, True)}


def _settle(qtbot, window, name: str) -> None:
    qtbot.wait(40)
    QApplication.processEvents()
    if os.environ.get("MOKOKO_SHOTS"):
        window.grab().save(str(Path(os.environ["MOKOKO_SHOTS"]) / f"{name}.png"))


def _wholly_shown(widget) -> bool:
    return widget.isVisible() and widget.visibleRegion().boundingRect().size() == widget.size()


@pytest.mark.parametrize("language", available_languages())
@pytest.mark.parametrize("look", list(LOOKS))
def test_the_start_screen_fits_without_scrolling(qtbot, kiosk, make_window, language, look) -> None:
    window = make_window(kiosk)
    window.refresh_start()  # today's stop and hours, as the kiosk shows them
    window.start_screen.set_info(
        dataclasses.replace(window.start_screen.info, stories=((HEADLINE, REPLY, "", "da"), ("Lys på stien", "Sat op.", "", "da")))
    )
    window.top_bar.language_chosen.emit(language)
    window.set_sight(large_text=LOOKS[look][0], contrast=LOOKS[look][1])
    _settle(qtbot, window, f"start-{language}-{look}")
    start = window.start_screen
    assert (window.width(), window.height()) == (WIDTH, HEIGHT)
    scroll = start.findChild(QScrollArea, "startScroll")
    assert scroll.verticalScrollBar().maximum() == 0, "the start screen scrolls"
    for part in (start.idea_button, start.volunteer_button, start.followup_button, start.byttebors_button, start.story_card):
        assert _wholly_shown(part), part.objectName() or part.text()
    headline = start.story_headline
    assert headline.text() == excerpt(HEADLINE, STORY_HEADLINE_CHARS)  # its first words; a touch shows it all
    assert headline.height() >= headline.heightForWidth(headline.width())  # not cut short by the layout
    if not LOOKS[look][0]:  # normal text: the reply too (larger text may leave it to a touch)
        note = shown_reply(language, "da", REPLY, "").note  # "the answer is in Danish", in the reader's language (issue 31)
        assert start.story_text.text() == (f"{REPLY}\n{note}" if note else REPLY) and _wholly_shown(start.story_text)


def test_stories_take_turns(qtbot, kiosk, make_window) -> None:
    window = make_window(kiosk)
    start = window.start_screen
    start.set_info(dataclasses.replace(start.info, stories=((HEADLINE, REPLY, "", "da"), ("Lys på stien", "Sat op i november.", "", "da"))))
    assert start.story_headline.text() == excerpt(HEADLINE, STORY_HEADLINE_CHARS) and start.story_count.text() == "1 / 2"
    assert start._story_timer.interval() == STORY_SECONDS * 1000
    start._story_timer.timeout.emit()  # the time has come
    assert start.story_headline.text() == "Lys på stien" and start.story_count.text() == "2 / 2"
    qtbot.mouseClick(start.story_card, Qt.MouseButton.LeftButton)  # a touch shows them all
    assert window.screens.currentWidget() is not start


def test_the_top_bar_buttons_stay_in_place_on_every_screen(qtbot, kiosk, make_window) -> None:
    window = make_window(kiosk)
    bar = window.top_bar

    def places() -> list[int]:
        QApplication.processEvents()
        buttons = [*bar.language_buttons.values(), bar.large_text_button, bar.contrast_button]
        return [button.mapTo(bar, button.rect().topLeft()).x() for button in buttons]

    on_start = places()
    assert window.staff_button.isVisible()
    qtbot.mouseClick(window.start_screen.followup_button, Qt.MouseButton.LeftButton)
    assert not window.staff_button.isVisible() and places() == on_start
    window.reset_to_start()
    qtbot.mouseClick(window.start_screen.idea_button, Qt.MouseButton.LeftButton)
    assert places() == on_start
