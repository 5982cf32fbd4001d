"""'Luk dagen': sync now and wait, the day's figures saved as a PDF (read back), what is left
said calmly, then the kiosk sleeps until staff give the PIN; the idle timer does not wake it."""

from __future__ import annotations

import os
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from mokoko_desktop.ideas import IdeaDraft
from tests.sync.conftest import central_rows


def test_closing_the_day_syncs_saves_the_figures_and_sleeps(qtbot, kiosk, owner_url, kiosk_url, make_window, printer) -> None:
    kiosk.submit(IdeaDraft(theme_code="andet", text="Lys på stien", age_group="65-79"))
    kiosk.submit(IdeaDraft(theme_code="aeldre", text="Bænke ved åen"))
    window = make_window(kiosk, kiosk_url)
    window.staff.open_panel()
    qtbot.mouseClick(window.staff.panel.close_day_button, Qt.MouseButton.LeftButton)
    closing = window.staff.close_day
    assert closing is not None
    with qtbot.waitSignal(closing.summary_written, timeout=20_000) as written:
        pass
    assert closing.synced and closing.waiting == 0 and closing.sync_line.text() == "Alt er sendt til kommunen."
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.idea") == [(2,)]  # sent before the day closed
    text = PdfReader(str(written.args[0])).pages[0].extract_text()
    assert "Dagen i tal" in text and "Idéer: 2" in text and "Ikke sendt til kommunen endnu: 0" in text
    assert "65–79: 1" in text and "Under 15" in text and "under-15" not in text  # age groups by name (issue 28, point 6)
    assert closing.summary_line.text().startswith("Dagens tal er gemt: ")
    assert closing.report is not None and "Dagsrapport" in PdfReader(str(closing.report)).pages[0].extract_text()
    assert f"Dagsrapporten (A4) er gemt: {closing.report}" in closing.summary_line.text()
    if os.environ.get("MOKOKO_SHOTS"):
        window.grab().save(str(Path(os.environ["MOKOKO_SHOTS"]) / "staff-close-day.png"))
    qtbot.mouseClick(closing.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=10_000)  # on the receipt roll
    qtbot.mouseClick(closing.sleep_button, Qt.MouseButton.LeftButton)
    window.idle.set_timeout(20)
    window.idle.start()
    qtbot.wait(200)
    assert window._nav.role == "sleep" and not window.idle_prompt.isVisible()  # asleep, not woken by the idle timer
    if os.environ.get("MOKOKO_SHOTS"):
        window.grab().save(str(Path(os.environ["MOKOKO_SHOTS"]) / "sleep.png"))
    qtbot.mouseClick(window.screens.currentWidget(), Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.pin_pad


def test_closing_a_kiosk_with_no_connection_says_everything_is_kept(qtbot, kiosk, make_window) -> None:
    kiosk.submit(IdeaDraft(theme_code="andet", text="Lys på stien"))
    window = make_window(kiosk)
    window.staff.open_panel()
    window.staff.open_close_day()
    closing = window.staff.close_day
    qtbot.waitUntil(lambda: closing.summary is not None, timeout=20_000)
    assert "Kiosken er ikke forbundet til kommunen: alt er gemt her." in closing.warnings.text()
    assert closing.sync_line.text() == "Ikke forbundet til kommunen."
