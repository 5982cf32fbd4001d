"""Step 2: the idea itself, with a character counter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from mokoko_desktop.validation import TEXT_MAX, clean_text
from ui.common.widgets import ProblemLabel, TranslatedWidget, WritingBox, label


class TextStep(TranslatedWidget):
    """Write the idea. The counter shows the length as it will be stored."""

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._question = label("stepHeading", self)
        self._question.setText(question)
        self._hint = label("stepHint", self)
        self.editor = WritingBox(self)
        self.editor.setMinimumHeight(60)
        self._question.setBuddy(self.editor)  # a screen reader calls the box by the question it answers
        self.counter = label("counter", self, wrap=False)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.problem = ProblemLabel(self)
        self.editor.textChanged.connect(self._update_counter)
        below = QHBoxLayout()
        below.addWidget(self.problem, 1)
        below.addWidget(self.counter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._question)
        layout.addWidget(self._hint)
        layout.addWidget(self.editor, 1)
        layout.addLayout(below)
        self._retranslate()

    def set_question(self, question: str) -> None:
        self._question.setText(question)

    def text(self) -> str:
        return self.editor.toPlainText()

    def stored_length(self) -> int:
        return len(clean_text(self.text()))

    def _update_counter(self) -> None:
        length = self.stored_length()
        self.counter.setText(self.tr("%1 of %2 characters").replace("%1", str(length)).replace("%2", str(TEXT_MAX)))
        self.counter.setProperty("over", length > TEXT_MAX)
        self.counter.style().unpolish(self.counter)
        self.counter.style().polish(self.counter)
        if self.problem.isVisible() and 0 < length <= TEXT_MAX:
            self.problem.clear_text()

    def _retranslate(self) -> None:
        self._hint.setText(self.tr("Write your idea here. Short or long, as you like."))
        self.editor.setPlaceholderText(self.tr("For example: a bench by the river, a homework café in the village hall…"))
        self._update_counter()
