"""Shown instead of the kiosk when the local database cannot be used: nothing is written."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.common.widgets import TranslatedWidget, button, label


class StoreProblemScreen(TranslatedWidget):
    """Tells citizens the kiosk is out of order and gives staff the details.

    Signals:
        close_requested(): staff want to close the program.
    """

    close_requested = Signal()

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._message = message
        self._title = label("stepHeading", self)
        self._detail = label("staffInfo", self)
        self._detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = button("secondary", self)
        self.close_button.clicked.connect(self.close_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self._title)
        layout.addWidget(self._detail)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)
        self._retranslate()

    def _retranslate(self) -> None:
        self._title.setText(self.tr("The kiosk is out of order"))
        self._detail.setText(self.tr("For staff:") + "\n" + self._message)
        self.close_button.setText(self.tr("Close"))
