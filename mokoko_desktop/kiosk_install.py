"""The installed kiosk on the container PC (issue 30): versions side by side, one of them current,
the one before kept to fall back to.

    ROOT/versions/0.2.0/   a virtual environment per version, from an offline bundle
    ROOT/current           -> versions/0.2.0 (what the launcher starts)
    ROOT/previous          -> versions/0.1.0 (kept until the next update)
    ROOT/start             the launcher the session runs (``LAUNCHER``)
    ROOT/trying            while a new version has not yet started once: how many tries, the store
                           and the copy of it taken just before the switch
    ROOT/fell-back         the version that did not start, after the launcher went back

A bundle (``tools/kiosk_bundle.py``, :mod:`shared_kernel.kiosk_bundles`) is installed only if it is
byte for byte the one city hall offered, from a USB stick or a web server.

Only the standard library here: the first installation runs this module from the bundle's wheel
with Debian's own python3 (``PYTHONPATH=mokoko_desktop-….whl python3 -m mokoko_desktop.kiosk_install``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from pathlib import Path

from shared_kernel.kiosk_bundles import LOCK, MANIFEST, Bundle, BundleError, parse_manifest, read_manifest, sha256

VERSIONS, CURRENT, PREVIOUS, TRYING, FELL_BACK, LAUNCHER_FILE = "versions", "current", "previous", "trying", "fell-back", "start"
COMPLETE = ".mokoko-complete"  # written last into a version's folder: the install finished
STORE_COPY_SUFFIX = ".before-update"  # beside the store: what it was before the new version opened it
TRIES = 3  # starts a new version gets before the launcher goes back to the one before
DOWNLOAD_TIMEOUT_S = 60

# The session runs this; it is written once, at the first installation, and never by an update, so
# a broken new version cannot break the way back. At a new version's first start it copies the
# store as the version before left it (SQLite's online backup, through Debian's python3), before
# the new version opens and migrates it; after TRIES starts that never said they started, it puts
# that copy back (nobody used the new version: nothing is lost) and starts the version before.
LAUNCHER = f"""#!/bin/sh
# Starts the installed MOKOKO kiosk (written by mokoko_desktop/kiosk_install.py; do not edit).
umask 077
root=$(cd "$(dirname "$0")" && pwd)
marker="$root/{TRYING}"
if [ -f "$marker" ]; then
    tries=$(sed -n 's/^tries=//p' "$marker")
    tries=${{tries:-0}}
    store=$(sed -n 's/^store=//p' "$marker")
    copy="$store{STORE_COPY_SUFFIX}"
    if [ "$tries" -ge {TRIES} ] && [ -e "$root/{PREVIOUS}" ]; then
        if [ -n "$store" ] && [ -f "$copy" ]; then
            rm -f "$store-wal" "$store-shm" && mv "$copy" "$store"
        fi
        echo "$(basename "$(readlink "$root/{CURRENT}")") $(cat "$root/{CURRENT}/{COMPLETE}" 2>/dev/null)" > "$root/{FELL_BACK}"
        ln -sfn "$(readlink "$root/{PREVIOUS}")" "$root/{CURRENT}.new" && mv -T "$root/{CURRENT}.new" "$root/{CURRENT}"
        rm -f "$marker"
        echo "MOKOKO: the new version did not start {TRIES} times; back to $(basename "$(readlink "$root/{CURRENT}")")" >&2
    else
        if [ "$tries" -eq 0 ] && [ -n "$store" ] && [ -f "$store" ]; then
            rm -f "$copy.part"
            python3 -c 'import sqlite3, sys; sqlite3.connect(sys.argv[1]).backup(sqlite3.connect(sys.argv[2]))' "$store" "$copy.part" \
                && mv "$copy.part" "$copy"
        fi
        sed -i "s/^tries=.*/tries=$((tries + 1))/" "$marker"
    fi
fi
exec "$root/{CURRENT}/bin/mokoko" kiosk "$@"
"""


def read_bundle(folder: Path, expected_digest: str | None = None) -> Bundle:
    """The bundle in ``folder``, every file checked against its manifest, and the manifest against
    ``expected_digest`` when given (what city hall offered)."""
    bundle = read_manifest(folder)
    if expected_digest is not None and bundle.digest != expected_digest:
        raise BundleError("not_offered", f"The bundle in {folder} is not the one city hall offered")
    for name, expected in bundle.files.items():
        path = folder / name
        if not path.is_file() or sha256(path) != expected:
            raise BundleError("damaged", f"{path} is missing or differs from the bundle's manifest")
    return bundle


def find_bundle(places: Iterable[Path], digest: str) -> Bundle | None:
    """The offered bundle (by ``digest``) in one of ``places`` (USB sticks' mount points) or a
    folder in one of them, or None."""
    for place in places:
        for manifest in [place / MANIFEST, *sorted(place.glob(f"*/{MANIFEST}"))]:
            try:
                if manifest.is_file() and sha256(manifest) == digest:
                    return read_bundle(manifest.parent, digest)
            except (OSError, BundleError):
                continue
    return None


def download_bundle(url: str, digest: str, into: Path, progress: Callable[[int, int], None] | None = None) -> Bundle:
    """The offered bundle from ``url`` (the folder's address) into ``into``; files already there
    and whole are kept, so an interrupted download goes on where it stopped."""
    base = url if url.endswith("/") else url + "/"
    into.mkdir(parents=True, exist_ok=True)
    _fetch(base + MANIFEST, into / MANIFEST)
    if sha256(into / MANIFEST) != digest:
        raise BundleError("not_offered", f"{base}{MANIFEST} is not the bundle city hall offered")
    bundle = parse_manifest(into, (into / MANIFEST).read_bytes())
    for done, (name, expected) in enumerate(bundle.files.items()):
        target = into / name
        if not (target.is_file() and sha256(target) == expected):
            _fetch(base + urllib.parse.quote(name), target)
            if sha256(target) != expected:
                target.unlink()
                raise BundleError("damaged", f"{base}{name} differs from the bundle's manifest")
        if progress is not None:
            progress(done + 1, len(bundle.files))
    return bundle


def _fetch(url: str, target: Path) -> None:
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise BundleError("download", f"{url} is not a web address")
    partial = target.with_name(target.name + ".part")
    try:
        with urllib.request.urlopen(url, timeout=DOWNLOAD_TIMEOUT_S) as response, partial.open("wb") as out:
            shutil.copyfileobj(response, out, 1 << 20)
    except (OSError, urllib.error.URLError) as error:
        if isinstance(error, urllib.error.HTTPError):
            error.close()  # its response, left open otherwise
        partial.unlink(missing_ok=True)
        raise BundleError("download", f"{url} could not be fetched ({error})") from error
    partial.replace(target)


def _base_python() -> str:
    """The system's interpreter (a new version's environment never leans on the running one's)."""
    return str(getattr(sys, "_base_executable", None) or sys.executable)


def install(bundle: Bundle, root: Path) -> Path:
    """Install ``bundle`` as ``root/versions/VERSION`` from its folder alone (no network), hashes
    checked by pip against the lock; an unfinished earlier try is removed first. Nothing current
    changes. Returns the version's folder."""
    folder = root / VERSIONS / bundle.version
    if (folder / COMPLETE).is_file() and (folder / COMPLETE).read_text(encoding="utf-8").strip() == bundle.digest:
        return folder  # this very bundle, installed before
    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    pip = [str(folder / "bin" / "python"), "-m", "pip", "install", "--quiet", "--no-index", "--disable-pip-version-check"]
    steps = [
        [_base_python(), "-m", "venv", str(folder)],
        [*pip, "--find-links", str(bundle.folder), "--require-hashes", "-r", str(bundle.folder / LOCK)],
        [*pip, "--no-deps", str(bundle.folder / bundle.wheel)],
    ]
    for step in steps:
        done = subprocess.run(step, capture_output=True, text=True, env={**os.environ, "PIP_CONFIG_FILE": os.devnull})
        if done.returncode != 0:
            shutil.rmtree(folder, ignore_errors=True)
            raise BundleError("install", f"Installing {bundle.version} failed: {(done.stderr or done.stdout).strip()[-1500:]}")
    (folder / COMPLETE).write_text(bundle.digest + "\n", encoding="utf-8")
    launcher = root / LAUNCHER_FILE
    if not launcher.exists():
        launcher.write_text(LAUNCHER, encoding="utf-8")
        launcher.chmod(0o755)
    return folder


def _point(root: Path, name: str, version: str) -> None:
    """``root/name`` -> ``versions/version``, switched in one step (rename over the old link)."""
    fresh = root / f"{name}.new"
    fresh.unlink(missing_ok=True)
    fresh.symlink_to(Path(VERSIONS) / version)
    fresh.replace(root / name)


def version_of(root: Path, name: str = CURRENT) -> str | None:
    link = root / name
    return Path(os.readlink(link)).name if link.is_symlink() else None


def activate(root: Path, version: str, *, store: Path | None = None) -> None:
    """Make ``version`` current. The first installation simply points at it; an update keeps the
    one before as ``previous`` and leaves the ``trying`` marker for the launcher, naming ``store``
    (which the launcher copies before the new version opens it, and puts back should it not start)."""
    before = version_of(root)
    if before == version:
        return
    if before is not None:
        lines = ["tries=0", f"from={before}", f"to={version}"] + ([f"store={store}"] if store is not None else [])
        (root / TRYING).write_text("\n".join(lines) + "\n", encoding="utf-8")
        _point(root, PREVIOUS, before)
        (root / FELL_BACK).unlink(missing_ok=True)
    _point(root, CURRENT, version)


def trying(root: Path, version: str) -> bool:
    """Whether ``version`` is a new one that has not yet started once."""
    return (root / TRYING).is_file() and version_of(root) == version


def confirm_started(root: Path, version: str) -> str | None:
    """The new ``version`` has started: the launcher stops counting, and versions other than the
    current and the previous are removed. Returns the version it replaced, if this was its first start."""
    if not trying(root, version):
        return None
    said = dict(line.split("=", 1) for line in (root / TRYING).read_text(encoding="utf-8").splitlines() if "=" in line)
    (root / TRYING).unlink()
    if said.get("store"):  # the copy for going back is no longer needed (the store's own copies are kept)
        Path(said["store"] + STORE_COPY_SUFFIX).unlink(missing_ok=True)
    keep = {version_of(root), version_of(root, PREVIOUS)}
    for folder in (root / VERSIONS).iterdir():
        if folder.name not in keep:
            shutil.rmtree(folder, ignore_errors=True)
    return said.get("from")


def fell_back(root: Path) -> str | None:
    """The version the launcher went back from, because it did not start; None if none did."""
    return _fell_back(root)[0]


def fell_back_bundle(root: Path) -> str | None:
    """The SHA-256 of the bundle that did not start (a new bundle of the same version may)."""
    return _fell_back(root)[1]


def _fell_back(root: Path) -> tuple[str | None, str | None]:
    try:
        words = (root / FELL_BACK).read_text(encoding="utf-8").split()
    except OSError:
        return None, None
    return (words[0] if words else None), (words[1] if len(words) > 1 else None)


def installation_root(prefix: str | None = None) -> Path | None:
    """The installation this program runs from (``ROOT/versions/VERSION``), or None (a checkout,
    a hand-made environment: updates are then IT's)."""
    here = Path(prefix or sys.prefix)
    root = here.parent.parent
    return root if here.parent.name == VERSIONS and (root / LAUNCHER_FILE).is_file() else None


def main(argv: list[str] | None = None) -> int:
    """The first installation (deploy/kiosk/install.sh, through the bundle's install.sh), or IT's
    update by hand: the version becomes current, on trial as after staff's update."""
    parser = argparse.ArgumentParser(prog="kiosk_install", description="Install the MOKOKO kiosk from an offline bundle.")
    parser.add_argument("bundle", type=Path, help="the bundle's folder")
    parser.add_argument("--root", type=Path, required=True, help="where the kiosk lives, e.g. /opt/mokoko-kiosk")
    parser.add_argument("--store", type=Path, help="an installed kiosk's store, copied before a new version opens it")
    args = parser.parse_args(argv)
    try:
        bundle = read_bundle(args.bundle)
        install(bundle, args.root)
    except BundleError as error:
        print(error, file=sys.stderr)
        return 1
    activate(args.root, bundle.version, store=args.store)
    print(f"The MOKOKO kiosk {bundle.version} is installed: {args.root / LAUNCHER_FILE} starts it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
