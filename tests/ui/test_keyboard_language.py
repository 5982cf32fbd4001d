"""The on-screen keyboard follows the kiosk's language (Qt Virtual Keyboard's own layouts)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.kiosk.keyboard_language import layouts_for

PROBE = Path(__file__).with_name("keyboard_probe.py")


@pytest.mark.parametrize(
    ("language", "layout", "direction"), [("uk", "uk_UA", "LeftToRight"), ("ar", "ar_", "RightToLeft"), ("da", "da_DK", "LeftToRight")]
)
def test_the_keyboard_takes_the_language_of_the_kiosk(language: str, layout: str, direction: str) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_IM_MODULE": "qtvirtualkeyboard"}
    result = subprocess.run([sys.executable, str(PROBE), language], capture_output=True, text=True, env=environment, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    shown, shown_direction = result.stdout.split()
    assert shown.startswith(layout) and shown_direction == direction


def test_danish_is_one_key_away() -> None:
    assert layouts_for("uk") == ["uk_UA", "da_DK"] and layouts_for("ar") == ["ar_AR", "da_DK"]
    assert layouts_for("da") == ["da_DK", "en_GB"]
