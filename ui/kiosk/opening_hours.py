"""The kiosk window's opening hours: outside the stop's hours (from the tour plan) the start
screen gives way to the closed screen, and comes back when they begin; after "Luk dagen" the
kiosk sleeps on the same screen until staff give the PIN."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from mokoko_desktop.clock import local_date

if TYPE_CHECKING:
    from ui.kiosk.kiosk_window import KioskWindow
    from ui.kiosk.navigator import Navigator

CHECK_SECONDS = 30
CLOSED_ROLES = ("closed", "sleep")  # outside opening hours; after "Luk dagen"


class OpeningHoursKeeper(QObject):
    """Shows the closed screen on the window's navigator when the hours say so. Decides from
    the start screen's snapshot (no query on the GUI thread); only a new day reads the tour
    plan again, through the window's reset."""

    def __init__(self, window: KioskWindow, nav: Navigator) -> None:
        super().__init__(window)
        self._window = window
        self._nav = nav
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_SECONDS * 1000)
        self._timer.timeout.connect(self.follow)

    def start(self) -> None:
        self._timer.start()

    def follow(self) -> None:
        """Close when the hours end and open when they begin, never while someone uses the kiosk."""
        window = self._window
        if not (self._nav.current() is window.start_screen or self._nav.role in CLOSED_ROLES):
            return
        now = window.core.clock()
        info = window.start_info
        if info.day != local_date(now).isoformat():
            window.reset_to_start()  # a new day (also after "Luk dagen"): its stop, hours and language
        elif self._nav.role == "sleep":
            return  # closed by staff for the rest of today
        elif self._nav.role == "closed" and not info.closed_at(now):
            window.reset_to_start()
        else:
            self.close_if_outside_hours()

    def close_if_outside_hours(self) -> None:
        """On the start screen outside the hours, or after "Luk dagen" (even after a restart):
        show the closed screen instead."""
        from ui.kiosk.closed_screen import ClosedScreen

        window = self._window
        now = window.core.clock()
        if self._nav.current() is not window.start_screen:
            return
        if window.start_info.closed_today:
            self.sleep()
            return
        if not window.start_info.closed_at(now):
            return
        closed = ClosedScreen(window.start_info, now, window.start_info.language, window.screens)
        closed.woken.connect(window.open_pin_pad)
        self._nav.show(closed, "closed")

    def sleep(self) -> None:
        """"Luk dagen" is done: closed for the rest of today, dark until staff give the PIN."""
        from ui.kiosk.closed_screen import ClosedScreen

        window = self._window
        info = window.start_info
        asleep = ClosedScreen(info, window.core.clock(), info.language, window.screens, for_today=True)
        asleep.woken.connect(window.open_pin_pad)
        self._nav.show(asleep, "sleep")
