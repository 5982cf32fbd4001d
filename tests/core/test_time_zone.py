"""Issue 28, point 7: one time zone for the municipality (default Europe/Copenhagen), used for
every time a person reads, whatever zone the PC is set to: the kiosk, the office app and the
exports agree. ``mokoko`` uses $MOKOKO_TIME_ZONE; a kiosk its ``time_zone`` setting."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.clock import local_date
from mokoko_desktop.ideas import IdeaDraft
from shared_kernel.command_line import main
from shared_kernel.time_zone import DEFAULT_TIME_ZONE, use_time_zone


@pytest.fixture
def back_to_copenhagen(monkeypatch):
    yield
    monkeypatch.delenv("MOKOKO_TIME_ZONE", raising=False)
    use_time_zone(DEFAULT_TIME_ZONE)


def test_the_default_is_copenhagen_whatever_the_pc_says(back_to_copenhagen, monkeypatch) -> None:
    monkeypatch.setenv("TZ", "UTC")  # a PC left on UTC
    time.tzset()
    assert use_time_zone() == "Europe/Copenhagen"
    late = dt.datetime(2026, 11, 20, 23, 30, tzinfo=dt.UTC)  # half past midnight in Denmark
    assert local_date(late) == dt.date(2026, 11, 21) and late.astimezone().hour == 0


def test_a_kiosk_uses_its_setting_and_a_wrong_name_is_refused(back_to_copenhagen, data_dir, clock, capsys) -> None:
    data = ["--data-dir", str(data_dir)]
    assert main(["settings", "set", "time_zone", "Mars/Olympus", *data]) == 1
    assert "'Mars/Olympus' is not a time zone" in capsys.readouterr().err
    assert main(["settings", "set", "time_zone", "America/Nuuk", *data]) == 0  # a municipality in Greenland
    kiosk = open_kiosk(data_dir, demo=True, clock=clock)
    try:
        idea = kiosk.submit(IdeaDraft(theme_code="aeldre", text="Bænke ved åen"))  # 11:30 UTC
        assert idea.created_at.astimezone().strftime("%H:%M") == "09:30"  # Nuuk is UTC-2 in November
    finally:
        kiosk.close()


def test_a_wrong_zone_in_the_environment_is_said_plainly(back_to_copenhagen, monkeypatch, capsys) -> None:
    monkeypatch.setenv("MOKOKO_TIME_ZONE", "Copenhagen")
    assert main(["--help"]) == 2
    said = capsys.readouterr().err
    assert "'Copenhagen' is not a time zone" in said and "e.g. Europe/Copenhagen" in said and "$MOKOKO_TIME_ZONE" in said
