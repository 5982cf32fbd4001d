"""Name, phone and e-mail: the contact fields of an idea, a sign-up and a Byttebørs post."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

from mokoko_desktop.validation import NAME_MAX
from ui.common.widgets import ProblemLabel, TranslatedWidget, label, type_here

FIELDS = ("name", "phone", "email")


class ContactFields(TranslatedWidget):
    """The three fields with their labels and their problem lines, side by side (``columns``
    3) or one under the other (1). Typing in a field clears its problem; typing an e-mail also
    clears "give a phone number or an e-mail". The page using it names the name field (a
    person's name, or an association's) with :meth:`set_name_label`."""

    def __init__(self, parent: QWidget | None = None, *, columns: int = 3) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setMaxLength(NAME_MAX + 20)  # a little slack so an over-long name gets a message
        self.phone = QLineEdit(self)
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhPreferNumbers)  # digits, and + for abroad
        self.email = QLineEdit(self)
        self.email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly | Qt.InputMethodHint.ImhNoAutoUppercase)
        self.edits = {"name": self.name, "phone": self.phone, "email": self.email}
        self.problems = {field: ProblemLabel(self) for field in FIELDS}
        self._labels = {field: label("fieldLabel", self) for field in FIELDS}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, field in enumerate(FIELDS):
            row, column = (0, index) if columns == 3 else (3 * index, 0)
            self._labels[field].setBuddy(self.edits[field])  # what a screen reader calls the field
            grid.addWidget(self._labels[field], row, column)
            grid.addWidget(self.edits[field], row + 1, column)
            grid.addWidget(self.problems[field], row + 2, column)
            if columns == 3:
                grid.setColumnStretch(column, 1)
            self.edits[field].textEdited.connect(lambda _text, f=field: self.problems[f].clear_text())
        self.email.textEdited.connect(lambda _text: self.problems["phone"].clear_text())  # "phone or e-mail"
        # The keyboard's Enter key moves on to the next field, as on a phone: no tap needed.
        self.name.returnPressed.connect(lambda: type_here(self.phone))
        self.phone.returnPressed.connect(lambda: type_here(self.email))
        self._retranslate()

    def set_name_label(self, text: str) -> None:
        self._labels["name"].setText(text)

    def _retranslate(self) -> None:
        # What to type stays in the label: a placeholder disappears with the first key.
        self._labels["phone"].setText(self.tr("Phone (or +46 … from abroad)"))
        self._labels["email"].setText(self.tr("E-mail"))
        self.phone.setPlaceholderText(self.tr("12 34 56 78"))
        self.email.setPlaceholderText(self.tr("name@example.dk"))
