"""The staff PIN screen: checks the PIN, or has staff choose one on a kiosk's first start."""

from __future__ import annotations

import enum
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from mokoko_desktop.pin import pin_problem
from ui.kiosk.pin_pad import PinPad

if TYPE_CHECKING:
    from mokoko_desktop.staff import StaffAccess

log = logging.getLogger(__name__)


class _Mode(enum.Enum):
    CHECK = "check"  # staff give the PIN to get in
    NEW = "new"  # first start: choose a PIN
    REPEAT = "repeat"  # first start: the same PIN again


class PinGate(PinPad):
    """A :class:`PinPad` that knows what the PIN is for: checking it (with the core's lock-out
    after wrong tries) or, on a kiosk with no PIN yet, choosing one (typed twice).

    Signals:
        unlocked(): the right PIN was given, or a new one was chosen and stored.
        (and PinPad's cancelled(): staff touched Cancel while checking.)
    """

    unlocked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._staff: StaffAccess | None = None
        self._mode = _Mode.CHECK
        self._new_pin = ""
        self.pin_entered.connect(self._pin_entered)

    def attach(self, staff: StaffAccess) -> None:
        self._staff = staff

    def ask_pin(self) -> None:
        """Ask for the staff PIN (the usual way in)."""
        self._set_mode(_Mode.CHECK)

    def ask_new_pin(self) -> None:
        """Have staff choose the kiosk's first PIN; it cannot be cancelled."""
        self._set_mode(_Mode.NEW)

    def _set_mode(self, mode: _Mode) -> None:
        self._mode = mode
        self._new_pin = ""
        self.clear()
        self._retranslate()

    def _pin_entered(self, pin: str) -> None:
        assert self._staff is not None, "PinGate.attach() was not called"
        if self._mode is _Mode.NEW:
            if pin_problem(pin):
                self.problem.show_text(self.tr("Please choose 6 to 12 digits, not a row or one digit repeated."))
                return
            self._new_pin, self._mode = pin, _Mode.REPEAT
        elif self._mode is _Mode.REPEAT:
            if pin != self._new_pin:
                self._new_pin, self._mode = "", _Mode.NEW
                self.problem.show_text(self.tr("The two PINs were different. Please start again."))
            else:
                self._staff.set_pin(pin)
                log.info("Staff PIN set at first start")
                self._set_mode(_Mode.CHECK)
                self.unlocked.emit()
                return
        elif self._staff.check(pin):
            self.clear()
            self.unlocked.emit()
            return
        else:
            wait = self._staff.seconds_locked()
            self.problem.show_text(
                self.tr("Too many wrong PINs. Please wait %1 seconds.").replace("%1", str(wait))
                if wait
                else self.tr("That PIN is not right. Please try again.")
            )
            log.warning("Wrong staff PIN entered")
        self._retranslate()

    def _retranslate(self) -> None:
        super()._retranslate()
        if not hasattr(self, "_mode"):  # PinPad's constructor retranslates before ours has run
            return
        titles = {
            _Mode.CHECK: self.tr("Staff PIN"),
            _Mode.NEW: self.tr("Set up the kiosk: choose a staff PIN (6 to 12 digits)"),
            _Mode.REPEAT: self.tr("Type the same PIN again"),
        }
        self.title.setText(titles[self._mode])
        self.cancel_button.setVisible(self._mode is _Mode.CHECK)
