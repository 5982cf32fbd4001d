"""Staff access: the PIN stored as a slow hash, checked with a pause after repeated mistakes."""

from __future__ import annotations

import datetime as dt

from mokoko_desktop.clock import Clock, utc_now
from mokoko_desktop.models import StaffPin
from mokoko_desktop.pin import DEMO_PIN, PinError, hash_pin, pin_matches, pin_problem
from mokoko_desktop.store import Store

__all__ = ["DEMO_PIN", "FREE_ATTEMPTS", "LOCKOUT", "LOCKOUT_MAX", "PinError", "StaffAccess"]

FREE_ATTEMPTS = 5
LOCKOUT = dt.timedelta(seconds=30)  # after the 5th wrong PIN in a row; doubled for each one after
LOCKOUT_MAX = dt.timedelta(minutes=15)


class StaffAccess:
    """Set and check the staff PIN. After :data:`FREE_ATTEMPTS` wrong PINs in a row, attempts are
    refused for :data:`LOCKOUT`, and each further wrong PIN doubles the wait (30 s, 1, 2, 4, 8
    minutes, then 15 minutes each time). Wrong PINs and the lockout are kept in the database, so a
    restart does not reset them; the right PIN, or a new one, does."""

    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self._store = store
        self._clock = clock

    def has_pin(self) -> bool:
        with self._store.session() as session:
            return session.get(StaffPin, 1) is not None

    def set_pin(self, pin: str) -> None:
        problem = pin_problem(pin)
        if problem:
            raise PinError(problem)
        with self._store.session(writes=True) as session:
            row = session.get(StaffPin, 1) or StaffPin(id=1, pin_hash="", set_at=self._clock())
            row.pin_hash = hash_pin(pin)
            row.set_at = self._clock()
            row.failures, row.locked_until = 0, None
            session.add(row)

    def seconds_locked(self) -> int:
        """Seconds until another attempt is allowed (0: allowed now)."""
        with self._store.session() as session:
            row = session.get(StaffPin, 1)
        if row is None or row.locked_until is None:
            return 0
        remaining = (row.locked_until - self._clock()).total_seconds()
        return max(0, int(remaining + 0.999))

    def check(self, pin: str) -> bool:
        """True if ``pin`` is the staff PIN. Always False while locked out (and not counted)."""
        if self.seconds_locked():
            return False
        with self._store.session() as session:
            row = session.get(StaffPin, 1)
        if row is None:
            return False
        matches = pin_matches(pin, row.pin_hash)  # slow on purpose: outside the write transaction
        with self._store.session(writes=True) as session:
            row = session.get(StaffPin, 1)
            if row is None:
                return False
            if matches:
                row.failures, row.locked_until = 0, None
            else:
                row.failures += 1
                if row.failures >= FREE_ATTEMPTS:
                    wait = min(LOCKOUT * 2 ** (row.failures - FREE_ATTEMPTS), LOCKOUT_MAX)
                    row.locked_until = self._clock() + wait
            session.add(row)
        return matches
