"""The staff PIN's rules and its slow scrypt hash (no database: cheap to import)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

PIN_MIN_DIGITS = 6
PIN_MAX_DIGITS = 12
DEMO_PIN = "246810"

# scrypt cost: about 0.1 s and 32 MiB per check on a kiosk PC; slow enough to make guessing a
# stolen hash expensive, quick enough for staff.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**15, 8, 1
_MAXMEM = 64 * 1024 * 1024


class PinError(ValueError):
    """A PIN that is not allowed; ``str()`` says why (English)."""


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` may not be the staff PIN, or ``None`` if it may."""
    if not pin.isdigit() or not (PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS):
        return f"The staff PIN must be {PIN_MIN_DIGITS} to {PIN_MAX_DIGITS} digits."
    if len(set(pin)) == 1 or pin in "0123456789012" or pin in "9876543210987":
        return "Please choose a PIN that is not a row or a repeat of one digit."
    return None


def hash_pin(pin: str) -> str:
    """A salted scrypt hash of ``pin`` with its parameters, as stored."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, maxmem=_MAXMEM)
    encode = base64.b64encode
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${encode(salt).decode()}${encode(digest).decode()}"


def pin_matches(pin: str, stored: str) -> bool:
    """True if ``pin`` hashes to ``stored`` (compared in constant time)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(digest)
    actual = hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), maxmem=_MAXMEM, dklen=len(expected))
    return hmac.compare_digest(actual, expected)
