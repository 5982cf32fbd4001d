"""Shared test set-up: headless Qt, a fresh data folder per test, a fixed clock, a fake printer."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # headless by default, before anything loads Qt
os.environ.pop("MOKOKO_DATA_DIR", None)

from mokoko_desktop.kiosk import Kiosk  # noqa: E402

FIXED_NOW = dt.datetime(2026, 11, 20, 11, 30, tzinfo=dt.timezone.utc)  # Assentoft on the demo tour


class FixedClock:
    """A clock that stands still unless a test moves it."""

    def __init__(self, now: dt.datetime = FIXED_NOW) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def kiosk(data_dir: Path, clock: FixedClock):
    """A demo kiosk (demo catalogue, demo PIN) on a fresh database."""
    opened = Kiosk.open(data_dir, demo=True, clock=clock)
    yield opened
    opened.close()
