"""The kiosk's opening hours: outside the stop's hours (from the tour plan) the start screen
gives way to the closed screen, and comes back when they begin; after "Luk dagen" the kiosk
sleeps on the same screen until staff give the PIN."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from mokoko_desktop.clock import local_date

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.kiosk.navigator import Navigator
    from ui.kiosk.start_screen import StartScreen

CHECK_SECONDS = 30
CLOSED_ROLES = ("closed", "sleep")  # outside opening hours; after "Luk dagen"


class OpeningHoursKeeper(QObject):
    """Shows the closed screen on the navigator when the hours say so. Decides from what the
    start screen shows (no query on the GUI thread); only a new day reads the tour plan again,
    by asking for the start (``reopen``).

    Signals:
        reopen(): a new day began, or the hours did: show the start screen again, read afresh.
        woken(): someone touched the closed screen: ask for the staff PIN.
    """

    reopen = Signal()
    woken = Signal()

    def __init__(self, nav: Navigator, start_screen: StartScreen, screens: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._nav = nav
        self._start_screen = start_screen
        self._screens = screens
        self._clock: Callable[[], dt.datetime] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_SECONDS * 1000)
        self._timer.timeout.connect(self.follow)

    def start(self, clock: Callable[[], dt.datetime]) -> None:
        """Follow the hours by ``clock`` (the kiosk core's) from now on."""
        self._clock = clock
        self._timer.start()

    def follow(self) -> None:
        """Close when the hours end and open when they begin, never while someone uses the kiosk."""
        if self._clock is None or not (self._nav.current() is self._start_screen or self._nav.role in CLOSED_ROLES):
            return
        now = self._clock()
        info = self._start_screen.info
        if info.day != local_date(now).isoformat():
            self.reopen.emit()  # a new day (also after "Luk dagen"): its stop, hours and language
        elif self._nav.role == "sleep":
            return  # closed by staff for the rest of today
        elif self._nav.role == "closed" and not info.closed_at(now):
            self.reopen.emit()
        else:
            self.close_if_outside_hours()

    def close_if_outside_hours(self) -> None:
        """On the start screen outside the hours, or after "Luk dagen" (even after a restart):
        show the closed screen instead."""
        if self._clock is None or self._nav.current() is not self._start_screen:
            return
        info = self._start_screen.info
        if info.closed_today:
            self.sleep()
        elif info.closed_at(self._clock()):
            self._show_closed("closed", for_today=False)

    def sleep(self) -> None:
        """'Luk dagen' is done: closed for the rest of today, dark until staff give the PIN."""
        self._show_closed("sleep", for_today=True)

    def _show_closed(self, role: str, *, for_today: bool) -> None:
        from ui.kiosk.closed_screen import ClosedScreen

        assert self._clock is not None, "OpeningHoursKeeper.start() was not called"
        info = self._start_screen.info
        closed = ClosedScreen(info, self._clock(), info.language, self._screens, for_today=for_today)
        closed.woken.connect(self.woken)
        self._nav.show(closed, role)
