"""The one helper for background work (receipt rendering, printing, later sync).

``run_in_background(work, on_done, on_error, owner=widget)`` runs ``work()`` on Qt's thread pool
and calls ``on_done(result)`` or ``on_error(exception)`` back on the main thread, unless ``owner``
was destroyed meanwhile (a citizen's screen is thrown away as soon as they are done, often before
their receipt has rendered). Be careful not to touch any widget inside ``work``: that may crash Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import Shiboken

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries the outcome from the worker thread to the main thread (queued signals)."""

    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # every failure is reported to the caller
            log.exception("Background task failed")
            self._relay.failed.emit(error)
        else:
            self._relay.done.emit(result)


_running: set[_Relay] = set()


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    pool: QThreadPool | None = None,
    *,
    owner: QObject | None = None,
) -> None:
    """Run ``work`` off the GUI thread; the callbacks run on the main thread, and only while
    ``owner`` (if given) still exists."""
    relay = _Relay()
    _running.add(relay)  # keep the relay alive until the task reports back

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(relay)
        if owner is not None and not Shiboken.isValid(owner):
            log.info("Background task finished after its screen was closed; its result is not shown")
            return
        callback(value)

    relay.done.connect(lambda result: finish(on_done, result))
    relay.failed.connect(lambda error: finish(on_error, error))
    (pool or QThreadPool.globalInstance()).start(_Task(work, relay))
