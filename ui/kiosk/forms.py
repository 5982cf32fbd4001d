"""Form pieces shared by the idea, volunteer and Byttebørs flows: big toggle choices, groups of
them, and the consent box (touching its words ticks it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QCheckBox, QFrame, QPushButton, QVBoxLayout, QWidget

from shared_kernel.demographics import AGE_GROUP_NAMES
from ui.common.widgets import label


def toggle(text: str, value: str, parent: QWidget) -> QPushButton:
    """A big checkable choice carrying ``value``."""
    choice = QPushButton(text, parent)
    choice.setObjectName("choice")
    choice.setCheckable(True)
    choice.setProperty("value", value)
    return choice


class OptionalGroup(QButtonGroup):
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

    def set_value(self, value: str | None) -> None:
        for choice in self.buttons():
            choice.setChecked(choice.property("value") == value)


class ManyGroup(QButtonGroup):
    """Choices of which any number may be chosen."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setExclusive(False)

    def values(self) -> list[str]:
        return [str(choice.property("value")) for choice in self.buttons() if choice.isChecked()]


def age_group_text(value: str) -> str:
    """How an age group reads on a button, in the kiosk's language now ("Under 15", "30–49")."""
    if value in AGE_GROUP_NAMES:
        return QCoreApplication.translate("forms", AGE_GROUP_NAMES[value])
    return value.replace("-", "–")


class ConsentBox(QFrame):
    """A consent checkbox with its words below; touching the words ticks the box too (a bigger
    target). Below them, "Sådan behandler vi dine oplysninger" opens the privacy notice.

    Signals:
        privacy_asked(): the citizen touched the link to the privacy notice.
    """

    privacy_asked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("consentBox")
        self.checkbox = QCheckBox(self)
        self.checkbox.setObjectName("consent")
        self.text = label("consentText", self)
        self.privacy_link = QPushButton(self)  # a button that looks like a link: a finger's target, not a word's
        self.privacy_link.setObjectName("privacyLink")
        self.privacy_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.privacy_link.clicked.connect(self.privacy_asked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.checkbox)
        layout.addWidget(self.text)
        layout.addWidget(self.privacy_link, 0, Qt.AlignmentFlag.AlignLeading)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        # the consent's own words are the page's (they name its periods); the link is the same everywhere
        self.privacy_link.setText(QCoreApplication.translate("ConsentBox", "How we handle your information ›"))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.checkbox.toggle()
        event.accept()
