"""A kiosk that cannot take citizens never lets one start: the start screen says it opens soon,
and the staff panel says exactly what to fix. Fixing it (choosing today's stop) opens it."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import Qt

from mokoko_desktop.kiosk import Kiosk
from mokoko_desktop.start_info import read_start_info
from tests.conftest import present


def _offered(window) -> dict[str, bool]:
    start = window.start_screen
    return {name: getattr(start, f"{name}_button").isVisible() for name in ("idea", "volunteer", "byttebors", "followup")}


def test_a_kiosk_with_no_catalogue_opens_soon_and_tells_staff_to_sync(qtbot, data_dir, clock, make_window) -> None:
    kiosk = Kiosk.open(data_dir, clock=clock)  # a new kiosk: no catalogue until its first sync
    kiosk.staff.set_pin("246810")
    window = make_window(kiosk)
    assert window.start_screen.closed_notice.isVisible()
    assert window.start_screen.closed_notice.text().startswith("Kiosken åbner snart.")
    assert _offered(window) == {"idea": False, "volunteer": False, "byttebors": False, "followup": True}
    window.start_idea()  # even if something asked for it, no flow starts
    assert window.flow is None
    assert present(read_start_info(kiosk.data_dir)).not_ready == ("no_catalogue",)  # the next start's first frame says so too
    window.staff.open_panel()
    text = window.staff.panel.not_ready.text()
    assert text.startswith("Borgerne kan ikke komme i gang endnu:") and "Intet katalog endnu" in text
    kiosk.close()


def test_a_day_with_no_stop_on_the_tour_is_fixed_by_choosing_one(qtbot, kiosk, clock, make_window) -> None:
    clock.now = dt.datetime(2026, 12, 28, 10, 0, tzinfo=dt.UTC)  # between the tour's stops (Christmas)
    assert kiosk.today_stop() is None
    window = make_window(kiosk)
    assert window.start_screen.closed_notice.isVisible() and not _offered(window)["idea"]
    if os.environ.get("MOKOKO_SHOTS"):
        window.grab().save(str(Path(os.environ["MOKOKO_SHOTS"]) / "start-opens-soon.png"))
    window.staff.open_panel()
    panel = window.staff.panel
    assert "• Der er intet stop planlagt i dag: vælg dagens stop." in panel.not_ready.text()
    if os.environ.get("MOKOKO_SHOTS"):
        window.grab().save(str(Path(os.environ["MOKOKO_SHOTS"]) / "staff-not-ready.png"))
    qtbot.mouseClick(panel.change_stop_button, Qt.MouseButton.LeftButton)  # "Skift": the start-of-day checklist
    qtbot.mouseClick(window.staff.start_of_day.stop_buttons["havndal"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.staff.start_of_day.back_button, Qt.MouseButton.LeftButton)
    panel = window.staff.panel
    assert not panel.not_ready.isVisible() and panel.stop_line.text().startswith("Havndal (valgt for i dag)")
    qtbot.mouseClick(panel.back_button, Qt.MouseButton.LeftButton)
    assert not window.start_screen.closed_notice.isVisible()
    assert _offered(window) == {"idea": True, "volunteer": True, "byttebors": True, "followup": True}


def test_after_the_consultation_closes_only_ideas_stop(qtbot, kiosk, clock, make_window) -> None:
    clock.now = dt.datetime(2027, 7, 15, 10, 0, tzinfo=dt.UTC)
    kiosk.set_today_stop("vorup")
    assert kiosk.readiness() == ("no_consultation",)
    window = make_window(kiosk)
    assert not window.start_screen.closed_notice.isVisible()
    assert _offered(window) == {"idea": False, "volunteer": True, "byttebors": True, "followup": True}
