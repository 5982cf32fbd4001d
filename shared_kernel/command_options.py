"""Options and helpers more than one program's commands share: dates, the central database's
URL, passphrases, files only their user may read, and turning a program's errors into a refusal."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from shared_kernel.command_line import Handler, Refused

URL_ENV = "MOKOKO_CENTRAL_URL"
URL_HELP = "the central database's URL (a superuser's for init, the administrator's for the other central commands, a person's for office)"


def parse_date(text: str) -> dt.date:
    """A date option (YYYY-MM-DD), or argparse's usage message."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-20") from None


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
    if os.environ.get(URL_ENV, "").strip():
        return os.environ[URL_ENV].strip()
    raise Refused(f"Which central database? Give --url-file FILE (or --url URL, or set {URL_ENV}).")


def refusing(handler: Handler, told: Callable[[], tuple[type[Exception], ...]]) -> Handler:
    """``handler``, with the errors ``told()`` returns (a central database that cannot be reached
    or refuses, a catalogue file with problems, …) told in plain words: exit 1. ``told`` is a
    function so that those errors' modules are imported only when the command runs."""

    def run(args: argparse.Namespace) -> int:
        errors = told()
        try:
            return handler(args)
        except errors as error:
            raise Refused(str(error)) from error

    return run


def passphrase(prompt: str, *, twice: bool = False) -> str:
    """A key file's passphrase: from $MOKOKO_KEY_PASSPHRASE, else asked in the terminal (never
    echoed; ``twice`` for a new one)."""
    import getpass
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


def write_secret(path: Path, text: str) -> None:
    """Write ``text`` to a new or existing file that only this user may read."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(descriptor, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write(text + "\n")


RunWith = Callable[[Handler], Handler]
