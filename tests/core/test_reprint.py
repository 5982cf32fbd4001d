"""``mokoko receipt reprint``: a receipt printed again by its code, the same code and QR code,
from what the kiosk stored; bad codes and a printer that is gone get a calm answer."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.signups import SignupDraft
from mokoko_desktop.submissions import UnknownReceipt
from shared_kernel.command_line import main
from shared_kernel.receipt_codes import format_code, new_code


def _text(pdf: Path) -> str:
    return PdfReader(str(pdf)).pages[0].extract_text()


def test_a_reprint_has_the_same_code_and_link_as_the_first_receipt(kiosk, data_dir, tmp_path, capsys) -> None:
    idea = kiosk.submit(IdeaDraft(theme_code="natur-miljo", text="Bænke ved åen, så ældre kan hvile sig på turen."))
    first = kiosk.write_receipt(idea, tmp_path / "first.pdf")
    code = format_code(idea.receipt_code)
    kiosk.close()
    out = tmp_path / "again.pdf"
    assert main(["receipt", "reprint", code.lower(), "--pdf", str(out), "--data-dir", str(data_dir)]) == 0
    assert capsys.readouterr().out.strip() == f"Receipt {code} written to {out}"
    again = _text(out)
    assert again == _text(first) and code in again and "Bænke ved åen" in again


def test_a_sign_up_is_found_by_its_scanned_qr_address(kiosk) -> None:
    signup = kiosk.submit(
        SignupDraft(opportunity_id="bogvenner", name="Ida", phone="20304050", age_group="65-79", availability=["weekdays"], consent=True)
    )
    found = kiosk.submission(kiosk.followup_url(signup.receipt_code))
    assert found.receipt_code == signup.receipt_code and found.submission_kind == "signup"


@pytest.mark.parametrize(
    ("typed", "said"),
    [("ABCD", "A receipt code has 10 characters; this one has 4."), ("", "Please type the code")],
)
def test_a_mistyped_code_is_told_calmly_and_nothing_is_printed(kiosk, data_dir, typed, said, capsys) -> None:
    kiosk.close()
    assert main(["receipt", "reprint", typed, "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert said in err and "Nothing was printed." in err


def test_an_unknown_code_is_told_calmly(kiosk, data_dir, capsys) -> None:
    other = new_code("ZZZZ")
    with pytest.raises(UnknownReceipt):
        kiosk.submission(other)
    kiosk.close()
    assert main(["receipt", "reprint", other, "--data-dir", str(data_dir)]) == 1
    assert f"No receipt with the code {format_code(other)} was made on this kiosk." in capsys.readouterr().err


def test_a_printer_that_is_gone_keeps_the_receipt_among_the_unprinted(kiosk, data_dir, capsys) -> None:
    idea = kiosk.submit(IdeaDraft(theme_code="andet", text="Flere skraldespande ved stranden."))
    kiosk.settings.set("printer_name", "no-such-printer")
    kiosk.close()
    assert main(["receipt", "reprint", idea.receipt_code, "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert "could not be printed (no printer (no-such-printer) is set up)" in err and "It is kept at" in err
    assert main(["receipt", "unprinted", "--data-dir", str(data_dir)]) == 0
    assert capsys.readouterr().out.strip() == format_code(idea.receipt_code)


def test_a_pdf_that_cannot_be_written_says_why(kiosk, data_dir, tmp_path, capsys) -> None:
    idea = kiosk.submit(IdeaDraft(theme_code="andet", text="Lys på stien."))
    kiosk.close()
    (tmp_path / "a-file").write_text("not a folder")
    target = tmp_path / "a-file" / "r.pdf"
    assert main(["receipt", "reprint", idea.receipt_code, "--pdf", str(target), "--data-dir", str(data_dir)]) == 1
    assert "could not be written to" in capsys.readouterr().err and not (tmp_path / "a-file").is_dir()
