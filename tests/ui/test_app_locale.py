"""The on-screen keyboard's Danish layout comes from the locale, which every program the kiosk
starts inherits: the kiosk sets Danish only where the machine has it (the demo's PostgreSQL
refused to initialise under a locale the machine lacks: seen by hand under Xvfb)."""

from __future__ import annotations

import os

import pytest

from ui.kiosk.app import DANISH_LOCALE, _danish_keyboard, _locale_installed


@pytest.mark.parametrize("installed", [True, False])
def test_the_keyboard_locale_is_never_one_the_machine_lacks(monkeypatch, installed: bool) -> None:
    monkeypatch.setenv("QT_IM_MODULE", "qtvirtualkeyboard")
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("LC_ALL", "C.UTF-8")  # recorded, so that what the code sets is undone after the test
    monkeypatch.delenv("LC_ALL")  # (a delenv of an unset variable records nothing: later tests got Danish)
    monkeypatch.setattr("ui.kiosk.app._locale_installed", lambda name: installed)  # the machine's locales: a fact, not code under test
    _danish_keyboard()
    assert os.environ.get("LC_ALL") == (DANISH_LOCALE if installed else None)
    assert os.environ["LANG"] == (DANISH_LOCALE if installed else "C.UTF-8")


def test_the_locale_check_asks_the_c_library() -> None:
    assert _locale_installed("C.UTF-8") or _locale_installed("C")
    assert not _locale_installed("xx_YY.UTF-8")
