"""Another kiosk's receipt code, asked about at this one: the kiosk's own login calls
``mokoko.kiosk_followup(code)`` (central migration c0022), which answers what the follow-up site
shows anyone with the code, at most 30 times a minute per kiosk. What the kiosk does with the
answer is :func:`mokoko_desktop.followup.with_central_answer`."""

from __future__ import annotations

import logging
from typing import Any

import psycopg
from psycopg import errors

from central_database.connection import CentralError, CentralUnreachable, connect
from mokoko_desktop.followup import NO_CONNECTION, TOO_MANY, UNREACHABLE

log = logging.getLogger(__name__)


class NotAnswered(Exception):
    """The central database could not be asked; ``problem`` is one of the kinds in
    :mod:`mokoko_desktop.followup` (NO_CONNECTION, UNREACHABLE, TOO_MANY)."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def public_fields(central_url: str, code: str) -> dict[str, Any] | None:
    """The public fields of the (normalised) receipt ``code``, or None when the central database
    knows no such code. Raises :class:`NotAnswered`."""
    if not central_url:
        raise NotAnswered(NO_CONNECTION)
    try:
        with connect(central_url, autocommit=True) as central:
            row = central.execute("SELECT mokoko.kiosk_followup(%s)", (code,)).fetchone()
    except errors.ProgramLimitExceeded:
        raise NotAnswered(TOO_MANY) from None
    except CentralUnreachable as error:
        log.info("Follow-up of another kiosk's code: %s", error)
        raise NotAnswered(UNREACHABLE) from None
    except (CentralError, psycopg.Error) as error:  # an older central database, or a login that may not ask
        log.warning("Follow-up of another kiosk's code failed: %s", type(error).__name__)
        raise NotAnswered(UNREACHABLE) from None
    return dict(row[0]) if row and row[0] else None
