"""'Gratis mad for gode idéer': with the setting on, an idea's receipt carries a food-basket
voucher, stored with the idea; it is redeemed once (across restarts too), only at its stop, and
anything else is told calmly with nothing changed."""

from __future__ import annotations

from pypdf import PdfReader

from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.clock import local_date, utc_now
from mokoko_desktop.ideas import IdeaDraft
from shared_kernel.command_line import main
from shared_kernel.receipt_codes import format_code


def _idea(kiosk, text="Bænke ved åen"):
    return kiosk.submit(IdeaDraft(theme_code="aeldre", text=text))


def _here_today_for_the_command_line(kiosk) -> None:
    """The command line runs on the real clock: make Assentoft (the fixed clock's stop) its stop
    for the real today too, as staff would choose it."""
    kiosk.settings.set("current_stop_id", "assentoft")
    kiosk.settings.set("current_stop_day", local_date(utc_now()).isoformat())


def test_a_voucher_is_on_the_receipt_only_with_the_setting_on(kiosk, tmp_path) -> None:
    without = _idea(kiosk, "Lys på stien")
    kiosk.settings.set("reward_voucher", True)
    given = _idea(kiosk)
    assert "Gratis mad for gode idéer" in PdfReader(str(kiosk.write_receipt(given, tmp_path / "v.pdf"))).pages[0].extract_text()
    assert "Gratis mad" not in PdfReader(str(kiosk.write_receipt(without, tmp_path / "n.pdf"))).pages[0].extract_text()
    assert kiosk.redeem_voucher(without.receipt_code).outcome == "not_voucher"


def test_redeemed_once_even_across_a_restart(kiosk, data_dir, clock, capsys) -> None:
    kiosk.settings.set("reward_voucher", True)
    code = _idea(kiosk).receipt_code
    _here_today_for_the_command_line(kiosk)
    kiosk.close()
    data = ["--data-dir", str(data_dir)]
    assert main(["voucher", "redeem", format_code(code), *data]) == 0
    assert capsys.readouterr().out.strip() == f"Madkurven for {format_code(code)} er indløst: giv borgeren kurven."
    assert main(["voucher", "redeem", code, *data]) == 1  # a new process: the store remembers
    assert "er allerede indløst kl. " in capsys.readouterr().err
    again = open_kiosk(data_dir, clock=clock)
    try:
        answer = again.redeem_voucher(code)
        assert answer.outcome == "already" and len(str(answer.params["time"])) == 5  # HH:MM
    finally:
        again.close()


def test_a_voucher_from_another_stop_or_a_bad_code_changes_nothing(kiosk, data_dir, capsys) -> None:
    kiosk.settings.set("reward_voucher", True)
    code = _idea(kiosk).receipt_code  # given at Assentoft
    kiosk.set_today_stop("langaa")
    answer = kiosk.redeem_voucher(code)
    assert (answer.outcome, answer.params["place"]) == ("other_stop", "Assentoft")
    _here_today_for_the_command_line(kiosk)
    kiosk.close()
    assert main(["voucher", "redeem", "ABCD", "--data-dir", str(data_dir)]) == 1
    assert "Nothing was redeemed." in capsys.readouterr().err
    assert main(["voucher", "redeem", code, "--data-dir", str(data_dir)]) == 0  # still there to redeem


def test_a_hidden_ideas_voucher_is_void_and_staff_are_told_why(kiosk, data_dir, capsys) -> None:
    """Issue 28, point 8: "En test eller en fejl" or "Givet to gange" earns no food basket."""
    kiosk.settings.set("reward_voucher", True)
    test, twice = _idea(kiosk, "Test test").receipt_code, _idea(kiosk, "Bænke ved åen").receipt_code
    kiosk.hide_idea(test, "test")
    kiosk.hide_idea(twice, "duplicate")
    answer = kiosk.redeem_voucher(test)
    assert (answer.outcome, answer.params["reason"], answer.redeemed) == ("void", "test", False)
    _here_today_for_the_command_line(kiosk)
    kiosk.close()
    assert main(["voucher", "redeem", twice, "--data-dir", str(data_dir)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"Madkurven for {format_code(twice)} gælder ikke: idéen er skjult (Givet to gange). Der er ingen madkurv til den."
    )


def test_shown_again_its_voucher_counts_again(kiosk) -> None:
    kiosk.settings.set("reward_voucher", True)
    code = _idea(kiosk).receipt_code
    kiosk.hide_idea(code, "test")
    kiosk.hide_idea(code, "")  # a mistake: shown again
    assert kiosk.redeem_voucher(code).redeemed


def test_redeemed_before_it_was_hidden_it_says_so(kiosk) -> None:
    kiosk.settings.set("reward_voucher", True)
    code = _idea(kiosk).receipt_code
    assert kiosk.redeem_voucher(code).redeemed
    kiosk.hide_idea(code, "duplicate")
    assert kiosk.redeem_voucher(code).outcome == "already"
