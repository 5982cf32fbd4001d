"""``mokoko theme|stop|catalogue``: the catalogue and the tour's stops."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mokoko_desktop.cli.common import Commands, with_kiosk
from shared_kernel.command_line import EXIT_OK, EXIT_USAGE, Refused
from shared_kernel.i18n import pick

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    theme = commands.group("theme", "themes")
    theme.add_parser("list", parents=[common], help="one theme per line, its code first").set_defaults(run=with_kiosk(list_themes))

    stop = commands.group("stop", "the tour's stops")
    listing = stop.add_parser("list", parents=[common], help="one stop per line, its id first; * marks today's")
    listing.set_defaults(run=with_kiosk(list_stops))
    set_today = stop.add_parser("set-today", parents=[common], help="choose today's stop")
    set_today.add_argument("stop_id", metavar="ID")
    set_today.set_defaults(run=with_kiosk(set_today_stop))

    catalogue = commands.group("catalogue", "the catalogue")
    load = catalogue.add_parser("load", parents=[common], help="load a catalogue JSON file")
    load.add_argument("path", type=Path)
    load.set_defaults(run=with_kiosk(load_catalogue))
    check = catalogue.add_parser(
        "check",
        parents=[common],
        help="list what citizens' texts lack in a language, and unknown pictograms (exit 1 when something is missing)",
    )
    check.add_argument("path", type=Path, help="a catalogue JSON file")
    check.add_argument("--json", action="store_true", help="the gaps as JSON")
    check.set_defaults(run=check_catalogue)


def list_themes(kiosk: Kiosk, args: argparse.Namespace) -> int:
    for theme in kiosk.catalogue.themes():
        print(f"{theme.code}\t{pick(theme.title, 'da')}")
    return EXIT_OK


def list_stops(kiosk: Kiosk, args: argparse.Namespace) -> int:
    today = kiosk.today_stop()
    for stop in kiosk.catalogue.stops():
        mark = "*" if today and stop.id == today.id else " "
        print(f"{stop.id}\t{mark} {stop.place}, {stop.address}\t{stop.starts_on} – {stop.ends_on}")
    return EXIT_OK


def set_today_stop(kiosk: Kiosk, args: argparse.Namespace) -> int:
    try:
        stop = kiosk.set_today_stop(args.stop_id)
    except ValueError as error:
        raise Refused(str(error)) from None
    print(f"Today's stop: {stop.place} ({stop.id})")
    return EXIT_OK


def check_catalogue(args: argparse.Namespace) -> int:
    """Check a catalogue file before it is loaded or sent to the kiosks (needs no kiosk)."""
    import json

    from mokoko_desktop.catalogue_check import catalogue_gaps

    try:
        data = json.loads(args.path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        print(f"Cannot read {args.path}: {error}", file=sys.stderr)
        return EXIT_USAGE
    if not isinstance(data, dict):
        print(f"{args.path} is not a catalogue (a JSON object).", file=sys.stderr)
        return EXIT_USAGE
    gaps = catalogue_gaps(data)
    if args.json:
        print(json.dumps([{"where": gap.where, "kind": gap.kind, "missing": list(gap.missing)} for gap in gaps], indent=2))
    else:
        for gap in gaps:
            print(gap.line())
        print(f"{len(gaps)} gap(s)" if gaps else "Every citizen text is in every language, every pictogram is there.")
    return 1 if gaps else EXIT_OK


def load_catalogue(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop.catalogue import load_catalogue as load

    counts = load(kiosk.store, args.path)
    print("Loaded " + ", ".join(f"{count} {kind}" for kind, count in counts.items()))
    return EXIT_OK
