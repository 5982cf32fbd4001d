"""The ``mokoko`` dispatcher: each program registers its own commands, a program not installed
here says how to install it, and only the kiosk's commands open a data folder."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from shared_kernel import command_line
from shared_kernel.command_line import EXIT_REFUSED, EXIT_USAGE, build_parser, main

UNREACHABLE = "postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"


@pytest.fixture
def without(monkeypatch: pytest.MonkeyPatch):
    """Pretend the given distributions are not installed on this machine."""
    real = command_line.installed
    hidden: set[str] = set()
    monkeypatch.setattr(command_line, "installed", lambda name: name not in hidden and real(name))
    return hidden.update


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    [commands] = [action for action in parser._actions if isinstance(action, argparse._SubParsersAction)]
    return dict(commands.choices)


def test_every_program_registers_its_commands() -> None:
    commands = _commands(build_parser())
    for name in ("kiosk", "idea", "sync", "central", "office", "followup"):
        assert name in commands
    assert set(_commands(commands["followup"])) == {"erase", "serve"}  # one group, two programs: the kiosk's and the follow-up site's


def test_a_program_that_is_not_installed_says_how_to_install_it(without, data_dir: Path, capsys) -> None:
    without({"XlsxWriter"})  # city hall's extra is missing here
    assert "office     (not installed here: pip install '.[office]')" in build_parser().format_help()
    assert main(["office", "inbox", "--url", UNREACHABLE]) == EXIT_USAGE
    assert "'mokoko office' is not installed on this machine. Install it with: pip install '.[office]'" in capsys.readouterr().err
    assert main(["stop", "list", "--demo", "--data-dir", str(data_dir)]) == 0  # the kiosk's commands still work


def test_the_kiosk_missing_leaves_the_follow_up_site(without, capsys) -> None:
    without({"sqlmodel"})
    assert main(["idea", "add", "--text", "Bænke"]) == EXIT_USAGE
    assert "pip install '.[kiosk]'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["followup", "serve", "--help"])
    assert "--behind-proxy" in capsys.readouterr().out


@pytest.mark.parametrize(
    "command",
    [
        ["office", "statuses", "--url", UNREACHABLE],  # the central database cannot be reached: told, exit 1
        ["central", "purge", "--url", UNREACHABLE],
        ["followup", "serve", "--url-file", "no-such-file"],  # the site itself waits for its database; its URL must be there
    ],
)
def test_only_the_kiosks_commands_open_a_data_folder(command, tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("MOKOKO_DATA_DIR", str(tmp_path / "kiosk"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    assert main(command) == EXIT_REFUSED
    told = capsys.readouterr().err
    assert told.strip() and "Traceback" not in told
    assert not (tmp_path / "kiosk").exists() and not (tmp_path / "home").exists()


def test_the_kiosks_list_of_its_commands_is_what_it_registers() -> None:
    """The list a machine without the kiosk names in --help is the kiosk's real commands."""
    from mokoko_desktop.cli import COMMANDS

    others = {"central", "office"}  # the other programs' groups ('followup' is shared with the site)
    assert set(COMMANDS) == set(_commands(build_parser())) - others
