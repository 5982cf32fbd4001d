"""What the layout's contracts (import-linter: ``lint-imports`` in CI, ``[tool.importlinter]`` in
pyproject.toml) cannot see: that the Qt-free programs run without Qt ever loaded, that none of
them imports a module by a name computed at run time (which hides it from the contracts), and
that no source file outgrows 400 lines."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LONGEST_SOURCE_FILE = 400  # lines
QT_FREE = ("mokoko_desktop", "sync", "followup_site", "central_database", "city_hall", "shared_kernel")
PACKAGES = (*QT_FREE, "ui")


def test_the_contracts_cover_every_package() -> None:
    linter = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    assert sorted(linter["root_packages"]) == sorted(PACKAGES)


def _dynamic_imports(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in ("import_module", "__import__")
    ]


@pytest.mark.parametrize("package", QT_FREE)
def test_no_import_by_a_computed_name(package: str) -> None:
    found = {str(path.relative_to(ROOT)): lines for path in (ROOT / package).rglob("*.py") if (lines := _dynamic_imports(path))}
    assert found == {}


def test_no_source_file_is_over_400_lines() -> None:
    sources = [path for folder in PACKAGES for path in (ROOT / folder).rglob("*.py")]
    lines = {str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines()) for path in sources}
    assert {name: count for name, count in lines.items() if count > LONGEST_SOURCE_FILE} == {}


def test_the_formatter_is_skipped_only_for_a_few_tables() -> None:
    """``ruff format`` runs in CI; ``# fmt: skip`` is for a table of data that reads better aligned."""
    sources = [path for folder in (*PACKAGES, "tests", "tools", "benchmarks") for path in (ROOT / folder).rglob("*.py")]
    skipped = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sources
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line.endswith("# fmt: skip")
    ]
    assert len(skipped) < 20, skipped


def test_core_runs_without_qt_loaded() -> None:
    code = (
        "import sys, mokoko_desktop.kiosk, mokoko_desktop.receipts, sync.engine, city_hall.office,"
        " central_database.schema, followup_site.app, shared_kernel.command_line;"
        "shared_kernel.command_line.build_parser();"  # every program's commands registered
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'ui', 'shiboken6')];"
        "print(loaded); sys.exit(1 if loaded else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
