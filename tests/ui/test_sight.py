"""Sight: text contrast (WCAG AA everywhere, AAA for body text), visible outlines, a tick in a
ticked box, and larger text and high contrast one tap away until the next citizen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ui.common.style import style_sheet

PAGE, WHITE, NAVY = "#F6F3EE", "#FFFFFF", "#12355B"


def _luminance(colour: str) -> float:
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (red, green, blue)]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _rule(sheet: str, selector: str) -> str:
    found = re.search(r"(?:^|\}|\*/)\s*" + re.escape(selector) + r"\s*\{([^}]*)\}", sheet)
    assert found, selector
    return found.group(1)


def _colour(body: str, prop: str) -> str:
    found = re.search(r"(?<![-\w])" + prop + r":[^;]*?(#[0-9A-Fa-f]{6})", body)
    assert found, (prop, body)
    return found.group(1).upper()


# Body text citizens read (AAA, 7:1) on the page or on a white card.
BODY_TEXT = [
    "QWidget",
    "#questionLabel",
    "#intro",
    "#promise",
    "#stepHint",
    "#progress",
    "#themeDescription",
    "#consentText",
    "#reviewTitle",
    "#cardOrganisation",
    "#cardSummary",
    "#cardFacts",
    "#storyWhere",
    "#resultCode",
    "#resultIdea",
    "#scanHint",
    "#codeLabel",
    "#counter",
]
# Text on a coloured control (AA, 4.5:1): (selector, where its background is said).
CONTROL_TEXT = [
    'QPushButton[role="hero"]',
    'QPushButton[role="primary"]',
    'QPushButton[role="secondary"]',
    "QPushButton#choice",
    "QPushButton#chip",
    "QPushButton#volunteerButton",
    "#problem",
]
# Outlines of cards, chips and fields (3:1 against the white inside and the page outside).
OUTLINES = [
    "#themeCard",
    "#opportunityCard",
    "#questionCard",
    "#storyCard",
    "#consentBox",
    "#followUpResult",
    "QPushButton#choice",
    "QPushButton#chip",
    "QPushButton#pinKey",
    "QPushButton#dayChoice",
    'QPushButton[role="hero"]',
    "#ideaText, QLineEdit",
    "#guardianBox",
]


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_text_and_outlines_meet_wcag(high_contrast: bool) -> None:
    sheet = style_sheet(1.0, contrast=high_contrast)
    page = _colour(_rule(sheet, "#kioskWindow, #central"), "background")
    for selector in BODY_TEXT:
        text = _colour(_rule(sheet, selector), "color")
        assert min(contrast(text, page), contrast(text, WHITE)) >= 7, selector
    for selector in CONTROL_TEXT:
        body = _rule(sheet, selector)
        assert contrast(_colour(body, "color"), _colour(body, "background")) >= 4.5, selector
    for selector in OUTLINES:
        edge = _colour(_rule(sheet, selector), "border(?:-left)?")
        assert min(contrast(edge, WHITE), contrast(edge, page)) >= 3, selector
    if high_contrast:
        assert page == WHITE and not re.search(r"#(?:1B1B1B|3A3A3A|4A4237|7A7164)", sheet, re.IGNORECASE)


def test_a_ticked_box_shows_a_tick() -> None:
    sheet = style_sheet(1.0)
    for box in ("QCheckBox#consent::indicator:checked", "QCheckBox#notifyMe::indicator:checked"):
        image = re.search(r"image:\s*url\(([^)]+)\)", _rule(sheet, box))
        assert image and Path(image.group(1)).is_file() and image.group(1).endswith("tick.svg"), box


def test_larger_text_and_high_contrast_until_the_next_citizen(qtbot, kiosk, make_window) -> None:
    window = make_window(kiosk)
    qtbot.mouseClick(window.start_screen.idea_button, Qt.MouseButton.LeftButton)
    heading, hint = window.flow.theme_step._heading, window.flow.theme_step._hint
    normal = (heading.font().pixelSize(), hint.font().pixelSize())
    qtbot.mouseClick(window.top_bar.large_text_button, Qt.MouseButton.LeftButton)  # one tap
    assert hint.font().pixelSize() == pytest.approx(normal[1] * 1.5, abs=1)
    assert heading.font().pixelSize() == pytest.approx(normal[0] * 1.25, abs=1)  # already large
    qtbot.mouseClick(window.top_bar.contrast_button, Qt.MouseButton.LeftButton)
    assert "#F6F3EE" not in window.styleSheet() and window.top_bar.contrast_button.isChecked()
    qtbot.mouseClick(window.flow.theme_step.cards[0], Qt.MouseButton.LeftButton)  # every screen keeps it
    assert window.flow.text_step.editor.font().pixelSize() == pytest.approx(24 * 1.5, abs=1)
    window.idle.idle.emit()  # the citizen walked away
    window.idle_prompt.expired.emit()
    assert window.screens.currentWidget() is window.start_screen
    assert not window.top_bar.large_text_button.isChecked() and not window.top_bar.contrast_button.isChecked()
    assert "#F6F3EE" in window.styleSheet()


def test_theme_and_task_cards_carry_their_pictograms(qtbot, kiosk, make_window) -> None:
    from PySide6.QtSvgWidgets import QSvgWidget

    window = make_window(kiosk)
    qtbot.mouseClick(window.start_screen.idea_button, Qt.MouseButton.LeftButton)
    cards = window.flow.theme_step.cards
    pictures = [card.findChild(QSvgWidget, "pictogram") for card in cards]
    assert all(picture is not None and picture.renderer().isValid() for picture in pictures)
    window.reset_to_start()
    qtbot.mouseClick(window.start_screen.volunteer_button, Qt.MouseButton.LeftButton)
    assert all(card.findChild(QSvgWidget, "pictogram") is not None for card in window.flow.browse.cards)
