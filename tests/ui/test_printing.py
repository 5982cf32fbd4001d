"""The Qt print path renders the receipt at 80 mm; Qt's PDF output stands in for the printer."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import zxingcpp
from pypdf import PdfReader

from mokoko_desktop.ideas import IdeaDraft
from ui.printing import QtReceiptPrinter

MM = 72 / 25.4


def test_print_job_is_80_mm_wide_and_its_qr_code_scans(qapp, kiosk, tmp_path: Path) -> None:
    idea = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="Print mig"), "assentoft")
    pdf = kiosk.write_receipt(idea, tmp_path / "receipt.pdf")
    job = tmp_path / "printed.pdf"
    outcome = QtReceiptPrinter(output_pdf=job).print_pdf(pdf)
    assert outcome.printed
    page = PdfReader(str(job)).pages[0]
    assert abs(float(page.mediabox.width) - 80 * MM) < 1.5
    assert abs(float(page.mediabox.height) - float(PdfReader(str(pdf)).pages[0].mediabox.height)) < 1.5
    image = pypdfium2.PdfDocument(str(job))[0].render(scale=3).to_pil()
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [kiosk.followup_url(idea.receipt_code)]


def test_a_missing_printer_is_reported_not_raised(qapp, kiosk, tmp_path: Path) -> None:
    idea = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="Ingen printer"), "assentoft")
    pdf = kiosk.write_receipt(idea, tmp_path / "receipt.pdf")
    outcome = QtReceiptPrinter(printer_name="no-such-printer-here").print_pdf(pdf)
    assert not outcome.printed and "no-such-printer-here" in outcome.detail
