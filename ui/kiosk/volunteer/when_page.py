"""When the volunteer can: weekdays, evenings, weekends; once or regularly; a message."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from mokoko_desktop.signups import MESSAGE_MAX
from shared_kernel.opportunity_data import AVAILABILITY_NAMES, HELP_FREQUENCY_NAMES
from ui.common.widgets import ProblemLabel, TranslatedWidget, label
from ui.kiosk.forms import ManyGroup, OptionalGroup, toggle

FIELDS = ("availability", "frequency", "message")


class WhenPage(TranslatedWidget):
    """Availability (any of three), how often (one of two) and an optional message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heading = label("stepHeading", self)
        self._labels = {field: label("fieldLabel", self) for field in FIELDS}
        self.availability = ManyGroup(self)
        self.frequency = OptionalGroup(self)
        self.message = QLineEdit(self)
        self.message.setMaxLength(MESSAGE_MAX + 20)
        self._labels["message"].setBuddy(self.message)  # what a screen reader calls the field
        self.problems = {field: ProblemLabel(self) for field in FIELDS}
        days, often = QHBoxLayout(), QHBoxLayout()
        self._choices = []
        for group, row, names in ((self.availability, days, AVAILABILITY_NAMES), (self.frequency, often, HELP_FREQUENCY_NAMES)):
            for value, source in names.items():  # in the order the core declares them
                choice = toggle("", value, self)
                choice.setProperty("source", source)
                group.addButton(choice)
                row.addWidget(choice)
                self._choices.append(choice)
        self.availability.buttonClicked.connect(lambda _b: self.problems["availability"].clear_text())
        self.frequency.buttonClicked.connect(lambda _b: self.problems["frequency"].clear_text())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # it sits in the last page's column
        layout.addWidget(self._heading)
        for field, row in (("availability", days), ("frequency", often)):
            layout.addWidget(self._labels[field])
            layout.addLayout(row)
            layout.addWidget(self.problems[field])
        layout.addWidget(self._labels["message"])
        layout.addWidget(self.message)
        layout.addWidget(self.problems["message"])
        layout.addStretch(1)
        self._retranslate()

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("When can you help?"))
        self._labels["availability"].setText(self.tr("When suits you? (you may choose several)"))
        self._labels["frequency"].setText(self.tr("How often?"))
        self._labels["message"].setText(self.tr("A message for the contact person (optional)"))
        for choice in self._choices:
            choice.setText(QCoreApplication.translate("volunteering", choice.property("source")))
