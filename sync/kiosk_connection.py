"""Checking a kiosk's connection before staff store it: what they scanned or typed (the QR of
``mokoko central add-device --qr``) must be a URL whose login the central database knows as a kiosk."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

from central_database.connection import CentralError, connect


@dataclass(frozen=True)
class CheckedConnection:
    """A kiosk's connection URL that works: the central database knows its login."""

    url: str
    name: str  # the kiosk's name there


class NotAKioskConnection(CentralError):
    """What staff scanned or typed is no working kiosk connection. ``reason``: "not_url" (not a
    connection URL at all), "unreachable" (the central database cannot be reached), or
    "unknown_login" (reached, but it knows no kiosk by that login)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def check_kiosk_url(scanned: str) -> CheckedConnection:
    """Test what staff scanned or typed (the QR of ``mokoko central add-device --qr``) before it
    is stored: a ``postgresql://`` URL whose login the central database knows as a kiosk.
    Raises :class:`NotAKioskConnection`; the secret is never in its message."""
    url = scanned.strip()
    if not url.startswith(("postgresql://", "postgres://")) or "@" not in url:
        raise NotAKioskConnection(
            "not_url",
            "That is not a kiosk's connection: scan the QR code that 'mokoko central add-device "
            "--qr' shows at city hall (it starts with postgresql://).",
        )
    try:
        with connect(url) as connection:
            row = connection.execute("SELECT name FROM mokoko.device WHERE role_name = current_user").fetchone()
    except CentralError as error:
        raise NotAKioskConnection("unreachable", str(error)) from None
    except psycopg.Error:  # another kind of login (city hall's), or another database
        row = None
    if row is None:
        raise NotAKioskConnection(
            "unknown_login",
            "The central database does not know this login as a kiosk. Ask city hall for a new connection ('mokoko central add-device').",
        )
    return CheckedConnection(url, str(row[0]))
