"""`mokoko kiosk --smoke --screenshot` starts, paints its first frame and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from tests.commands import MOKOKO


def test_smoke_start_prints_startup_time_and_saves_the_first_frame(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    # The first start has no start screen snapshot yet; the second paints from it.
    for run in ("first", "second"):
        shot = tmp_path / f"{run}.png"
        result = subprocess.run(
            [MOKOKO, "kiosk", "--demo", "--data-dir", str(tmp_path / "d"), "--screenshot", str(shot), "--size", "1280x800"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        seconds = float(result.stdout.strip().splitlines()[-1])
        assert 0 < seconds < 60
        image = QImage(str(shot))
        assert (image.width(), image.height()) == (1280, 800)
        colours = {image.pixel(x, y) for x in range(0, 1280, 37) for y in range(0, 800, 23)}
        assert len(colours) > 5  # a painted screen, not a blank one
    assert (tmp_path / "d" / "start_screen.json").exists()


def test_the_day_language_from_the_command_line(tmp_path: Path) -> None:
    from mokoko_desktop.bootstrap import open_kiosk

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    shot = tmp_path / "ar.png"
    result = subprocess.run(
        [MOKOKO, "kiosk", "--demo", "--data-dir", str(tmp_path / "d"), "--language", "ar", "--screenshot", str(shot), "--size", "1280x800"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    kiosk = open_kiosk(tmp_path / "d")
    try:
        assert kiosk.day_plan().language == "ar"  # as if staff had chosen it in "Start dagen"
    finally:
        kiosk.close()
    image = QImage(str(shot))
    assert len({image.pixel(x, y) for x in range(0, 1280, 37) for y in range(0, 800, 23)}) > 5  # painted


FIRST_FRAME = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from shared_kernel.command_line import build_parser
from ui.common.application import FirstPaint, wait_for_first_paint, create_application
from ui.kiosk.kiosk_window import KioskWindow
from ui.common.language import LanguageSwitcher
from mokoko_desktop.start_info import StartInfo, read_start_info
build_parser().parse_args(["kiosk", "--smoke"])
app = create_application()
languages = LanguageSwitcher()
languages.reset()
window = KioskWindow(languages, read_start_info(__import__("pathlib").Path(sys.argv[1])) or StartInfo())
watcher = FirstPaint()
window.installEventFilter(watcher)
window.resize(1280, 800)
window.show()
assert wait_for_first_paint(app, watcher, 30)
heavy = {"sync", "alembic", "psycopg", "reportlab", "qrcode", "sqlalchemy", "sqlmodel"}
print(sorted({name.split(".")[0] for name in sys.modules} & heavy))
"""


def test_the_first_frame_is_painted_before_the_database_layer_and_sync_load(tmp_path: Path) -> None:
    """What ``mokoko kiosk`` does before its first frame (the command line, the window from the
    start screen snapshot) loads none of sync, Alembic, psycopg, SQLAlchemy, reportlab or qrcode."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    subprocess.run(
        [MOKOKO, "kiosk", "--demo", "--smoke", "--data-dir", str(tmp_path)], check=True, capture_output=True, env=env, timeout=120
    )
    assert (tmp_path / "start_screen.json").exists()
    result = subprocess.run([sys.executable, "-c", FIRST_FRAME, str(tmp_path)], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_the_start_screen_shows_published_stories_one_at_a_time(qtbot) -> None:
    from mokoko_desktop.start_info import StartInfo
    from ui.common.language import LanguageSwitcher
    from ui.kiosk.start_screen import StartScreen

    languages = LanguageSwitcher()
    languages.reset()  # Danish, as at every reset (the switcher owns the translator: kept alive here)
    screen = StartScreen(StartInfo(municipality="Randers Kommune"))
    qtbot.addWidget(screen)
    assert screen.story_card.isHidden()  # nothing published: no empty box
    screen.set_info(
        StartInfo(
            municipality="Randers Kommune",
            stories=(
                ("Nye bænke ved åen", "Der står nu tre bænke.", "", "da"),
                ("Cykelsti til skolen", "Den er med i budgettet.", "", "da"),
            ),
        )
    )
    assert screen._story_heading.text() == "I sagde – vi gjorde" and screen.story_count.text() == "1 / 2"
    assert (screen.story_headline.text(), screen.story_text.text()) == ("Nye bænke ved åen", "Der står nu tre bænke.")
    screen._next_story()  # what the timer does every STORY_SECONDS
    assert screen.story_headline.text() == "Cykelsti til skolen" and languages.language == "da"


def test_touching_a_story_opens_every_story_nearest_first(qtbot, kiosk, make_window) -> None:
    from PySide6.QtCore import Qt

    from mokoko_desktop.models import Story

    with kiosk.store.session(writes=True) as session:  # as a pull leaves them
        session.add(
            Story(
                idea_id="a",
                receipt_code="A",
                headline="Cykelsti til skolen",
                said="En cykelsti, tak",
                did="Den er med i budgettet.",
                stop_id="langaa",
                stop_place="Langå",
                published_at="2026-11-28T10:00:00+00:00",
            )
        )
        session.add(
            Story(
                idea_id="b",
                receipt_code="B",
                headline="Nye bænke ved åen",
                said="Bænke ved åen",
                did="Der står nu tre bænke.",
                stop_id="assentoft",
                stop_place="Assentoft",
                status_at="2026-11-21T10:00:00+00:00",
                published_at="2026-11-27T10:00:00+00:00",
            )
        )
    window = make_window(kiosk)
    assert window.start_screen.story_headline.text() == "Nye bænke ved åen"  # given at today's stop
    qtbot.mouseClick(window.start_screen.story_card, Qt.MouseButton.LeftButton)
    stories = window.screens.currentWidget()
    assert type(stories).__name__ == "StoriesScreen"
    assert [texts[0].text() for _card, texts in stories.cards] == ["Nye bænke ved åen", "Cykelsti til skolen"]
    assert stories.cards[0][1][3].text() == "Givet i Assentoft · 21. november 2026"
    with qtbot.waitSignal(window.reset_done):
        qtbot.mouseClick(stories.done_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.start_screen
