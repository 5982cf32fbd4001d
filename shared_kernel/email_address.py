"""One e-mail address, checked: what a citizen typed at the kiosk (opened at city hall to send a
reply) or a city-hall person's work address, before any message carries it."""

from __future__ import annotations

from email.utils import getaddresses


class NotAnAddress(ValueError):
    """What the citizen's details hold is not exactly one e-mail address; ``str()`` says why (never the value)."""


def one_address(value: str) -> str:
    """The single e-mail address in ``value`` (as the kiosk checked it), or :class:`NotAnAddress`:
    a line break (a header of the attacker's own), two addresses, or no valid one."""
    from email_validator import EmailNotValidError, validate_email

    text = value.strip()
    if any(character in text for character in "\r\n\0"):
        raise NotAnAddress("the address holds a line break")
    if "," in text or ";" in text or len(getaddresses([text])) != 1:
        raise NotAnAddress("the value holds more than one address")
    try:
        return str(validate_email(text, check_deliverability=False).normalized)
    except EmailNotValidError:
        raise NotAnAddress("the value is not a valid e-mail address") from None
