"""Step 4 (optional): name and contact details, kept only with consent."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QVBoxLayout,
    QWidget,
)

from mokoko_desktop.consent import idea_contact_text
from shared_kernel.retention_periods import Periods
from ui.common.widgets import ProblemLabel, TranslatedWidget, label, scrolled_column
from ui.kiosk.contact_fields import ContactFields
from ui.kiosk.forms import ConsentBox


class ContactStep(TranslatedWidget):
    """Optional name, e-mail and phone, and the consent that must go with them."""

    def __init__(self, periods: Periods, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._periods = periods
        self._heading = label("stepHeading", self)
        self._hint = label("stepHint", self)
        self.contact = ContactFields(self, columns=1)
        self.name, self.phone, self.email = self.contact.name, self.contact.phone, self.contact.email
        self.consent_box = ConsentBox(self)
        self.consent = self.consent_box.checkbox
        self.problems = {**self.contact.problems, "consent": ProblemLabel(self)}
        fields = QGridLayout()
        fields.setColumnStretch(0, 1)
        fields.setColumnStretch(1, 1)
        fields.addWidget(self.contact, 0, 0)
        consent_column = QVBoxLayout()
        consent_column.addWidget(self.consent_box)
        consent_column.addWidget(self.problems["consent"])
        self.notify_me = QCheckBox(self)  # "kontakt mig om min idé": a consent of its own, optional
        self.notify_me.setObjectName("notifyMe")
        consent_column.addWidget(self.notify_me)
        consent_column.addStretch(1)
        fields.addLayout(consent_column, 0, 1)
        # The form scrolls rather than squeezes when the on-screen keyboard takes half the screen.
        self._scroll = scrolled_column("contactForm", "formScroll", self, [self._hint, fields])
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._scroll, 1)
        self.consent.toggled.connect(lambda _on: self.problems["consent"].clear_text())
        self._retranslate()

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Would you like a personal answer? (optional)"))
        self._hint.setText(self.tr("You can always follow your idea with the code on your receipt, without writing anything here."))
        self.contact.set_name_label(self.tr("Name"))
        self.consent.setText(self.tr("Yes, you may keep my contact details"))
        self.notify_me.setText(self.tr("Also send me an e-mail when the municipality answers"))
        self.consent_box.text.setText(idea_contact_text(self._periods, QCoreApplication.translate))
