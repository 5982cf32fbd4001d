"""What anyone with a receipt code may read: the follow-up site's one way into the
central database.

The site connects as a web reader (``mokoko central add-web-reader``): a member of
``mokoko_web``, which may execute ``mokoko.public_followup(code)``, ``mokoko.public_stories(n)``
and ``mokoko.public_privacy()`` and nothing else. A look-up returns the public fields of one code: status, its date, the public
reply, the area and its contact person's name; a sign-up's status. Never the idea's text, never
the citizen's details, and nothing about any other code.
"""

from __future__ import annotations

from typing import Any

import psycopg

STORIES_SHOWN = 30


def look_up(connection: psycopg.Connection, code: str) -> dict[str, Any] | None:
    """The public fields of the record with the (normalised) receipt ``code``, or None."""
    row = connection.execute("SELECT mokoko.public_followup(%s)", (code,)).fetchone()
    return dict(row[0]) if row and row[0] else None


def stories(connection: psycopg.Connection, how_many: int = STORIES_SHOWN) -> list[dict[str, Any]]:
    """The published "I sagde – vi gjorde" stories, newest first."""
    return [dict(row[0]) for row in connection.execute("SELECT mokoko.public_stories(%s)", (how_many,))]


def privacy(connection: psycopg.Connection) -> dict[str, Any]:
    """The privacy notice's facts: the municipality's (None when the catalogue names none) and
    the retention periods the purge keeps to (``{kind: days}``)."""
    row = connection.execute("SELECT mokoko.public_privacy()").fetchone()
    return dict(row[0]) if row and row[0] else {"municipality": None, "retention": {}}
