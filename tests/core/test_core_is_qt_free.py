"""The core (mokoko_desktop/) never imports PySide6 or ui."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "mokoko_desktop"
FORBIDDEN = ("PySide6", "ui", "shiboken6")


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


def test_no_core_module_imports_qt_or_ui() -> None:
    offenders = {}
    files = sorted(CORE.rglob("*.py"))
    assert len(files) > 10
    for path in files:
        bad = {
            name
            for name in _imported_modules(path)
            if name == "<dynamic import>" or name.split(".")[0] in FORBIDDEN
        }
        if bad:
            offenders[str(path.relative_to(CORE))] = bad
    assert offenders == {}


def test_core_runs_without_qt_loaded() -> None:
    code = (
        "import sys, mokoko_desktop.cli, mokoko_desktop.kiosk, mokoko_desktop.receipts;"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'ui', 'shiboken6')];"
        "print(loaded); sys.exit(1 if loaded else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
