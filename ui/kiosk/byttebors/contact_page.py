"""Who to contact about a Byttebørs post, and the consent to keep and show it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from mokoko_desktop.consent import offer_text
from shared_kernel.retention_periods import Periods
from ui.common.widgets import ProblemLabel, TranslatedWidget, label, scrolled_column
from ui.kiosk.contact_fields import ContactFields
from ui.kiosk.forms import ConsentBox

FIELDS = ("name", "phone", "email", "consent")


class ContactPage(TranslatedWidget):
    """Name (or the association's), phone and/or e-mail, and consent."""

    def __init__(self, periods: Periods, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._periods = periods
        self._heading = label("stepHeading", self)
        self.contact = ContactFields(self)
        self.name, self.phone, self.email = self.contact.name, self.contact.phone, self.contact.email
        self.consent_box = ConsentBox(self)
        self.consent = self.consent_box.checkbox
        self.problems = {**self.contact.problems, "consent": ProblemLabel(self)}
        self.consent.toggled.connect(lambda _on: self.problems["consent"].clear_text())
        # scrolls rather than squeezes while the on-screen keyboard takes room (or with larger text)
        scroll = scrolled_column("contactForm", "formScroll", self, [self.contact, self.consent_box, self.problems["consent"]])
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(scroll, 1)
        self._retranslate()

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Who should we contact?"))
        self.contact.set_name_label(self.tr("Your name or your association's"))
        self.consent.setText(self.tr("Yes, you may keep and show my post"))
        self.consent_box.text.setText(offer_text(self._periods, QCoreApplication.translate))
