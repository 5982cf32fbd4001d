"""The staff's screens behind the PIN, one at a time in the kiosk window: the panel (the hub),
and from it the day's ideas (moderation), Byttebørs and volunteers, and the receipts. Each is
made when opened and destroyed when another screen is shown, like a citizen's."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from mokoko_desktop.kiosk import Kiosk
    from mokoko_desktop.printing import ReceiptPrinter
    from mokoko_desktop.submissions import Submission
    from ui.common.language import LanguageSwitcher
    from ui.kiosk.navigator import Navigator
    from ui.kiosk.staff_close_day import StaffCloseDayScreen
    from ui.kiosk.staff_dashboard import StaffDashboardScreen
    from ui.kiosk.staff_day import StaffDayScreen
    from ui.kiosk.staff_moderation import StaffModerationScreen
    from ui.kiosk.staff_open_day import StaffOpenDayScreen
    from ui.kiosk.staff_panel import StaffPanel
    from ui.kiosk.staff_receipts import StaffReceiptsScreen
    from ui.kiosk.staff_setup import StaffSetupScreen
    from ui.kiosk.sync_scheduler import SyncScheduler


class StaffDesk(QObject):
    """Opens the staff screens on the navigator; reachable only once the PIN was given (the
    window opens :meth:`open_panel` when the PIN gate unlocks). Holds what the staff screens work
    with (the kiosk core, the printer, the sync), given by :meth:`attach`; tells the window what
    staff did by its signals and never reaches back into it.

    Signals:
        finished(): staff are done: the citizens' start screen again.
        quit_requested(): staff asked to leave kiosk mode.
        day_changed(): today's stop, hours or language changed: the start screen reads them again.
        day_closed(): "Luk dagen" is done: the kiosk sleeps for the rest of today.
        record_stored(object): staff stored an idea on a citizen's behalf; its code is shown.
    """

    finished = Signal()
    quit_requested = Signal()
    day_changed = Signal()
    day_closed = Signal()
    record_stored = Signal(object)

    def __init__(self, nav: Navigator, screens: QWidget, languages: LanguageSwitcher, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._nav = nav
        self._screens = screens
        self._languages = languages
        self._kiosk: Kiosk | None = None
        self._printer: ReceiptPrinter | None = None
        self._sync: SyncScheduler | None = None

    def attach(self, kiosk: Kiosk, printer: ReceiptPrinter | None, sync: SyncScheduler | None) -> None:
        self._kiosk, self._printer, self._sync = kiosk, printer, sync

    @property
    def _core(self) -> Kiosk:
        assert self._kiosk is not None, "StaffDesk.attach() was not called"
        return self._kiosk

    def notice_stored(self, record: Submission) -> None:
        """A record was stored anywhere on the kiosk: the day in figures, if open, reads it."""
        if self.dashboard is not None:
            self.dashboard.reload()

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

    @property
    def setup(self) -> StaffSetupScreen | None:
        return cast("StaffSetupScreen | None", self._nav.screen("staff_setup"))

    def open_setup(self) -> None:
        """The first start's guided set-up (after the first PIN); the staff panel follows."""
        from ui.kiosk.staff_setup import StaffSetupScreen

        setup = StaffSetupScreen(self._core, self._printer, self._sync, self._screens)
        setup.finished.connect(self.open_panel)
        self._nav.show(setup, "staff_setup")

    def open_panel(self) -> None:
        from ui.kiosk.staff_panel import StaffPanel

        panel = StaffPanel(self._core, self._screens, sync=self._sync)
        panel.closed.connect(self.finished)
        panel.quit_requested.connect(self.quit_requested)
        panel.day_requested.connect(self.open_day)
        panel.receipts_requested.connect(self.open_receipts)
        panel.moderation_requested.connect(self.open_moderation)
        panel.dashboard_requested.connect(self.open_dashboard)
        panel.assisted_requested.connect(self.open_assisted)
        panel.close_day_requested.connect(self.open_close_day)
        panel.open_day_requested.connect(self.open_start_of_day)
        panel.setup_requested.connect(self.open_setup)
        self._nav.show(panel, "staff_panel")

    def _close_the_day(self) -> None:
        """Closed, and the store copied (off the GUI thread: a season's store takes a moment)."""
        from ui.common.tasks import run_in_background

        run_in_background(self._core.close_day, lambda _done: self.day_closed.emit(), lambda _error: self.day_closed.emit(), owner=self)

    def open_start_of_day(self) -> None:
        """'Start dagen': the stop and its hours, a test receipt, paper, sync, the day's language."""
        from ui.kiosk.staff_open_day import StaffOpenDayScreen

        checklist = StaffOpenDayScreen(self._core, self._printer, self._sync, self._screens)
        checklist.closed.connect(self.open_panel)
        checklist.open_requested.connect(self.finished)
        checklist.day_changed.connect(self.day_changed)
        self._nav.show(checklist, "staff_open_day")

    def open_day(self) -> None:
        """The day's Byttebørs and sign-ups."""
        from ui.kiosk.staff_day import StaffDayScreen

        day = StaffDayScreen(self._core, self._languages.language, self._screens)
        day.closed.connect(self.open_panel)
        self._nav.show(day, "staff_day")

    def open_receipts(self) -> None:
        """Reprint by code, and the unprinted receipts."""
        from ui.kiosk.staff_receipts import StaffReceiptsScreen

        receipts = StaffReceiptsScreen(self._core, self._printer, self._screens)
        receipts.closed.connect(self.open_panel)
        self._nav.show(receipts, "staff_receipts")

    def open_moderation(self) -> None:
        """The day's ideas: hide one, or show it again."""
        from ui.kiosk.staff_moderation import StaffModerationScreen

        moderation = StaffModerationScreen(self._core, self._screens)
        moderation.closed.connect(self.open_panel)
        self._nav.show(moderation, "staff_moderation")

    def open_dashboard(self) -> None:
        """The day in figures, read again whenever a citizen submits."""
        from ui.kiosk.staff_dashboard import StaffDashboardScreen

        dashboard = StaffDashboardScreen(self._core, self._screens, printer=self._printer)
        dashboard.closed.connect(self.open_panel)
        self._nav.show(dashboard, "staff_dashboard")

    def open_assisted(self) -> None:
        """An idea typed in by staff on a citizen's behalf, or from a paper form (flagged
        assisted); afterwards, back to the staff panel for the next one."""
        from mokoko_desktop import readiness
        from ui.kiosk.idea_flow.flow import IdeaFlow

        if not readiness.takes_ideas(self._core.readiness()):
            return  # the panel says what to fix first
        flow = IdeaFlow(self._core, self._languages.language, self._screens, assisted=True)
        flow.submitted.connect(self._assisted_stored)
        flow.cancelled.connect(self.open_panel)
        self._nav.show(flow, "flow")

    def _assisted_stored(self, record: Submission) -> None:
        from ui.kiosk.thanks_screen import ThanksScreen

        thanks = ThanksScreen(self._core, record, self._printer, self._screens)
        thanks.finished.connect(self.open_panel)
        self._nav.show(thanks, "thanks")
        self.record_stored.emit(record)

    def open_close_day(self) -> None:
        """'Luk dagen': sync and wait, the day's figures, what is left; then sleep."""
        from ui.kiosk.staff_close_day import StaffCloseDayScreen

        closing = StaffCloseDayScreen(self._core, self._sync, self._printer, self._screens)
        closing.closed.connect(self.open_panel)
        closing.sleep_requested.connect(self._close_the_day)
        self._nav.show(closing, "staff_close_day")
