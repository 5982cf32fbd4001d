"""Keep the Qt Linguist catalogues in step with the code.

    python tools/translations.py update        # find new strings (pyside6-lupdate) and compile
    python tools/translations.py add LANG      # start a new language, e.g. uk or ar
    python tools/translations.py release       # only compile .ts -> .qm (pyside6-lrelease)

Source strings are English; translate each resources/translations/mokoko_LANG.ts in Qt Linguist
(pyside6-linguist), then run ``release``. The kiosk offers every language that has a catalogue.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ui.common.qt_tools import qt_tool  # noqa: E402

TRANSLATIONS = ROOT / "resources" / "translations"
# Every package with visible strings: the follow-up site and city hall's e-mails speak every kiosk language.
SOURCE_DIRS = ("mokoko_desktop", "ui", "sync", "followup_site", "city_hall", "shared_kernel")


def _tool(name: str) -> str:
    try:
        return str(qt_tool(name))
    except FileNotFoundError as error:
        sys.exit(str(error))


def sources(root: Path = ROOT) -> list[str]:
    """The source files lupdate reads, relative to ``root``."""
    return sorted(str(path.relative_to(root)) for folder in SOURCE_DIRS for path in (root / folder).rglob("*.py"))


def catalogues() -> list[Path]:
    return sorted(TRANSLATIONS.glob("mokoko_*.ts"))


# English is the source language: its catalogue holds only the plural forms ("%n idea(s)" ->
# "1 idea", "2 ideas"), which Qt takes from a translation even for the source language.
PLURAL_ONLY = {"mokoko_en.ts"}


def update(ts_files: list[Path]) -> None:
    for plural_only in (False, True):
        chosen = [ts for ts in ts_files if (ts.name in PLURAL_ONLY) == plural_only]
        if not chosen:
            continue
        extra = ["-pluralonly"] if plural_only else []
        command = [_tool("lupdate"), "-no-obsolete", "-locations", "none", *extra, *sources(), "-ts", *map(str, chosen)]
        subprocess.run(command, cwd=ROOT, check=True)


def release(ts_files: list[Path], out_dir: Path = TRANSLATIONS) -> list[Path]:
    compiled = []
    for ts in ts_files:
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)
        compiled.append(qm)
    return compiled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=("update", "add", "release"))
    parser.add_argument("language", nargs="?", help="for add: a language code such as uk")
    args = parser.parse_args()
    if args.action == "add":
        if not args.language:
            parser.error("add needs a language code")
        ts = TRANSLATIONS / f"mokoko_{args.language}.ts"
        update([ts])  # lupdate takes the language from the file name
        print(f"Created {ts.relative_to(ROOT)}: translate it, then run: python tools/translations.py release")
        return
    if args.action == "update":
        update(catalogues())
    release(catalogues())


if __name__ == "__main__":
    main()
