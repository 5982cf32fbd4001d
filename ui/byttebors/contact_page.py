"""Who to contact about a Byttebørs post, and the consent to keep and show it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QLineEdit, QVBoxLayout, QWidget

from mokoko_desktop.consent import OFFER_TEXT
from mokoko_desktop.validation import NAME_MAX
from ui.forms import ConsentBox
from ui.widgets import ProblemLabel, label

FIELDS = ("name", "phone", "email", "consent")


class ContactPage(QWidget):
    """Name (or the association's), phone and/or e-mail, and consent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heading = label("stepHeading", self)
        self.name = QLineEdit(self)
        self.name.setMaxLength(NAME_MAX + 20)
        self.phone = QLineEdit(self)
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhPreferNumbers)
        self.email = QLineEdit(self)
        self.email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly | Qt.InputMethodHint.ImhNoAutoUppercase)
        self.consent_box = ConsentBox(self)
        self.consent = self.consent_box.checkbox
        self.problems = {field: ProblemLabel(self) for field in FIELDS}
        self._labels = {field: label("fieldLabel", self) for field in ("name", "phone", "email")}
        grid = QGridLayout()
        for column, (field, edit) in enumerate((("name", self.name), ("phone", self.phone), ("email", self.email))):
            grid.addWidget(self._labels[field], 0, column)
            grid.addWidget(edit, 1, column)
            grid.addWidget(self.problems[field], 2, column)
            edit.textEdited.connect(lambda _text, f=field: self.problems[f].clear_text())
        self.email.textEdited.connect(lambda _text: self.problems["phone"].clear_text())  # "phone or e-mail"
        self.consent.toggled.connect(lambda _on: self.problems["consent"].clear_text())
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addLayout(grid)
        layout.addWidget(self.consent_box)
        layout.addWidget(self.problems["consent"])
        layout.addStretch(1)
        self._retranslate()

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Who should we contact?"))
        self._labels["name"].setText(self.tr("Your name or your association's"))
        self._labels["phone"].setText(self.tr("Phone"))
        self._labels["email"].setText(self.tr("E-mail"))
        self.phone.setPlaceholderText(self.tr("8 digits, or +46 … from abroad"))
        self.email.setPlaceholderText(self.tr("name@example.dk"))
        self.consent.setText(self.tr("Yes, you may keep and show my post"))
        self.consent_box.text.setText(QCoreApplication.translate("consent", OFFER_TEXT))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
