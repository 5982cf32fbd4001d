"""Staff print a receipt again by its code, with the on-screen keyboard or a scanner, and print
the day's unprinted receipts with one tap; a printer that is gone, a mistyped or unknown code get
a calm Danish message and nothing changes."""

from __future__ import annotations

import os
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from mokoko_desktop.ideas import IdeaDraft
from shared_kernel.receipt_codes import format_code, new_code
from tests.ui.conftest import commit_text


def _open(window, qtbot):
    window.staff.open_panel()
    qtbot.mouseClick(window.staff.panel.receipts_button, Qt.MouseButton.LeftButton)
    screen = window.staff.receipts
    assert screen is not None and screen.isVisible()
    return screen


def test_a_lost_receipt_is_printed_again_by_its_code(qtbot, kiosk, make_window, printer) -> None:
    idea = kiosk.submit(IdeaDraft(theme_code="natur-miljo", text="Bænke ved åen"))
    window = make_window(kiosk)
    screen = _open(window, qtbot)
    assert screen.unprinted.text() == "Alle dagens kvitteringer er udskrevet." and not screen.print_all_button.isVisible()
    commit_text(screen.code_edit, format_code(idea.receipt_code).lower())
    qtbot.mouseClick(screen.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.busy and bool(printer.jobs), timeout=10_000)
    assert screen.result.text() == f"Kvittering {format_code(idea.receipt_code)} er udskrevet igen."
    pdf = Path(kiosk.data_dir) / "job.pdf"
    pdf.write_bytes(printer.jobs[0])
    assert format_code(idea.receipt_code) in PdfReader(str(pdf)).pages[0].extract_text()
    assert kiosk.unprinted_receipts() == []  # printed: no copy kept
    if os.environ.get("MOKOKO_SHOTS"):
        window.grab().save(str(Path(os.environ["MOKOKO_SHOTS"]) / "staff-receipts.png"))


def test_a_scanned_qr_reprints_and_a_bad_code_is_told_calmly(qtbot, kiosk, make_window, printer) -> None:
    idea = kiosk.submit(IdeaDraft(theme_code="andet", text="Lys på stien"))
    window = make_window(kiosk)
    screen = _open(window, qtbot)
    commit_text(screen.code_edit, "VE25")
    screen.code_edit.returnPressed.emit()
    qtbot.waitUntil(lambda: screen.problem.isVisible(), timeout=10_000)
    assert screen.problem.text() == "En kode har 10 tegn; denne har 4." and printer.jobs == []
    other = new_code("ZZZZ")
    screen.code_edit.setText(other)
    screen.code_edit.returnPressed.emit()
    qtbot.waitUntil(lambda: "blev ikke lavet på denne kiosk" in screen.problem.text(), timeout=10_000)
    assert format_code(other) in screen.problem.text() and printer.jobs == []
    screen.code_edit.setText(kiosk.followup_url(idea.receipt_code))  # what a USB scanner types
    screen.code_edit.returnPressed.emit()
    qtbot.waitUntil(lambda: len(printer.jobs) == 1 and not screen.busy, timeout=10_000)
    assert not screen.problem.isVisible()


def test_the_unprinted_are_printed_again_with_one_tap_once_the_printer_is_back(qtbot, kiosk, make_window, printer) -> None:
    printer.works = False
    ideas = [kiosk.submit(IdeaDraft(theme_code="andet", text=f"Idé nummer {n}")) for n in range(3)]
    for idea in ideas:
        assert not kiosk.print_receipt(idea, printer)[1].printed  # the jam of the morning
    window = make_window(kiosk)
    screen = _open(window, qtbot)
    assert screen._unprinted_label.text() == "Ikke udskrevet i dag (3)" and screen.print_all_button.isVisible()
    qtbot.mouseClick(screen.print_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.busy, timeout=10_000)
    said = screen.problem.text()  # in Danish; the print system's own words ("paper jam") only in the tooltip
    assert "Printeren tog ikke imod kvitteringen (den meldte en fejl)" in said and "paper jam" not in said
    assert screen.problem.toolTip() == "paper jam"
    assert len(kiosk.unprinted_receipts()) == 3  # nothing lost
    printer.works = True
    qtbot.mouseClick(screen.print_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(printer.jobs) == 3 and not screen.busy, timeout=10_000)
    assert kiosk.unprinted_receipts() == [] and not screen.print_all_button.isVisible()
    assert screen.result.text().startswith("Udskrevet igen: ") and not screen.problem.isVisible()


def test_the_food_basket_is_handed_over_once_by_scanning_the_receipt(qtbot, kiosk, make_window) -> None:
    kiosk.settings.set("reward_voucher", True)
    idea = kiosk.submit(IdeaDraft(theme_code="andet", text="Lys på stien"))
    kiosk.settings.set("reward_voucher", False)
    plain = kiosk.submit(IdeaDraft(theme_code="andet", text="Flere bænke"))  # no basket with this one
    plain_code = plain.receipt_code
    window = make_window(kiosk)
    screen = _open(window, qtbot)
    code = format_code(idea.receipt_code)
    screen.code_edit.setText(kiosk.followup_url(idea.receipt_code))  # what the scanner types
    qtbot.mouseClick(screen.voucher_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.busy, timeout=10_000)
    assert screen.result.text() == f"Madkurven for {code} er indløst: giv borgeren kurven."
    screen.code_edit.setText(code)
    qtbot.mouseClick(screen.voucher_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.busy, timeout=10_000)
    assert screen.problem.text().startswith(f"Madkurven for {code} er allerede indløst kl. ")
    screen.code_edit.setText(plain_code)
    qtbot.mouseClick(screen.voucher_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.busy, timeout=10_000)
    assert screen.problem.text() == f"{format_code(plain_code)} giver ikke en madkurv: kvitteringen har ingen madkurv."
    assert kiosk.day_figures().vouchers_redeemed == 1
    if os.environ.get("MOKOKO_SHOTS"):
        window.grab().save(str(Path(os.environ["MOKOKO_SHOTS"]) / "staff-voucher.png"))


def test_a_hidden_ideas_basket_is_refused_with_the_reason(qtbot, kiosk, make_window) -> None:
    """Issue 28, point 8: staff see why there is no food basket."""
    kiosk.settings.set("reward_voucher", True)
    idea = kiosk.submit(IdeaDraft(theme_code="andet", text="Lys på stien"))
    kiosk.hide_idea(idea.receipt_code, "duplicate")
    screen = _open(make_window(kiosk), qtbot)
    screen.code_edit.setText(idea.receipt_code)
    qtbot.mouseClick(screen.voucher_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.busy, timeout=10_000)
    code = format_code(idea.receipt_code)
    assert screen.problem.text() == f"Madkurven for {code} gælder ikke: idéen er skjult (Givet to gange). Der er ingen madkurv til den."
    assert kiosk.day_figures().vouchers_redeemed == 0
