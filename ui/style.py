"""The kiosk's look: bundled fonts and the style sheet in ``resources/styles``.

Sizes in the style sheet are written as ``u(N)``: N pixels on a 1280x800 screen, scaled to the
window, so type stays large and proportions stay the same from 1280x800 to 1920x1080.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from mokoko_desktop.paths import FONTS_DIR, STYLES_DIR

log = logging.getLogger(__name__)

FONT_FAMILY = "Noto Sans"
BASE_WIDTH, BASE_HEIGHT = 1280, 800
_UNIT = re.compile(r"u\((\d+(?:\.\d+)?)\)")


def load_fonts() -> None:
    """Make the bundled fonts available and the default for every widget."""
    for path in sorted(FONTS_DIR.glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("Could not load font %s", path.name)
    font = QFont(FONT_FAMILY)
    font.setPixelSize(20)
    QApplication.setFont(font)


def scale_for(width: int, height: int) -> float:
    """How much larger than the 1280x800 design the window is (never smaller than 0.75)."""
    return max(0.75, min(width / BASE_WIDTH, height / BASE_HEIGHT))


def style_sheet(scale: float) -> str:
    """The kiosk style sheet with every ``u(N)`` turned into scaled pixels."""
    template = (STYLES_DIR / "kiosk.qss").read_text(encoding="utf-8")
    return _UNIT.sub(lambda match: f"{max(1, round(float(match.group(1)) * scale))}px", template)
