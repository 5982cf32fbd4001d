"""Step 5: see everything exactly as it will be stored, change any part, then send."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from ui.common.widgets import TranslatedWidget, button, label, own_words, scrolled


@dataclass(frozen=True)
class ReviewContent:
    """What the review shows, already cleaned and named in the person's language."""

    theme: str
    text: str
    age_group: str
    home_area: str
    contact_lines: list[str]


class ReviewStep(TranslatedWidget):
    """Summary with a "Change" button per part.

    Signals:
        change_requested(str): the part to change: ``theme``, ``text``, ``about`` or ``contact``.
    """

    change_requested = Signal(str)
    PARTS = ("theme", "text", "about", "contact")

    def __init__(self, parent: QWidget | None = None, *, paper: QWidget | None = None) -> None:
        """``paper``: staff's "From a paper form" (an assisted idea), shown above the summary."""
        super().__init__(parent)
        self._heading = label("stepHeading", self)
        self._hint = label("stepHint", self)
        body = QFrame()
        body.setObjectName("reviewBody")
        grid = QGridLayout(body)
        grid.setColumnStretch(1, 1)
        self._titles = {}
        self.values = {}
        self._change_buttons = {}
        for row, part in enumerate(self.PARTS):
            self._titles[part] = label("reviewTitle", body)
            self.values[part] = label("reviewValue", body)
            self.values[part].setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            change = button("secondary", body)
            change.clicked.connect(lambda _checked=False, p=part: self.change_requested.emit(p))
            self._change_buttons[part] = change
            grid.addWidget(self._titles[part], row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.values[part], row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(change, row, 2, Qt.AlignmentFlag.AlignTop)
        scroll = scrolled(body, "reviewScroll", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._hint)
        if paper is not None:
            layout.addWidget(paper)
        layout.addWidget(scroll, 1)
        self._content: ReviewContent | None = None
        self._retranslate()

    def show_content(self, content: ReviewContent) -> None:
        self._content = content
        self._fill()

    def _fill(self) -> None:
        content = self._content
        if content is None:
            return
        not_given = self.tr("Not given")
        self.values["theme"].setText(content.theme)
        self.values["text"].setText(own_words(content.text))
        about = [content.age_group or not_given, content.home_area or not_given]
        self.values["about"].setText(self.tr("Age: %1\nLives in: %2").replace("%1", about[0]).replace("%2", about[1]))
        self.values["contact"].setText(
            "\n".join(content.contact_lines) if content.contact_lines else self.tr("None: you follow your idea with the code")
        )

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Is this right?"))
        self._hint.setText(self.tr("This is exactly what will be saved. Touch “Change” to correct something."))
        titles = {
            "theme": self.tr("Subject"),
            "text": self.tr("Your idea"),
            "about": self.tr("About you"),
            "contact": self.tr("Contact"),
        }
        for part in self.PARTS:
            self._titles[part].setText(titles[part])
            self._change_buttons[part].setText(self.tr("Change"))
        self._fill()
