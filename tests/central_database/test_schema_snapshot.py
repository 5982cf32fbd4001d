"""``central_database/schema.sql`` is the schema the migrations build, so a reader finds the
current body of any trigger or function in one place. After changing a migration, write it again:
``python tools/central_schema.py``."""

from __future__ import annotations

import difflib
import importlib.util
from pathlib import Path
from types import ModuleType
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("central_schema_tool", ROOT / "tools" / "central_schema.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_snapshot_is_what_the_migrations_build(pg_server, central_template: str) -> None:
    tool = _tool()
    built = tool.snapshot(urlunsplit(urlsplit(pg_server.get_uri())._replace(path="/" + central_template)))
    kept = tool.SNAPSHOT.read_text(encoding="utf-8")
    difference = "".join(list(difflib.unified_diff(kept.splitlines(True), built.splitlines(True), "schema.sql", "migrations"))[:60])
    assert built == kept, f"central_database/schema.sql is out of date: run python tools/central_schema.py\n{difference}"
    assert "CREATE FUNCTION mokoko.log_status_change()" in kept  # one body, the newest of the migrations'
    assert kept.count("CREATE FUNCTION mokoko.log_status_change()") == 1
