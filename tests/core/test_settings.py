"""Settings: checked when set; a stored value that no longer fits is never used, and says so."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import text

from mokoko_desktop.settings import SettingError
from shared_kernel.command_line import main


def _store_raw(kiosk, key: str, json_value: str) -> None:
    """Write a value as an older version (or a hand edit) might have left it."""
    with kiosk.store.engine.begin() as connection:
        connection.execute(text("INSERT OR REPLACE INTO setting (key, value) VALUES (:key, :value)"), {"key": key, "value": json_value})


def test_a_value_out_of_bounds_is_refused(kiosk) -> None:
    with pytest.raises(SettingError, match="at least 15"):
        kiosk.settings.set("idle_timeout_seconds", 3)
    assert kiosk.settings.get("idle_timeout_seconds") == 60


def test_a_stored_value_that_no_longer_fits_is_told_not_used(kiosk, caplog) -> None:
    _store_raw(kiosk, "idle_timeout_seconds", '"ninety"')
    _store_raw(kiosk, "followup_url_template", '"https://example.dk/f/"')
    with caplog.at_level(logging.WARNING):
        assert kiosk.settings.get("idle_timeout_seconds") == 60
        assert kiosk.settings.get("idle_timeout_seconds") == 60
    warnings = [r.getMessage() for r in caplog.records if "idle_timeout_seconds" in r.getMessage()]
    assert len(warnings) == 1 and "does not fit" in warnings[0] and "ninety" not in warnings[0]
    assert kiosk.settings.unusable() == {
        "idle_timeout_seconds": "idle_timeout_seconds must be a whole number.",
        "followup_url_template": "followup_url_template must contain {code}.",
    }
    kiosk.settings.set("idle_timeout_seconds", 90)
    assert list(kiosk.settings.unusable()) == ["followup_url_template"]


def test_settings_list_says_which_stored_value_does_not_fit(kiosk, capsys) -> None:
    _store_raw(kiosk, "sync_interval_seconds", "5")
    kiosk.close()
    assert main(["settings", "list", "--data-dir", str(kiosk.data_dir)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == f"# data folder: {kiosk.data_dir}"  # where the demo's admin-url is (README)
    assert "sync_interval_seconds = 60" in out
    assert "the stored value does not fit: sync_interval_seconds must be at least 10." in out
