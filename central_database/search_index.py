"""The office's search index, kept off the kiosk's path (central migration c0033).

A kiosk's push only queues its new ideas' ids; :func:`index_new_ideas` puts what is queued into
``mokoko.idea_search`` (the Danish words and the text for the trigram index). The watchdog service
calls it every round (every 5 s), and city hall's search calls it before it searches, so an idea is
found the moment it has arrived, and by the index within a round when nobody searches.
"""

from __future__ import annotations

import psycopg

ROUND = 10_000  # ideas indexed in one statement (about half a second)


def index_new_ideas(connection: psycopg.Connection, *, most: int = ROUND) -> int:
    """Index at most ``most`` queued ideas in the connection's transaction; returns how many."""
    row = connection.execute("SELECT mokoko.index_new_ideas(%s)", (most,)).fetchone()
    return int(row[0]) if row else 0


def index_all_queued(connection: psycopg.Connection) -> int:
    """Index every queued idea, a round of :data:`ROUND` committed at a time (an autocommit
    connection); returns how many."""
    indexed = 0
    while True:
        done = index_new_ideas(connection)
        indexed += done
        if done < ROUND:
            return indexed
