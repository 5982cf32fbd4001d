"""The central database's watchdog: limits no login can lift.

A kiosk's ``statement_timeout`` and ``idle_in_transaction_session_timeout`` are defaults of its
role: a stolen kiosk may ``SET`` them to 0, take a lock every kiosk needs and sit on it. The
watchdog asks the server every few seconds to end every session past its group's limits
(``mokoko.session_limit``, central migration c0020) with ``mokoko.end_overlong_sessions()``, as the
administrator. So a kiosk (or a web reader, or an office PC left with an open transaction) holds
up the others for at most its limit plus one round. Each round also puts the ideas that arrived
since into the office's search index (:mod:`central_database.search_index`).

Run it as a service next to the database: ``mokoko central watchdog --url-file ADMIN_URL_FILE``.
It logs who was ended and why (logins, never a query).
"""

from __future__ import annotations

import logging
import threading

import psycopg

from central_database.connection import CentralError, connect
from central_database.search_index import index_all_queued

log = logging.getLogger(__name__)

EVERY_SECONDS = 5.0


def end_overlong_sessions(url: str) -> list[tuple[int, str, str]]:
    """One round: end the sessions past their limits, then index the ideas that arrived since.
    Returns (process id, login, why) of each session ended."""
    with connect(url, autocommit=True) as connection:
        try:
            rows = connection.execute("SELECT * FROM mokoko.end_overlong_sessions()").fetchall()
        except psycopg.errors.InsufficientPrivilege:
            raise CentralError("This login may not end sessions: give the watchdog the administrator's URL.") from None
        indexed = index_all_queued(connection)
    ended = [(int(pid), str(login), str(why)) for pid, login, why in rows]
    for pid, login, why in ended:
        log.warning("Watchdog ended session %d of %s: %s", pid, login, why)
    if indexed:
        log.info("Watchdog indexed %d new ideas for the office's search", indexed)
    return ended


class Watchdog:
    """Rounds of :func:`end_overlong_sessions` on a thread of its own, every ``every`` seconds,
    until :meth:`stop`. A round that fails (the server away) is logged and the next one tried."""

    def __init__(self, url: str, every: float = EVERY_SECONDS) -> None:
        self._url, self._every = url, every
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="mokoko-watchdog", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stopped.wait(self._every):
            try:
                end_overlong_sessions(self._url)
            except (CentralError, psycopg.Error) as error:
                log.warning("Watchdog round failed: %s", type(error).__name__)


def watch(url: str, *, every: float = EVERY_SECONDS, once: bool = False) -> None:
    """The watchdog service: a round now, then one every ``every`` seconds until interrupted."""
    end_overlong_sessions(url)  # a wrong URL or login is told at once
    if once:
        return
    stopped = threading.Event()
    try:
        while not stopped.wait(every):
            try:
                end_overlong_sessions(url)
            except (CentralError, psycopg.Error) as error:
                log.warning("Watchdog round failed: %s", type(error).__name__)
    except KeyboardInterrupt:
        pass
