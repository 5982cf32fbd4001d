"""The README's layout table says what the import-linter contracts enforce: every package the
contracts cover has a row, what a row says a package may import no contract forbids, and what a
row says it never imports a contract forbids."""

from __future__ import annotations

import re
import tomllib
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _contracts() -> list[dict]:
    linter = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    return [contract for contract in linter["contracts"] if contract["type"] == "forbidden"]


def _module(token: str) -> str:
    return token.strip("`").removesuffix("/").removesuffix(".py").replace("/", ".")


def _rows() -> dict[str, tuple[set[str], set[str]]]:
    """Each row's package: (what it may import, what it never imports), as modules."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## What is in here", 1)[1].split("\n\n", 2)[1]
    rows = {}
    for line in table.splitlines()[2:]:
        where, _, may = (cell.strip() for cell in line.strip("|").split(" | "))
        allowed: set[str] = set()
        never: set[str] = set()
        for part in may.split(";"):
            named = {
                _module(name) + (".connection" if said_of.startswith("'s connection") else "")
                for name, said_of in re.findall(r"(`[a-z_/.]+`)('s connection)?", part)
            }
            named = {"mokoko_desktop.bootstrap" if name == "bootstrap" else name for name in named}
            (never if part.strip().startswith(("never", "nothing")) else allowed).update(named)
        rows[_module(where)] = (allowed, never)
    return rows


def _covers(package: str, module: str) -> bool:
    return module == package or module.startswith(package + ".")


def _excused(contract: dict, source: str, imported: str) -> bool:
    for rule in contract.get("ignore_imports", []):
        left, right = (side.strip() for side in rule.split("->"))
        applies = fnmatch(source, left.replace(".**", "*")) or _covers(left.removesuffix(".**"), source)
        if applies and _covers(right.removesuffix(".**"), imported):
            return True
    return False


def test_every_package_the_contracts_name_has_a_row() -> None:
    rows = _rows()
    sources = {source for contract in _contracts() for source in contract["source_modules"]}
    assert sources - set(rows) == set()


def test_what_a_row_allows_no_contract_forbids() -> None:
    for package, (allowed, _) in _rows().items():
        for contract in _contracts():
            for source in contract["source_modules"]:
                if not _covers(source, package):
                    continue
                for imported in allowed:
                    forbidden = any(_covers(f, imported) for f in contract["forbidden_modules"])
                    assert not forbidden or _excused(contract, package, imported), (package, imported, contract["name"])


def test_what_a_row_says_is_never_imported_a_contract_forbids() -> None:
    for package, (_, never) in _rows().items():
        for imported in never:
            assert any(
                _covers(source, package) and any(_covers(f, imported) for f in contract["forbidden_modules"])
                for contract in _contracts()
                for source in contract["source_modules"]
            ), (package, imported)
