"""Step 1: what the idea is about."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from mokoko_desktop.models import Theme
from shared_kernel.i18n import pick
from ui.common.widgets import CardButton, ProblemLabel, TranslatedWidget, label, scrolled

COLUMNS = 3


class ThemeCard(CardButton):
    """A big touch card with a theme's title and a line about it."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.setObjectName("themeCard")
        self.setCheckable(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._title = label("themeTitle", self)
        self._description = label("themeDescription", self)
        self.lay_out([self._title, self._description], theme.icon, 52)

    def show_language(self, language: str) -> None:
        self._title.setText(pick(self.theme.title, language))
        self._description.setText(pick(self.theme.description, language))
        self.setAccessibleName(self._title.text())


class ThemeStep(TranslatedWidget):
    """Choose a theme; touching a card chooses it.

    Signals:
        theme_chosen(str): the chosen theme's code.
    """

    theme_chosen = Signal(str)

    def __init__(self, themes: list[Theme], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heading = label("stepHeading", self)
        self._hint = label("stepHint", self)
        self.problem = ProblemLabel(self)
        self._group = QButtonGroup(self)
        self.cards: list[ThemeCard] = []
        body = QWidget()
        body.setObjectName("cardList")
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(14)
        for index, theme in enumerate(themes):
            card = ThemeCard(theme, body)
            self._group.addButton(card)
            card.clicked.connect(lambda _checked=False, code=theme.code: self._choose(code))
            grid.addWidget(card, index // COLUMNS, index % COLUMNS)
            self.cards.append(card)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._hint)
        layout.addWidget(self.problem)
        layout.addWidget(scrolled(body, "formScroll", self), 1)  # larger text: the cards scroll
        self._retranslate()

    def _choose(self, code: str) -> None:
        self.problem.clear_text()
        self.theme_chosen.emit(code)

    def chosen(self) -> str:
        card = self._group.checkedButton()
        return card.theme.code if isinstance(card, ThemeCard) else ""

    def show_language(self, language: str) -> None:
        for card in self.cards:
            card.show_language(language)

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("What is your idea about?"))
        self._hint.setText(self.tr("Touch the subject that fits best."))
