"""One opportunity in full: what it is, where, how often, for whom, and who to contact."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from shared_kernel.i18n import pick
from shared_kernel.opportunity_data import FREQUENCY_NAMES, OpportunityInfo
from ui.common.widgets import TranslatedWidget, label, scrolled

FACTS = ("where", "often", "time", "ages", "contact")


class DetailsPage(TranslatedWidget):
    """Shows one :class:`OpportunityInfo` (the sign-up button is the flow's Next)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._info: OpportunityInfo | None = None
        self._language = "da"
        self._title = label("stepHeading", self)
        self._organisation = label("detailsOrganisation", self)
        self._description = label("detailsText", self)
        self._fact_names = {fact: label("reviewTitle", self) for fact in FACTS}
        self._facts = {fact: label("reviewValue", self) for fact in FACTS}
        grid = QGridLayout()
        for row, fact in enumerate(FACTS):
            grid.addWidget(self._fact_names[fact], row, 0)
            grid.addWidget(self._facts[fact], row, 1)
        grid.setColumnStretch(1, 1)
        body = QWidget()
        body.setObjectName("reviewBody")
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self._organisation)
        body_layout.addWidget(self._description)
        body_layout.addLayout(grid)
        body_layout.addStretch(1)
        scroll = scrolled(body, "reviewScroll", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(scroll, 1)
        self._retranslate()

    def show_opportunity(self, info: OpportunityInfo, language: str) -> None:
        self._info, self._language = info, language
        self._show()

    def _show(self) -> None:
        info, language = self._info, self._language
        if info is None:
            return
        self._title.setText(pick(info.title, language))
        self._organisation.setText(pick(info.organisation, language))
        self._description.setText(pick(info.description, language) or pick(info.summary, language))
        self._facts["where"].setText(info.place_text(language, lambda text: QCoreApplication.translate("volunteering", text)))
        self._facts["often"].setText(QCoreApplication.translate("volunteering", FREQUENCY_NAMES[info.frequency]))
        self._facts["time"].setText(pick(info.time_needed, language))
        self._facts["ages"].setText(
            self.tr("From %1 years").replace("%1", str(info.min_age)) if info.min_age else self.tr("All ages (children with a grown-up)")
        )
        self._facts["contact"].setText(f"{info.contact_name}\n{info.contact_how}".strip())

    def _retranslate(self) -> None:
        names = {
            "where": self.tr("Where"),
            "often": self.tr("How often"),
            "time": self.tr("Time needed"),
            "ages": self.tr("Who can join"),
            "contact": self.tr("Contact person"),
        }
        for fact, text in names.items():
            self._fact_names[fact].setText(text)
        self._show()
