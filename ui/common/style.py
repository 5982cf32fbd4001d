"""The kiosk's look: bundled fonts and the style sheet in ``resources/styles``.

Sizes in the style sheet are written as ``u(N)``: N pixels on a 1280x800 screen, scaled to the
window, so type stays large and proportions stay the same from 1280x800 to 1920x1080.

Two variants a citizen can turn on from the top bar: larger text (text 1.5 times, headings and
buttons in rows 1.25 times so their words still fit, the top bar as it is) and high contrast
(black on white: every grey text, outline and tinted background becomes black or white, and
outlines get thicker).
"""

from __future__ import annotations

import logging
import re

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from shared_kernel.resources import FONTS_DIR, ICONS_DIR, STYLES_DIR

log = logging.getLogger(__name__)

FONT_FAMILY = "Noto Sans"
FALLBACK_FAMILIES = ["Noto Sans Arabic"]  # bundled too: Arabic shows on a machine without Arabic fonts
BASE_WIDTH, BASE_HEIGHT = 1280, 800
LARGE_TEXT = 1.5
_UNIT = re.compile(r"u\((\d+(?:\.\d+)?)\)")
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_FONT_SIZE = re.compile(r"font-size:\s*u\((\d+(?:\.\d+)?)\)")
_TOP_BAR = ("#topBar", "#brand", '[role="language"]', '[role="sight"]', "#syncIndicator")
# Already large, or in a row of fixed cells: these grow less, so their words still fit.
_GROW_LESS = (
    "#welcome",
    "#question",
    "#stepHeading",
    "#thanksHeading",
    "#receiptCode",
    "#closedTitle",
    "QPushButton#choice",
    "QPushButton#kindChoice",
    "QPushButton#dayChoice",
    "QPushButton#pinKey",
)
GROW_LESS = 1.25
# High contrast: greys to black, tints to white (the municipal blue and the amber stay: white on
# blue is 12:1, black on amber 10:1).
CONTRAST_COLOURS = {
    "#1B1B1B": "#000000",
    "#2A2A2A": "#000000",
    "#3A3A3A": "#000000",
    "#4A4A4A": "#000000",
    "#4A4237": "#000000",
    "#7A7164": "#000000",
    "#8C8474": "#000000",
    "#1F5A41": "#000000",
    "#F6F3EE": "#FFFFFF",
    "#E8F0F8": "#FFFFFF",
    "#FFF6E5": "#FFFFFF",
    "#FDECEC": "#FFFFFF",
    "#DCE6F2": "#FFFFFF",
    "#C9D6E5": "#FFFFFF",
    "#B9C7D8": "#FFFFFF",
    "#E8EDF3": "#FFFFFF",
}
_THIN_OUTLINE = re.compile(r"(border(?:-[a-z]+)?:\s*)u\(2\)(\s+solid)")


def load_fonts() -> None:
    """Make the bundled fonts available and the default for every widget."""
    for path in sorted(FONTS_DIR.glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("Could not load font %s", path.name)
    font = QFont(FONT_FAMILY)
    font.setFamilies([FONT_FAMILY, *FALLBACK_FAMILIES])
    font.setPixelSize(20)
    QApplication.setFont(font)


def scale_for(width: int, height: int) -> float:
    """How much larger than the 1280x800 design the window is (never smaller than 0.75)."""
    return max(0.75, min(width / BASE_WIDTH, height / BASE_HEIGHT))


def style_sheet(scale: float, *, large_text: bool = False, contrast: bool = False) -> str:
    """The kiosk style sheet with every ``u(N)`` turned into scaled pixels; with ``large_text``
    the text larger (see the module's docstring); with ``contrast`` black on white."""
    template = (STYLES_DIR / "kiosk.qss").read_text(encoding="utf-8").replace("ICONS/", ICONS_DIR.as_posix() + "/")
    if large_text:
        template = _RULE.sub(_larger_text, template)
    if contrast:
        template = _THIN_OUTLINE.sub(r"\1u(3)\2", template)
        template = re.sub(r"#[0-9A-Fa-f]{6}\b", lambda match: CONTRAST_COLOURS.get(match.group(0).upper(), match.group(0)), template)
    return _UNIT.sub(lambda match: f"{max(1, round(float(match.group(1)) * scale))}px", template)


def _larger_text(rule: re.Match[str]) -> str:
    selector, body = rule.group(1), rule.group(2)
    if any(part in selector for part in _TOP_BAR):
        return rule.group(0)
    factor = GROW_LESS if any(part in selector for part in _GROW_LESS) else LARGE_TEXT
    body = _FONT_SIZE.sub(lambda size: f"font-size: u({float(size.group(1)) * factor:g})", body)
    return f"{selector}{{{body}}}"
