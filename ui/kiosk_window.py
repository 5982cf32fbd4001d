"""The kiosk window: full screen, one screen at a time, locked until staff give the PIN."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QPushButton, QVBoxLayout, QWidget

from mokoko_desktop.i18n import DEFAULT_LANGUAGE, language_name
from mokoko_desktop.pin import pin_problem
from mokoko_desktop.start_info import StartInfo
from ui.idle import IdleWatcher
from ui.language import LanguageSwitcher
from ui.overlay import Overlay
from ui.pin_pad import PinPad
from ui.start_screen import StartScreen
from ui.style import scale_for, style_sheet
from ui.sync_indicator import SyncIndicator
from ui.widgets import PageStack, application, as_page, button, label

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk
    from mokoko_desktop.models import Idea, Offer, Signup
    from ui.followup_screen import FollowUpScreen
    from ui.idea_flow.flow import IdeaFlow
    from ui.printing import ReceiptPrinter
    from ui.staff_day import StaffDayScreen
    from ui.staff_panel import StaffPanel
    from ui.step_flow import StepFlow
    from ui.sync_scheduler import SyncScheduler
    from ui.thanks_screen import ThanksScreen

log = logging.getLogger(__name__)


class KioskWindow(QMainWindow):
    """Start screen, idea flow, thank-you screen, PIN pad and staff panel in one window.

    Built in two steps so the first frame is quick: the constructor needs only what the start
    screen shows (a :class:`StartInfo`); :meth:`attach` connects the opened kiosk core. Every
    citizen gets a new idea flow and thank-you screen; after an idle timeout (or when they are
    done) both are destroyed, so the next person can never see or go back to them. Closing the
    window, Alt+F4 and Escape do nothing until staff give the PIN.

    Signals:
        record_stored(object): an idea, sign-up or Byttebørs post was stored; its code is shown.
        idea_stored(Idea): the same, for ideas only.
        reset_done(): everything a citizen typed was thrown away; the start screen is back.
    """

    record_stored = Signal(object)
    idea_stored = Signal(object)
    reset_done = Signal()

    def __init__(
        self,
        languages: LanguageSwitcher,
        start_info: StartInfo,
        parent: QWidget | None = None,
        *,
        countdown_tick_ms: int = 1000,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskWindow")
        self.setWindowTitle("MOKOKO")
        self._kiosk: Kiosk | None = None
        self.sync: SyncScheduler | None = None
        self._printer: ReceiptPrinter | None = None
        self._start_info = start_info
        self._languages = languages
        self._may_close = False
        self._scale = 0.0
        self._pin_mode = "check"
        self._new_pin = ""
        self.flow: IdeaFlow | StepFlow | None = None  # the citizen's flow: idea, volunteer or Byttebørs
        self.thanks: ThanksScreen | None = None
        self.staff_panel: StaffPanel | None = None
        self.staff_day: StaffDayScreen | None = None
        self.followup: FollowUpScreen | None = None

        central = QWidget(self)
        central.setObjectName("central")
        self.setCentralWidget(central)
        self._brand = label("brand", central, wrap=False)
        self._language_buttons: dict[str, QPushButton] = {}
        self.sync_indicator = SyncIndicator(central)
        self.sync_indicator.hide()
        top = QHBoxLayout()
        top.addWidget(self._brand)
        top.addSpacing(24)
        top.addWidget(self.sync_indicator)
        top.addStretch(1)
        for language in languages.languages:
            choice = button("language", central)
            choice.setCheckable(True)
            choice.clicked.connect(lambda _checked=False, lang=language: self._languages.set_language(lang))
            self._language_buttons[language] = choice
            top.addWidget(choice)
        self.staff_button = button("quiet", central)
        self.staff_button.clicked.connect(self.open_pin_pad)
        top.addSpacing(16)
        top.addWidget(self.staff_button)
        top_bar = QWidget(central)
        top_bar.setObjectName("topBar")
        top_bar.setLayout(top)

        self.screens = PageStack(central)
        self.start_screen = StartScreen(start_info, self.screens)
        self.pin_pad = PinPad(self.screens)
        self.pin_pad.pin_entered.connect(self._pin_entered)
        self.pin_pad.cancelled.connect(self.reset_to_start)
        self._add_screen(self.start_screen)
        self._add_screen(self.pin_pad)
        # Room for the on-screen keyboard: as tall as the keyboard while it is shown.
        self._keyboard_room = QWidget(central)
        self._keyboard_room.setFixedHeight(0)
        QGuiApplication.inputMethod().keyboardRectangleChanged.connect(self._make_room_for_keyboard)

        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(top_bar)
        layout.addWidget(self.screens, 1)
        layout.addWidget(self._keyboard_room)

        self.idle_prompt = Overlay(central)
        self.idle_prompt.accepted.connect(self._still_here)
        self.idle_prompt.secondary.hide()
        self._countdown_left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(countdown_tick_ms)
        self._countdown.timeout.connect(self._tick)
        self.idle = IdleWatcher(60_000, self)
        self.idle.idle.connect(self._idle_timeout)

        languages.language_changed.connect(self._language_changed)
        self._language_changed(languages.language)

    def attach(self, kiosk: Kiosk, printer: ReceiptPrinter | None, sync: SyncScheduler | None = None) -> None:
        """Connect the opened kiosk core: from now on citizens and staff can use the window.
        With ``sync``, every stored idea is synced right away and the top bar shows the state."""
        self._kiosk = kiosk
        self._printer = printer
        self.sync = sync
        if sync is not None:
            sync.changed.connect(self.sync_indicator.show_view)
            self.record_stored.connect(lambda _record: sync.sync_now())
            self.sync_indicator.show()
        self.start_screen.idea_requested.connect(self.start_idea)
        self.start_screen.volunteer_requested.connect(self.start_volunteer)
        self.start_screen.byttebors_requested.connect(self.start_byttebors)
        self.start_screen.followup_requested.connect(self.open_followup)
        self.idle.set_timeout(kiosk.settings.get("idle_timeout_seconds") * 1000)
        application().installEventFilter(self.idle)
        self.idle.start()
        self._refresh_start()
        if not kiosk.staff.has_pin():
            self._open_pin_setup()
        self._update_chrome()

    def _add_screen(self, screen: QWidget) -> None:
        self.screens.addWidget(as_page(screen))

    @property
    def core(self) -> Kiosk:
        """The attached kiosk core (only used on paths that exist after :meth:`attach`)."""
        assert self._kiosk is not None, "KioskWindow.attach() was not called"
        return self._kiosk

    def show_store_problem(self, message: str) -> None:
        """The local database cannot be used: say so to staff and allow closing (nothing to
        protect, nothing is written)."""
        from ui.store_problem import StoreProblemScreen

        problem = StoreProblemScreen(message, self.screens)
        problem.close_requested.connect(self.leave_kiosk_mode)
        self._add_screen(problem)
        self.screens.setCurrentWidget(problem)
        self._update_chrome()

    def _refresh_start(self) -> None:
        if self._kiosk is not None:
            self._start_info = self.core.start_info()
            self.start_screen.set_info(self._start_info)

    # citizens -------------------------------------------------------------------------------
    def start_idea(self) -> None:
        from ui.idea_flow.flow import IdeaFlow  # loaded with the core, after the first frame

        self._show_flow(IdeaFlow(self.core, self._languages.language, self.screens))

    def start_volunteer(self) -> None:
        from ui.volunteer.flow import VolunteerFlow

        self._show_flow(VolunteerFlow(self.core, self._languages.language, self.screens))

    def start_byttebors(self) -> None:
        from ui.byttebors.flow import BytteborsFlow

        self._show_flow(BytteborsFlow(self.core, self._languages.language, self.screens))

    def _show_flow(self, flow: IdeaFlow | StepFlow) -> None:
        self._discard_citizen()
        self.flow = flow
        flow.submitted.connect(self._submitted)
        flow.cancelled.connect(self.reset_to_start)
        self._add_screen(flow)
        self.screens.setCurrentWidget(flow)
        self._update_chrome()

    def open_followup(self) -> None:
        from ui.followup_screen import FollowUpScreen

        self._discard_citizen()
        self.followup = FollowUpScreen(self.core, self._languages.language, self.screens)
        self.followup.finished.connect(self.reset_to_start)
        self._add_screen(self.followup)
        self.screens.setCurrentWidget(self.followup)
        self._update_chrome()

    def _submitted(self, record: Idea | Signup | Offer) -> None:
        from mokoko_desktop.models import Idea
        from ui.thanks_screen import ThanksScreen

        self.thanks = ThanksScreen(self.core, record, self._printer, self.screens)
        self.thanks.finished.connect(self.reset_to_start)
        self._add_screen(self.thanks)
        self.screens.setCurrentWidget(self.thanks)
        self._drop(self.flow)  # the receipt code is shown: nothing to go back to
        self.flow = None
        self._update_chrome()
        self.record_stored.emit(record)
        if isinstance(record, Idea):
            self.idea_stored.emit(record)

    def _discard_citizen(self) -> None:
        for widget in (self.flow, self.thanks, self.staff_panel, self.staff_day, self.followup):
            self._drop(widget)
        self.flow = self.thanks = self.staff_panel = self.staff_day = self.followup = None

    def _drop(self, widget: QWidget | None) -> None:
        if widget is not None:
            self.screens.removeWidget(widget)
            widget.hide()
            widget.deleteLater()

    def reset_to_start(self) -> None:
        """Throw away everything the last person typed and show the start screen in Danish."""
        self._countdown.stop()
        self.idle_prompt.hide()
        self._discard_citizen()
        self.pin_pad.clear()
        self._pin_mode = "check"
        self._languages.set_language(DEFAULT_LANGUAGE)
        self._refresh_start()
        self.screens.setCurrentWidget(self.start_screen)
        self._update_chrome()
        self.idle.start()
        self.reset_done.emit()

    def is_pristine(self) -> bool:
        """True when the start screen shows in the default language with nothing open."""
        return (
            self.screens.currentWidget() is self.start_screen
            and self.flow is None
            and self.thanks is None
            and self.followup is None
            and self._languages.language == DEFAULT_LANGUAGE
        )

    # idle -----------------------------------------------------------------------------------
    def _idle_timeout(self) -> None:
        if self.screens.currentWidget() is self.start_screen and self.flow is None and self.thanks is None:
            if not self.is_pristine():
                self.reset_to_start()  # only the language was changed: nothing to ask about
            self.idle.start()
            return
        if not self.core.staff.has_pin():
            return  # first set-up by staff: never wipe it
        self._countdown_left = self.core.settings.get("idle_countdown_seconds")
        self._retranslate_idle()
        self.idle_prompt.open()
        self._countdown.start()

    def _tick(self) -> None:
        self._countdown_left -= 1
        if self._countdown_left <= 0:
            log.info("Idle timeout: the kiosk was reset")
            self.reset_to_start()
        else:
            self._retranslate_idle()

    def _still_here(self) -> None:
        self._countdown.stop()
        self.idle_prompt.hide()
        self.idle.start()

    # staff ----------------------------------------------------------------------------------
    def open_pin_pad(self) -> None:
        self._pin_mode = "check"
        self.pin_pad.clear()
        self.screens.setCurrentWidget(self.pin_pad)
        self.pin_pad.setFocus()
        self._update_chrome()

    def _open_pin_setup(self) -> None:
        self._pin_mode = "new"
        self.pin_pad.clear()
        self.screens.setCurrentWidget(self.pin_pad)
        self._update_chrome()

    def _pin_entered(self, pin: str) -> None:
        if self._pin_mode == "new":
            problem = pin_problem(pin)
            if problem:
                self.pin_pad.problem.show_text(self.tr("Please choose 6 to 12 digits, not a row or one digit repeated."))
                return
            self._new_pin, self._pin_mode = pin, "repeat"
        elif self._pin_mode == "repeat":
            if pin != self._new_pin:
                self._new_pin, self._pin_mode = "", "new"
                self.pin_pad.problem.show_text(self.tr("The two PINs were different. Please start again."))
            else:
                self.core.staff.set_pin(pin)
                self._new_pin = ""
                log.info("Staff PIN set at first start")
                self.open_staff_panel()
                return
        elif self.core.staff.check(pin):
            self.open_staff_panel()
            return
        else:
            wait = self.core.staff.seconds_locked()
            self.pin_pad.problem.show_text(
                self.tr("Too many wrong PINs. Please wait %1 seconds.").replace("%1", str(wait))
                if wait
                else self.tr("That PIN is not right. Please try again.")
            )
            log.warning("Wrong staff PIN entered")
        self._update_chrome()

    def open_staff_panel(self) -> None:
        from ui.staff_panel import StaffPanel

        self._discard_citizen()
        self.staff_panel = StaffPanel(self.core, self.screens, sync=self.sync)
        self.staff_panel.closed.connect(self.reset_to_start)
        self.staff_panel.quit_requested.connect(self.leave_kiosk_mode)
        self.staff_panel.day_requested.connect(self.open_staff_day)
        self.staff_panel.stop_chosen.connect(lambda _stop: self._refresh_start())
        self._add_screen(self.staff_panel)
        self.screens.setCurrentWidget(self.staff_panel)
        self._update_chrome()

    def open_staff_day(self) -> None:
        """The day's Byttebørs and sign-ups; reachable only from the staff panel (behind the PIN)."""
        from ui.staff_day import StaffDayScreen

        self._discard_citizen()
        self.staff_day = StaffDayScreen(self.core, self._languages.language, self.screens)
        self.staff_day.closed.connect(self.open_staff_panel)
        self._add_screen(self.staff_day)
        self.screens.setCurrentWidget(self.staff_day)
        self._update_chrome()

    def leave_kiosk_mode(self) -> None:
        """Close the window for real (only reachable behind the PIN)."""
        log.info("Leaving kiosk mode")
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
        scale = round(scale_for(self.width(), self.height()), 2)
        if abs(scale - self._scale) >= 0.05:
            self._scale = scale
            self.setStyleSheet(style_sheet(scale))
            side, top = round(40 * scale), round(14 * scale)
            self.screens.setContentsMargins(side, top, side, top)
        super().resizeEvent(event)

    def _make_room_for_keyboard(self) -> None:
        rectangle = QGuiApplication.inputMethod().keyboardRectangle()
        visible = QGuiApplication.inputMethod().isVisible()
        self._keyboard_room.setFixedHeight(int(rectangle.height()) if visible else 0)
        if self.flow is not None:
            self.flow.set_compact(visible and rectangle.height() > 0)

    def _language_changed(self, language: str) -> None:
        for lang, choice in self._language_buttons.items():
            choice.setText(language_name(lang))
            choice.setChecked(lang == language)
        self.start_screen.show_language(language)
        if self.flow is not None:
            self.flow.show_language(language)
        if self.followup is not None:
            self.followup.show_language(language)
        self._update_chrome()

    def _update_chrome(self) -> None:
        municipality = self._start_info.municipality
        self._brand.setText(f"MOKOKO  ·  {municipality}" if municipality else "MOKOKO")
        self.staff_button.setText(self.tr("Staff"))
        self.staff_button.setVisible(self._kiosk is not None and self.screens.currentWidget() is self.start_screen)
        self.pin_pad.title.setText(
            {
                "check": self.tr("Staff PIN"),
                "new": self.tr("Set up the kiosk: choose a staff PIN (6 to 12 digits)"),
                "repeat": self.tr("Type the same PIN again"),
            }[self._pin_mode]
        )
        self.pin_pad.cancel_button.setVisible(self._pin_mode == "check")
        self._retranslate_idle()

    def _retranslate_idle(self) -> None:
        self.idle_prompt.title.setText(self.tr("Are you still there?"))
        self.idle_prompt.body.setText(
            self.tr("Everything will be deleted in %1 seconds, so the next person cannot see it.").replace(
                "%1", str(self._countdown_left)
            )
        )
        self.idle_prompt.primary.setText(self.tr("Yes, I am still here"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._update_chrome()
        super().changeEvent(event)
