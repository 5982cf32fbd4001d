"""Runs sync in the background: right after each submission, every N seconds while online, and
with exponential back-off and jitter while the central database is out of reach, so it resumes
by itself within seconds when the connection returns."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from mokoko_desktop import bootstrap
from ui.common.tasks import run_in_background

if TYPE_CHECKING:
    from mokoko_desktop.followup import FollowUp
    from mokoko_desktop.kiosk import Kiosk
    from sync.engine import SyncProgress, SyncReport, SyncStatus

log = logging.getLogger(__name__)

BACKOFF_FIRST_MS = 2_000
BACKOFF_MAX_MS = 20_000  # "within seconds": never wait longer than this while offline
JITTER = 0.25


@dataclass(frozen=True)
class SyncView:
    """What the indicator and the staff panel show. ``status`` is None until it was first read."""

    online: bool | None  # None: not tried yet
    configured: bool
    running: bool
    status: SyncStatus | None
    stories: tuple[tuple[str, str, str, str], ...] | None = None  # the start screen's, read after the last good sync
    progress: SyncProgress | None = None  # how far the running sync's catch-up has come


@dataclass(frozen=True)
class _Outcome:
    """What a background attempt brings back to the main thread."""

    configured: bool
    status: SyncStatus
    interval_ms: int
    report: SyncReport | None = None
    error: Exception | None = None
    stories: tuple[tuple[str, str, str, str], ...] | None = None


def _attempt(kiosk: Kiosk, central_url: Callable[[], str], progress: Callable[[SyncProgress], None]) -> _Outcome:
    """Worker thread: read where to sync (a setting), sync if there is somewhere, then read the
    status it left. Everything here touches the database; nothing here touches the kiosk object."""
    url = central_url()
    interval_ms = kiosk.settings.get("sync_interval_seconds") * 1000
    if not url:
        return _Outcome(False, bootstrap.sync_status(kiosk), interval_ms)
    try:
        report = bootstrap.sync_once(kiosk, url, adopt_identity=False, progress=progress)
    except Exception as error:  # reported on the main thread, which backs off and tries again
        return _Outcome(True, bootstrap.sync_status(kiosk), interval_ms, error=error)
    return _Outcome(True, bootstrap.sync_status(kiosk), interval_ms, report=report, stories=kiosk.start_stories())


class SyncScheduler(QObject):
    """Schedules :func:`mokoko_desktop.bootstrap.sync_once` for ``kiosk`` on the thread pool.
    Never blocks the interface: ``central_url()``, the sync and every status query run on a
    worker thread, and only their results are handled on the main thread (which alone changes
    the kiosk object). Never runs two syncs at once.

    Signals:
        changed(SyncView): after every attempt, when a sync starts, and when the status was read.
    """

    changed = Signal(object)
    _progressed = Signal(object)  # emitted on the worker thread, handled on the main thread

    def __init__(
        self,
        kiosk: Kiosk,
        central_url: Callable[[], str],
        parent: QObject | None = None,
        *,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._central_url = central_url
        self._rng = rng or random.Random()
        self._running = False
        self._stopped = False
        self._again = False
        self._online: bool | None = None
        self._status: SyncStatus | None = None
        self._stories: tuple[tuple[str, str, str, str], ...] | None = None
        self._progress: SyncProgress | None = None
        self._progressed.connect(self._on_progress)
        self._configured = False  # known after the first attempt
        self._backoff_ms = BACKOFF_FIRST_MS
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)

    def start(self) -> None:
        self._emit()
        self.sync_now()

    def stop(self) -> None:
        """Never sync again (the local store cannot be used); a sync running now still ends."""
        self._stopped = True
        self._timer.stop()

    def next_delay_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def sync_now(self) -> None:
        """Sync as soon as possible (right after a submission, or staff's "Sync now")."""
        if self._stopped:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self._timer.stop()
        self._emit()
        kiosk, central_url, progressed = self._kiosk, self._central_url, self._progressed.emit
        run_in_background(lambda: _attempt(kiosk, central_url, progressed), self._attempted, self._failed, owner=self)

    def _on_progress(self, progress: SyncProgress) -> None:
        if self._running and progress.long:  # a catch-up; a day's sync ends before anyone could read it
            self._progress = progress  # a push under way: connected to somewhere
            self._configured = self._online = True
            self._emit()

    def _attempted(self, outcome: _Outcome) -> None:
        self._progress = None
        self._status, self._configured = outcome.status, outcome.configured
        if not outcome.configured:  # nowhere to sync: wait until staff set a connection
            self._running, self._online = False, None
            self._emit()
            if self._again:
                self._again = False
                self.sync_now()
            return
        if outcome.error is not None:
            self._failed(outcome.error)
            return
        if outcome.stories is not None:
            self._stories = outcome.stories
        if outcome.report is not None and outcome.report.new_identity:
            self._kiosk.use_identity(*outcome.report.new_identity)
        self._running = False
        self._online = True
        self._backoff_ms = BACKOFF_FIRST_MS
        self._schedule(outcome.interval_ms)

    def _failed(self, error: Exception) -> None:
        self._running, self._progress = False, None
        self._online = False
        log.warning("Sync failed; trying again in about %d s: %s", self._backoff_ms // 1000, error)
        self._schedule(self._backoff_ms)
        self._backoff_ms = min(self._backoff_ms * 2, BACKOFF_MAX_MS)

    def _schedule(self, delay_ms: int) -> None:
        if self._again:
            self._again = False
            delay_ms = 0
        jittered = int(delay_ms * self._rng.uniform(1 - JITTER, 1 + JITTER))
        if not self._stopped:
            self._timer.start(max(0, jittered))
        self._emit()

    def ask_central(self, found: FollowUp) -> FollowUp:
        """Worker thread: another kiosk's receipt code, asked about at the central database this
        kiosk syncs with (:func:`mokoko_desktop.bootstrap.ask_central`)."""
        return bootstrap.ask_central(found, self._central_url())

    def view(self) -> SyncView:
        """The last known state (no database work: the status was read on a worker thread)."""
        return SyncView(self._online, self._configured, self._running, self._status, self._stories, self._progress)

    def _emit(self) -> None:
        self.changed.emit(self.view())
