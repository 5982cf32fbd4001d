"""Staff hide an abusive idea from the day's list with two taps and a reason, and show it again
after a mis-tap; the list is read off the GUI thread and says what happened in Danish."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from mokoko_desktop.ideas import IdeaDraft
from shared_kernel.receipt_codes import format_code


def test_staff_hide_an_idea_with_a_reason_and_show_it_again(qtbot, kiosk, make_window, clock) -> None:
    good = kiosk.submit(IdeaDraft(theme_code="aeldre", text="Bænke ved åen, så ældre kan hvile sig på turen langs vandet."))
    clock.advance(minutes=3)
    rude = kiosk.submit(IdeaDraft(theme_code="andet", text="Borgmesteren er en idiot"))
    window = make_window(kiosk)
    window.staff.open_panel()
    assert window.staff.panel is not None
    qtbot.mouseClick(window.staff.panel.moderation_button, Qt.MouseButton.LeftButton)
    screen = window.staff.moderation
    assert screen is not None
    qtbot.waitUntil(lambda: screen.ideas.count() == 2, timeout=10_000)
    assert screen.ideas.item(0).text().endswith("Borgmesteren er en idiot")  # newest first
    assert not screen.hide_button.isEnabled() and not screen.show_button.isVisible()
    screen.ideas.setCurrentRow(0)
    assert not screen.hide_button.isEnabled()  # a reason first
    qtbot.mouseClick(screen.reason_buttons["offensive"], Qt.MouseButton.LeftButton)
    assert screen.hide_button.isEnabled()
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        qtbot.mouseClick(screen.hide_button, Qt.MouseButton.LeftButton)
    code = format_code(rude.receipt_code)
    assert screen.done.text() == f"{code} er skjult: den vises ikke offentligt, men rådhuset kan stadig se den."
    assert f"{code}  ·  SKJULT {clock().astimezone():%H:%M} (Krænkende eller sårende)" in screen.ideas.item(0).text()
    assert screen.show_button.isVisible() and not screen.hide_button.isEnabled()  # kept chosen
    assert [line.hidden_reason for line in kiosk.ideas_of_day()] == ["offensive", ""]
    if os.environ.get("MOKOKO_SHOTS"):
        window.grab().save(str(Path(os.environ["MOKOKO_SHOTS"]) / "staff-moderation.png"))
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        qtbot.mouseClick(screen.show_button, Qt.MouseButton.LeftButton)
    assert screen.done.text() == f"{code} vises igen." and "SKJULT" not in screen.ideas.item(0).text()
    assert kiosk.ideas_of_day()[1].receipt_code == good.receipt_code and kiosk.ideas_of_day()[0].hidden_reason == ""
