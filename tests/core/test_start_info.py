"""The start screen snapshot that lets the kiosk paint its first frame before the database loads."""

from __future__ import annotations

import os

from mokoko_desktop.start_info import SNAPSHOT_FILE, StartInfo, read_start_info
from tests.conftest import present


def test_start_info_is_saved_and_read_back(kiosk) -> None:
    info = kiosk.start_info()
    assert info.stop_place == "Assentoft" and info.question["da"].startswith("Hvordan gør vi")
    assert read_start_info(kiosk.data_dir) == info


def test_an_unchanged_start_screen_is_not_written_again(kiosk) -> None:
    kiosk.start_info()
    path = kiosk.data_dir / SNAPSHOT_FILE
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))  # make a rewrite visible in the mtime
    kiosk.start_info()
    assert path.stat().st_mtime_ns == 1_000_000_000
    kiosk.set_today_stop("havndal")
    assert kiosk.start_info().stop_place == "Havndal"
    assert present(read_start_info(kiosk.data_dir)).stop_place == "Havndal"


def test_a_damaged_snapshot_is_ignored(data_dir) -> None:
    (data_dir / SNAPSHOT_FILE).write_text("{not json", encoding="utf-8")
    assert read_start_info(data_dir) is None
    assert read_start_info(data_dir / "nowhere") is None
    assert StartInfo().question == {}
