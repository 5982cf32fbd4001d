"""The municipality's key files, for the commands that open sealed contact details."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from shared_kernel.command_line import Refused
from shared_kernel.command_options import passphrase

if TYPE_CHECKING:
    from shared_kernel.sealing import KeyPair


def key_files(paths: list[Path] | None) -> list[KeyPair]:
    """The key files given (or $MOKOKO_KEY_FILE, several separated by ':'), opened."""
    import os

    from shared_kernel.sealing import SealingError, read_key_file

    paths = paths or [Path(name) for name in os.environ.get("MOKOKO_KEY_FILE", "").split(os.pathsep) if name]
    if not paths:
        raise Refused("Give the municipality's key file with --key (or set MOKOKO_KEY_FILE).")
    keys = []
    for path in paths:  # opened before anything is asked of the database
        try:
            keys.append(read_key_file(path, passphrase(f"Passphrase for {path}: ")))
        except SealingError as error:
            raise Refused(str(error)) from None
    return keys
