"""The last page: when the volunteer can help, what will be sent, and the consent without which
nothing is saved (one page: fewer taps from the start screen to the receipt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from mokoko_desktop.consent import signup_text
from shared_kernel.retention_periods import Periods
from ui.common.widgets import ProblemLabel, TranslatedWidget, label, scrolled_column
from ui.kiosk.forms import ConsentBox


class ConfirmPage(TranslatedWidget):
    """The :class:`WhenPage` choices, a summary of the sign-up and the consent box."""

    def __init__(self, periods: Periods, when: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._periods = periods
        self._heading = label("stepHeading", self)
        self.summary = label("reviewValue", self)
        self.consent_box = ConsentBox(self)
        self.consent = self.consent_box.checkbox
        self.problem = ProblemLabel(self)
        self.consent.toggled.connect(lambda _on: self.problem.clear_text())
        scroll = scrolled_column("reviewBody", "reviewScroll", self, [when, self._heading, self.summary, self.consent_box, self.problem])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        self._retranslate()

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Check and send your sign-up"))
        self.consent.setText(self.tr("Yes, you may pass on my details"))
        self.consent_box.text.setText(signup_text(self._periods, QCoreApplication.translate))
