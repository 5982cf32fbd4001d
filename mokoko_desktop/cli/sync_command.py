"""``mokoko sync``: push, pull and purge once, from a script or by hand."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from mokoko_desktop import bootstrap
from mokoko_desktop.cli.common import Commands, with_kiosk
from shared_kernel.command_line import EXIT_OK, Refused

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk
    from sync.engine import SyncProgress


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    sync = commands.add_parser("sync", parents=[common], help="sync once with the central database")
    sync.add_argument("--central-url", metavar="URL", help="default: $MOKOKO_CENTRAL_URL or the central_url setting")
    sync.add_argument("--retry-refused", action="store_true", help="send the records the central database refused again")
    sync.set_defaults(run=with_kiosk(sync_once))


def sync_once(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from central_database.connection import CentralError

    if args.retry_refused:
        print(f"{bootstrap.retry_refused(kiosk)} refused records will be sent again")
    try:
        report = bootstrap.sync_once(kiosk, bootstrap.central_url(kiosk, args.central_url), progress=_tell_progress)
    except CentralError as error:
        raise Refused(str(error)) from error
    print(f"Sync done: {report.summary()}")
    return EXIT_OK


def _tell_progress(progress: SyncProgress) -> None:
    """A catch-up says how far it has come, batch by batch, on stderr (stdout keeps the summary)."""
    if progress.long:
        print(f"Sent {progress.done} of {progress.total} waiting records", file=sys.stderr, flush=True)
