"""Step 4 (optional): name and contact details, kept only with consent."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QVBoxLayout,
    QWidget,
)

from mokoko_desktop.consent import Periods, idea_contact_text
from ui.common.widgets import ProblemLabel, TranslatedWidget, application, label, scrolled_column
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
        self._consent_box = ConsentBox(self)
        self.consent = self._consent_box.checkbox
        self.problems = {**self.contact.problems, "consent": ProblemLabel(self)}
        fields = QGridLayout()
        fields.setColumnStretch(0, 1)
        fields.setColumnStretch(1, 1)
        fields.addWidget(self.contact, 0, 0)
        consent_column = QVBoxLayout()
        consent_column.addWidget(self._consent_box)
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
        application().focusChanged.connect(self._keep_focus_in_view)
        self.consent.toggled.connect(lambda _on: self.problems["consent"].clear_text())
        self._retranslate()

    def _keep_focus_in_view(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new in (self.name, self.email, self.phone):
            self._scroll.ensureWidgetVisible(new, 0, 60)

    def reveal_focus(self) -> None:
        """Scroll the focused field into view (after the keyboard took room from the form)."""
        QTimer.singleShot(0, lambda: self._keep_focus_in_view(None, QApplication.focusWidget()))

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Would you like a personal answer? (optional)"))
        self._hint.setText(self.tr("You can always follow your idea with the code on your receipt, without writing anything here."))
        self.contact.set_name_label(self.tr("Name"))
        self.consent.setText(self.tr("Yes, you may keep my contact details"))
        self.notify_me.setText(self.tr("Also send me an e-mail when the municipality answers"))
        self._consent_box.text.setText(idea_contact_text(self._periods, QCoreApplication.translate))
