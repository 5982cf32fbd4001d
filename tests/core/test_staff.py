from __future__ import annotations

import pytest

from mokoko_desktop.models import StaffPin
from mokoko_desktop.paths import DATABASE_FILE
from mokoko_desktop.staff import FREE_ATTEMPTS, PinError, StaffAccess


def test_pin_is_stored_as_a_slow_hash_never_in_plain(kiosk) -> None:
    kiosk.staff.set_pin("583920")
    with kiosk.store.session() as session:
        row = session.get(StaffPin, 1)
    assert row.pin_hash.startswith("scrypt$") and "583920" not in row.pin_hash
    kiosk.store.engine.dispose()
    for path in kiosk.data_dir.glob(DATABASE_FILE + "*"):
        assert b"583920" not in path.read_bytes()
    assert kiosk.staff.check("583920")
    assert not kiosk.staff.check("583921")


@pytest.mark.parametrize("pin", ["1234", "abcdef", "111111", "123456", "9876543", "1" * 13])
def test_weak_or_malformed_pins_are_refused(kiosk, pin) -> None:
    with pytest.raises(PinError):
        kiosk.staff.set_pin(pin)


def test_repeated_wrong_pins_lock_for_a_while(kiosk, clock) -> None:
    access = StaffAccess(kiosk.store, clock)
    for _ in range(FREE_ATTEMPTS):
        assert not access.check("000000")
    assert access.seconds_locked() == 30
    assert not access.check("246810")  # even the right PIN waits
    clock.advance(seconds=31)
    assert access.check("246810")


def test_each_wrong_pin_after_the_lockout_doubles_the_wait_and_a_restart_keeps_it(kiosk, clock) -> None:
    from mokoko_desktop.staff import LOCKOUT_MAX

    kiosk.staff.set_pin("246810")
    access = StaffAccess(kiosk.store, clock)
    for _ in range(FREE_ATTEMPTS):
        assert not access.check("000000")
    waits = [access.seconds_locked()]
    for _ in range(6):
        clock.advance(seconds=waits[-1])
        assert not StaffAccess(kiosk.store, clock).check("000000")  # a new object each time: as after a restart
        waits.append(StaffAccess(kiosk.store, clock).seconds_locked())
    assert waits == [30, 60, 120, 240, 480, 900, int(LOCKOUT_MAX.total_seconds())]
    assert not access.check("246810")  # locked: even the right PIN waits, and is not counted
    clock.advance(seconds=900)
    assert access.check("246810") and access.seconds_locked() == 0
    assert not access.check("000000") and access.seconds_locked() == 0  # the count started again
