"""Passwords never leave the kiosk in plain text: not in the log, not on a screen, not in a
stored error message, not in ``mokoko settings list``.

A central database URL carries the kiosk's password (``postgresql://kiosk:PASSWORD@host/db``),
and PostgreSQL's own error messages can quote the connection string they failed to parse.
"""

from __future__ import annotations

import logging
import re

MASK = "***"
_URL_PASSWORD = re.compile(r"(?P<head>\b[a-z][a-z0-9+.-]*://[^:/?#@\s]*:)(?P<password>[^@\s/]*)(?=@)", re.IGNORECASE)
# "user:password@host" with no scheme: what PostgreSQL quotes back from a mistyped URL.
_BARE_PASSWORD = re.compile(r"(?P<head>[^\s:/@'\"=]+:)(?P<password>[^@\s/'\"]+)(?=@)")
_KEYWORD_PASSWORD = re.compile(r"(?P<head>\bpassword\s*=\s*)(?P<password>'(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE)


def mask_secrets(text: str) -> str:
    """``text`` with every password in a URL or a ``password=...`` setting replaced by ***."""
    text = _URL_PASSWORD.sub(lambda match: match["head"] + MASK, text)
    text = _BARE_PASSWORD.sub(lambda match: match["head"] + MASK, text)
    return _KEYWORD_PASSWORD.sub(lambda match: match["head"] + MASK, text)


class MaskSecrets(logging.Filter):
    """A log filter that masks passwords in every record before it is written."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_secrets(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True
