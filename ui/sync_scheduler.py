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
from ui.tasks import run_in_background

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk
    from sync.engine import SyncStatus

log = logging.getLogger(__name__)

BACKOFF_FIRST_MS = 2_000
BACKOFF_MAX_MS = 20_000  # "within seconds": never wait longer than this while offline
JITTER = 0.25


@dataclass(frozen=True)
class SyncView:
    """What the indicator and the staff panel show."""

    online: bool | None  # None: not tried yet
    configured: bool
    running: bool
    status: SyncStatus


class SyncScheduler(QObject):
    """Schedules :func:`mokoko_desktop.bootstrap.sync_once` for ``kiosk`` on the thread pool. Never blocks the
    interface; never runs two syncs at once.

    Signals:
        changed(SyncView): after every attempt, and when a sync starts.
    """

    changed = Signal(object)

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
        self._again = False
        self._online: bool | None = None
        self._backoff_ms = BACKOFF_FIRST_MS
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)

    def start(self) -> None:
        self._emit()
        self.sync_now()

    def next_delay_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def sync_now(self) -> None:
        """Sync as soon as possible (right after a submission, or staff's "Sync now")."""
        if self._running:
            self._again = True
            return
        url = self._central_url()
        if not url:
            self._online = None
            self._emit()
            return
        self._running = True
        self._timer.stop()
        self._emit()
        kiosk = self._kiosk
        run_in_background(lambda: bootstrap.sync_once(kiosk, url), self._succeeded, self._failed)

    def _succeeded(self, report: object) -> None:
        self._running = False
        self._online = True
        self._backoff_ms = BACKOFF_FIRST_MS
        self._schedule(self._kiosk.settings.get("sync_interval_seconds") * 1000)

    def _failed(self, error: Exception) -> None:
        self._running = False
        self._online = False
        log.warning("Sync failed; trying again in about %d s: %s", self._backoff_ms // 1000, error)
        self._schedule(self._backoff_ms)
        self._backoff_ms = min(self._backoff_ms * 2, BACKOFF_MAX_MS)

    def _schedule(self, delay_ms: int) -> None:
        if self._again:
            self._again = False
            delay_ms = 0
        jittered = int(delay_ms * self._rng.uniform(1 - JITTER, 1 + JITTER))
        self._timer.start(max(0, jittered))
        self._emit()

    def view(self) -> SyncView:
        return SyncView(self._online, bool(self._central_url()), self._running, bootstrap.sync_status(self._kiosk))

    def _emit(self) -> None:
        self.changed.emit(self.view())
