"""Step 3 (optional): age group and where you live, to see whether everyone was reached."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mokoko_desktop.models import HomeArea
from shared_kernel.demographics import AGE_GROUPS
from ui.common.widgets import ProblemLabel, TranslatedWidget, label
from ui.kiosk.flow_layout import FlowLayout
from ui.kiosk.forms import OptionalGroup, age_group_text, toggle


class AboutStep(TranslatedWidget):
    """Age group and home area, both optional."""

    def __init__(self, home_areas: list[HomeArea], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heading = label("stepHeading", self)
        self._hint = label("stepHint", self)
        self._age_label = label("fieldLabel", self)
        self._area_label = label("fieldLabel", self)
        self.problem = ProblemLabel(self)
        self.age_group = OptionalGroup(self)
        ages = QHBoxLayout()
        self._age_buttons: dict[str, QPushButton] = {}
        for value in AGE_GROUPS:
            choice = toggle(value, value, self)
            self.age_group.addButton(choice)
            ages.addWidget(choice)
            self._age_buttons[value] = choice
        self.home_area = OptionalGroup(self)
        areas = FlowLayout(spacing=8)  # as many to a row as fit: whole place names at any text size
        for area in home_areas:
            choice = toggle(area.name, area.code, self)
            self.home_area.addButton(choice)
            areas.addWidget(choice)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._hint)
        layout.addSpacing(8)
        layout.addWidget(self._age_label)
        layout.addLayout(ages)
        layout.addSpacing(8)
        layout.addWidget(self._area_label)
        layout.addLayout(areas)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self._retranslate()

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("A little about you (optional)"))
        self._hint.setText(self.tr("It helps the municipality see whether we reach everyone: young and old, in the whole municipality."))
        self._age_label.setText(self.tr("How old are you?"))
        self._area_label.setText(self.tr("Where do you live?"))
        for value, choice in self._age_buttons.items():
            choice.setText(age_group_text(value))
