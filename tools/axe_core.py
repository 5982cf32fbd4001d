"""axe-core for the follow-up site's accessibility test (tests/followup_site/test_accessibility.py):
``python tools/axe_core.py`` installs the release the accessibility statement names
(``followup_site.accessibility.AXE_CORE``) from the npm registry into ``build/axe-core`` (once;
npm checks the package's integrity) and prints the path of ``axe.min.js``. The test runs it when
the script is not there yet."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from followup_site.accessibility import AXE_CORE  # noqa: E402  (this file runs as a script, from the checkout)
from tools.npm_package import npm_install  # noqa: E402

PACKAGE = "axe-core"
FOLDER = ROOT / "build" / "axe-core"
SCRIPT = FOLDER / "node_modules" / PACKAGE / "axe.min.js"


def installed_version() -> str | None:
    """The version of the axe-core in ``build/axe-core``, or None."""
    manifest = SCRIPT.parent / "package.json"
    if not SCRIPT.is_file() or not manifest.is_file():
        return None
    return str(json.loads(manifest.read_text(encoding="utf-8")).get("version"))


def install() -> Path:
    """``axe.min.js`` of the release the statement names, installed if it is not there."""
    if installed_version() == AXE_CORE:
        return SCRIPT
    npm_install(FOLDER, f"{PACKAGE}@{AXE_CORE}", "axe-core")
    if installed_version() != AXE_CORE:
        raise SystemExit(f"{PACKAGE}@{AXE_CORE} did not arrive in {FOLDER}.")
    return SCRIPT


if __name__ == "__main__":
    print(install())
