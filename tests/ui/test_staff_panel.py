"""The staff panel tells staff about a setting whose stored value does not fit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import text

from tests.conftest import central_rows


def test_a_setting_that_does_not_fit_is_shown_to_staff(kiosk, make_window) -> None:
    with kiosk.store.engine.begin() as connection:
        connection.execute(text("INSERT INTO setting (key, value) VALUES ('idle_timeout_seconds', '\"ninety\"')"))
    window = make_window(kiosk)
    window.staff.open_panel()
    info = window.staff.panel._info.text()
    assert "Indstillingen idle_timeout_seconds har en gemt værdi, der ikke passer" in info
    assert "standardværdien bruges" in info


def test_staff_see_what_could_not_be_sent_and_send_it_again(qtbot, kiosk, owner_url, kiosk_url, make_window) -> None:
    from mokoko_desktop.ideas import IdeaDraft

    idea = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="Sendes ikke"), "assentoft")
    with kiosk.store.engine.begin() as connection:  # what an older kiosk version let in
        connection.execute(text("UPDATE idea SET language = 'da' || char(0) WHERE id = :id"), {"id": idea.id})
    window = make_window(kiosk, kiosk_url)
    window.sync.start()
    qtbot.waitUntil(lambda: window.sync.view().status is not None and window.sync.view().status.refused == 1, timeout=15000)
    window.staff.open_panel()
    panel = window.staff.panel
    assert "1 registreringer kunne ikke sendes" in panel.sync_info.text()
    assert panel.retry_button.isVisible() and panel.retry_button.text() == "Send dem igen"
    with kiosk.store.engine.begin() as connection:  # the fix
        connection.execute(text("UPDATE idea SET language = 'da' WHERE id = :id"), {"id": idea.id})
    qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: central_rows(owner_url, "SELECT count(*) FROM mokoko.idea") == [(1,)], timeout=15000)
    qtbot.waitUntil(lambda: not panel.retry_button.isVisible() and "kunne ikke sendes" not in panel.sync_info.text(), timeout=15000)
