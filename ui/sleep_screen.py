"""The kiosk asleep after "Luk dagen": dark and calm, no citizen can start anything; a touch
asks for the staff PIN (the way back to the day)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.widgets import TranslatedWidget, label


class SleepScreen(TranslatedWidget):
    """Closed for today.

    Signals:
        woken(): someone touched the screen: staff give the PIN to open again.
    """

    woken = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sleepScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = label("welcome", self)
        self.body = label("intro", self)
        for text in (self.title, self.body):
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addStretch(2)
        self._retranslate()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        event.accept()
        self.woken.emit()

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Closed for today"))
        self.body.setText(self.tr("Thank you for today. MOKOKO opens again at the next stop on the tour."))
