"""The container PC's offline bundle: everything the kiosk needs, in one folder to copy onto a USB
stick, installed with no network.

    python tools/kiosk_bundle.py --out DIR

``DIR`` gets the project's wheel (translations, fonts, styles, icons, the demo catalogue and the
migrations are inside it), a wheel of every dependency the kiosk's lock names
(``requirements/kiosk.lock``, each file's hash checked, for CPython 3.11 on Linux x86_64), the lock
itself and ``install.sh``. On the container PC: ``sh DIR/install.sh [TARGET]`` makes a virtual
environment at TARGET (default ``/opt/mokoko-kiosk``) and installs from the folder alone (``pip
install --no-index --find-links``), hashes checked again. Prints what it wrote and its size.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements" / "kiosk.lock"
DEFAULT_TARGET = "/opt/mokoko-kiosk"

INSTALL = f"""#!/bin/sh
# Installs the MOKOKO kiosk from this folder with no network: sh install.sh [TARGET]
# (default {DEFAULT_TARGET}). Needs Debian's python3-venv. Written by tools/kiosk_bundle.py.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
target=${{1:-{DEFAULT_TARGET}}}
python3 -m venv "$target"
"$target/bin/pip" install --quiet --no-index --find-links "$here" --require-hashes -r "$here/kiosk.lock"
"$target/bin/pip" install --quiet --no-index --no-deps "$here"/mokoko_desktop-*.whl
echo "The MOKOKO kiosk is installed: $target/bin/mokoko kiosk"
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
    print(f"{wheel.name}: {wheel.stat().st_size / 1e6:.1f} MB")
    print(f"Bundle in {out}: {sum(1 for _ in out.glob('*.whl'))} wheels, {_size_mb(out):.0f} MB; install with: sh {script} [TARGET]")
    return script


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, metavar="DIR", help="a new or empty folder")
    args = parser.parse_args()
    bundle(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
