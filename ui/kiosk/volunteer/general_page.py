"""'I would like to help with something else': free text and interests, matched later."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from mokoko_desktop.models import Interest
from shared_kernel.i18n import pick
from ui.common.widgets import ProblemLabel, TranslatedWidget, WritingBox, label
from ui.kiosk.forms import ManyGroup, toggle

COLUMNS = 6


class GeneralPage(TranslatedWidget):
    """What the citizen would like to help with, in their own words, and what interests them."""

    def __init__(self, interests: list[Interest], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heading = label("stepHeading", self)
        self._hint = label("stepHint", self)
        self.editor = WritingBox(self)
        self._heading.setBuddy(self.editor)  # a screen reader calls the box by the question it answers
        self._interests_label = label("fieldLabel", self)
        self.interests = ManyGroup(self)
        self._buttons: list[QPushButton] = []
        grid = QGridLayout()
        for index, interest in enumerate(interests):
            choice = toggle("", interest.code, self)
            choice.setObjectName("chip")
            choice.setProperty("names", interest.name)
            self.interests.addButton(choice)
            grid.addWidget(choice, index // COLUMNS, index % COLUMNS)
            self._buttons.append(choice)
        self.problems = {"general_text": ProblemLabel(self), "interests": ProblemLabel(self)}
        self.editor.textChanged.connect(self.problems["general_text"].clear_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.problems["general_text"])
        layout.addWidget(self._interests_label)
        layout.addLayout(grid)
        layout.addWidget(self.problems["interests"])
        self._retranslate()

    def text(self) -> str:
        return self.editor.toPlainText()

    def show_language(self, language: str) -> None:
        for choice in self._buttons:
            choice.setText(pick(choice.property("names"), language))

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("What would you like to help with?"))
        self._hint.setText(self.tr("Tell us in your own words. The municipality's volunteer coordinator finds a place for you."))
        self.editor.setPlaceholderText(self.tr("For example: I can repair bikes, and I would like to teach young people."))
        self._interests_label.setText(self.tr("What interests you? (you may choose several)"))
