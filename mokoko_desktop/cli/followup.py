"""``mokoko followup ...``: what a citizen can do with their receipt code at the kiosk."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from mokoko_desktop.cli.common import Commands, with_kiosk
from shared_kernel.command_line import EXIT_OK, Refused

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    followup = commands.group("followup", "a citizen's receipt code: follow up, delete")
    erase = followup.add_parser("erase", parents=[common], help="'Slet mine oplysninger': delete the contact details given with a code")
    erase.add_argument("code", help="the receipt code (of an idea, a sign-up or a Byttebørs post, from any kiosk)")
    erase.set_defaults(run=with_kiosk(request_erasure))


def request_erasure(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop.erasure import CodeOfAnotherKiosk
    from shared_kernel.receipt_codes import InvalidReceiptCode, format_code

    try:
        here = kiosk.request_erasure(args.code)
    except InvalidReceiptCode as error:
        raise Refused(str(error)) from None
    except CodeOfAnotherKiosk as error:
        raise Refused(
            f"{format_code(str(error))} was printed by another kiosk: ask there, or ask city hall "
            "('mokoko office erase'). Nothing was stored here."
        ) from None
    code = format_code(kiosk.follow_up(args.code).code)
    print(f"Deleted here: the contact details given with {code}." if here else f"This kiosk holds no contact details of {code}.")
    print("City hall deletes them centrally and on every kiosk after the next sync.")
    return EXIT_OK
