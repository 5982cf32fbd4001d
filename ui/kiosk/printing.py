"""Printing receipt PDFs through the system's print queue (QPrinter), 80 mm wide (the core's
:class:`~mokoko_desktop.printing.ReceiptPrinter`).

The PDF page is drawn onto the printer at the printer's resolution with Qt's PDF renderer.
A printer is the one piece of hardware tests may fake: anything with ``print_pdf`` will do.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication

from mokoko_desktop import cups
from mokoko_desktop.printing import NO_PRINTER, OFFLINE, OUT_OF_PAPER, UNREADABLE, PrintOutcome, ReceiptPrinter

log = logging.getLogger(__name__)

POINTS_PER_MM = 72 / 25.4


class QtReceiptPrinter:
    """Prints to the queue called ``printer_name`` (or the system's default). With
    ``output_pdf`` set, Qt writes the job to that PDF file instead (for tests and checks).

    Threading: may run in a worker thread (QPainter on a QPrinter is allowed there)."""

    def __init__(self, printer_name: str = "", output_pdf: Path | None = None) -> None:
        self._printer_name = printer_name
        self._output_pdf = output_pdf

    def _printer_info(self) -> QPrinterInfo | None:
        if self._printer_name:
            info = QPrinterInfo.printerInfo(self._printer_name)
            return None if info.isNull() else info
        info = QPrinterInfo.defaultPrinter()
        return None if info.isNull() else info

    def print_pdf(self, pdf: Path) -> PrintOutcome:
        document = QPdfDocument()
        error = document.load(str(pdf))
        if error != QPdfDocument.Error.None_:
            return PrintOutcome(False, "", f"cannot read {pdf.name}: {error}", UNREADABLE)
        if self._output_pdf is not None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(self._output_pdf))
            name = str(self._output_pdf)
        else:
            info = self._printer_info()
            if info is None:
                wanted = self._printer_name or "default"
                return PrintOutcome(False, "", f"no printer ({wanted}) is set up", NO_PRINTER)
            printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
            name = info.printerName()
        page_points = document.pagePointSize(0)
        width_mm = page_points.width() / POINTS_PER_MM
        height_mm = page_points.height() / POINTS_PER_MM
        page_size = QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter, "MOKOKO receipt")
        printer.setPageLayout(QPageLayout(page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
        printer.setFullPage(True)
        printer.setDocName(pdf.stem)
        painter = QPainter()
        if not painter.begin(printer):
            return PrintOutcome(False, name, "the printer did not accept the job")
        try:
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            image = document.render(0, QSize(target.width(), target.height()))
            painter.drawImage(QRectF(target), image)
        finally:
            painter.end()
        document.close()
        log.info("Receipt %s sent to printer %s", pdf.stem, name)
        return PrintOutcome(True, name)


_APP: QApplication | None = None  # the command line's (kept for the process: Qt wants one; a QApplication,
# so that widgets may follow in the same process, as in the tests)


def kiosk_printer(printer_name: str = "") -> ReceiptPrinter:
    """The receipt printer: through CUPS where the machine has it (a job followed until the paper
    is out, the printer's own state read), else through Qt's print system."""
    return cups.CupsReceiptPrinter(printer_name) if cups.available() else QtReceiptPrinter(printer_name)


def command_line_printer(printer_name: str = "") -> ReceiptPrinter:
    """The print queue for a command with no window (``mokoko receipt reprint``); an entry point
    in the group ``mokoko.printers``."""
    global _APP
    if QApplication.instance() is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APP = QApplication([])
    return kiosk_printer(printer_name)


def why_not_printed(outcome: PrintOutcome) -> str:
    """Why a job did not print, in words staff read in their language (the print system's own
    words, ``outcome.detail``, are for the log and a tooltip)."""
    if outcome.problem == NO_PRINTER:
        return QCoreApplication.translate("printer_check", "no printer is set up")
    if outcome.problem == UNREADABLE:
        return QCoreApplication.translate("printer_check", "the receipt file could not be read")
    if outcome.problem == OUT_OF_PAPER:
        return QCoreApplication.translate("printer_check", "it is out of paper")
    if outcome.problem == OFFLINE:
        return QCoreApplication.translate("printer_check", "it is switched off or not connected")
    return QCoreApplication.translate("printer_check", "it reported a problem")
