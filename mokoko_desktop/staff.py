"""Staff access: the PIN stored as a slow hash, checked with a pause after repeated mistakes."""

from __future__ import annotations

import datetime as dt

from mokoko_desktop.clock import Clock, utc_now
from mokoko_desktop.models import StaffPin
from mokoko_desktop.pin import DEMO_PIN, PinError, hash_pin, pin_matches, pin_problem
from mokoko_desktop.store import Store

__all__ = ["DEMO_PIN", "FREE_ATTEMPTS", "LOCKOUT", "PinError", "StaffAccess"]

FREE_ATTEMPTS = 5
LOCKOUT = dt.timedelta(seconds=30)


class StaffAccess:
    """Set and check the staff PIN. After :data:`FREE_ATTEMPTS` wrong PINs in a row, further
    attempts are refused for :data:`LOCKOUT` (kept in memory: a restart needs staff anyway)."""

    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self._store = store
        self._clock = clock
        self._failures = 0
        self._locked_until: dt.datetime | None = None

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
            session.add(row)

    def seconds_locked(self) -> int:
        """Seconds until another attempt is allowed (0: allowed now)."""
        if self._locked_until is None:
            return 0
        remaining = (self._locked_until - self._clock()).total_seconds()
        return max(0, int(remaining + 0.999))

    def check(self, pin: str) -> bool:
        """True if ``pin`` is the staff PIN. Always False while locked out."""
        if self.seconds_locked():
            return False
        with self._store.session(writes=True) as session:
            row = session.get(StaffPin, 1)
        if row is not None and pin_matches(pin, row.pin_hash):
            self._failures = 0
            self._locked_until = None
            return True
        self._failures += 1
        if self._failures >= FREE_ATTEMPTS:
            self._locked_until = self._clock() + LOCKOUT
        return False
