"""The post itself: offer or need, in your own words, with subjects and where."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from mokoko_desktop.models import Interest
from mokoko_desktop.offers import PLACE_MAX
from shared_kernel.i18n import pick
from ui.common.widgets import ProblemLabel, TranslatedWidget, WritingBox, label, scrolled_column, type_here
from ui.kiosk.flow_layout import FlowLayout
from ui.kiosk.forms import ManyGroup, OptionalGroup, toggle

FIELDS = ("kind", "text", "tags", "place")


class PostPage(TranslatedWidget):
    """Offer or need, the text, the subjects (interests) and where."""

    def __init__(self, interests: list[Interest], stop_place: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heading = label("stepHeading", self)
        self._hint = label("stepHint", self)
        self.kind = OptionalGroup(self)
        self.offer_button = toggle("", "offer", self)
        self.need_button = toggle("", "need", self)
        kinds = QHBoxLayout()
        for choice in (self.offer_button, self.need_button):
            choice.setObjectName("kindChoice")
            self.kind.addButton(choice)
            kinds.addWidget(choice)

        self.editor = WritingBox(self)
        for choice in (self.offer_button, self.need_button):
            choice.clicked.connect(lambda _checked=False: type_here(self.editor))  # then write: no extra tap on the field
        self._tags_label = label("fieldLabel", self)
        self.tags = ManyGroup(self)
        self._tag_buttons: list[QPushButton] = []
        grid = FlowLayout(spacing=8)  # as many to a row as fit: whole labels at any text size
        for interest in interests:
            choice = toggle("", interest.code, self)
            choice.setObjectName("chip")
            choice.setProperty("names", interest.name)
            self.tags.addButton(choice)
            grid.addWidget(choice)
            self._tag_buttons.append(choice)
        self._place_label = label("fieldLabel", self)
        self.place = QLineEdit(self)
        self.place.setMaxLength(PLACE_MAX + 20)
        self._place_label.setBuddy(self.place)  # what a screen reader calls the field
        self._heading.setBuddy(self.editor)  # the question the post answers
        self._stop_place = stop_place
        self.problems = {field: ProblemLabel(self) for field in FIELDS}
        self.kind.buttonClicked.connect(lambda _b: self._kind_chosen())
        self.tags.buttonClicked.connect(lambda _b: self.problems["tags"].clear_text())
        self.editor.textChanged.connect(self.problems["text"].clear_text)
        place_row = QHBoxLayout()
        place_row.addWidget(self._place_label)
        place_row.addWidget(self.place, 1)
        self.editor.setMinimumHeight(120)
        parts: list[QWidget | QLayout] = [
            self._heading,
            kinds,
            self.problems["kind"],
            self._hint,
            self.editor,
            self.problems["text"],
            self._tags_label,
            grid,
            self.problems["tags"],
            place_row,
            self.problems["place"],
        ]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolled_column("contactForm", "formScroll", self, parts))  # larger text: it scrolls
        self._retranslate()

    def _kind_chosen(self) -> None:
        self.problems["kind"].clear_text()
        self._retranslate()

    def show_language(self, language: str) -> None:
        for choice in self._tag_buttons:
            choice.setText(pick(choice.property("names"), language))

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Byttebørs, the swap board: what can you offer, or what do you need?"))
        self.offer_button.setText(self.tr("I / we can offer something"))
        self.need_button.setText(self.tr("I / we need something"))
        self._hint.setText(
            self.tr("For example: an hour a week of homework help, a trailer on Saturdays, or a meeting room.")
            if self.kind.value() != "need"
            else self.tr("For example: our club needs a coach on Tuesdays, or help to paint the clubhouse.")
        )
        self._tags_label.setText(self.tr("What is it about? (choose at least one)"))
        self._place_label.setText(self.tr("Where?"))
        self.place.setPlaceholderText(self._stop_place)
