"""The README's two commands: the second is exactly what CI runs (.ci/run), and both install
from a lock."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Two commands", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip() and not line.startswith("#")]


def test_the_readme_has_two_commands_and_ci_runs_the_second() -> None:
    install, test = _readme_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(rf"^{re.escape(test.replace('pip install ', 'pip install -q '))}$", ci, re.MULTILINE)
    assert "requirements/demo.lock" in install and "requirements/test.lock" in test
