"""No text, in any language and either look, widens the kiosk window past the display: long
texts wrap or end in "…" (seen: 1372 px at 1280 × 800 after a long error, 1304 px with a story).
Every screen with the demo's texts is checked by tools/screenshots.py (tests/tools); here the
longest texts the product can show."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from shared_kernel.i18n import available_languages
from sync.engine import SyncStatus
from ui.kiosk.sync_scheduler import SyncView

WIDTH, HEIGHT = 1280, 800
ERROR = (
    'connection failed: connection to server at "mokoko-central.randers.dk" (10.20.30.40), port 5432 failed: '
    "Connection refused. Is the server running on that host and accepting TCP/IP connections? "
) * 2
HEADLINE = "Nye bænke, bedre belysning og en overdækket cykelparkering ved åen i Langå, Spentrup og Assentoft"
REPLY = "Kommunen har sat fire nye bænke op langs åstien og skiftet lamperne ved broen. " * 4


def _settle(qtbot, window, name: str) -> None:
    qtbot.wait(30)
    QApplication.processEvents()
    if os.environ.get("MOKOKO_SHOTS"):  # to look at
        window.grab().save(str(Path(os.environ["MOKOKO_SHOTS"]) / f"{name}.png"))


@pytest.mark.parametrize("language", available_languages())
@pytest.mark.parametrize("large_text", [False, True], ids=["normal", "large"])
def test_the_start_screen_with_a_long_story_and_the_sync_line_fits(qtbot, kiosk, make_window, language, large_text) -> None:
    window = make_window(kiosk)
    window.start_screen.set_info(dataclasses.replace(window.start_screen.info, stories=((HEADLINE, REPLY, "", "da"),)))
    window.sync_indicator.show()
    window.sync_indicator.set_for_staff(True)
    window.sync_indicator.show_view(
        SyncView(
            online=False,
            configured=True,
            running=False,
            status=SyncStatus(waiting=123456, conflicts=0, last_success_at=None, last_error=ERROR),
        )
    )
    window.top_bar.language_chosen.emit(language)
    window.set_sight(large_text=large_text, contrast=large_text)
    _settle(qtbot, window, f"width-start-{language}-{'large' if large_text else 'normal'}")
    assert (window.width(), window.height()) == (WIDTH, HEIGHT)
    sideways = window.start_screen.findChild(QScrollArea, "startScroll").horizontalScrollBar()
    assert not sideways.isVisible()  # nothing is cut off at the side either


@pytest.mark.parametrize("language", ["da", "en"])  # staff read Danish or English
def test_the_staff_panel_with_a_long_error_fits(qtbot, kiosk, make_window, language) -> None:
    window = make_window(kiosk)
    window.top_bar.language_chosen.emit(language)
    window.open_pin_pad()
    window.staff.open_panel()
    panel = window.staff.panel
    panel.sync_info.setText(ERROR)
    panel.connection_note.setText(ERROR)
    window.sync_indicator.show()
    window.sync_indicator.setText("○ " + ERROR)
    _settle(qtbot, window, f"width-staff-{language}")
    assert (window.width(), window.height()) == (WIDTH, HEIGHT)
