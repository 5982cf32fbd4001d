"""The installed ``mokoko`` command, for tests that run it as its own process (as a person or a
service manager would). It is the console script of the test's own virtual environment, not one
found on PATH."""

from __future__ import annotations

import sys
from pathlib import Path

MOKOKO = str(Path(sys.executable).parent / "mokoko")
