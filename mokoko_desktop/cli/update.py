"""``mokoko update ...``: the version city hall offers this kiosk, and installing it (what staff do
with "Ny version klar" on the staff panel, from a terminal)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from mokoko_desktop import __version__
from mokoko_desktop.cli.common import Commands, with_kiosk
from shared_kernel.command_line import EXIT_OK, Refused

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    update = commands.group("update", "a new version of the kiosk, as city hall offers it")
    status = update.add_parser("status", parents=[common], help="this version, the one city hall offers, whether it can be installed")
    status.add_argument("--json", action="store_true", help="as JSON: version, offered, bundle_url, installed_here, fell_back_from")
    status.set_defaults(run=with_kiosk(show_status))
    install = update.add_parser("install", parents=[common], help="install the offered version; it starts at the next start")
    install.add_argument("--media", type=Path, action="append", metavar="DIR", help="look for the bundle here (default: USB sticks)")
    install.set_defaults(run=with_kiosk(install_offered))


def show_status(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop.updates import update_state

    state = update_state(kiosk)
    offer = state.offer
    if args.json:
        fields = {
            "version": __version__,
            "offered": offer.version if offer else None,
            "bundle_url": offer.url if offer else None,
            "installed_here": state.installed_here,
            "fell_back_from": state.fell_back_from,
        }
        print(json.dumps(fields, indent=1))
        return EXIT_OK
    print(f"This kiosk runs version {__version__}.")
    if state.fell_back_from:
        print(f"Version {state.fell_back_from} did not start here; the kiosk went back to this one. Ask IT.")
    if offer is None:
        print("City hall offers no newer version (as of the last sync).")
    elif not state.installed_here:
        print(f"City hall offers version {offer.version}; this kiosk was not installed from a bundle, so IT updates it.")
    else:
        where = f"a USB stick with its bundle, or {offer.url}" if offer.url else "a USB stick with its bundle"
        print(f"City hall offers version {offer.version}: 'mokoko update install' installs it from {where}.")
    return EXIT_OK


def install_offered(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop import updates
    from shared_kernel.kiosk_bundles import BundleError

    try:
        version = updates.install_offered(kiosk, places=args.media)
    except BundleError as error:
        raise Refused(f"{error}. Nothing was changed.") from None
    print(f"Version {version} is installed beside {__version__}; it starts at the kiosk's next start.")
    return EXIT_OK
