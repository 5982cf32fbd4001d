"""``mokoko theme|stop|catalogue``: the catalogue and the tour's stops."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from mokoko_desktop.cli.common import EXIT_OK, Commands, Refused
from mokoko_desktop.i18n import pick

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    theme = commands.add_parser("theme", help="themes").add_subparsers(dest="action", required=True)
    theme.add_parser("list", parents=[common], help="one theme per line, its code first").set_defaults(func=list_themes)

    stop = commands.add_parser("stop", help="the tour's stops").add_subparsers(dest="action", required=True)
    stop.add_parser("list", parents=[common], help="one stop per line, its id first; * marks today's").set_defaults(func=list_stops)
    set_today = stop.add_parser("set-today", parents=[common], help="choose today's stop")
    set_today.add_argument("stop_id", metavar="ID")
    set_today.set_defaults(func=set_today_stop)

    catalogue = commands.add_parser("catalogue", help="the catalogue").add_subparsers(dest="action", required=True)
    load = catalogue.add_parser("load", parents=[common], help="load a catalogue JSON file")
    load.add_argument("path", type=Path)
    load.set_defaults(func=load_catalogue)


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


def load_catalogue(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop.catalogue import load_catalogue as load

    counts = load(kiosk.store, args.path)
    print("Loaded " + ", ".join(f"{count} {kind}" for kind, count in counts.items()))
    return EXIT_OK
