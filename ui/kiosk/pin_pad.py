"""A touch keypad for the staff PIN. Digits only; a hardware keyboard works too."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from mokoko_desktop.pin import PIN_MAX_DIGITS
from ui.common.widgets import ProblemLabel, TranslatedWidget, button, label


class PinPad(TranslatedWidget):
    """Collects a PIN. The PIN is never shown, only one dot per digit.

    Signals:
        pin_entered(str): the digits, when the person touched OK.
        cancelled(): the person touched Cancel.
    """

    pin_entered = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinPad")
        self._digits = ""
        self.title = label("stepHeading", self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.dots = label("pinDots", self, wrap=False)
        self.dots.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.problem = ProblemLabel(self)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        keys = QGridLayout()
        keys.setSpacing(12)
        self.keys: dict[str, QPushButton] = {}
        for index, key in enumerate("123456789"):
            self._add_key(keys, key, index // 3, index % 3)
        self._add_key(keys, "⌫", 3, 0)
        self._add_key(keys, "0", 3, 1)
        self._add_key(keys, "OK", 3, 2)
        self.cancel_button = button("quiet", self)
        self.cancel_button.clicked.connect(self._cancel)
        keypad = QWidget(self)
        keypad.setLayout(keys)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.dots)
        layout.addWidget(self.problem)
        layout.addWidget(keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._retranslate()
        self._show_dots()

    def _add_key(self, grid: QGridLayout, key: str, row: int, column: int) -> None:
        widget = QPushButton(key, self)
        widget.setObjectName("pinKey")
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        widget.clicked.connect(lambda _checked=False, k=key: self.press(k))
        grid.addWidget(widget, row, column)
        self.keys[key] = widget

    def press(self, key: str) -> None:
        """Handle one key: a digit, ``⌫`` or ``OK``."""
        if key == "⌫":
            self._digits = self._digits[:-1]
        elif key == "OK":
            if self._digits:
                digits, self._digits = self._digits, ""
                self._show_dots()
                self.pin_entered.emit(digits)
            return
        elif key.isdigit() and len(self._digits) < PIN_MAX_DIGITS:
            self._digits += key
            self.problem.clear_text()
        self._show_dots()

    def clear(self) -> None:
        self._digits = ""
        self.problem.clear_text()
        self._show_dots()

    def _cancel(self) -> None:
        self.clear()
        self.cancelled.emit()

    def _show_dots(self) -> None:
        self.dots.setText("●" * len(self._digits) if self._digits else "–")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.text().isdigit():
            self.press(event.text())
        elif event.key() == Qt.Key.Key_Backspace:
            self.press("⌫")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("OK")
        else:
            super().keyPressEvent(event)

    def _retranslate(self) -> None:
        self.keys["⌫"].setAccessibleName(self.tr("Delete the last digit"))  # what a screen reader says for ⌫
        self.cancel_button.setText(self.tr("Cancel"))
