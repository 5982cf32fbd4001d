"""The municipality's key files, for the commands that open sealed contact details."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from shared_kernel.command_line import EXIT_OK, CommandGroups, Refused
from shared_kernel.command_options import passphrase

if TYPE_CHECKING:
    from shared_kernel.sealing import KeyPair


def add_key_options(parser: argparse.ArgumentParser, help_text: str) -> None:
    """``--key KEYFILE`` (again for a key it replaced) and ``--key-passphrase-file FILE`` (a
    server's timer: a systemd credential; else $MOKOKO_KEY_PASSPHRASE, or asked in a terminal)."""
    parser.add_argument("--key", action="append", type=Path, metavar="KEYFILE", help=help_text)
    parser.add_argument("--key-passphrase-file", type=Path, metavar="FILE", help="the key file's passphrase, first line")


def key_files(paths: list[Path] | None, passphrase_file: Path | None = None) -> list[KeyPair]:
    """The key files given (or $MOKOKO_KEY_FILE, several separated by ':'), opened with the
    passphrase in ``passphrase_file`` (first line), $MOKOKO_KEY_PASSPHRASE, or asked."""
    import os

    from shared_kernel.sealing import SealingError, read_key_file

    paths = paths or [Path(name) for name in os.environ.get("MOKOKO_KEY_FILE", "").split(os.pathsep) if name]
    if not paths:
        raise Refused("Give the municipality's key file with --key (or set MOKOKO_KEY_FILE).")
    given = None
    if passphrase_file is not None:
        try:
            given = passphrase_file.read_text(encoding="utf-8").splitlines()[0]
        except (OSError, UnicodeDecodeError, IndexError):
            raise Refused(f"Cannot read the key's passphrase from {passphrase_file}: its first line must be the passphrase.") from None
    keys = []
    for path in paths:  # opened before anything is asked of the database
        try:
            keys.append(read_key_file(path, given or passphrase(f"Passphrase for {path}: ")))
        except SealingError as error:
            raise Refused(str(error)) from None
    return keys


def register_key_sheet(groups: CommandGroups) -> None:
    """``mokoko central key-sheet`` and ``key-restore``: the municipality's key on paper and back
    (city hall's, as the key is: they need the PDF kit and a QR reader, not the database)."""
    central = groups.group("central", "the central database (city hall)")
    sheet = central.add_parser("key-sheet", parents=[groups.common], help="print the private key's recovery sheet (A4 PDF) to lock away")
    sheet.add_argument("--key", type=Path, required=True, metavar="KEYFILE", help="the key file (it stays encrypted on the sheet)")
    sheet.add_argument("--out", type=Path, required=True, metavar="PDF")
    sheet.add_argument("--municipality", default="", help="printed at the top")
    sheet.set_defaults(run=key_sheet)
    restore = central.add_parser("key-restore", parents=[groups.common], help="make a key file again from its recovery sheet")
    source = restore.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--scan", type=Path, action="append", metavar="PICTURE", help="a scan or photo of the sheet (PNG, JPEG); repeatable"
    )
    source.add_argument("--text", type=Path, metavar="FILE", help="the sheet's text, typed into a file")
    restore.add_argument("--out", type=Path, required=True, metavar="KEYFILE", help="the new key file (never overwritten)")
    restore.set_defaults(run=key_restore)


def key_sheet(args: argparse.Namespace) -> int:
    from city_hall.key_sheet import KeySheetError, write_key_sheet

    try:
        out = write_key_sheet(args.key, args.out, args.municipality)
    except KeySheetError as error:
        raise Refused(str(error)) from None
    print(f"Recovery sheet written to {out}. Print it, check that 'mokoko central key-restore --scan' reads a scan of it,")
    print("then delete the PDF and lock the paper away, apart from the passphrase.")
    return EXIT_OK


def key_restore(args: argparse.Namespace) -> int:
    from city_hall.key_sheet import KeySheetError, payload_from_qr_texts, payload_from_text, qr_texts_in_images, restore_key

    try:
        if args.scan:
            payload = payload_from_qr_texts(qr_texts_in_images(args.scan))
        else:
            payload = payload_from_text(args.text.read_text(encoding="utf-8"))
        pair = restore_key(payload, args.out, passphrase(f"Passphrase for the key on the sheet (written to {args.out}): "))
    except (KeySheetError, OSError) as error:
        raise Refused(f"{error} Nothing was written.") from None
    print(f"Key {pair.public.key_id} restored to {args.out}; the passphrase opens it.")
    return EXIT_OK
