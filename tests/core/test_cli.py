"""The mokoko command as staff and scripts use it."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import select

from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.kiosk import Kiosk
from mokoko_desktop.models import Idea
from shared_kernel.command_line import main
from shared_kernel.receipt_codes import format_code, new_code
from tests.commands import MOKOKO
from tests.conftest import opened


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    assert main(["stop", "list", "--demo", "--data-dir", str(data_dir)]) == 0
    return data_dir


def _ideas(data_dir: Path) -> list[Idea]:
    kiosk = Kiosk.open(data_dir)
    with kiosk.store.session() as session:
        ideas = list(session.exec(select(Idea)))
    kiosk.close()
    return ideas


def test_help_lists_the_subcommands() -> None:
    result = subprocess.run([MOKOKO, "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    for command in ("kiosk", "idea", "theme", "stop", "staff"):
        assert command in result.stdout


def test_idea_add_prints_the_code_last_and_writes_the_receipt(demo_dir: Path, tmp_path: Path, capsys) -> None:
    receipt = tmp_path / "r.pdf"
    capsys.readouterr()
    code = main(
        [
            "idea",
            "add",
            "--data-dir",
            str(demo_dir),
            "--theme",
            "aeldre",
            "--text",
            "Bænke ved åen",
            "--name",
            "Åse",
            "--phone",
            "20123456",
            "--consent",
            "--age-group",
            "80+",
            "--home-area",
            "langaa",
            "--assisted",
            "--receipt",
            str(receipt),
        ]
    )
    out = capsys.readouterr().out.strip().splitlines()
    assert code == 0
    printed = out[-1]
    [idea] = _ideas(demo_dir)
    assert printed.replace("-", "") == idea.receipt_code
    assert idea.assisted and idea.age_group == "80+" and opened(idea) == {"name": "Åse", "phone": "+4520123456"}
    assert printed in PdfReader(str(receipt)).pages[0].extract_text()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--text", "   "], "--text: Please write your idea first."),
        (["--text", "x" * 2001], "1 characters too long"),
        (["--text", "ok", "--email", "nope"], "--email: This does not look like an e-mail address"),
        (["--text", "ok", "--name", "Åse"], "--consent:"),
        (["--text", "ok", "--phone", "12"], "--phone: Please write a Danish phone number"),
    ],
)
def test_bad_input_exits_non_zero_and_stores_nothing(demo_dir: Path, capsys, extra, message) -> None:
    code = main(["idea", "add", "--data-dir", str(demo_dir), "--theme", "aeldre", *extra])
    err = capsys.readouterr().err
    assert code == 1
    assert "Nothing was stored" in err and message in err
    assert _ideas(demo_dir) == []


def test_idea_show_and_a_mistyped_code(demo_dir: Path, capsys) -> None:
    main(["idea", "add", "--data-dir", str(demo_dir), "--theme", "andet", "--text", "Et bibliotek på hjul"])
    code = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["idea", "show", code.lower(), "--data-dir", str(demo_dir)]) == 0
    shown = capsys.readouterr().out
    assert "Et bibliotek på hjul" in shown and code in shown
    swapped = code[:5] + code[6] + code[5] + code[7:] if code[5] != code[6] else code[:5] + "Z" + code[6:]
    assert main(["idea", "show", swapped, "--data-dir", str(demo_dir)]) == 1
    assert "mistyped" in capsys.readouterr().err


def test_theme_and_stop_lists_and_set_today(demo_dir: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["theme", "list", "--data-dir", str(demo_dir)]) == 0
    themes = capsys.readouterr().out.splitlines()
    assert len(themes) == 11 and themes[0].split("\t")[0] == "alle-med"
    assert main(["stop", "set-today", "havndal", "--data-dir", str(demo_dir)]) == 0
    capsys.readouterr()
    main(["stop", "list", "--data-dir", str(demo_dir)])
    stops = capsys.readouterr().out.splitlines()
    assert len(stops) == 9
    assert [line.split("\t")[0] for line in stops if "\t* " in line] == ["havndal"]
    assert main(["stop", "set-today", "atlantis", "--data-dir", str(demo_dir)]) == 1
    assert "There is no stop 'atlantis'" in capsys.readouterr().err


def test_staff_set_pin_from_standard_input(demo_dir: Path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("583920\n583920\n"))
    assert main(["staff", "set-pin", "--data-dir", str(demo_dir)]) == 0
    kiosk = Kiosk.open(demo_dir)
    assert kiosk.staff.check("583920")
    kiosk.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO("583920\n583921\n"))
    assert main(["staff", "set-pin", "--data-dir", str(demo_dir)]) == 1
    assert "differ" in capsys.readouterr().err


def test_settings_are_declared_checked_and_stored(demo_dir: Path, capsys) -> None:
    assert main(["settings", "set", "idle_timeout_seconds", "90", "--data-dir", str(demo_dir)]) == 0
    assert main(["settings", "set", "idle_timeout_seconds", "2", "--data-dir", str(demo_dir)]) == 1
    assert "at least 15" in capsys.readouterr().err
    assert main(["settings", "set", "followup_url_template", "https://x/", "--data-dir", str(demo_dir)]) == 1
    capsys.readouterr()
    main(["settings", "list", "--data-dir", str(demo_dir)])
    assert "idle_timeout_seconds = 90" in capsys.readouterr().out


def test_a_damaged_database_gives_exit_code_3(data_dir: Path, capsys) -> None:
    (data_dir / "mokoko.sqlite3").write_bytes(b"garbage" * 1000)
    assert main(["theme", "list", "--data-dir", str(data_dir)]) == 3
    assert "cannot be read" in capsys.readouterr().err


def test_personal_data_never_reaches_the_log(demo_dir: Path) -> None:
    main(
        [
            "idea",
            "add",
            "--data-dir",
            str(demo_dir),
            "--theme",
            "andet",
            "--text",
            "Hemmelig idé",
            "--name",
            "Åse Logfri",
            "--email",
            "logfri@eksempel.dk",
            "--phone",
            "20123456",
            "--consent",
        ]
    )
    log = (demo_dir / "mokoko.log").read_text(encoding="utf-8")
    assert "Idea" in log
    for secret in ("Logfri", "logfri@", "20123456", "Hemmelig"):
        assert secret not in log


def test_idea_show_answers_without_loading_the_database_layer(demo_dir: Path, capsys) -> None:
    main(["idea", "add", "--data-dir", str(demo_dir), "--theme", "andet", "--text", "Bænke ved åen"])
    code = capsys.readouterr().out.strip().splitlines()[-1]
    script = (
        "import sys; from shared_kernel.command_line import main;"
        f"status = main(['idea', 'show', {code!r}, '--data-dir', {str(demo_dir)!r}]);"
        "sys.exit(99 if 'sqlalchemy' in sys.modules else status)"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Bænke ved åen" in result.stdout and "Status:   no reply yet" in result.stdout


def test_idea_show_on_a_new_data_folder_says_the_code_is_unknown(tmp_path: Path, capsys) -> None:
    code = format_code(new_code("ABCD"))
    assert main(["idea", "show", code, "--data-dir", str(tmp_path / "new")]) == 1
    assert capsys.readouterr().err.strip() == (
        f"The code {code} was made by another kiosk, and this kiosk has no central database set up (setting central_url), "
        "so it can follow up its own codes only."
    )
    kiosk = open_kiosk(tmp_path / "new")
    own = format_code(new_code(kiosk.device.tag))
    kiosk.close()
    assert main(["idea", "show", own, "--data-dir", str(tmp_path / "new")]) == 1
    assert capsys.readouterr().err.strip() == f"No idea with the code {own} is known here yet."


def test_idea_add_notify_me(demo_dir: Path, capsys) -> None:
    assert (
        main(
            [
                "idea",
                "add",
                "--data-dir",
                str(demo_dir),
                "--theme",
                "andet",
                "--text",
                "Bænke",
                "--email",
                "ase@eksempel.dk",
                "--consent",
                "--notify-me",
            ]
        )
        == 0
    )
    [idea] = _ideas(demo_dir)
    assert idea.notify_me and opened(idea) == {"email": "ase@eksempel.dk"}
    assert main(["idea", "add", "--data-dir", str(demo_dir), "--theme", "andet", "--text", "Lys", "--notify-me"]) != 0
    assert "--email" in capsys.readouterr().err


def test_kiosk_refuses_a_language_it_does_not_have(data_dir: Path, capsys) -> None:
    assert main(["kiosk", "--language", "xx", "--data-dir", str(data_dir)]) == 2
    message = capsys.readouterr().err
    assert "no language 'xx'" in message and "da, en" in message and "uk" in message and "ar" in message
