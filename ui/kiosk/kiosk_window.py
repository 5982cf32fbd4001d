"""The kiosk window: full screen, one screen at a time, locked until staff give the PIN."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from mokoko_desktop import readiness
from mokoko_desktop.start_info import StartInfo
from shared_kernel.i18n import DEFAULT_LANGUAGE, STAFF_LANGUAGES
from ui.common.language import LanguageSwitcher
from ui.common.widgets import PageStack, application
from ui.kiosk.idle import IdleWatcher
from ui.kiosk.idle_prompt import IdlePrompt
from ui.kiosk.keyboard_language import KeyboardLanguage
from ui.kiosk.keyboard_room import KeyboardRoom
from ui.kiosk.looks import WindowLooks
from ui.kiosk.navigator import Navigator
from ui.kiosk.opening_hours import CLOSED_ROLES, OpeningHoursKeeper
from ui.kiosk.pin_gate import PinGate
from ui.kiosk.staff_desk import StaffDesk
from ui.kiosk.start_screen import StartScreen
from ui.kiosk.top_bar import TopBar

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk
    from mokoko_desktop.printing import ReceiptPrinter
    from mokoko_desktop.submissions import Submission
    from ui.kiosk.followup_screen import FollowUpScreen
    from ui.kiosk.idea_flow.flow import IdeaFlow
    from ui.kiosk.step_flow import StepFlow
    from ui.kiosk.sync_scheduler import SyncScheduler, SyncView
    from ui.kiosk.thanks_screen import ThanksScreen

log = logging.getLogger(__name__)


class KioskWindow(QMainWindow):
    """The top bar and one screen at a time; composes a :class:`Navigator` (which screen),
    a :class:`PinGate` (staff PIN) and an :class:`IdlePrompt` (the idle wipe).

    Built in two steps so the first frame is quick: the constructor needs only what the start
    screen shows (a :class:`StartInfo`); :meth:`attach` connects the opened kiosk core. Every
    citizen gets a new flow and thank-you screen; after an idle timeout (or when they are done)
    both are destroyed, so the next person can never see or go back to them. Closing the window,
    Alt+F4 and Escape do nothing until staff give the PIN.

    Signals:
        record_stored(object): an idea, sign-up or Byttebørs post was stored; its code is shown.
        reset_done(): everything a citizen typed was thrown away; the start screen is back.
    """

    record_stored = Signal(object)
    reset_done = Signal()

    def __init__(
        self, languages: LanguageSwitcher, start_info: StartInfo, parent: QWidget | None = None, *, countdown_tick_ms: int = 1000
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskWindow")
        self.setWindowTitle("MOKOKO")
        self._kiosk: Kiosk | None = None
        self.sync: SyncScheduler | None = None
        self.printer: ReceiptPrinter | None = None
        self._start_info = start_info
        self._languages = languages
        self._may_close = False

        central = QWidget(self)
        central.setObjectName("central")
        self.setCentralWidget(central)
        self.top_bar = top_bar = TopBar(languages.languages, central)
        self.sync_indicator = top_bar.sync_indicator
        self.staff_button = top_bar.staff_button
        top_bar.language_chosen.connect(languages.set_language)
        top_bar.staff_requested.connect(self.open_pin_pad)
        top_bar.large_text_toggled.connect(lambda on: self.set_sight(large_text=on))
        top_bar.contrast_toggled.connect(lambda on: self.set_sight(contrast=on))
        self._keyboard = KeyboardLanguage(self)  # the on-screen keyboard's layout follows the language

        self.screens = PageStack(central)
        self.looks = WindowLooks(self, self.screens, top_bar)
        self._nav = Navigator(self.screens)
        self._nav.changed.connect(self._update_chrome)
        self.start_screen = StartScreen(start_info, self.screens)
        self.staff = StaffDesk(self._nav, self.screens, languages, self)  # the screens behind the PIN
        self.staff.finished.connect(self.reset_to_start)
        self.staff.quit_requested.connect(self.leave_kiosk_mode)
        self.staff.day_changed.connect(self.refresh_start)
        self.staff.day_closed.connect(self._sleep)
        self.staff.record_stored.connect(self.record_stored)
        self.record_stored.connect(self.staff.notice_stored)
        self._first_start = False  # no PIN yet: the set-up follows the first one
        self.pin_pad = PinGate(self.screens)
        self.pin_pad.unlocked.connect(self._unlocked)
        self.pin_pad.cancelled.connect(self.reset_to_start)
        self._nav.add_permanent(self.start_screen)
        self._nav.add_permanent(self.pin_pad)
        self.keyboard_room = KeyboardRoom(central)  # as tall as the on-screen keyboard while it shows
        self.keyboard_room.compact_changed.connect(self._set_compact)
        self.keyboard_room.keep_focus_in_view(self)

        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(top_bar)
        layout.addWidget(self.screens, 1)
        layout.addWidget(self.keyboard_room)

        self.idle_prompt = IdlePrompt(central, tick_ms=countdown_tick_ms)
        self.idle_prompt.expired.connect(self._idle_wipe)
        self.idle = IdleWatcher(60_000, self)
        self.idle.idle.connect(self._idle_timeout)
        self.idle_prompt.accepted.connect(self.idle.start)

        self.hours = OpeningHoursKeeper(self._nav, self.start_screen, self.screens, self)  # closes and opens it as the day goes
        self.hours.reopen.connect(self.reset_to_start)
        self.hours.woken.connect(self.open_pin_pad)

        languages.language_changed.connect(self._language_changed)
        self._language_changed(languages.language)
        self._day_language()

    def attach(self, kiosk: Kiosk, printer: ReceiptPrinter | None, sync: SyncScheduler | None = None) -> None:
        """Connect the opened kiosk core: from now on citizens and staff can use the window.
        With ``sync``, every stored idea is synced right away and the top bar shows the state."""
        self._kiosk = kiosk
        self.printer = printer
        self.sync = sync
        self.staff.attach(kiosk, printer, sync)
        if sync is not None:
            sync.changed.connect(self.sync_indicator.show_view)
            sync.changed.connect(self._after_sync)
            self.record_stored.connect(lambda _record: sync.sync_now())
            self.sync_indicator.show()
        for signal, slot in self._citizen_routes():
            signal.connect(slot)
        self.pin_pad.attach(kiosk.staff)
        self.idle.set_timeout(kiosk.settings.get("idle_timeout_seconds") * 1000)
        application().installEventFilter(self.idle)
        self.idle.start()
        self.refresh_start()
        self._day_language()
        self.hours.start(lambda: kiosk.clock())
        if not kiosk.staff.has_pin():  # the first start: a PIN, then the guided set-up
            self._first_start = True
            self.pin_pad.ask_new_pin()
            self._nav.show(self.pin_pad)
        else:
            self.hours.close_if_outside_hours()
        self._update_chrome()

    @property
    def language(self) -> str:
        return self._languages.language

    @property
    def core(self) -> Kiosk:
        """The attached kiosk core (only used on paths that exist after :meth:`attach`)."""
        assert self._kiosk is not None, "KioskWindow.attach() was not called"
        return self._kiosk

    # what is shown (read by tests and tools) --------------------------------------------------
    @property
    def flow(self) -> IdeaFlow | StepFlow | None:
        """The citizen's flow (idea, volunteer or Byttebørs), while it is shown."""
        return cast("IdeaFlow | StepFlow | None", self._nav.screen("flow"))

    @property
    def thanks(self) -> ThanksScreen | None:
        return cast("ThanksScreen | None", self._nav.screen("thanks"))

    @property
    def followup(self) -> FollowUpScreen | None:
        return cast("FollowUpScreen | None", self._nav.screen("followup"))

    def store_failed(self, error: Exception) -> None:
        """The local database failed its check after the kiosk had started (in the background):
        stop syncing and taking input, and show :meth:`show_store_problem`'s screen (out of order)."""
        log.error("The local store failed its check; the kiosk stops: %s", error)
        if self.sync is not None:
            self.sync.stop()
        self.idle.stop()
        self.idle_prompt.dismiss()
        application().removeEventFilter(self.idle)
        if self._kiosk is not None:
            for signal, slot in self._citizen_routes():
                signal.disconnect(slot)
        self._kiosk = None
        self.show_store_problem(str(error))

    def _citizen_routes(self) -> list[tuple[SignalInstance, Callable[[], None]]]:
        screen = self.start_screen
        return [
            (screen.idea_requested, self.start_idea),
            (screen.volunteer_requested, self.start_volunteer),
            (screen.byttebors_requested, self.start_byttebors),
            (screen.followup_requested, self.open_followup),
            (screen.stories_requested, self.open_stories),
        ]

    def show_store_problem(self, message: str) -> None:
        """The local database cannot be used: say so to staff and allow closing (nothing written)."""
        from ui.kiosk.store_problem import StoreProblemScreen

        problem = StoreProblemScreen(message, self.screens)
        problem.close_requested.connect(self.leave_kiosk_mode)
        self._nav.show(problem, "store_problem")

    def _after_sync(self, view: SyncView) -> None:
        """New stories may have come with a sync (read on its worker thread): show them if
        nobody is using the kiosk. The snapshot file follows at the next reset."""
        if view.stories is None or view.stories == self._start_info.stories:
            return
        if self.screens.currentWidget() is self.start_screen:
            self._start_info = dataclasses.replace(self._start_info, stories=view.stories)
            self.start_screen.set_info(self._start_info)

    @property
    def start_info(self) -> StartInfo:
        """What the start screen shows now (read at the last reset)."""
        return self._start_info

    def refresh_start(self) -> None:
        if self._kiosk is not None:
            self._start_info = self.core.start_info()
            self.start_screen.set_info(self._start_info)

    # citizens -------------------------------------------------------------------------------
    def start_idea(self) -> None:
        from ui.kiosk.idea_flow.flow import IdeaFlow

        if not readiness.takes_ideas(self._start_info.not_ready):
            return  # the button is not shown: nobody types an idea that cannot be stored
        self._show_flow(IdeaFlow(self.core, self.language, self.screens))

    def start_volunteer(self) -> None:
        from ui.kiosk.volunteer.flow import VolunteerFlow

        if readiness.closed(self._start_info.not_ready):
            return
        self._show_flow(VolunteerFlow(self.core, self.language, self.screens))

    def start_byttebors(self) -> None:
        from ui.kiosk.byttebors.flow import BytteborsFlow

        if readiness.closed(self._start_info.not_ready):
            return
        self._show_flow(BytteborsFlow(self.core, self.language, self.screens))

    def _show_flow(self, flow: IdeaFlow | StepFlow) -> None:
        flow.submitted.connect(self._submitted)
        flow.cancelled.connect(self.reset_to_start)
        self._nav.show(flow, "flow")

    def open_followup(self) -> None:
        from ui.kiosk.followup_screen import FollowUpScreen

        ask_central = self.sync.ask_central if self.sync is not None else None
        followup = FollowUpScreen(self.core, self.language, self.screens, ask_central=ask_central)
        followup.finished.connect(self.reset_to_start)
        self._nav.show(followup, "followup")

    def open_stories(self) -> None:
        from ui.kiosk.stories_screen import StoriesScreen

        stories = StoriesScreen(self.core, self.language, self.screens)
        stories.finished.connect(self.reset_to_start)
        self._nav.show(stories, "stories")

    def _submitted(self, record: Submission) -> None:
        from ui.kiosk.thanks_screen import ThanksScreen

        thanks = ThanksScreen(self.core, record, self.printer, self.screens)
        thanks.finished.connect(self.reset_to_start)
        self._nav.show(thanks, "thanks")  # the flow goes: the receipt code is shown, nothing to go back to
        self.record_stored.emit(record)

    def _sleep(self) -> None:
        """'Luk dagen' is done: the start screen knows, and the closed screen shows until tomorrow."""
        self.refresh_start()
        self.hours.sleep()

    def reset_to_start(self) -> None:
        """Throw away everything the last person typed and show the start screen in Danish."""
        self.idle_prompt.dismiss()
        self._nav.show(self.start_screen)  # the citizen's screens are destroyed here
        self.set_sight(large_text=False, contrast=False)
        self.pin_pad.ask_pin()
        self.refresh_start()
        self._day_language()
        self.hours.close_if_outside_hours()
        self.idle.start()
        self.reset_done.emit()

    def _day_language(self) -> None:  # Danish, unless staff chose another for today
        if self._start_info.language in self._languages.languages:
            self._languages.set_language(self._start_info.language)

    def is_pristine(self) -> bool:
        """True when the start screen shows in the day's language with nothing open."""
        return self._nav.current() is self.start_screen and self._languages.language == self._start_info.language

    # idle -----------------------------------------------------------------------------------
    def _idle_timeout(self) -> None:
        if self._nav.role in CLOSED_ROLES:
            self.idle.start()  # closed: it stays so until the hours or staff open it
            return
        if self._nav.current() is self.start_screen:
            if not self.is_pristine():
                self.reset_to_start()  # only the language was changed: nothing to ask about
            self.idle.start()
            return
        if not self.core.staff.has_pin():
            return  # first set-up by staff: never wipe it
        self.idle_prompt.start(self.core.settings.get("idle_countdown_seconds"))

    def _idle_wipe(self) -> None:
        log.info("Idle timeout: the kiosk was reset")
        self.reset_to_start()

    # staff ----------------------------------------------------------------------------------
    def _unlocked(self) -> None:
        first, self._first_start = self._first_start, False
        (self.staff.open_setup if first else self.staff.open_panel)()

    def open_pin_pad(self) -> None:
        if self._languages.language not in STAFF_LANGUAGES:
            self._languages.set_language(DEFAULT_LANGUAGE)  # staff's screens speak Danish (or English)
        self.set_sight(large_text=False, contrast=False)  # and look as usual
        self.pin_pad.ask_pin()
        self._nav.show(self.pin_pad)
        self.pin_pad.setFocus()

    def leave_kiosk_mode(self) -> None:
        """Close the window for real (only reachable behind the PIN)."""
        log.info("Leaving kiosk mode")
        if self._kiosk is not None:
            self._kiosk.store.stop_checking()  # a long full check must not hold up the end
        self._may_close = True
        application().removeEventFilter(self.idle)
        self.close()

    # the lock -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self._may_close:
            event.accept()
        else:
            event.ignore()  # Alt+F4 and the window manager's close: stay in kiosk mode

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    # looks ----------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        self.looks.resized(self.width(), self.height())
        super().resizeEvent(event)

    def set_sight(self, *, large_text: bool | None = None, contrast: bool | None = None) -> None:
        """Larger text and high contrast, for every screen until the next citizen."""
        self.looks.set_sight(large_text=large_text, contrast=contrast)

    def _set_compact(self, compact: bool) -> None:
        if self.flow is not None:
            self.flow.set_compact(compact)

    def _language_changed(self, language: str) -> None:
        self.top_bar.show_language(language)
        self._keyboard.follow(language)
        self.start_screen.show_language(language)
        for screen in (self.flow, self.followup, self._nav.screen("stories")):
            if screen is not None:
                screen.show_language(language)  # type: ignore[attr-defined]
        self._update_chrome()

    def _update_chrome(self) -> None:
        self.top_bar.show_brand(self._start_info.municipality)
        self.staff_button.setVisible(self._kiosk is not None and self._nav.current() is self.start_screen)
        self.sync_indicator.set_for_staff(self._nav.role.startswith("staff_"))
        closed = self._nav.role in CLOSED_ROLES
        self.top_bar.setVisible(not closed)  # closed: the whole window is dimmed
        central = self.top_bar.parentWidget()
        if central is not None and central.property("closed") != closed:
            central.setProperty("closed", closed)
            central.style().polish(central)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._update_chrome()
        super().changeEvent(event)
