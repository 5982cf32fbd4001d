"""The ``mokoko`` command: a thin dispatcher. Each program a municipality installs registers its
own commands through the entry point group ``mokoko.commands`` (pyproject.toml): the kiosk's
(``idea``, ``sync``, ``kiosk``, …), the central database's (``central``), city hall's
(``office``) and the follow-up site's (``followup serve``). A program whose extra is not
installed here is named in ``mokoko --help`` and answers its commands with how to install it.

Only the kiosk's commands open a data folder; the dispatcher itself logs to stderr only.

Exit codes: 0 done; 1 refused (bad input, nothing stored); 2 wrong usage or not installed here;
3 the local database cannot be used.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Sequence
from importlib.metadata import PackageNotFoundError, entry_points, requires, version

from shared_kernel import logs
from shared_kernel.time_zone import TIME_ZONE_ENV, use_time_zone

DISTRIBUTION = "mokoko-desktop"
ENTRY_POINT_GROUP = "mokoko.commands"
PROGRAM_ORDER = ("kiosk", "central", "office", "followup-site")  # the order of `mokoko --help`
EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_STORE = 0, 1, 2, 3

Handler = Callable[[argparse.Namespace], int]  # what a command runs: its parsed arguments in, an exit code out


class Refused(Exception):
    """Stop the command with a clear message and exit code 1 (nothing was stored)."""


class ProgramNotInstalled(Exception):
    """Raised by a program's ``register`` when its extra is not installed on this machine."""

    def __init__(self, extra: str, commands: Sequence[str], missing: Sequence[str]) -> None:
        super().__init__(f"{extra}: {', '.join(missing)} missing")
        self.extra = extra
        self.commands = tuple(commands)


def require(extra: str, commands: Sequence[str]) -> None:
    """Raise :class:`ProgramNotInstalled` unless every package the extra ``extra`` names in
    pyproject.toml is installed (its metadata is read, nothing imported: ``mokoko --help`` stays
    quick). ``commands`` are the program's top-level commands, named in ``--help`` if not."""
    missing = [name for name in extra_requirements(extra) if not installed(name)]
    if missing:
        raise ProgramNotInstalled(extra, commands, missing)


def extra_requirements(extra: str) -> list[str]:
    """The distributions the extra ``extra`` of MOKOKO's own distribution adds."""
    found = []
    for requirement in requires(DISTRIBUTION) or []:
        name, _, marker = requirement.partition(";")
        if re.search(rf"""extra\s*==\s*["']{re.escape(extra)}["']""", marker):
            found.append(re.split(r"[\s\[<>=!~]", name.strip(), maxsplit=1)[0])
    return found


def installed(distribution: str) -> bool:
    try:
        version(distribution)
    except PackageNotFoundError:
        return False
    return True


class CommandGroups:
    """What a program registers its commands on: top-level commands (``add_parser``) and command
    groups (``group``), which two programs may share (the kiosk's ``followup erase`` and the
    follow-up site's ``followup serve``)."""

    def __init__(self, commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
        self._commands = commands
        self._groups: dict[str, argparse._SubParsersAction[argparse.ArgumentParser]] = {}
        self.common = argparse.ArgumentParser(add_help=False)  # what every command takes
        self.common.add_argument("--verbose", action="store_true", help="log everything to the terminal too")

    def add_parser(self, name: str, **options: object) -> argparse.ArgumentParser:
        """A top-level command, ``mokoko NAME``."""
        return self._commands.add_parser(name, **options)  # type: ignore[arg-type]

    def group(self, name: str, help_text: str) -> argparse._SubParsersAction[argparse.ArgumentParser]:
        """``mokoko NAME ACTION``: made by the first program that asks, shared by the next."""
        if name not in self._groups:
            parser = self._commands.add_parser(name, help=help_text)
            self._groups[name] = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        return self._groups[name]


def build_parser() -> argparse.ArgumentParser:
    """Every installed program's commands, and a stand-in for each one that is not installed."""
    parser = argparse.ArgumentParser(
        prog="mokoko",
        description="MOKOKO: the kiosk of the travelling municipal office, its central database, city hall and the follow-up site.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    groups = CommandGroups(commands)
    missing: list[ProgramNotInstalled] = []
    found = sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda entry: _rank(entry.name))
    for entry in found:
        try:
            entry.load()(groups)
        except ProgramNotInstalled as error:
            missing.append(error)
    for program in missing:
        for name in program.commands:
            if name not in commands.choices:
                stand_in = commands.add_parser(name, help=f"(not installed here: pip install '.[{program.extra}]')")
                stand_in.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
                stand_in.set_defaults(run=_not_installed(program.extra, name))
    if not found:
        parser.epilog = "No program is installed: pip install -e '.[demo]' (or .[kiosk], .[office], .[web], .[central])."
    return parser


def _rank(name: str) -> tuple[int, str]:
    return (PROGRAM_ORDER.index(name) if name in PROGRAM_ORDER else len(PROGRAM_ORDER), name)


def _not_installed(extra: str, command: str) -> Handler:
    def run(args: argparse.Namespace) -> int:
        print(f"'mokoko {command}' is not installed on this machine. Install it with: pip install '.[{extra}]'", file=sys.stderr)
        return EXIT_USAGE

    return run


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # every file MOKOKO writes (database, log, receipts, keys) is its user's alone
    try:
        use_time_zone()  # every time shown in the municipality's zone, whatever the PC's
    except ValueError as error:
        print(f"{error} (from ${TIME_ZONE_ENV})", file=sys.stderr)
        return EXIT_USAGE
    parser = build_parser()
    args = parser.parse_args(argv)
    logs.configure(verbose=getattr(args, "verbose", False))
    try:
        if getattr(args, "needs_url", False):
            from shared_kernel.command_options import resolve_url

            args.url = resolve_url(args)
        return int(args.run(args))
    except Refused as error:
        print(str(error), file=sys.stderr)
        return EXIT_REFUSED
    finally:
        logs.stop()
