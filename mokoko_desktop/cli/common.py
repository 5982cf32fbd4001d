"""What every command group shares: exit codes, the common options, the one way to refuse."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from shared_kernel.receipt_codes import format_code

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    from mokoko_desktop.kiosk import Kiosk
    from mokoko_desktop.submissions import Submission

DraftT = TypeVar("DraftT", bound="DataclassInstance")
EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_STORE = 0, 1, 2, 3
# What a command group registers its sub-commands on (argparse has no public name for it).
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def parse_date(text: str) -> dt.date:
    """A date option (YYYY-MM-DD), or argparse's usage message."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-20") from None


class Refused(Exception):
    """Stop the command with a clear message and exit code 1 (nothing was stored)."""


def common_options() -> argparse.ArgumentParser:
    """The options every command takes (``parents=[...]``)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", help="data folder (default: $MOKOKO_DATA_DIR or the user data folder)")
    common.add_argument("--demo", action="store_true", help="use the demo catalogue and the demo staff PIN")
    common.add_argument("--verbose", action="store_true", help="log everything to the terminal too")
    return common


def add_submission_options(parser: argparse.ArgumentParser, *, consent_help: str, name_required: bool = False) -> None:
    """The options every kind of submission takes: who (with consent), the language the
    citizen used, the stop, and where to write the receipt."""
    parser.add_argument("--name", required=name_required, default="")
    parser.add_argument("--phone", default="")
    parser.add_argument("--email", default="")
    parser.add_argument("--consent", action="store_true", help=consent_help)
    parser.add_argument("--language", default="da", help="language the citizen used (default: da)")
    parser.add_argument("--stop", metavar="ID", help="stop where it was given (default: today's stop)")
    parser.add_argument("--receipt", metavar="PATH", help="also write the receipt PDF here")


def draft_from(args: argparse.Namespace, draft_type: type[DraftT], **given: Any) -> DraftT:
    """A draft (``IdeaDraft``, ``SignupDraft``, …) from the command's options: each field takes
    the option of the same name; ``given`` names the fields whose option is named or shaped
    otherwise (``theme_code=args.theme``)."""
    options = {field.name: getattr(args, field.name) for field in dataclasses.fields(draft_type) if hasattr(args, field.name)}
    return draft_type(**{**options, **given})


def stop_for(kiosk: Kiosk, stop_id: str | None) -> str:
    """The stop a submission is given at: ``--stop``, else today's stop."""
    stop = kiosk.catalogue.stop(stop_id) if stop_id else kiosk.today_stop()
    if stop is None:
        raise Refused(f"There is no stop {stop_id!r}." if stop_id else "No stop is chosen for today: run 'mokoko stop set-today ID'.")
    return stop.id


def print_stored(kiosk: Kiosk, record: Submission, receipt: str | None) -> int:
    """After a submission: write the receipt if asked, and print the code on the last line."""
    if receipt:
        print(f"Receipt written to {kiosk.write_receipt(record, Path(receipt))}")
    print(format_code(record.receipt_code))
    return EXIT_OK


URL_HELP = "the central database's URL (a superuser's for init, the administrator's for the other central commands, a person's for office)"
URL_ENV = "MOKOKO_CENTRAL_URL"


def add_url_option(parser: argparse.ArgumentParser, help_text: str = URL_HELP) -> None:
    """``--url URL``, or ``--url-file FILE``, or ``$MOKOKO_CENTRAL_URL`` (:func:`resolve_url`). A
    password in a command's arguments is shown by ``ps`` to every user of the machine; a file only
    its user can read, the environment, or libpq's password file (``~/.pgpass``, with a URL
    without the password) keep it out of sight."""
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--url", help=f"{help_text}; or --url-file, or ${URL_ENV}")
    where.add_argument("--url-file", type=Path, metavar="FILE", help="a file (readable by you only) whose first line is the URL")
    parser.set_defaults(needs_url=True)


def resolve_url(args: argparse.Namespace) -> str:
    """The URL a command was given: ``--url``, the first line of ``--url-file``, or the
    environment. Raises :class:`Refused` (nothing done) when there is none."""
    if args.url:
        return str(args.url)
    if args.url_file is not None:
        try:
            lines = Path(args.url_file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise Refused(f"Cannot read the URL file {args.url_file}: {error.__class__.__name__}") from None
        if not lines or not lines[0].strip():
            raise Refused(f"The URL file {args.url_file} is empty: its first line must be the central database's URL.")
        return lines[0].strip()
    import os

    if os.environ.get(URL_ENV, "").strip():
        return os.environ[URL_ENV].strip()
    raise Refused(f"Which central database? Give --url-file FILE (or --url URL, or set {URL_ENV}).")
Handler = Callable[[argparse.Namespace, Path], int]  # a standalone command: no local store


def refused_on_central_error(handler: Handler) -> Handler:
    """A central database that cannot be reached or refuses, or a catalogue file with problems,
    is told in plain words (exit 1)."""

    def run(args: argparse.Namespace, data_dir: Path) -> int:
        from central_database.connection import CentralError
        from shared_kernel.catalogue_file import CatalogueError

        try:
            return handler(args, data_dir)
        except (CentralError, CatalogueError) as error:
            raise Refused(str(error)) from error

    return run




def passphrase(prompt: str, *, twice: bool = False) -> str:
    """A key file's passphrase: from $MOKOKO_KEY_PASSPHRASE, else asked in the terminal (never
    echoed; ``twice`` for a new one)."""
    import getpass
    import os
    import sys

    from shared_kernel.sealing import PASSPHRASE_ENV

    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        raise Refused(f"Set {PASSPHRASE_ENV}, or run this in a terminal to be asked for the passphrase.")
    first = getpass.getpass(prompt)
    if twice and getpass.getpass("The same passphrase again: ") != first:
        raise Refused("The two passphrases were different; nothing was changed.")
    return first
