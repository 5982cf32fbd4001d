"""The layers stay apart: the core (mokoko_desktop/) and sync/ never import PySide6 or ui, and
of the core only the composition root (bootstrap.py) and the command line (cli/) import sync."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "mokoko_desktop"
QT = ("PySide6", "ui", "shiboken6")
MAY_IMPORT_SYNC = ("bootstrap.py", "cli/")
LONGEST_SOURCE_FILE = 400  # lines
PACKAGES = ("mokoko_desktop", "ui", "sync", "followup_site", "central_database", "city_hall", "shared_kernel")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
            "import_module",
            "__import__",
        ):
            names.add("<dynamic import>")
    return names


def _offenders(folder: Path, forbidden: tuple[str, ...], allowed: tuple[str, ...] = (), *, min_files: int = 6) -> dict[str, set[str]]:
    offenders = {}
    files = sorted(folder.rglob("*.py"))
    assert len(files) >= min_files
    for path in files:
        relative = path.relative_to(folder).as_posix()
        if relative.startswith(allowed):
            continue
        bad = {
            name
            for name in _imported_modules(path)
            if name == "<dynamic import>" or name.split(".")[0] in forbidden
        }
        if bad:
            offenders[relative] = bad
    return offenders


def test_no_core_module_imports_qt_or_ui() -> None:
    assert _offenders(CORE, QT) == {}


def test_sync_imports_neither_qt_nor_ui() -> None:
    assert _offenders(ROOT / "sync", QT) == {}


@pytest.mark.parametrize("package", ["followup_site", "central_database", "city_hall", "shared_kernel"])
def test_the_other_programs_import_neither_qt_nor_ui(package: str) -> None:
    assert _offenders(ROOT / package, QT, min_files=3) == {}


def test_only_the_composition_root_and_the_cli_import_sync() -> None:
    assert _offenders(CORE, ("sync",), MAY_IMPORT_SYNC) == {}
    assert _offenders(CORE, ("sync",)), "the check sees bootstrap.py's imports of sync"


def test_no_source_file_is_over_400_lines() -> None:
    sources = [path for folder in PACKAGES for path in (ROOT / folder).rglob("*.py")]
    lines = {str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines()) for path in sources}
    assert {name: count for name, count in lines.items() if count > LONGEST_SOURCE_FILE} == {}


def test_core_runs_without_qt_loaded() -> None:
    code = (
        "import sys, mokoko_desktop.cli, mokoko_desktop.kiosk, mokoko_desktop.receipts, sync.engine, city_hall.office,"
        " central_database.schema, followup_site.app;"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'ui', 'shiboken6')];"
        "print(loaded); sys.exit(1 if loaded else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
