"""Behind the PIN: "Luk dagen". Sync now and wait for it (its progress shown), save the day's
figures as a PDF (and print them on the receipt roll if staff want), warn about anything not
sent or not printed, then put the kiosk to sleep for the night. Everything slow runs off the
GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from mokoko_desktop.day_report import write_day_report
from ui.common.tasks import run_in_background
from ui.common.widgets import ProblemLabel, TranslatedWidget, button, label
from ui.kiosk.printing import why_not_printed
from ui.kiosk.sync_indicator import describe

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk
    from mokoko_desktop.printing import PrintOutcome, ReceiptPrinter
    from ui.kiosk.sync_scheduler import SyncScheduler, SyncView


class StaffCloseDayScreen(TranslatedWidget):
    """The end of the day, step by step.

    Signals:
        closed(): back to the staff panel.
        sleep_requested(): the day is closed; the kiosk sleeps until staff wake it.
        summary_written(object): the day's PDF (a Path) was saved.
    """

    closed = Signal()
    sleep_requested = Signal()
    summary_written = Signal(object)

    def __init__(self, kiosk: Kiosk, sync: SyncScheduler | None, printer: ReceiptPrinter | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffCloseDay")
        self._kiosk = kiosk
        self._sync = sync
        self._printer = printer
        self._saw_running = False
        self.synced = sync is None  # nothing to wait for without a connection
        self.waiting = -1
        self.summary: Path | None = None  # the short summary for the receipt roll
        self.report: Path | None = None  # the A4 day report
        self._heading = label("stepHeading", self)
        self.sync_line = label("staffInfo", self)
        self.summary_line = label("staffInfo", self)
        self.warnings = ProblemLabel(self)
        self.print_button = button("secondary", self)
        self.print_button.clicked.connect(self._print_summary)
        self.print_button.hide()
        self.sleep_button = button("primary", self)
        self.sleep_button.clicked.connect(self.sleep_requested)
        self.back_button = button("secondary", self)
        self.back_button.clicked.connect(self.closed)
        actions = QHBoxLayout()
        actions.addWidget(self.back_button)
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.sleep_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self.sync_line)
        layout.addWidget(self.summary_line)
        layout.addWidget(self.warnings)
        layout.addStretch(1)
        layout.addLayout(actions)
        self._retranslate()
        if sync is not None:
            sync.changed.connect(self._sync_changed)
            sync.sync_now()
        else:
            self._write_summary()

    # 1. sync and wait ----------------------------------------------------------------------
    def _sync_changed(self, view: SyncView) -> None:
        self.sync_line.setText(self.tr("Sending to the municipality: %1").replace("%1", describe(view)))
        if view.running:
            self._saw_running = True
            return
        if self.synced or not (self._saw_running or view.online is False):
            return
        self.synced = True
        self.waiting = view.status.waiting if view.status is not None else -1
        if self.waiting == 0:
            self.sync_line.setText(self.tr("Everything is sent to the municipality."))
        self._write_summary()

    # 2. the day's figures ------------------------------------------------------------------
    def _write_summary(self) -> None:
        kiosk, waiting = self._kiosk, self.waiting
        self.summary_line.setText(self.tr("Saving the day's figures…"))

        def work() -> tuple[Path, Path]:
            return kiosk.write_day_summary(waiting), write_day_report(kiosk)[1]

        run_in_background(work, self._summary_done, self._summary_failed, owner=self)

    def _summary_done(self, paths: tuple[Path, Path]) -> None:
        path, self.report = paths
        self.summary = path
        self.summary_line.setText(
            "\n".join(
                [
                    self.tr("The day's figures are saved: %1").replace("%1", str(path)),
                    self.tr("The day report (A4) is saved: %1").replace("%1", str(self.report)),
                ]
            )
        )
        self.print_button.setVisible(self._printer is not None)
        self._warn()
        self.summary_written.emit(path)

    def _summary_failed(self, error: Exception) -> None:
        self.summary_line.setText(self.tr("The day's figures could not be saved: %1").replace("%1", str(error)))
        self._warn()

    def _print_summary(self) -> None:
        printer, path = self._printer, self.summary
        if printer is None or path is None:
            return
        self.print_button.setEnabled(False)
        run_in_background(lambda: printer.print_pdf(path), self._printed, self._summary_failed, owner=self)

    def _printed(self, outcome: PrintOutcome) -> None:
        self.print_button.setEnabled(True)
        if not outcome.printed:
            self.summary_line.setText(
                self.tr("The printer did not take the day's figures (%1); they are saved: %2")
                .replace("%1", why_not_printed(outcome))
                .replace("%2", str(self.summary))
            )
            self.summary_line.setToolTip(outcome.detail)

    # 3. what is left -----------------------------------------------------------------------
    def _warn(self) -> None:
        lines = []
        if self.waiting > 0:
            lines.append(
                self.tr(
                    "%1 records are not sent yet. They are kept safely here and go at the next sync; leave the kiosk "
                    "on or connect it tomorrow."
                ).replace("%1", str(self.waiting))
            )
        elif self._sync is None:
            lines.append(self.tr("This kiosk is not connected to the municipality: everything is kept here."))
        unprinted = len(self._kiosk.unprinted_receipts())
        if unprinted:
            lines.append(self.tr("%1 receipts were not printed (see Receipts).").replace("%1", str(unprinted)))
        self.warnings.show_text("\n".join(lines))

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Close the day"))
        if not self.synced:
            self.sync_line.setText(self.tr("Sending to the municipality…"))
        elif self._sync is None:
            self.sync_line.setText(self.tr("Not connected to the municipality."))
        self.print_button.setText(self.tr("Print the day's figures"))
        self.sleep_button.setText(self.tr("Close for today"))
        self.back_button.setText(self.tr("Back to staff"))
        self.sleep_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
