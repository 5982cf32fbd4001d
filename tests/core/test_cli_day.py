"""``mokoko day``: the staff screens' day, from the command line (on the real clock)."""

from __future__ import annotations

import json

from mokoko_desktop.clock import local_date, utc_now
from shared_kernel.command_line import main


def _status(data: list[str], capsys) -> dict:
    capsys.readouterr()  # what earlier commands said
    assert main(["day", "status", "--json", *data]) == 0
    return json.loads(capsys.readouterr().out)


def test_close_open_keep_open_and_tick(kiosk, data_dir, capsys) -> None:
    kiosk.settings.set("current_stop_id", "asferg")  # a stop with hours (10-17, Saturday 10-14, Sunday closed)
    kiosk.settings.set("current_stop_day", local_date(utc_now()).isoformat())
    kiosk.close()
    data = ["--data-dir", str(data_dir)]
    before = _status(data, capsys)
    assert before["stop"] == {"id": "asferg", "place": "Asferg", "chosen_by_staff": True}
    assert before["checklist"] == {"stop": True, "printer": False, "paper": False, "sync": False, "language": True}
    assert main(["day", "close", *data]) == 0
    closed = _status(data, capsys)
    assert closed["closed_by_staff"] and not closed["open_now"]
    assert main(["day", "open", "--all-day", *data]) == 0
    opened = _status(data, capsys)
    assert opened["open_now"] and opened["kept_open"] and not opened["closed_by_staff"]  # whatever the time of day
    assert main(["day", "check", "printer", *data]) == 0 and main(["day", "check", "paper", *data]) == 0
    assert _status(data, capsys)["checklist"]["paper"] is True
    assert main(["day", "check", "paper", "--undo", *data]) == 0
    assert _status(data, capsys)["checklist"]["paper"] is False
    capsys.readouterr()
    assert main(["day", "status", *data]) == 0
    assert "Stop today: Asferg (chosen for today); hours: " in capsys.readouterr().out


def test_opening_a_day_without_a_stop_is_refused_calmly(data_dir, capsys) -> None:
    from mokoko_desktop.kiosk import Kiosk

    Kiosk.open(data_dir).close()  # a new kiosk: no catalogue, no stop
    assert main(["day", "open", "--data-dir", str(data_dir)]) == 1
    assert "No stop is planned for today" in capsys.readouterr().err
