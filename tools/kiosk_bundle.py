"""The container PC's offline bundle: everything the kiosk needs, in one folder to copy onto a USB
stick, installed with no network.

    python tools/kiosk_bundle.py --out DIR

``DIR`` gets the project's wheel (translations, fonts, styles, icons, the demo catalogue and the
migrations are inside it), a wheel of every dependency the kiosk's lock names
(``requirements/kiosk.lock``, each file's hash checked, for CPython 3.11 on Linux x86_64), the lock
itself, ``install.sh`` and ``bundle.json`` (the version and every file's SHA-256). On the container
PC: ``sh DIR/install.sh [TARGET]`` installs the version into TARGET (default ``/opt/mokoko-kiosk``;
the layout is :mod:`mokoko_desktop.kiosk_install`'s) from the folder alone (``pip install
--no-index --find-links``), hashes checked again. Prints what it wrote, its size and the SHA-256 city
hall names when it offers the version to the fleet (``mokoko central offer-update --bundle DIR``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's installer, whichever is installed

from shared_kernel.kiosk_bundles import write_manifest  # noqa: E402 - after the line above

LOCK = ROOT / "requirements" / "kiosk.lock"
DEFAULT_TARGET = "/opt/mokoko-kiosk"

INSTALL = f"""#!/bin/sh
# Installs the MOKOKO kiosk from this folder with no network: sh install.sh [TARGET [STORE]]
# (default {DEFAULT_TARGET}; STORE: an installed kiosk's store, copied before the new version opens
# it). Needs Debian's python3-venv. Written by tools/kiosk_bundle.py.
# The installer is the kiosk's own (mokoko_desktop/kiosk_install.py), run from its wheel.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
target=${{1:-{DEFAULT_TARGET}}}
PYTHONPATH=$(ls "$here"/mokoko_desktop-*.whl) python3 -m mokoko_desktop.kiosk_install "$here" --root "$target" ${{2:+--store "$2"}}
"""


def _size_mb(folder: Path) -> float:
    return sum(path.stat().st_size for path in folder.iterdir() if path.is_file()) / 1e6


def build_wheel(out: Path) -> Path:
    """The project's wheel in ``out``."""
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(out), str(ROOT)], check=True)
    (wheel,) = out.glob("mokoko_desktop-*.whl")
    return wheel


def bundle(out: Path) -> Path:
    """Write the bundle into ``out`` (new or empty); its install script."""
    if out.exists() and any(out.iterdir()):
        raise SystemExit(f"{out} is not empty; give a new or empty folder.")
    out.mkdir(parents=True, exist_ok=True)
    wheel = build_wheel(out)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--only-binary=:all:", "--no-deps", "--dest", str(out), "-r", str(LOCK)],
        check=True,
    )
    shutil.copyfile(LOCK, out / "kiosk.lock")
    script = out / "install.sh"
    script.write_text(INSTALL, encoding="utf-8")
    script.chmod(0o755)
    version = wheel.name.split("-")[1]
    digest = write_manifest(out, version)
    print(f"{wheel.name}: {wheel.stat().st_size / 1e6:.1f} MB")
    print(f"Bundle of version {version} in {out}: {sum(1 for _ in out.glob('*.whl'))} wheels, {_size_mb(out):.0f} MB")
    print(f"Install with: sh {script} [TARGET]; its SHA-256 (bundle.json): {digest}")
    return script


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, metavar="DIR", help="a new or empty folder")
    args = parser.parse_args()
    bundle(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
