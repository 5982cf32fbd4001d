"""Sealing personal data to the municipality's public key, so a kiosk can write it but never read
it back (as ODK Collect's encrypted forms do). libsodium's sealed box through PyNaCl: an anonymous
sender encrypts to a Curve25519 public key; only the private key opens it.

City hall keeps the private key in a key file, itself encrypted with a passphrase (libsodium's
Argon2id ``pwhash`` and ``secretbox``). A sealed value names the key it was sealed to, so after
a key is replaced the old records still open with the old key file.

    sealed = seal(public_key, {"name": "Åse", "phone": "+4520304050"})   # "mokoko-sealed-1:KEYID:..."
    opened = open_sealed(read_key_file(path, passphrase), sealed)          # {"name": "Åse", ...}
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

import nacl.exceptions
import nacl.public
import nacl.pwhash
import nacl.secret
import nacl.utils

SEALED_PREFIX = "mokoko-sealed-1"
KEY_FILE_FORMAT = "mokoko-private-key-1"
PASSPHRASE_ENV = "MOKOKO_KEY_PASSPHRASE"  # a key file's passphrase, for a server's timer (never on the command line)
PASSPHRASE_MIN = 12


class SealingError(Exception):
    """A key file or a sealed value cannot be used; ``str()`` says why in plain words."""


@dataclass(frozen=True)
class PublicKey:
    """The municipality's public key as kiosks get it from the catalogue."""

    key_id: str
    public_key: str  # base64 of the 32 bytes

    def nacl_key(self) -> nacl.public.PublicKey:
        return nacl.public.PublicKey(base64.b64decode(self.public_key))


@dataclass(frozen=True)
class KeyPair:
    """A private key, opened from its key file: it opens what was sealed to its public key."""

    public: PublicKey
    private: nacl.public.PrivateKey


def key_id_of(public_key: bytes) -> str:
    """A short, stable name for a public key (the start of its SHA-256)."""
    return hashlib.sha256(public_key).hexdigest()[:16]


def new_key_pair() -> KeyPair:
    private = nacl.public.PrivateKey.generate()
    raw = bytes(private.public_key)
    return KeyPair(PublicKey(key_id_of(raw), base64.b64encode(raw).decode()), private)


def seal(public: PublicKey, fields: dict[str, str]) -> str:
    """``fields`` (personal details) sealed to ``public``: only its private key opens them."""
    box = nacl.public.SealedBox(public.nacl_key())
    cipher = box.encrypt(json.dumps(fields, ensure_ascii=False, sort_keys=True).encode())
    return f"{SEALED_PREFIX}:{public.key_id}:{base64.b64encode(cipher).decode()}"


def sealed_key_id(sealed: str) -> str:
    """Which key a sealed value was sealed to."""
    parts = sealed.split(":")
    if len(parts) != 3 or parts[0] != SEALED_PREFIX:
        raise SealingError("This is not a sealed MOKOKO value.")
    return parts[1]


def open_sealed(keys: KeyPair | list[KeyPair], sealed: str) -> dict[str, str]:
    """The fields inside ``sealed``, opened with whichever of ``keys`` it was sealed to."""
    key_id = sealed_key_id(sealed)
    candidates = [keys] if isinstance(keys, KeyPair) else keys
    for pair in candidates:
        if pair.public.key_id == key_id:
            try:
                plain = nacl.public.SealedBox(pair.private).decrypt(base64.b64decode(sealed.split(":")[2]))
            except (nacl.exceptions.CryptoError, ValueError) as error:
                raise SealingError("The sealed value is damaged and cannot be opened.") from error
            return dict(json.loads(plain))
    raise SealingError(f"This was sealed to key {key_id}; open it with that key's file.")


def write_key_file(path: Path, pair: KeyPair, passphrase: str) -> None:
    """Write the private key to ``path`` (mode 0600), encrypted with ``passphrase``. Refuses to
    overwrite a file: losing a key loses every record sealed to it."""
    if len(passphrase) < PASSPHRASE_MIN:
        raise SealingError(f"The passphrase needs at least {PASSPHRASE_MIN} characters.")
    salt = nacl.utils.random(nacl.pwhash.argon2id.SALTBYTES)
    ops, mem = nacl.pwhash.argon2id.OPSLIMIT_MODERATE, nacl.pwhash.argon2id.MEMLIMIT_MODERATE
    secret = nacl.pwhash.argon2id.kdf(nacl.secret.SecretBox.KEY_SIZE, passphrase.encode(), salt, opslimit=ops, memlimit=mem)
    content = {
        "format": KEY_FILE_FORMAT,
        "key_id": pair.public.key_id,
        "public_key": pair.public.public_key,
        "kdf": "argon2id",
        "opslimit": ops,
        "memlimit": mem,
        "salt": base64.b64encode(salt).decode(),
        "private_key": base64.b64encode(nacl.secret.SecretBox(secret).encrypt(bytes(pair.private))).decode(),
    }
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise SealingError(f"{path} exists already; a key file is never overwritten.") from None
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        json.dump(content, file, indent=1)


def read_key_file(path: Path, passphrase: str) -> KeyPair:
    """The key pair in ``path``; :class:`SealingError` for a wrong passphrase or another file."""
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
        if content.get("format") != KEY_FILE_FORMAT:
            raise SealingError(f"{path} is not a MOKOKO key file.")
        secret = nacl.pwhash.argon2id.kdf(
            nacl.secret.SecretBox.KEY_SIZE,
            passphrase.encode(),
            base64.b64decode(content["salt"]),
            opslimit=int(content["opslimit"]),
            memlimit=int(content["memlimit"]),
        )
        private = nacl.public.PrivateKey(nacl.secret.SecretBox(secret).decrypt(base64.b64decode(content["private_key"])))
    except nacl.exceptions.CryptoError:
        raise SealingError("The passphrase does not open this key file.") from None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise SealingError(f"The key file {path} cannot be read: {error}") from None
    public = PublicKey(content["key_id"], content["public_key"])
    if bytes(private.public_key) != base64.b64decode(public.public_key):
        raise SealingError(f"The key file {path} is damaged: its two halves do not belong together.")
    return KeyPair(public, private)
