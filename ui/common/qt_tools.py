"""Qt's command-line tools (lupdate, lrelease) as installed with PySide6.

They are found beside the running interpreter (the venv's ``bin/``), never through PATH: a test
or a script run as ``.venv/bin/python`` without an activated venv must find the same tools.
"""

from __future__ import annotations

import sys
from pathlib import Path


def qt_tool(name: str) -> Path:
    """The path of ``pyside6-NAME`` (e.g. ``lupdate``) installed with PySide6-Essentials.
    Raises :class:`FileNotFoundError` with what to install when it is missing."""
    path = Path(sys.executable).with_name(f"pyside6-{name}")
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: install PySide6-Essentials (pip install -e .)")
    return path
