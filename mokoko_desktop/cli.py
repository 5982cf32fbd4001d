"""The ``mokoko`` command: the kiosk, and what staff and scripts do without a window.

Exit codes: 0 done; 1 refused (bad input, nothing stored); 2 wrong usage; 3 the local database
cannot be used.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from importlib.metadata import entry_points
from pathlib import Path

from typing import TYPE_CHECKING

from mokoko_desktop import STARTED_AT, logs
from mokoko_desktop.demographics import AGE_GROUPS
from mokoko_desktop.i18n import pick
from mokoko_desktop.paths import resolve_data_dir
from mokoko_desktop.pin import PinError
from mokoko_desktop.receipt_codes import InvalidReceiptCode, format_code

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_STORE = 0, 1, 2, 3
FRONT_END_GROUP = "mokoko.front_ends"


class Refused(Exception):
    """Stop the command with a clear message and exit code 1."""


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", help="data folder (default: $MOKOKO_DATA_DIR or the user data folder)")
    common.add_argument("--demo", action="store_true", help="use the demo catalogue and the demo staff PIN")
    common.add_argument("--verbose", action="store_true", help="log everything to the terminal too")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="mokoko", description="MOKOKO desktop: the kiosk of the travelling municipal office."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    kiosk = commands.add_parser("kiosk", parents=[common], help="start the kiosk (full screen)")
    kiosk.add_argument("--smoke", action="store_true", help="show the start screen, print the start-up time and exit")
    kiosk.add_argument("--screenshot", metavar="PATH", help="save a PNG of the first frame (implies --smoke)")
    kiosk.add_argument("--windowed", action="store_true", help="run in a window instead of full screen (development)")
    kiosk.add_argument("--size", metavar="WxH", help="window size for --windowed, --smoke and --screenshot")

    idea = commands.add_parser("idea", help="add or show ideas").add_subparsers(dest="action", required=True)
    add = idea.add_parser("add", parents=[common], help="store an idea exactly as the kiosk would")
    add.add_argument("--theme", required=True, metavar="CODE", help="theme code (see: mokoko theme list)")
    add.add_argument("--text", required=True, help="the idea, 1 to 2000 characters")
    add.add_argument("--name", default="")
    add.add_argument("--email", default="")
    add.add_argument("--phone", default="")
    add.add_argument("--consent", action="store_true", help="the citizen agreed that contact details are kept")
    add.add_argument("--age-group", choices=AGE_GROUPS)
    add.add_argument("--home-area", metavar="CODE")
    add.add_argument("--language", default="da", help="language the citizen used (default: da)")
    add.add_argument("--stop", metavar="ID", help="stop where it was given (default: today's stop)")
    add.add_argument("--assisted", action="store_true", help="typed in by staff on the citizen's behalf")
    add.add_argument("--receipt", metavar="PATH", help="also write the receipt PDF here")
    show = idea.add_parser("show", parents=[common], help="show the idea behind a receipt code")
    show.add_argument("code")

    theme = commands.add_parser("theme", help="themes").add_subparsers(dest="action", required=True)
    theme.add_parser("list", parents=[common], help="one theme per line, its code first")

    stop = commands.add_parser("stop", help="the tour's stops").add_subparsers(dest="action", required=True)
    stop.add_parser("list", parents=[common], help="one stop per line, its id first; * marks today's")
    set_today = stop.add_parser("set-today", parents=[common], help="choose today's stop")
    set_today.add_argument("stop_id", metavar="ID")

    staff = commands.add_parser("staff", help="staff access").add_subparsers(dest="action", required=True)
    staff.add_parser("set-pin", parents=[common], help="set the staff PIN (asked twice, never shown)")

    catalogue = commands.add_parser("catalogue", help="the catalogue").add_subparsers(dest="action", required=True)
    load = catalogue.add_parser("load", parents=[common], help="load a catalogue JSON file")
    load.add_argument("path", type=Path)

    settings = commands.add_parser("settings", help="kiosk settings").add_subparsers(dest="action", required=True)
    settings.add_parser("list", parents=[common], help="every setting, its value and what it does")
    set_setting = settings.add_parser("set", parents=[common], help="change a setting")
    set_setting.add_argument("key")
    set_setting.add_argument("value")
    return parser


def _idea_add(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop.ideas import IdeaDraft

    stop = kiosk.catalogue.stop(args.stop) if args.stop else kiosk.today_stop()
    if stop is None:
        raise Refused(
            f"There is no stop {args.stop!r}." if args.stop else "No stop is chosen for today: run 'mokoko stop set-today ID'."
        )
    draft = IdeaDraft(
        theme_code=args.theme,
        text=args.text,
        name=args.name,
        email=args.email,
        phone=args.phone,
        consent=args.consent,
        age_group=args.age_group,
        home_area_code=args.home_area,
        language=args.language,
        assisted=args.assisted,
    )
    idea = kiosk.ideas.submit(draft, stop.id)
    if args.receipt:
        path = kiosk.write_receipt(idea, Path(args.receipt))
        print(f"Receipt written to {path}")
    print(format_code(idea.receipt_code))
    return EXIT_OK


def _idea_show(kiosk: Kiosk, args: argparse.Namespace) -> int:
    try:
        idea = kiosk.ideas.find(args.code)
    except InvalidReceiptCode as error:
        raise Refused(str(error)) from None
    if idea is None:
        raise Refused(f"No idea with the code {args.code.strip()} is stored on this kiosk.")
    theme = kiosk.catalogue.theme(idea.theme_code)
    stop = kiosk.catalogue.stop(idea.stop_id)
    print(f"Code:     {format_code(idea.receipt_code)}")
    print(f"Given:    {idea.created_at.astimezone():%Y-%m-%d %H:%M} at {stop.place if stop else idea.stop_id}")
    print(f"Theme:    {pick(theme.title, 'en') if theme else idea.theme_code}")
    print(f"Contact:  {'kept with consent' if idea.consent_version else 'none given'}")
    print("Idea:")
    print(idea.text)
    return EXIT_OK


def _staff_set_pin(kiosk: Kiosk) -> int:
    if sys.stdin.isatty():
        first = getpass.getpass("New staff PIN: ")
        second = getpass.getpass("Same PIN again: ")
    else:  # scripts: two lines on standard input
        lines = sys.stdin.read().splitlines() + ["", ""]
        first, second = lines[0].strip(), lines[1].strip()
    if first != second:
        raise Refused("The two PINs differ. Nothing was changed.")
    try:
        kiosk.staff.set_pin(first)
    except PinError as error:
        raise Refused(f"{error} Nothing was changed.") from None
    print("The staff PIN is set.")
    return EXIT_OK


def _run(kiosk: Kiosk, args: argparse.Namespace) -> int:
    command = (args.command, getattr(args, "action", None))
    if command == ("idea", "add"):
        return _idea_add(kiosk, args)
    if command == ("idea", "show"):
        return _idea_show(kiosk, args)
    if command == ("theme", "list"):
        for theme in kiosk.catalogue.themes():
            print(f"{theme.code}\t{pick(theme.title, 'da')}")
        return EXIT_OK
    if command == ("stop", "list"):
        today = kiosk.today_stop()
        for stop in kiosk.catalogue.stops():
            mark = "*" if today and stop.id == today.id else " "
            print(f"{stop.id}\t{mark} {stop.place}, {stop.address}\t{stop.starts_on} – {stop.ends_on}")
        return EXIT_OK
    if command == ("stop", "set-today"):
        try:
            stop = kiosk.set_today_stop(args.stop_id)
        except ValueError as error:
            raise Refused(str(error)) from None
        print(f"Today's stop: {stop.place} ({stop.id})")
        return EXIT_OK
    if command == ("staff", "set-pin"):
        return _staff_set_pin(kiosk)
    if command == ("catalogue", "load"):
        from mokoko_desktop.catalogue import load_catalogue

        counts = load_catalogue(kiosk.store, args.path)
        print("Loaded " + ", ".join(f"{count} {kind}" for kind, count in counts.items()))
        return EXIT_OK
    if command == ("settings", "list"):
        from mokoko_desktop.settings import SPECS

        values = kiosk.settings.all()
        for spec in SPECS:
            print(f"{spec.key} = {values[spec.key]!r}\t# {spec.description}")
        return EXIT_OK
    if command == ("settings", "set"):
        from mokoko_desktop.settings import parse_value

        kiosk.settings.set(args.key, parse_value(args.key, args.value))
        print(f"{args.key} = {kiosk.settings.get(args.key)!r}")
        return EXIT_OK
    raise AssertionError(f"unhandled command {command}")


def _start_front_end(args: argparse.Namespace, data_dir: Path) -> int:
    """Start the kiosk window. The core knows no Qt: the window is a front end registered under
    the entry point group ``mokoko.front_ends`` (``ui.app:run_kiosk`` in pyproject.toml)."""
    found = [entry for entry in entry_points(group=FRONT_END_GROUP) if entry.name == "kiosk"]
    if not found:
        print("The kiosk window is not installed. Run: pip install -e .", file=sys.stderr)
        return EXIT_USAGE
    args.started_at = STARTED_AT  # set when the package was first imported
    run_kiosk = found[0].load()
    return int(run_kiosk(args, data_dir))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        data_dir = resolve_data_dir(args.data_dir)
    except OSError as error:
        print(f"Cannot use the data folder: {error}", file=sys.stderr)
        return EXIT_STORE
    logs.configure(data_dir, verbose=args.verbose)
    if args.command == "kiosk":
        return _start_front_end(args, data_dir)
    # The database layer is imported here, not at the top: the kiosk's first frame must not
    # wait for SQLAlchemy (see ui/app.py).
    from mokoko_desktop.catalogue import CatalogueError
    from mokoko_desktop.ideas import KioskNotReady
    from mokoko_desktop.kiosk import Kiosk
    from mokoko_desktop.settings import SettingError
    from mokoko_desktop.store import StoreError
    from mokoko_desktop.validation import SubmissionRejected

    try:
        kiosk = Kiosk.open(data_dir, demo=args.demo)
    except StoreError as error:
        print(str(error), file=sys.stderr)
        return EXIT_STORE
    try:
        return _run(kiosk, args)
    except SubmissionRejected as rejected:
        print("Nothing was stored:", file=sys.stderr)
        for problem in rejected.problems:
            print(f"  --{problem.field.replace('_', '-')}: {problem.english()}", file=sys.stderr)
        return EXIT_REFUSED
    except (Refused, KioskNotReady, SettingError, CatalogueError) as error:
        print(str(error), file=sys.stderr)
        return EXIT_REFUSED
    finally:
        kiosk.close()
