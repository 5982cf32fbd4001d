"""``mokoko demo fill``: realistic synthetic records, stored through the kiosk's own path."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from mokoko_desktop.cli.common import Commands, with_kiosk
from shared_kernel.command_line import EXIT_OK, Refused

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk

BATCH = 1000


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    demo = commands.group("demo", "demo data")
    fill = demo.add_parser("fill", parents=[common], help="add realistic synthetic ideas the way the kiosk stores them")
    fill.add_argument("--ideas", type=int, default=100, metavar="N")
    fill.add_argument("--signups", type=int, default=0, metavar="M", help="also add M volunteer sign-ups")
    fill.set_defaults(run=with_kiosk(fill_demo))


def fill_demo(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop.clock import local_date
    from mokoko_desktop.demo_data import synthetic_drafts, synthetic_signups

    stop = kiosk.today_stop()
    if stop is None:
        raise Refused("No stop is chosen for today: run 'mokoko stop set-today ID' (or use --demo).")
    if args.ideas < 0 or args.signups < 0:
        raise Refused("--ideas and --signups must be 0 or more.")
    drafts = synthetic_drafts(args.ideas)
    for start in range(0, len(drafts), BATCH):
        kiosk.ideas.submit_many(drafts[start : start + BATCH], stop.id)
    opportunities = [info.id for info in kiosk.opportunities.browse(local_date(kiosk.clock()), age_group="18-29")]
    already = kiosk.signups.count()  # new phone numbers after the ones used by earlier fills
    for draft in synthetic_signups(args.signups, opportunities, first_number=already):
        kiosk.submit(draft, stop.id)
    print(f"Added {len(drafts)} synthetic ideas and {args.signups} sign-ups at {stop.place}")
    return EXIT_OK
