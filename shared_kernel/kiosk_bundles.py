"""The kiosk's offline bundle, as its makers and readers share it (issue 30): a folder with the
kiosk's wheel, its dependencies' wheels, their lock and ``bundle.json`` (its version and every
file's SHA-256). The SHA-256 of ``bundle.json`` names a bundle: city hall offers a version by it
(``mokoko central offer-update``), and a kiosk installs only the bundle it names
(:mod:`mokoko_desktop.kiosk_install`). The standard library only: the first installation reads
this with Debian's own python3, from the wheel."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from shared_kernel.versions import VERSION

MANIFEST, LOCK = "bundle.json", "kiosk.lock"
WHEEL_PREFIX = "mokoko_desktop-"
_SAFE_NAME = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-")


class BundleError(Exception):
    """A bundle that cannot be used; ``kind`` says why in one word, for staff's words: "missing"
    (no bundle there), "not_offered" (not the one city hall offered), "damaged" (a file differs
    from its manifest), "download" (the address did not give it), "install" (pip failed)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class Bundle:
    folder: Path
    version: str
    files: dict[str, str]  # file name -> SHA-256
    digest: str  # SHA-256 of bundle.json: what city hall names

    @property
    def wheel(self) -> str:
        return next(name for name in self.files if _is_wheel(name))


def _is_wheel(name: str) -> bool:
    return name.startswith(WHEEL_PREFIX) and name.endswith(".whl")


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_manifest(folder: Path, version: str) -> str:
    """``bundle.json`` for the files in ``folder``; returns its SHA-256 (tools/kiosk_bundle.py)."""
    files = {path.name: sha256(path) for path in sorted(folder.iterdir()) if path.is_file() and path.name != MANIFEST}
    (folder / MANIFEST).write_text(json.dumps({"version": version, "files": files}, indent=1) + "\n", encoding="utf-8")
    return sha256(folder / MANIFEST)


def parse_manifest(folder: Path, raw: bytes) -> Bundle:
    """The bundle ``raw`` (a ``bundle.json``'s bytes) describes, its files not yet checked."""
    where = folder / MANIFEST
    try:
        manifest = json.loads(raw)
        version, files = manifest["version"], manifest["files"]
    except (ValueError, KeyError, TypeError) as error:
        raise BundleError("damaged", f"{where} is not a kiosk bundle's manifest ({error})") from error
    names_fit = isinstance(files, dict) and all(
        isinstance(name, str) and isinstance(value, str) and 0 < len(name) <= 200 and set(name) <= _SAFE_NAME and name[0] != "."
        for name, value in files.items()
    )
    if not (isinstance(version, str) and VERSION.match(version) and names_fit):
        raise BundleError("damaged", f"{where} names a version or files that cannot be right")
    if sum(1 for name in files if _is_wheel(name)) != 1 or LOCK not in files:
        raise BundleError("damaged", f"{where} does not list the kiosk's wheel and its lock")
    return Bundle(folder, version, dict(files), hashlib.sha256(raw).hexdigest())


def read_manifest(folder: Path) -> Bundle:
    """The bundle in ``folder`` by its manifest alone (its files not checked)."""
    try:
        raw = (folder / MANIFEST).read_bytes()
    except OSError as error:
        raise BundleError("missing", f"No kiosk bundle in {folder} ({error.strerror})") from error
    return parse_manifest(folder, raw)
