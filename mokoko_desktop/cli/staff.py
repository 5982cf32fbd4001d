"""``mokoko staff set-pin`` and ``mokoko settings list|set``: what staff set up on a kiosk."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from mokoko_desktop.cli.common import Commands, with_kiosk
from shared_kernel.command_line import EXIT_OK, Refused
from shared_kernel.redact import mask_secrets

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    staff = commands.group("staff", "staff access")
    staff.add_parser("set-pin", parents=[common], help="set the staff PIN (asked twice, never shown)").set_defaults(run=with_kiosk(set_pin))

    settings = commands.group("settings", "kiosk settings")
    listing = settings.add_parser("list", parents=[common], help="every setting, its value and what it does")
    listing.set_defaults(run=with_kiosk(list_settings))
    change = settings.add_parser("set", parents=[common], help="change a setting")
    change.add_argument("key")
    change.add_argument("value")
    change.set_defaults(run=with_kiosk(set_setting))


def set_pin(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop.pin import PinError

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


def list_settings(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop.settings import SPECS

    values = kiosk.settings.all()
    unusable = kiosk.settings.unusable()
    print(f"# data folder: {kiosk.data_dir}")  # the store, the log, receipts, reports, and the demo's central database
    for spec in SPECS:
        print(mask_secrets(f"{spec.key} = {values[spec.key]!r}") + f"\t# {spec.description}")
        if spec.key in unusable:
            print(f"  (the stored value does not fit: {unusable[spec.key]} The default is used until it is set again.)")
    return EXIT_OK


def set_setting(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop.settings import parse_value

    kiosk.settings.set(args.key, parse_value(args.key, args.value))
    print(mask_secrets(f"{args.key} = {kiosk.settings.get(args.key)!r}"))
    return EXIT_OK
