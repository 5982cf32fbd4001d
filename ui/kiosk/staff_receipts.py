"""Behind the PIN: a receipt printed again by its code (a paper jam, a lost slip: scan the QR or
type the code on the on-screen keyboard), its food basket handed over ("Gratis mad for gode
idéer", once), and today's receipts that did not print, all printed again with one tap.
Rendering, printing and redeeming run off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from mokoko_desktop.followup import code_from_scan
from mokoko_desktop.submissions import UnknownReceipt
from shared_kernel.receipt_codes import InvalidReceiptCode, format_code, normalise
from ui.common.messages import for_person, moderation_reason, translated
from ui.common.tasks import run_in_background
from ui.common.widgets import ProblemLabel, TranslatedWidget, button, label, scrolled_column
from ui.kiosk.camera_scanner import CameraReader
from ui.kiosk.printing import why_not_printed

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk
    from mokoko_desktop.printing import PrintOutcome, ReceiptPrinter
    from mokoko_desktop.vouchers import VoucherAnswer


class StaffReceiptsScreen(TranslatedWidget):
    """Reprint by code, and the unprinted receipts of the day.

    Signals:
        closed(): back to the staff panel.
        printed(str): a receipt was printed again (its code).
    """

    closed = Signal()
    printed = Signal(str)

    def __init__(self, kiosk: Kiosk, printer: ReceiptPrinter | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffReceipts")
        self._kiosk = kiosk
        self._printer = printer
        self.busy = False
        self._heading = label("stepHeading", self)
        self._code_label = label("fieldLabel", self)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("codeEdit")
        self._code_label.setBuddy(self.code_edit)  # what a screen reader calls the field
        self.code_edit.setInputMethodHints(Qt.InputMethodHint.ImhPreferUppercase | Qt.InputMethodHint.ImhNoPredictiveText)
        self.code_edit.returnPressed.connect(self.reprint)  # a USB scanner types the QR's address and Enter
        self.reprint_button = button("primary", self)
        self.reprint_button.clicked.connect(self.reprint)
        self.voucher_button = button("secondary", self)  # "Gratis mad for gode idéer"
        self.voucher_button.clicked.connect(self.redeem)
        self.problem = ProblemLabel(self)
        self.result = label("staffInfo", self)
        self.result.hide()
        self._unprinted_label = label("fieldLabel", self)
        self.unprinted = label("staffInfo", self)
        self.print_all_button = button("secondary", self)
        self.print_all_button.clicked.connect(self.print_all)
        self.back_button = button("primary", self)
        self.back_button.clicked.connect(self.closed)
        camera_slot = QVBoxLayout()
        self.camera = CameraReader(self, camera_slot)  # where the kiosk has a camera
        self.camera.scanned.connect(self._scanned)
        entry = QHBoxLayout()
        entry.addWidget(self.code_edit, 1)
        entry.addWidget(self.camera.button)
        entry.addWidget(self.reprint_button)
        entry.addWidget(self.voucher_button)
        print_all = QHBoxLayout()
        print_all.addWidget(self.print_all_button)
        print_all.addStretch(1)
        # It scrolls rather than squeezes when the on-screen keyboard takes the lower half (seen by hand).
        body = scrolled_column(
            "reviewBody",
            "reviewScroll",
            self,
            [
                self._heading,
                self._code_label,
                entry,
                camera_slot,
                self.problem,
                self.result,
                self._unprinted_label,
                self.unprinted,
                print_all,
            ],
        )
        body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(body, 1)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignRight)
        self._codes: list[str] = []
        self._retranslate()
        self.code_edit.setFocus()

    # reprint by code ------------------------------------------------------------------------
    def reprint(self) -> None:
        if self.busy:
            return
        self.problem.clear_text()
        self._say("")
        if self._printer is None:
            self.problem.show_text(self.tr("No printer is connected to this kiosk."))
            return
        kiosk, printer, typed = self._kiosk, self._printer, self._typed_code()
        if typed is None:
            return

        def work() -> tuple[str, PrintOutcome]:
            record = kiosk.submission(typed)
            return record.receipt_code, kiosk.print_receipt(record, printer)[1]

        self._start()
        run_in_background(work, self._reprinted, self._refused, owner=self)

    def _reprinted(self, result: tuple[str, PrintOutcome]) -> None:
        code, outcome = result
        self._finish()
        self.code_edit.setText(format_code(code))
        if outcome.printed:
            self._say(self.tr("Receipt %1 has been printed again.").replace("%1", format_code(code)))
            self.code_edit.clear()
            self.printed.emit(code)
        else:
            self.problem.show_text(self._not_printed(outcome))
        self._show_unprinted()

    def _refused(self, error: Exception) -> None:
        self._finish()
        if isinstance(error, InvalidReceiptCode):
            self.problem.show_text(for_person("receipt_code", error.problem))
        elif isinstance(error, UnknownReceipt):
            self.problem.show_text(self.tr("No receipt with the code %1 was made on this kiosk.").replace("%1", format_code(error.code)))
        else:
            self.problem.show_text(self.tr("The receipt could not be made: %1").replace("%1", str(error)))

    # the food basket -----------------------------------------------------------------------
    def redeem(self) -> None:
        """Redeem the voucher of the scanned or typed code (once, at today's stop)."""
        if self.busy:
            return
        self.problem.clear_text()
        self._say("")
        kiosk, typed = self._kiosk, self._typed_code()
        if typed is None:
            return
        self._start()
        run_in_background(lambda: kiosk.redeem_voucher(typed), self._redeemed, self._refused, owner=self)

    def _scanned(self, text: str) -> None:
        """The camera read a QR code: it goes into the field, and staff choose what to do."""
        self.code_edit.setText(text)
        self.problem.clear_text()
        self._say(self.tr("The code is read: print the receipt again, or hand over the food basket."))

    def _typed_code(self) -> str | None:
        """The scanned or typed code, or None with the problem shown (a typo needs no database)."""
        try:
            return normalise(code_from_scan(self.code_edit.text()))
        except InvalidReceiptCode as error:
            self.problem.show_text(for_person("receipt_code", error.problem))
            return None

    def _redeemed(self, answer: VoucherAnswer) -> None:
        self._finish()
        params = dict(answer.params)
        if "reason" in params:
            params["reason"] = moderation_reason(str(params["reason"]))
        said = translated("voucher", answer.message, params)
        if answer.redeemed:
            self._say(said)
            self.code_edit.clear()
        else:
            self.problem.show_text(said)

    # the unprinted ones ---------------------------------------------------------------------
    def print_all(self) -> None:
        if self.busy or self._printer is None:
            return
        kiosk, printer, codes = self._kiosk, self._printer, list(self._codes)

        def work() -> list[tuple[str, PrintOutcome]]:
            outcomes = []
            for code in codes:
                outcome = kiosk.print_receipt(kiosk.submission(code), printer)[1]
                outcomes.append((code, outcome))
                if not outcome.printed:
                    break  # the printer is gone: the rest stay kept
            return outcomes

        self.problem.clear_text()
        self._start()
        run_in_background(work, self._printed_all, self._refused, owner=self)

    def _printed_all(self, outcomes: list[tuple[str, PrintOutcome]]) -> None:
        self._finish()
        done = [code for code, outcome in outcomes if outcome.printed]
        self._say(self.tr("Printed again: %1").replace("%1", ", ".join(format_code(code) for code in done)) if done else "")
        for code in done:
            self.printed.emit(code)
        failed = [outcome for _code, outcome in outcomes if not outcome.printed]
        if failed:
            self.problem.show_text(self._not_printed(failed[0]))
        self._show_unprinted()

    def _not_printed(self, outcome: PrintOutcome) -> str:
        self.problem.setToolTip(outcome.detail)
        return self.tr("The printer did not take the receipt (%1). It is kept; try again when the printer works.").replace(
            "%1", why_not_printed(outcome)
        )

    def _show_unprinted(self) -> None:
        self._codes = self._kiosk.unprinted_receipts()  # a folder listing, not the database
        count = len(self._codes)
        self._unprinted_label.setText(self.tr("Not printed today (%1)").replace("%1", str(count)))
        self.unprinted.setText(", ".join(format_code(code) for code in self._codes) or self.tr("Every receipt of today has been printed."))
        self.print_all_button.setVisible(bool(count))

    def _say(self, text: str) -> None:
        self.result.setText(text)
        self.result.setVisible(bool(text))  # no empty box

    def _start(self) -> None:
        self.busy = True
        for action in (self.reprint_button, self.voucher_button, self.print_all_button):
            action.setEnabled(False)
        self._say(self.tr("One moment…"))

    def _finish(self) -> None:
        self.busy = False
        for action in (self.reprint_button, self.voucher_button, self.print_all_button):
            action.setEnabled(True)
        self._say("")

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Receipts"))
        self._code_label.setText(self.tr("Scan a receipt's QR code or type its code: print it again, or hand over its food basket"))
        self.reprint_button.setText(self.tr("Print again"))
        self.voucher_button.setText(self.tr("Redeem food basket"))
        self.camera.retranslate()
        self.print_all_button.setText(self.tr("Print them all again"))
        self.back_button.setText(self.tr("Back to staff"))
        self._show_unprinted()
