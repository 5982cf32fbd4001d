"""Step 3 (optional): age group and where you live, to see whether everyone was reached."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mokoko_desktop.models import AGE_GROUPS, HomeArea
from ui.widgets import ProblemLabel, label

AREA_COLUMNS = 4


def _toggle(text: str, value: str, parent: QWidget) -> QPushButton:
    choice = QPushButton(text, parent)
    choice.setObjectName("choice")
    choice.setCheckable(True)
    choice.setProperty("value", value)
    return choice


class _OptionalGroup(QButtonGroup):
    """Exclusive choices where touching the chosen one again un-chooses it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setExclusive(False)
        self.buttonClicked.connect(self._keep_one)

    def _keep_one(self, clicked: QAbstractButton) -> None:
        for other in self.buttons():
            if other is not clicked:
                other.setChecked(False)

    def value(self) -> str | None:
        for choice in self.buttons():
            if choice.isChecked():
                return str(choice.property("value"))
        return None


class AboutStep(QWidget):
    """Age group and home area, both optional."""

    def __init__(self, home_areas: list[HomeArea], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heading = label("stepHeading", self)
        self._hint = label("stepHint", self)
        self._age_label = label("fieldLabel", self)
        self._area_label = label("fieldLabel", self)
        self.problem = ProblemLabel(self)
        self.age_group = _OptionalGroup(self)
        ages = QHBoxLayout()
        self._age_buttons: dict[str, QPushButton] = {}
        for value in AGE_GROUPS:
            choice = _toggle(value, value, self)
            self.age_group.addButton(choice)
            ages.addWidget(choice)
            self._age_buttons[value] = choice
        self.home_area = _OptionalGroup(self)
        areas = QGridLayout()
        for index, area in enumerate(home_areas):
            choice = _toggle(area.name, area.code, self)
            self.home_area.addButton(choice)
            areas.addWidget(choice, index // AREA_COLUMNS, index % AREA_COLUMNS)
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
        self._heading.setText(self.tr("A little about you (you may skip this)"))
        self._hint.setText(
            self.tr("It helps the municipality see whether we reach everyone: young and old, in the whole municipality.")
        )
        self._age_label.setText(self.tr("How old are you?"))
        self._area_label.setText(self.tr("Where do you live?"))
        self._age_buttons["under-15"].setText(self.tr("Under 15"))
        self._age_buttons["80+"].setText(self.tr("80 or over"))
        for value in AGE_GROUPS[1:-1]:
            self._age_buttons[value].setText(value.replace("-", "–"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
