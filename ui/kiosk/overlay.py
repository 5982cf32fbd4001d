"""A question laid over the whole window (are you still there, do you want to stop)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ui.common.widgets import button, label


class Overlay(QWidget):
    """Dims the window and asks one question with up to two answers.

    Signals:
        accepted(): the primary answer was touched.
        rejected(): the secondary answer was touched.
    """

    accepted = Signal()
    rejected = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        card = QFrame(self)
        card.setObjectName("overlayCard")
        self._card = card
        self.title = label("overlayTitle", card)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = label("overlayBody", card)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.primary = button("primary", card)
        self.secondary = button("secondary", card)
        self.primary.clicked.connect(self.accepted)
        self.secondary.clicked.connect(self.rejected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.secondary)
        buttons.addWidget(self.primary)
        inner = QVBoxLayout(card)
        inner.addWidget(self.title)
        inner.addWidget(self.body)
        inner.addSpacing(12)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self._covered = parent
        parent.installEventFilter(self)
        self.hide()

    def open(self) -> None:
        self.setGeometry(self._covered.rect())
        self.raise_()
        self.show()
        self._fit_card()

    def _fit_card(self) -> None:
        """Give the card the height its wrapped texts need at its width (a layout that centres
        the card asks it for its size hint, which does not know the lines a longer text wraps to)."""
        card = self._card
        card.setMinimumHeight(0)
        width = max(card.minimumWidth(), min(card.maximumWidth(), self.width() - 40, card.sizeHint().width()))
        needed = card.heightForWidth(width)
        if needed > 0:
            card.setMinimumHeight(needed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._covered and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._covered.rect())
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        event.accept()  # touches outside the card never reach the screen below
