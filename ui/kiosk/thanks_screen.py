"""The thank-you screen: the receipt code and its QR code, and the printed receipt."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from mokoko_desktop.kiosk import Kiosk
from mokoko_desktop.printing import PrintOutcome, ReceiptPrinter
from mokoko_desktop.submissions import Submission
from shared_kernel.receipt_codes import format_code
from ui.common.tasks import run_in_background
from ui.common.widgets import TranslatedWidget, button, label
from ui.kiosk.qr_widget import QrCodeWidget

log = logging.getLogger(__name__)


class ThanksScreen(TranslatedWidget):
    """Shows the receipt code and QR code of a stored idea, sign-up or Byttebørs post, and
    prints its receipt in the background (rendering and printing never block the screen).

    Signals:
        finished(): the citizen is done (or ``thanks_seconds`` passed); back to the start screen.
        print_finished(PrintOutcome): the receipt was printed, or why not.
    """

    finished = Signal()
    print_finished = Signal(object)

    def __init__(self, kiosk: Kiosk, record: Submission, printer: ReceiptPrinter | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thanksScreen")
        self._kind = record.submission_kind
        self._kiosk = kiosk
        self._printer = printer
        self._print_state = "printing" if printer is not None and kiosk.settings.get("print_receipts") else "off"
        self._heading = label("thanksHeading", self)
        self._code_label = label("codeLabel", self)
        self.code = label("receiptCode", self, wrap=False)
        self.code.setText(format_code(record.receipt_code))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.qr = QrCodeWidget(kiosk.followup_url(record.receipt_code), self)
        self._explain = label("thanksText", self)
        self.print_status = label("printStatus", self)
        self.voucher = label("printStatus", self)  # "Gratis mad for gode idéer": also when the printer is out
        self.voucher.setVisible(record.submission_kind == "idea" and kiosk.has_voucher(record.receipt_code))
        self.done_button = button("primary", self)
        self.done_button.clicked.connect(self.finished)
        text_column = QVBoxLayout()
        text_column.addWidget(self._heading)
        text_column.addSpacing(12)
        text_column.addWidget(self._code_label)
        text_column.addWidget(self.code, 0, Qt.AlignmentFlag.AlignLeft)
        text_column.addSpacing(12)
        text_column.addWidget(self._explain)
        text_column.addWidget(self.print_status)
        text_column.addWidget(self.voucher)
        text_column.addStretch(1)
        text_column.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.qr.setMinimumSize(240, 240)
        self._scan_hint = label("scanHint", self)
        self._scan_hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        qr_column = QVBoxLayout()
        qr_column.addWidget(self.qr, 1)
        qr_column.addWidget(self._scan_hint)
        layout = QHBoxLayout(self)
        layout.addLayout(text_column, 3)
        layout.addSpacing(24)
        layout.addLayout(qr_column, 2)
        self.clear_timer = QTimer(self)  # the code and QR are this citizen's: gone before the next one comes
        self.clear_timer.setSingleShot(True)
        self.clear_timer.setInterval(kiosk.settings.get("thanks_seconds") * 1000)
        self.clear_timer.timeout.connect(self.finished)
        self.clear_timer.start()
        self._retranslate()
        self._start_receipt(record)

    def _start_receipt(self, record: Submission) -> None:
        kiosk, printer = self._kiosk, self._printer
        wants_print = self._print_state == "printing"

        def work() -> tuple[Path, PrintOutcome]:
            if not wants_print or printer is None:
                return kiosk.write_receipt(record), PrintOutcome(False, "", "printing is switched off")
            return kiosk.print_receipt(record, printer)

        run_in_background(work, self._receipt_done, self._receipt_failed, owner=self)

    def _receipt_done(self, result: tuple[Path, PrintOutcome]) -> None:
        path, outcome = result
        if outcome.printed:
            self._print_state = "printed"
        else:
            self._print_state = "kept"
            log.warning("Receipt not printed (%s); PDF kept at %s", outcome.detail, path)
        self._retranslate()
        self.print_finished.emit(outcome)

    def _receipt_failed(self, error: Exception) -> None:
        self._print_state = "kept"
        self._retranslate()
        self.print_finished.emit(PrintOutcome(False, "", str(error)))

    def _retranslate(self) -> None:
        self._heading.setText(
            {
                "idea": self.tr("Thank you for your idea!"),
                "signup": self.tr("Thank you for signing up!"),
                "offer": self.tr("Thank you for your post!"),
            }[self._kind]
        )
        self._code_label.setText(self.tr("Your receipt code"))
        self._explain.setText(
            {
                "idea": self.tr("With this code you can follow what happens to your idea: here at the kiosk or by scanning the QR code."),
                "signup": self.tr("The contact person will get in touch with you. Your receipt says who, and how to reach them."),
                "offer": self.tr("The municipality's volunteer coordinator reads your post and contacts you when someone fits."),
            }[self._kind]
        )
        self.print_status.setText(
            {
                "printing": self.tr("Your receipt is being printed…"),
                "printed": self.tr("Take your receipt from the printer."),
                "kept": self.tr("The printer is not working just now. Please write the code down or take a photo of it."),
                "off": self.tr("Please write the code down or take a photo of it."),
            }[self._print_state]
        )
        self.voucher.setText(
            self.tr("Free food for good ideas: show your receipt or your code to the staff at the container and get a food basket.")
        )
        self.done_button.setText(self.tr("Done"))
        self._scan_hint.setText(self.tr("Scan to follow your idea") if self._kind == "idea" else self.tr("Scan to see it again"))
