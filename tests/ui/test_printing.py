"""The Qt print path renders the receipt at 80 mm; Qt's PDF output stands in for the printer."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import zxingcpp
from pypdf import PdfReader
from PySide6.QtCore import Qt, QThreadPool

from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.printing import NO_PRINTER
from tests.ui.conftest import commit_text
from ui.kiosk.printing import QtReceiptPrinter, why_not_printed

MM = 72 / 25.4
LEFT = Qt.MouseButton.LeftButton


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
    assert outcome.problem == NO_PRINTER and why_not_printed(outcome) == "no printer is set up"  # staff's words (English here)


def test_a_receipt_that_finishes_after_the_citizen_left_is_not_shown(qtbot, kiosk, make_window, printer) -> None:
    """The citizen touches "Done" before their receipt has rendered: the thank-you screen is
    gone when the receipt is ready, and nothing tries to show it there."""
    window = make_window(kiosk)
    window.start_idea()
    flow = window.flow
    qtbot.mouseClick(flow.theme_step.cards[0], LEFT)
    commit_text(flow.text_step.editor, "Hurtigt videre")
    for _ in range(3):  # text, about (skipped), contact (skipped): the review
        qtbot.mouseClick(flow.next_button, LEFT)
    with qtbot.waitSignal(window.record_stored):
        qtbot.mouseClick(flow.next_button, LEFT)
    window.reset_to_start()  # "Done" at once: the thank-you screen is deleted
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=5_000)  # the receipt was still printed
    qtbot.wait(50)  # let the queued "done" reach the main thread (pytest-qt fails on an exception there)
    assert window.thanks is None and window.is_pristine()
