"""``mokoko kiosk``: start the kiosk window (a front end registered as an entry point)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mokoko_desktop.bootstrap import KioskStart
from mokoko_desktop.cli.common import Commands, with_data_dir
from shared_kernel.command_line import EXIT_USAGE
from shared_kernel.i18n import available_languages

FRONT_END_GROUP = "mokoko.front_ends"


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    kiosk = commands.add_parser("kiosk", parents=[common], help="start the kiosk (full screen)")
    kiosk.add_argument("--smoke", action="store_true", help="show the start screen, print the start-up time and exit")
    kiosk.add_argument("--screenshot", metavar="PATH", help="save a PNG of the first frame (implies --smoke)")
    kiosk.add_argument("--windowed", action="store_true", help="run in a window instead of full screen (development)")
    kiosk.add_argument("--size", metavar="WxH", help="window size for --windowed, --smoke and --screenshot")
    kiosk.add_argument("--central-url", metavar="URL", help="central database (default: $MOKOKO_CENTRAL_URL or the setting)")
    kiosk.add_argument(
        "--language",
        metavar="CODE",
        help="the language the start screen shows today, e.g. uk or ar (default: Danish, or what staff chose in 'Start dagen')",
    )
    kiosk.set_defaults(run=with_data_dir(start_kiosk))


def start_kiosk(args: argparse.Namespace, data_dir: Path) -> int:
    """Start the kiosk window. The core knows no Qt: the window is a front end registered under
    the entry point group ``mokoko.front_ends`` (``ui.kiosk.app:run_kiosk`` in pyproject.toml)."""
    from importlib.metadata import entry_points

    found = [entry for entry in entry_points(group=FRONT_END_GROUP) if entry.name == "kiosk"]
    if not found:
        print("The kiosk window is not installed. Run: pip install -e .", file=sys.stderr)
        return EXIT_USAGE
    if args.language is not None and args.language not in available_languages():
        print(f"The kiosk has no language {args.language!r}. Choose one of: {', '.join(available_languages())}.", file=sys.stderr)
        return EXIT_USAGE
    run_kiosk = found[0].load()
    start = KioskStart(data_dir=data_dir, demo=args.demo, central_url=args.central_url, language=args.language)
    return int(run_kiosk(start, windowed=args.windowed, smoke=args.smoke, screenshot=args.screenshot, size=args.size))
