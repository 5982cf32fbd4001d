"""The kiosk window: full screen, one screen at a time, locked until staff give the PIN."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMainWindow, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from mokoko_desktop.i18n import DEFAULT_LANGUAGE, language_name
from mokoko_desktop.kiosk import Kiosk
from mokoko_desktop.models import Idea
from mokoko_desktop.staff import pin_problem
from ui.idea_flow.flow import IdeaFlow
from ui.idle import IdleWatcher
from ui.language import LanguageSwitcher
from ui.overlay import Overlay
from ui.pin_pad import PinPad
from ui.printing import ReceiptPrinter
from ui.staff_panel import StaffPanel
from ui.start_screen import StartScreen
from ui.style import scale_for, style_sheet
from ui.thanks_screen import ThanksScreen
from ui.widgets import button, label

log = logging.getLogger(__name__)


class KioskWindow(QMainWindow):
    """Start screen, idea flow, thank-you screen, PIN pad and staff panel in one window.

    Every citizen gets a new idea flow and thank-you screen; after an idle timeout (or when
    they are done) both are destroyed, so the next person can never see or go back to them.
    Closing the window, Alt+F4 and Escape do nothing until staff give the PIN.

    Signals:
        idea_stored(Idea): an idea was stored and its code is being shown.
        reset_done(): everything a citizen typed was thrown away; the start screen is back.
    """

    idea_stored = Signal(object)
    reset_done = Signal()

    def __init__(
        self,
        kiosk: Kiosk,
        printer: ReceiptPrinter | None,
        languages: LanguageSwitcher,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskWindow")
        self.setWindowTitle("MOKOKO")
        self._kiosk = kiosk
        self._printer = printer
        self._languages = languages
        self._may_close = False
        self._scale = 0.0
        self._pin_mode = "check"
        self._new_pin = ""
        self.flow: IdeaFlow | None = None
        self.thanks: ThanksScreen | None = None
        self.staff_panel: StaffPanel | None = None

        central = QWidget(self)
        central.setObjectName("central")
        self.setCentralWidget(central)
        self._brand = label("brand", central, wrap=False)
        self._language_buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(self._brand)
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

        self.screens = QStackedWidget(central)
        self.start_screen = StartScreen(kiosk, self.screens)
        self.start_screen.idea_requested.connect(self.start_idea)
        self.pin_pad = PinPad(self.screens)
        self.pin_pad.pin_entered.connect(self._pin_entered)
        self.pin_pad.cancelled.connect(self.reset_to_start)
        self.screens.addWidget(self.start_screen)
        self.screens.addWidget(self.pin_pad)
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
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.idle = IdleWatcher(kiosk.settings.get("idle_timeout_seconds") * 1000, self)
        self.idle.idle.connect(self._idle_timeout)
        QApplication.instance().installEventFilter(self.idle)
        self.idle.start()

        languages.language_changed.connect(self._language_changed)
        self._language_changed(languages.language)
        if not kiosk.staff.has_pin():
            self._open_pin_setup()

    # citizens -------------------------------------------------------------------------------
    def start_idea(self) -> None:
        self._discard_citizen()
        self.flow = IdeaFlow(self._kiosk, self._languages.language, self.screens)
        self.flow.submitted.connect(self._idea_submitted)
        self.flow.cancelled.connect(self.reset_to_start)
        self.screens.addWidget(self.flow)
        self.screens.setCurrentWidget(self.flow)
        self._update_chrome()

    def _idea_submitted(self, idea: Idea) -> None:
        self.thanks = ThanksScreen(self._kiosk, idea, self._printer, self.screens)
        self.thanks.finished.connect(self.reset_to_start)
        self.screens.addWidget(self.thanks)
        self.screens.setCurrentWidget(self.thanks)
        self._drop(self.flow)  # the receipt code is shown: nothing to go back to
        self.flow = None
        self._update_chrome()
        self.idea_stored.emit(idea)

    def _discard_citizen(self) -> None:
        for widget in (self.flow, self.thanks, self.staff_panel):
            self._drop(widget)
        self.flow = self.thanks = self.staff_panel = None

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
        self.start_screen.refresh()
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
            and self._languages.language == DEFAULT_LANGUAGE
        )

    # idle -----------------------------------------------------------------------------------
    def _idle_timeout(self) -> None:
        if self.screens.currentWidget() is self.start_screen and self.flow is None and self.thanks is None:
            if not self.is_pristine():
                self.reset_to_start()  # only the language was changed: nothing to ask about
            self.idle.start()
            return
        if not self._kiosk.staff.has_pin():
            return  # first set-up by staff: never wipe it
        self._countdown_left = self._kiosk.settings.get("idle_countdown_seconds")
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
                self._kiosk.staff.set_pin(pin)
                self._new_pin = ""
                log.info("Staff PIN set at first start")
                self.open_staff_panel()
                return
        elif self._kiosk.staff.check(pin):
            self.open_staff_panel()
            return
        else:
            wait = self._kiosk.staff.seconds_locked()
            self.pin_pad.problem.show_text(
                self.tr("Too many wrong PINs. Please wait %1 seconds.").replace("%1", str(wait))
                if wait
                else self.tr("That PIN is not right. Please try again.")
            )
            log.warning("Wrong staff PIN entered")
        self._update_chrome()

    def open_staff_panel(self) -> None:
        self._discard_citizen()
        self.staff_panel = StaffPanel(self._kiosk, self.screens)
        self.staff_panel.closed.connect(self.reset_to_start)
        self.staff_panel.quit_requested.connect(self.leave_kiosk_mode)
        self.screens.addWidget(self.staff_panel)
        self.screens.setCurrentWidget(self.staff_panel)
        self._update_chrome()

    def leave_kiosk_mode(self) -> None:
        """Close the window for real (only reachable behind the PIN)."""
        log.info("Staff left kiosk mode")
        self._may_close = True
        QApplication.instance().removeEventFilter(self.idle)
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
    def resizeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
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

    def _language_changed(self, language: str) -> None:
        for lang, choice in self._language_buttons.items():
            choice.setText(language_name(lang))
            choice.setChecked(lang == language)
        self.start_screen.show_language(language)
        if self.flow is not None:
            self.flow.show_language(language)
        self._update_chrome()

    def _update_chrome(self) -> None:
        municipality = self._kiosk.settings.get("municipality_name")
        self._brand.setText(f"MOKOKO  ·  {municipality}")
        self.staff_button.setText(self.tr("Staff"))
        self.staff_button.setVisible(self.screens.currentWidget() is self.start_screen)
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
