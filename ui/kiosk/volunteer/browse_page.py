"""Browse the opportunities as large cards; filter by interest and by "near here"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from mokoko_desktop.opportunities import Opportunities
from shared_kernel.i18n import pick
from shared_kernel.opportunity_data import FREQUENCY_NAMES, OpportunityInfo
from ui.common.widgets import CardButton, TranslatedWidget, button, label, scrolled
from ui.kiosk.flow_layout import FlowLayout
from ui.kiosk.forms import OptionalGroup, toggle

COLUMNS = 2


class OpportunityCard(CardButton):
    """A big touch card: the task, who it is for, where and how often."""

    def __init__(self, info: OpportunityInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.setObjectName("opportunityCard")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._title = label("cardTitle", self)
        self._organisation = label("cardOrganisation", self)
        self._summary = label("cardSummary", self)
        self._facts = label("cardFacts", self)
        self.lay_out([self._title, self._organisation, self._summary, self._facts], info.icon, 64)

    def show_language(self, language: str) -> None:
        info = self.info
        self._title.setText(pick(info.title, language))
        self._organisation.setText(pick(info.organisation, language))
        self._summary.setText(pick(info.summary, language))
        place = info.place_text(language, lambda text: QCoreApplication.translate("volunteering", text))
        often = QCoreApplication.translate("volunteering", FREQUENCY_NAMES[info.frequency])
        self._facts.setText(f"{place}  ·  {often}  ·  {pick(info.time_needed, language)}")
        self.setAccessibleName(self._title.text())


class BrowsePage(TranslatedWidget):
    """The opportunities open today, near today's stop first.

    Signals:
        opportunity_chosen(str): the citizen touched a card (its id).
        something_else_requested(): "I would like to help with something else".
    """

    opportunity_chosen = Signal(str)
    something_else_requested = Signal()

    def __init__(
        self, opportunities: Opportunities, day: dt.date, stop_id: str | None, stop_place: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._opportunities = opportunities
        self._day = day
        self._stop_id = stop_id
        self._stop_place = stop_place
        self._language = "da"
        self._age_group: str | None = None
        self.cards: list[OpportunityCard] = []
        self._heading = label("stepHeading", self, wrap=False)
        self._hint = label("stepHint", self)
        self.interest = OptionalGroup(self)
        self.near_button = toggle("", "near", self)
        self.near_button.setObjectName("nearChoice")
        self.near_button.setVisible(bool(stop_id))
        self.near_button.clicked.connect(lambda _checked: self._fill())
        self._interest_buttons: dict[str, QPushButton] = {}
        for interest in opportunities.interests():
            choice = toggle("", interest.code, self)
            choice.setObjectName("chip")
            choice.setProperty("names", interest.name)
            self.interest.addButton(choice)
            self._interest_buttons[interest.code] = choice
        self.interest.buttonClicked.connect(lambda _b: self._fill())
        chips = FlowLayout(spacing=10)  # as many to a row as fit: whole labels at any text size
        for choice in self._interest_buttons.values():
            chips.addWidget(choice)
        self._cards = QWidget()
        self._cards.setObjectName("cardList")
        self._grid = QGridLayout(self._cards)
        self._grid.setSpacing(14)
        self._empty = label("stepHint", self)
        scroll = scrolled(self._cards, "formScroll", self)
        self.something_else_button = button("secondary", self)
        self.something_else_button.clicked.connect(self.something_else_requested)
        layout = QVBoxLayout(self)
        top = FlowLayout(spacing=14)  # the two buttons go under the heading when they do not fit beside it
        for part in (self._heading, self.near_button, self.something_else_button):
            top.addWidget(part)
        layout.addLayout(top)
        layout.addWidget(self._hint)
        layout.addLayout(chips)
        layout.addWidget(self._empty)
        layout.addWidget(scroll, 1)
        self._retranslate()
        self._fill()

    def set_age_group(self, age_group: str | None) -> None:
        """Offer only what someone of this age may sign up for."""
        if age_group != self._age_group:
            self._age_group = age_group
            self._fill()

    def _fill(self) -> None:
        for card in self.cards:
            self._grid.removeWidget(card)
            card.deleteLater()
        near = self.near_button.isChecked()
        found = self._opportunities.browse(
            self._day, tag=self.interest.value(), near_stop=self._stop_id, age_group=self._age_group, only_near=near
        )
        self.cards = []
        for index, info in enumerate(found):
            card = OpportunityCard(info, self._cards)
            card.show_language(self._language)
            card.clicked.connect(lambda _checked=False, opportunity_id=info.id: self.opportunity_chosen.emit(opportunity_id))
            self._grid.addWidget(card, index // COLUMNS, index % COLUMNS)
            self.cards.append(card)
        self._grid.setRowStretch(len(found) // COLUMNS + 1, 1)
        self._empty.setVisible(not found)

    def show_language(self, language: str) -> None:
        self._language = language
        for choice in self._interest_buttons.values():
            choice.setText(pick(choice.property("names"), language))
        for card in self.cards:
            card.show_language(language)

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Become a volunteer"))
        self._hint.setText(self.tr("Touch a task to read more. Volunteering is always free and voluntary."))
        self.near_button.setText(self.tr("Near %1").replace("%1", self._stop_place))
        self.something_else_button.setText(self.tr("I would like to help with something else"))
        self._empty.setText(self.tr("No task fits this choice. Try another subject, or tell us what you would like to do."))
