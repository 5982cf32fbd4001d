"""`mokoko opportunity`, `signup` and `offer` as staff and scripts use them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import func, select

from mokoko_desktop.kiosk import Kiosk
from mokoko_desktop.models import Offer, Signup
from shared_kernel.command_line import EXIT_OK, EXIT_REFUSED, main
from tests.conftest import opened


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    assert main(["stop", "set-today", "assentoft", "--demo", "--data-dir", str(data_dir)]) == 0
    return data_dir


def _count(data_dir: Path, model) -> int:
    kiosk = Kiosk.open(data_dir)
    with kiosk.store.session() as session:
        count = session.exec(select(func.count()).select_from(model)).one()
    kiosk.close()
    return count


def _run(data_dir: Path, capsys, *args: str) -> tuple[int, list[str], str]:
    capsys.readouterr()
    code = main([*args, "--data-dir", str(data_dir)])
    captured = capsys.readouterr()
    return code, captured.out.strip().splitlines(), captured.err


def test_opportunity_list_prints_ids_first_and_filters(demo_dir: Path, capsys) -> None:
    code, lines, _ = _run(demo_dir, capsys, "opportunity", "list")
    ids = [line.split("\t")[0] for line in lines]
    assert code == EXIT_OK and len(ids) >= 12 and "bogvenner" in ids
    _, lines, _ = _run(demo_dir, capsys, "opportunity", "list", "--tag", "sport")
    assert {line.split("\t")[0] for line in lines} == {"fodbold-udviklingshandicap", "rickshaw"}
    _, lines, _ = _run(demo_dir, capsys, "opportunity", "list", "--near", "asferg")
    near = [line.split("\t")[0] for line in lines]
    assert near[0] == "faellesspisning" and "rickshaw" not in near and "bogvenner" in near
    code, _, err = _run(demo_dir, capsys, "opportunity", "list", "--near", "paris")
    assert code == EXIT_REFUSED and "no stop 'paris'" in err


def test_signup_add_prints_the_code_last_and_writes_the_receipt(demo_dir: Path, tmp_path: Path, capsys) -> None:
    receipt = tmp_path / "s.pdf"
    args = (
        "signup",
        "add",
        "--opportunity",
        "bogvenner",
        "--name",
        "Åse Ørsted",
        "--phone",
        "20 30 40 50",
        "--age-group",
        "65-79",
        "--availability",
        "weekdays,evenings",
        "--consent",
    )
    code, lines, _ = _run(demo_dir, capsys, *args, "--receipt", str(receipt))
    assert code == EXIT_OK
    kiosk = Kiosk.open(demo_dir)
    with kiosk.store.session() as session:
        [signup] = session.exec(select(Signup)).all()
    kiosk.close()
    assert lines[-1].replace("-", "") == signup.receipt_code and signup.availability == ["weekdays", "evenings"]
    printed = PdfReader(str(receipt)).pages[0].extract_text()
    assert lines[-1] in printed and "30 40" not in printed and "Ørsted" not in printed  # the receipt carries no contact
    assert opened(signup) == {"name": "Åse Ørsted", "phone": "+4520304050"}


def test_signup_add_with_bad_input_names_each_option_and_stores_nothing(demo_dir: Path, capsys) -> None:
    code, _, err = _run(
        demo_dir,
        capsys,
        "signup",
        "add",
        "--general",
        " ",
        "--interest",
        "nope",
        "--name",
        "Bo",
        "--age-group",
        "under-15",
        "--availability",
        "sundays",
    )
    assert code == EXIT_REFUSED
    for option in (
        "--general:",
        "--interest:",
        "--phone:",
        "--availability:",
        "--guardian-name:",
        "--guardian-phone:",
        "--guardian-consent:",
        "--consent:",
    ):
        assert option in err
    assert _count(demo_dir, Signup) == 0


def test_a_child_signs_up_with_a_guardian(demo_dir: Path, capsys) -> None:
    code, lines, _ = _run(
        demo_dir,
        capsys,
        "signup",
        "add",
        "--opportunity",
        "faellesspisning",
        "--name",
        "Lille Ida",
        "--email",
        "ida@eksempel.dk",
        "--age-group",
        "under-15",
        "--availability",
        "weekends",
        "--guardian-name",
        "Mette Hansen",
        "--guardian-phone",
        "20304051",
        "--guardian-consent",
        "--consent",
    )
    assert code == EXIT_OK and len(lines[-1]) == 12


def test_offer_add_and_matches(demo_dir: Path, capsys) -> None:
    code, lines, _ = _run(
        demo_dir,
        capsys,
        "offer",
        "add",
        "--kind",
        "offer",
        "--text",
        "Trailer om lørdagen",
        "--tag",
        "praktisk",
        "--name",
        "Bo",
        "--email",
        "bo@eksempel.dk",
        "--consent",
    )
    assert code == EXIT_OK
    offer_code = lines[-1]
    _, lines, _ = _run(
        demo_dir,
        capsys,
        "offer",
        "add",
        "--kind",
        "need",
        "--text",
        "Flytte borde",
        "--tag",
        "praktisk",
        "--name",
        "Forsamlingshuset",
        "--phone",
        "20304052",
        "--consent",
    )
    need_code = lines[-1]
    code, lines, err = _run(demo_dir, capsys, "offer", "matches")
    assert code == EXIT_OK and lines[0].startswith(f"3\toffer {offer_code} -> need {need_code}\tpraktisk, same place")
    assert "suggested matches" in err
    code, _, err = _run(demo_dir, capsys, "offer", "add", "--kind", "offer", "--text", "x", "--tag", "ukendt")
    assert code == EXIT_REFUSED and "--tag:" in err and "--consent:" in err
    assert _count(demo_dir, Offer) == 2
