"""The staff's screens behind the PIN, one at a time in the kiosk window: the panel (the hub),
and from it the day's ideas (moderation), Byttebørs and volunteers, and the receipts. Each is
made when opened and destroyed when another screen is shown, like a citizen's."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from mokoko_desktop.submissions import Submission
    from ui.kiosk.kiosk_window import KioskWindow
    from ui.kiosk.navigator import Navigator
    from ui.kiosk.staff_close_day import StaffCloseDayScreen
    from ui.kiosk.staff_dashboard import StaffDashboardScreen
    from ui.kiosk.staff_day import StaffDayScreen
    from ui.kiosk.staff_moderation import StaffModerationScreen
    from ui.kiosk.staff_open_day import StaffOpenDayScreen
    from ui.kiosk.staff_panel import StaffPanel
    from ui.kiosk.staff_receipts import StaffReceiptsScreen


class StaffDesk(QObject):
    """Opens the staff screens on the kiosk window's navigator; reachable only once the PIN was
    given (the window opens :meth:`open_panel` when the PIN gate unlocks)."""

    def __init__(self, window: KioskWindow, nav: Navigator) -> None:
        super().__init__(window)
        self._window = window
        self._nav = nav

    @property
    def panel(self) -> StaffPanel | None:
        return cast("StaffPanel | None", self._nav.screen("staff_panel"))

    @property
    def day(self) -> StaffDayScreen | None:
        return cast("StaffDayScreen | None", self._nav.screen("staff_day"))

    @property
    def moderation(self) -> StaffModerationScreen | None:
        return cast("StaffModerationScreen | None", self._nav.screen("staff_moderation"))

    @property
    def dashboard(self) -> StaffDashboardScreen | None:
        return cast("StaffDashboardScreen | None", self._nav.screen("staff_dashboard"))

    @property
    def close_day(self) -> StaffCloseDayScreen | None:
        return cast("StaffCloseDayScreen | None", self._nav.screen("staff_close_day"))

    @property
    def start_of_day(self) -> StaffOpenDayScreen | None:
        return cast("StaffOpenDayScreen | None", self._nav.screen("staff_open_day"))

    @property
    def receipts(self) -> StaffReceiptsScreen | None:
        return cast("StaffReceiptsScreen | None", self._nav.screen("staff_receipts"))

    def open_panel(self) -> None:
        from ui.kiosk.staff_panel import StaffPanel

        window = self._window
        panel = StaffPanel(window.core, window.screens, sync=window.sync)
        panel.closed.connect(window.reset_to_start)
        panel.quit_requested.connect(window.leave_kiosk_mode)
        panel.day_requested.connect(self.open_day)
        panel.receipts_requested.connect(self.open_receipts)
        panel.moderation_requested.connect(self.open_moderation)
        panel.dashboard_requested.connect(self.open_dashboard)
        panel.assisted_requested.connect(self.open_assisted)
        panel.close_day_requested.connect(self.open_close_day)
        panel.open_day_requested.connect(self.open_start_of_day)
        self._nav.show(panel, "staff_panel")

    def _close_the_day(self) -> None:
        self._window.core.close_day()
        self._window.refresh_start()
        self._window.hours.sleep()

    def open_start_of_day(self) -> None:
        """"Start dagen": the stop and its hours, a test receipt, paper, sync, the day's language."""
        from ui.kiosk.staff_open_day import StaffOpenDayScreen

        window = self._window
        checklist = StaffOpenDayScreen(window.core, window.printer, window.sync, window.screens)
        checklist.closed.connect(self.open_panel)
        checklist.open_requested.connect(window.reset_to_start)
        checklist.day_changed.connect(window.refresh_start)
        self._nav.show(checklist, "staff_open_day")

    def open_day(self) -> None:
        """The day's Byttebørs and sign-ups."""
        from ui.kiosk.staff_day import StaffDayScreen

        day = StaffDayScreen(self._window.core, self._window.language, self._window.screens)
        day.closed.connect(self.open_panel)
        self._nav.show(day, "staff_day")

    def open_receipts(self) -> None:
        """Reprint by code, and the unprinted receipts."""
        from ui.kiosk.staff_receipts import StaffReceiptsScreen

        receipts = StaffReceiptsScreen(self._window.core, self._window.printer, self._window.screens)
        receipts.closed.connect(self.open_panel)
        self._nav.show(receipts, "staff_receipts")

    def open_moderation(self) -> None:
        """The day's ideas: hide one, or show it again."""
        from ui.kiosk.staff_moderation import StaffModerationScreen

        moderation = StaffModerationScreen(self._window.core, self._window.screens)
        moderation.closed.connect(self.open_panel)
        self._nav.show(moderation, "staff_moderation")

    def open_dashboard(self) -> None:
        """The day in figures, read again whenever a citizen submits."""
        from ui.kiosk.staff_dashboard import StaffDashboardScreen

        dashboard = StaffDashboardScreen(self._window.core, self._window.screens, printer=self._window.printer)
        dashboard.closed.connect(self.open_panel)
        self._window.record_stored.connect(dashboard.reload)  # gone with the screen (a Qt connection to a QObject)
        self._nav.show(dashboard, "staff_dashboard")

    def open_assisted(self) -> None:
        """An idea typed in by staff on a citizen's behalf, or from a paper form (flagged
        assisted); afterwards, back to the staff panel for the next one."""
        from mokoko_desktop import readiness
        from ui.kiosk.idea_flow.flow import IdeaFlow

        window = self._window
        if not readiness.takes_ideas(window.core.readiness()):
            return  # the panel says what to fix first
        flow = IdeaFlow(window.core, window.language, window.screens, assisted=True)
        flow.submitted.connect(self._assisted_stored)
        flow.cancelled.connect(self.open_panel)
        self._nav.show(flow, "flow")

    def _assisted_stored(self, record: Submission) -> None:
        from ui.kiosk.thanks_screen import ThanksScreen

        thanks = ThanksScreen(self._window.core, record, self._window.printer, self._window.screens)
        thanks.finished.connect(self.open_panel)
        self._nav.show(thanks, "thanks")
        self._window.record_stored.emit(record)

    def open_close_day(self) -> None:
        """"Luk dagen": sync and wait, the day's figures, what is left; then sleep."""
        from ui.kiosk.staff_close_day import StaffCloseDayScreen

        window = self._window
        closing = StaffCloseDayScreen(window.core, window.sync, window.printer, window.screens)
        closing.closed.connect(self.open_panel)
        closing.sleep_requested.connect(self._close_the_day)
        self._nav.show(closing, "staff_close_day")
