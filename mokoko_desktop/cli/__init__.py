"""The ``mokoko`` command: the kiosk, and what staff and scripts do without a window.

One module per command group; each registers its sub-commands with ``set_defaults(func=...)``
(a handler taking the opened kiosk core) or ``set_defaults(standalone=...)`` (a handler that
needs no local store: the kiosk window, city hall's central commands).

Exit codes: 0 done; 1 refused (bad input, nothing stored); 2 wrong usage; 3 the local database
cannot be used.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from mokoko_desktop import logs
from mokoko_desktop.cli import catalogue, central, day, demo, followup, ideas, kiosk, office, receipts, staff, sync_command, volunteering
from mokoko_desktop.cli.common import EXIT_OK, EXIT_REFUSED, EXIT_STORE, EXIT_USAGE, Refused, common_options, resolve_url
from mokoko_desktop.paths import resolve_data_dir

__all__ = ["EXIT_OK", "EXIT_REFUSED", "EXIT_STORE", "EXIT_USAGE", "build_parser", "main"]
GROUPS = (kiosk, ideas, volunteering, followup, receipts, day, catalogue, staff, sync_command, demo, central, office)
_OPTION_FOR = {"tags": "tag", "interests": "interest", "general_text": "general"}  # a problem's field -> its option


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mokoko", description="MOKOKO desktop: the kiosk of the travelling municipal office.")
    parser.set_defaults(func=None, standalone=None)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = common_options()
    for group in GROUPS:
        group.register(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # every file MOKOKO writes (database, log, receipts, keys) is its user's alone
    args = build_parser().parse_args(argv)
    try:
        data_dir = resolve_data_dir(args.data_dir)
    except OSError as error:
        print(f"Cannot use the data folder: {error}", file=sys.stderr)
        return EXIT_STORE
    logs.configure(data_dir, verbose=args.verbose)
    if args.standalone is not None:
        try:
            if getattr(args, "needs_url", False):
                args.url = resolve_url(args)
            return int(args.standalone(args, data_dir))
        except Refused as error:
            print(str(error), file=sys.stderr)
            return EXIT_REFUSED
    return _with_kiosk(args, data_dir)


def _with_kiosk(args: argparse.Namespace, data_dir: Path) -> int:
    # The database layer is imported here, not at the top: the kiosk's first frame must not
    # wait for SQLAlchemy (see ui/kiosk/app.py).
    from mokoko_desktop.bootstrap import open_kiosk
    from mokoko_desktop.settings import SettingError
    from mokoko_desktop.store import StoreError
    from mokoko_desktop.submissions import KioskNotReady
    from mokoko_desktop.validation import SubmissionRejected
    from shared_kernel.catalogue_file import CatalogueError

    try:
        opened = open_kiosk(data_dir, demo=args.demo)
    except StoreError as error:
        print(str(error), file=sys.stderr)
        return EXIT_STORE
    try:
        return int(args.func(opened, args))
    except SubmissionRejected as rejected:
        print("Nothing was stored:", file=sys.stderr)
        for problem in rejected.problems:
            option = _OPTION_FOR.get(problem.field, problem.field).replace("_", "-")
            print(f"  --{option}: {problem.english()}", file=sys.stderr)
        return EXIT_REFUSED
    except (Refused, KioskNotReady, SettingError, CatalogueError) as error:
        print(str(error), file=sys.stderr)
        return EXIT_REFUSED
    finally:
        opened.close()
