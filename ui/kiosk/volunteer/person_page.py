"""About the volunteer: name, phone and/or e-mail, age group; a guardian for under-15s."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from mokoko_desktop.consent import GUARDIAN_TEXT
from mokoko_desktop.signups import NEEDS_GUARDIAN
from mokoko_desktop.validation import NAME_MAX
from shared_kernel.demographics import AGE_GROUPS
from ui.common.widgets import ProblemLabel, TranslatedWidget, label, scrolled_column, type_here
from ui.kiosk.contact_fields import FIELDS as CONTACT_FIELDS
from ui.kiosk.contact_fields import ContactFields
from ui.kiosk.forms import ConsentBox, OptionalGroup, age_group_text, toggle

FIELDS = ("name", "phone", "email", "age_group", "guardian_name", "guardian_phone", "guardian_consent")


def _line(parent: QWidget, hints: Qt.InputMethodHint | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(NAME_MAX + 20)  # a little slack so an over-long entry gets a message
    if hints is not None:
        edit.setInputMethodHints(hints)
    return edit


class PersonPage(TranslatedWidget):
    """Who is signing up. The guardian's part appears when "Under 15" is chosen.

    Signals:
        age_group_changed(object): the chosen age group (``None`` when none).
    """

    age_group_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heading = label("stepHeading", self)
        self.contact = ContactFields(self)
        self.name, self.phone, self.email = self.contact.name, self.contact.phone, self.contact.email
        self.notify_me = QCheckBox(self)  # an e-mail when they are contacted or placed: a choice of its own
        self.notify_me.setObjectName("notifyMe")
        self.age_group = OptionalGroup(self)
        ages = QHBoxLayout()
        self._age_buttons = {}
        for value in AGE_GROUPS:
            choice = toggle("", value, self)
            self.age_group.addButton(choice)
            ages.addWidget(choice)
            self._age_buttons[value] = choice
        self.guardian = QFrame(self)
        self.guardian.setObjectName("guardianBox")
        self.guardian_name = _line(self.guardian)
        self.guardian_phone = _line(self.guardian, Qt.InputMethodHint.ImhPreferNumbers)
        self.guardian_consent_box = ConsentBox(self.guardian)
        self.guardian_consent = self.guardian_consent_box.checkbox
        self.problems = {**self.contact.problems, **{field: ProblemLabel(self) for field in FIELDS if field not in CONTACT_FIELDS}}
        self._age_label = label("fieldLabel", self)
        self._guardian_heading = label("fieldLabel", self.guardian)
        self._guardian_labels = {field: label("fieldLabel", self.guardian) for field in ("guardian_name", "guardian_phone")}

        self.guardian_name.returnPressed.connect(lambda: type_here(self.guardian_phone))  # Enter moves on
        guardian = QGridLayout(self.guardian)
        guardian.addWidget(self._guardian_heading, 0, 0, 1, 2)
        for column, (field, edit) in enumerate((("guardian_name", self.guardian_name), ("guardian_phone", self.guardian_phone))):
            guardian.addWidget(self._guardian_labels[field], 1, column)
            guardian.addWidget(edit, 2, column)
            guardian.addWidget(self.problems[field], 3, column)
        guardian.addWidget(self.guardian_consent_box, 4, 0, 1, 2)
        guardian.addWidget(self.problems["guardian_consent"], 5, 0, 1, 2)
        self.guardian.hide()

        self._scroll = scrolled_column(
            "contactForm",
            "formScroll",
            self,
            [self.contact, self.notify_me, self._age_label, ages, self.problems["age_group"], self.guardian],
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._scroll, 1)
        for field, edit in (("guardian_name", self.guardian_name), ("guardian_phone", self.guardian_phone)):
            edit.textEdited.connect(lambda _text, f=field: self.problems[f].clear_text())
        self.guardian_consent.toggled.connect(lambda _on: self.problems["guardian_consent"].clear_text())
        self.age_group.buttonClicked.connect(lambda _b: self._age_chosen())
        self._retranslate()

    def _age_chosen(self) -> None:
        value = self.age_group.value()
        self.problems["age_group"].clear_text()
        self.guardian.setVisible(value in NEEDS_GUARDIAN)
        if value in NEEDS_GUARDIAN and not self.guardian_name.text():
            type_here(self.guardian_name)  # the next thing to write: no tap on the field
        self.age_group_changed.emit(value)

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("About you"))
        self.contact.set_name_label(self.tr("Your name"))
        self._age_label.setText(self.tr("How old are you?"))
        for value, choice in self._age_buttons.items():
            choice.setText(age_group_text(value))
        self._guardian_heading.setText(self.tr("You are under 15, so a parent or guardian must say yes too"))
        self.notify_me.setText(self.tr("Send me an e-mail when the contact person has been in touch"))
        self._guardian_labels["guardian_name"].setText(self.tr("Parent's or guardian's name"))
        self._guardian_labels["guardian_phone"].setText(self.tr("Parent's or guardian's phone"))
        self.guardian_consent.setText(self.tr("Yes, I am the parent or guardian and I agree"))
        self.guardian_consent_box.text.setText(QCoreApplication.translate("consent", GUARDIAN_TEXT))
