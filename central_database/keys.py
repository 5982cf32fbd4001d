"""The municipality's key pair for sealing personal data: made at city hall, its public half put
in the central catalogue (kiosks pull it), its private half written to a key file only."""

from __future__ import annotations

from pathlib import Path

from central_database.connection import CentralError, connect
from shared_kernel.sealing import PublicKey, SealingError, new_key_pair, write_key_file


def keygen(owner_url: str, out: Path, passphrase: str) -> PublicKey:
    """Make a new key pair: kiosks seal new records to it from their next sync on (older keys
    stay for the records sealed to them). The key file is written before the public key is
    published, so no kiosk ever seals to a key whose private half was not kept."""
    pair = new_key_pair()
    with connect(owner_url) as connection:
        connection.execute("UPDATE mokoko.sealing_key SET active = false WHERE active")
        connection.execute(
            "INSERT INTO mokoko.sealing_key (key_id, public_key) VALUES (%s, %s)", (pair.public.key_id, pair.public.public_key)
        )
        try:
            write_key_file(out, pair, passphrase)
        except (SealingError, OSError) as error:  # leaving the block rolls the new key back
            raise CentralError(f"Nothing was changed: {error}") from None
    return pair.public
