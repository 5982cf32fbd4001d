"""A new version for this kiosk (issue 30): city hall offers one (``mokoko central offer-update``),
the kiosk learns it at sync, staff see "Ny version klar" and install it from a USB stick with the
offered bundle or, failing that, from the address city hall gave. The bundle must be byte for byte
the offered one (its manifest's SHA-256, every file's). The installation keeps the version before.
The new version starts at the kiosk's next start (staff may restart it at once): the launcher
copies the store first, the new version migrates it once (keeping a copy 7 days,
:mod:`mokoko_desktop.store_backup`), and if it does not start, the launcher goes back to the one
before with the store as it was (:mod:`mokoko_desktop.kiosk_install`).

Only an installation made from a bundle updates itself; a checkout or a hand-made environment
says so and leaves it to IT."""

from __future__ import annotations

import glob
import logging
import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mokoko_desktop import __version__, kiosk_install
from mokoko_desktop.models import SyncState
from mokoko_desktop.sync_state import remember
from shared_kernel.kiosk_bundles import BundleError
from shared_kernel.versions import version_key

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk
    from mokoko_desktop.store import Store

log = logging.getLogger(__name__)

OFFER_KEY = "update_offer"
DOWNLOADS = "updates"  # in the data folder: a bundle being downloaded, removed once installed
MEDIA_VARIABLE = "MOKOKO_UPDATE_MEDIA"  # where USB sticks appear, if not the usual places (os.pathsep between)
# Where Debian mounts a USB stick: systemd-mount (deploy/kiosk/99-mokoko-usb.rules), udisks, by hand.
MEDIA_PATTERNS = ("/run/media/system/*", "/run/media/*/*", "/media/*/*", "/media/*", "/mnt")


@dataclass(frozen=True)
class Offer:
    version: str
    sha256: str
    url: str | None


@dataclass(frozen=True)
class UpdateState:
    """What staff see about updates."""

    offer: Offer | None  # a newer version city hall offers
    installed_here: bool  # this kiosk runs from an installation that can update itself
    fell_back_from: str | None  # a version that did not start here; the kiosk went back from it

    @property
    def can_install(self) -> bool:
        return self.offer is not None and self.installed_here and self.offer.version != self.fell_back_from


def remember_offer(store: Store, offer: Offer | None) -> None:
    """What city hall offered at the last sync; kept only if it is newer than this version."""
    newer = offer if offer is not None and version_key(__version__) < version_key(offer.version) else None
    value = {"version": newer.version, "sha256": newer.sha256, "url": newer.url} if newer else None
    remember(store, OFFER_KEY, value)


def offered(store: Store) -> Offer | None:
    with store.session() as session:
        row = session.get(SyncState, OFFER_KEY)
    value = row.value if row is not None and isinstance(row.value, dict) else None
    if not value or version_key(value["version"]) <= version_key(__version__):
        return None
    return Offer(str(value["version"]), str(value["sha256"]), value.get("url") or None)


def update_state(kiosk: Kiosk, root: Path | None = None) -> UpdateState:
    root = root or kiosk_install.installation_root()
    offer = offered(kiosk.store)
    failed = kiosk_install.fell_back(root) if root else None
    if offer is not None and failed == offer.version and root and kiosk_install.fell_back_bundle(root) != offer.sha256:
        failed = None  # city hall offers another bundle of that version: it may be tried
    return UpdateState(offer, root is not None, failed)


def media_places() -> list[Path]:
    """Where a USB stick with a bundle may be mounted now."""
    told = os.environ.get(MEDIA_VARIABLE)
    if told:
        return [Path(place) for place in told.split(os.pathsep) if place]
    return [Path(found) for pattern in MEDIA_PATTERNS for found in sorted(glob.glob(pattern)) if Path(found).is_dir()]


def install_offered(
    kiosk: Kiosk, *, root: Path | None = None, places: list[Path] | None = None, progress: Callable[[int, int], None] | None = None
) -> str:
    """Install the offered version beside this one and make it the one the launcher starts next
    (the kiosk then quits, and its session starts it again). Raises :class:`BundleError`, its
    ``kind`` saying why ("none", "not_installed", "failed_here", "missing", "not_offered", "damaged",
    "download", "install"); nothing current changes then. Runs pip: off the GUI thread."""
    offer = offered(kiosk.store)
    if offer is None:
        raise BundleError("none", "City hall offers no newer version than this one")
    root = root or kiosk_install.installation_root()
    if root is None:
        raise BundleError("not_installed", f"This kiosk does not run from an installed bundle ({sys.prefix}); IT updates it")
    if offer.version == kiosk_install.fell_back(root) and offer.sha256 == kiosk_install.fell_back_bundle(root):
        raise BundleError(
            "failed_here", f"Version {offer.version} did not start here and the kiosk went back to {__version__}; IT looks at it"
        )
    bundle = kiosk_install.find_bundle(places if places is not None else media_places(), offer.sha256)
    if bundle is None and offer.url is None:
        raise BundleError("missing", f"No USB stick with version {offer.version}'s bundle is in the kiosk")
    if bundle is None:
        assert offer.url is not None
        bundle = kiosk_install.download_bundle(offer.url, offer.sha256, kiosk.data_dir / DOWNLOADS / offer.version, progress)
    log.info("Installing version %s beside %s", bundle.version, __version__)
    kiosk_install.install(bundle, root)
    kiosk_install.activate(root, bundle.version, store=kiosk.store.path)
    shutil.rmtree(kiosk.data_dir / DOWNLOADS, ignore_errors=True)
    log.info("Version %s is installed; it starts at the kiosk's next start", bundle.version)
    return bundle.version


def confirm_started(root: Path | None = None) -> str | None:
    """This version has started (its store opened and migrated, its window shown): the launcher
    stops counting tries. Returns the version it replaced, if this was its first start."""
    root = root or kiosk_install.installation_root()
    if root is None:
        return None
    replaced = kiosk_install.confirm_started(root, __version__)
    if replaced:
        log.info("Version %s started for the first time (updated from %s)", __version__, replaced)
    return replaced


def on_trial(root: Path | None = None) -> bool:
    """Whether this version is new here and has not yet started once (a start that fails then
    should end the program, so the launcher can count it and go back)."""
    root = root or kiosk_install.installation_root()
    return root is not None and kiosk_install.trying(root, __version__)
