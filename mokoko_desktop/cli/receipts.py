"""``mokoko receipt ...``: a receipt printed again by its code (a paper jam, a lost slip), with
the same code and QR code, from what the kiosk stored; and the receipts that did not print.
``mokoko voucher redeem``: the food basket for a receipt's voucher, once."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from mokoko_desktop.cli.common import Commands, with_kiosk
from shared_kernel.command_line import EXIT_OK, Refused
from shared_kernel.receipt_codes import InvalidReceiptCode, format_code

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk
    from mokoko_desktop.printing import ReceiptPrinter

PRINTER_GROUP = "mokoko.printers"  # entry points: (printer_name) -> ReceiptPrinter (Qt's, in ui/)


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    receipt = commands.group("receipt", "receipts: print one again")
    reprint = receipt.add_parser("reprint", parents=[common], help="print a receipt again by its code: same code, same QR code")
    reprint.add_argument("code", help="the receipt code (or the scanned QR's address)")
    reprint.add_argument("--pdf", metavar="OUT", help="write the receipt to this PDF instead of printing it")
    reprint.set_defaults(run=with_kiosk(reprint_receipt))
    unprinted = receipt.add_parser("unprinted", parents=[common], help="today's receipts that did not print, oldest first")
    unprinted.set_defaults(run=with_kiosk(list_unprinted))
    voucher = commands.group("voucher", "'Gratis mad for gode idéer': food-basket vouchers")
    redeem = voucher.add_parser("redeem", parents=[common], help="hand over the food basket for a receipt's voucher (once)")
    redeem.add_argument("code", help="the receipt code (or the scanned QR's address)")
    redeem.set_defaults(run=with_kiosk(redeem_voucher))


def reprint_receipt(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop.submissions import UnknownReceipt

    try:
        record = kiosk.submission(args.code)
    except (InvalidReceiptCode, UnknownReceipt) as error:
        raise Refused(f"{error} Nothing was printed.") from None
    code = format_code(record.receipt_code)
    if args.pdf:
        try:
            path = kiosk.write_receipt(record, Path(args.pdf))
        except OSError as error:
            raise Refused(f"The receipt could not be written to {args.pdf}: {error.strerror or error}.") from None
        print(f"Receipt {code} written to {path}")
        return EXIT_OK
    path, outcome = kiosk.print_receipt(record, _printer(kiosk.settings.get("printer_name")))
    if not outcome.printed:
        raise Refused(
            f"The receipt {code} could not be printed ({outcome.detail}). It is kept at {path}; "
            "try again when the printer is back, or use --pdf."
        )
    print(f"Receipt {code} printed on {outcome.printer}")
    return EXIT_OK


def redeem_voucher(kiosk: Kiosk, args: argparse.Namespace) -> int:
    """Says it in Danish, as staff at the stop read it ("allerede indløst kl. HH:MM")."""
    from shared_kernel.i18n import DEFAULT_LANGUAGE, translate

    try:
        answer = kiosk.redeem_voucher(args.code)
    except InvalidReceiptCode as error:
        raise Refused(f"{error} Nothing was redeemed.") from None
    from shared_kernel.moderation_reasons import REASONS

    params = dict(answer.params)
    if params.get("reason") in REASONS:
        params["reason"] = translate(DEFAULT_LANGUAGE, "moderation", REASONS[str(params["reason"])])
    said = translate(DEFAULT_LANGUAGE, "voucher", answer.message).format(**params)
    if not answer.redeemed:
        raise Refused(said)
    print(said)
    return EXIT_OK


def list_unprinted(kiosk: Kiosk, args: argparse.Namespace) -> int:
    codes = kiosk.unprinted_receipts()
    for code in codes:
        print(format_code(code))
    if not codes:
        print("Every receipt of today has been printed.")
    return EXIT_OK


def _printer(printer_name: str) -> ReceiptPrinter:
    """The print queue (Qt's), found like the kiosk's window: the core has no Qt."""
    from importlib.metadata import entry_points

    found = [entry for entry in entry_points(group=PRINTER_GROUP) if entry.name == "qt"]
    if not found:
        raise Refused("Printing is not installed. Run: pip install -e . (or use --pdf).")
    printer: ReceiptPrinter = found[0].load()(printer_name)
    return printer
