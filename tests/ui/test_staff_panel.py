"""The staff panel tells staff about a setting whose stored value does not fit."""

from __future__ import annotations

from sqlalchemy import text


def test_a_setting_that_does_not_fit_is_shown_to_staff(kiosk, make_window) -> None:
    with kiosk.store.engine.begin() as connection:
        connection.execute(text("INSERT INTO setting (key, value) VALUES ('idle_timeout_seconds', '\"ninety\"')"))
    window = make_window(kiosk)
    window.open_staff_panel()
    info = window.staff_panel._info.text()
    assert "Indstillingen idle_timeout_seconds har en gemt værdi, der ikke passer" in info
    assert "standardværdien bruges" in info
