"""Deleted when promised: the municipality's copy of what citizens left is deleted when
the period the consent text promised is over: the sealed contact details (and the clear ones of
records from before sealing), or a whole Byttebørs post. Run ``mokoko central purge`` nightly (README).

The periods are in the catalogue (``retention``, days) and in ``mokoko.retention`` centrally:
- ``idea-contact-after-answer``: an idea's contact details, counted from the day it was done or
  not taken further;
- ``signup-contact``: a sign-up's contact details (the organisation keeps its own copy only while
  the person volunteers with it);
- ``offer``: a Byttebørs post, with its contact details.

Only counts are reported, never what was deleted. The rules are the database's own
(``mokoko.purge_expired()``), so the administrator who runs the purge needs no rights on the
records themselves.
"""

from __future__ import annotations

from central_database.connection import connect


def purge_expired(url: str) -> dict[str, int]:
    """Delete what is past its promised period, in one transaction, by the server's clock (the
    administrator's ``mokoko.purge_expired()``, central migration c0020, which holds the rules).
    Returns counts by what."""
    with connect(url) as connection:
        return {what: int(count) for what, count in connection.execute("SELECT what, deleted FROM mokoko.purge_expired()")}
