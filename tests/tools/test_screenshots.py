"""tools/screenshots.py renders every screen in every language on any date, and notices a screen
in the wrong language."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from shared_kernel.i18n import available_languages

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "screenshots.py"
SCREENS = (
    "01-start",
    "02-theme",
    "03-text",
    "04-about",
    "05-contact-problem",
    "05-privacy-notice",
    "06-review",
    "07-thanks",
    "08-idle-prompt",
    "09-followup",
    "09b-followup-other-kiosk",
    "10-pin",
    "11-staff",
    "12-staff-day",
    "20-volunteer-browse",
    "21-volunteer-near",
    "22-volunteer-details",
    "23-volunteer-person-problems",
    "23b-volunteer-browse-under-15",
    "24-volunteer-when",
    "25-volunteer-confirm",
    "26-volunteer-thanks",
    "30-byttebors-post",
    "31-byttebors-contact",
    "32-byttebors-thanks",
)


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("screenshots_tool", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_screen_in_every_language(tmp_path: Path) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(TOOL), str(tmp_path), "--size", "1024x768"], capture_output=True, text=True, env=environment
    )
    assert result.returncode == 0, result.stderr[-3000:]
    expected = {f"{screen}-1024x768-{language}.png" for screen in SCREENS for language in available_languages()}
    written = {path.name for path in tmp_path.glob("*.png")}
    assert written == expected
    assert all(path.stat().st_size > 10_000 for path in tmp_path.glob("*.png"))  # a real screen, not a blank one


def test_a_screen_in_the_wrong_language_is_noticed(qtbot) -> None:
    tool = _tool()
    screen = QWidget()
    qtbot.addWidget(screen)
    layout = QVBoxLayout(screen)
    layout.addWidget(QLabel("Giv en idé", screen))  # Danish for "Give an idea"
    layout.addWidget(QLabel("Åse Ørnebjerg", screen))  # what a citizen typed: never counted
    screen.show()
    assert tool.wrong_language(screen, "en") == {"Giv en idé"}
    assert tool.wrong_language(screen, "da") == set()
    english = QLabel("Give an idea", screen)
    layout.addWidget(english)
    english.show()
    assert tool.wrong_language(screen, "da") == {"Give an idea"}


def test_every_screen_at_the_kiosks_size_in_both_looks_with_the_longest_texts(tmp_path: Path) -> None:
    """Issue 28, points 1 and 9: at 1280 × 800, in every language, normal and larger text, with
    the longest stop name and story the product can show, no screen grows wider than the display
    and the start screen never scrolls (the tool reports either as a problem and exits 1)."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(TOOL), str(tmp_path), "--size", "1280x800", "--look", "normal", "--look", "large", "--longest"]
    result = subprocess.run(command, capture_output=True, text=True, env=environment)
    assert result.returncode == 0, result.stderr[-3000:]
    looks = ("", "-large")
    expected = {f"{screen}-1280x800-{language}{look}.png" for screen in SCREENS for language in available_languages() for look in looks}
    assert {path.name for path in tmp_path.glob("*.png")} == expected
