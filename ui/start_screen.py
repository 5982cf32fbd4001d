"""The start screen: an invitation to give an idea."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from mokoko_desktop.clock import local_date
from mokoko_desktop.i18n import pick
from mokoko_desktop.kiosk import Kiosk
from ui.widgets import button, label


class StartScreen(QWidget):
    """What a passer-by sees first.

    Signals:
        idea_requested(): the citizen wants to give an idea.
    """

    idea_requested = Signal()

    def __init__(self, kiosk: Kiosk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        self._kiosk = kiosk
        self._language = "da"
        self._welcome = label("welcome", self)
        card = QFrame(self)
        card.setObjectName("questionCard")
        self._question_label = label("questionLabel", card)
        self._question = label("question", card)
        self._intro = label("intro", card)
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self._question_label)
        card_layout.addWidget(self._question)
        card_layout.addWidget(self._intro)
        self.idea_button = button("hero", self)
        self.idea_button.clicked.connect(self.idea_requested)
        self._promise = label("promise", self)
        self._where = label("where", self)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self._welcome)
        layout.addSpacing(10)
        layout.addWidget(card)
        layout.addSpacing(24)
        layout.addWidget(self.idea_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._promise)
        layout.addStretch(2)
        layout.addWidget(self._where)
        for text in (self._welcome, self._promise, self._where):
            text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.refresh()

    def show_language(self, language: str) -> None:
        self._language = language
        self.refresh()

    def refresh(self) -> None:
        """Re-read the consultation and today's stop (they change when staff set the day)."""
        kiosk = self._kiosk
        consultation = kiosk.catalogue.current_consultation(local_date(kiosk.clock()))
        self._question.setText(pick(consultation.question, self._language) if consultation else "")
        self._intro.setText(pick(consultation.intro, self._language) if consultation else "")
        stop = kiosk.today_stop()
        self._where.setText(self.tr("Today MOKOKO is in %1").replace("%1", stop.place) if stop else "")
        self._retranslate()

    def _retranslate(self) -> None:
        self._welcome.setText(self.tr("Your idea makes a difference"))
        self._question_label.setText(self.tr("The municipality asks:"))
        self.idea_button.setText(self.tr("Give an idea"))
        self._promise.setText(self.tr("It takes a minute. You get a receipt with a code, so you can see what becomes of your idea."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
