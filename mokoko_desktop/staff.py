"""The staff PIN: stored as a slow scrypt hash, checked with a pause after repeated mistakes."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets

from mokoko_desktop.clock import Clock, utc_now
from mokoko_desktop.models import StaffPin
from mokoko_desktop.store import Store

PIN_MIN_DIGITS = 6
PIN_MAX_DIGITS = 12
DEMO_PIN = "246810"

# scrypt cost: about 0.1 s and 32 MiB per check on a kiosk PC; slow enough to make guessing a
# stolen hash expensive, quick enough for staff.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**15, 8, 1
_MAXMEM = 64 * 1024 * 1024

FREE_ATTEMPTS = 5
LOCKOUT = dt.timedelta(seconds=30)


class PinError(ValueError):
    """A PIN that is not allowed; ``str()`` says why (English)."""


def pin_problem(pin: str) -> str | None:
    if not pin.isdigit() or not (PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS):
        return f"The staff PIN must be {PIN_MIN_DIGITS} to {PIN_MAX_DIGITS} digits."
    if len(set(pin)) == 1 or pin in "0123456789012" or pin in "9876543210987":
        return "Please choose a PIN that is not a row or a repeat of one digit."
    return None


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, maxmem=_MAXMEM)
    encode = base64.b64encode
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${encode(salt).decode()}${encode(digest).decode()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(digest)
    actual = hashlib.scrypt(
        pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), maxmem=_MAXMEM, dklen=len(expected)
    )
    return hmac.compare_digest(actual, expected)


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
        with self._store.session() as session:
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
        with self._store.session() as session:
            row = session.get(StaffPin, 1)
        if row is not None and pin_matches(pin, row.pin_hash):
            self._failures = 0
            self._locked_until = None
            return True
        self._failures += 1
        if self._failures >= FREE_ATTEMPTS:
            self._locked_until = self._clock() + LOCKOUT
        return False
