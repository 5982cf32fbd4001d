"""Logging set-up. Log lines are English and never contain personal data (names, e-mail
addresses, phone numbers, idea texts): code logs ids, codes and counts only."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from shared_kernel.redact import MaskSecrets

LOG_FILE = "mokoko.log"
_installed: list[logging.Handler] = []  # ours, so a second call can replace them


def configure(data_dir: Path, *, verbose: bool = False) -> None:
    """Log to a rotating file in the data folder, and warnings (or everything) to stderr."""
    stop()  # a second call (tests, tools) moves the log along
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    file_handler = logging.handlers.RotatingFileHandler(
        data_dir / LOG_FILE, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    for path in data_dir.glob(LOG_FILE + "*"):  # an older version left the log readable to others
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    for handler in (file_handler, console):
        handler.addFilter(MaskSecrets())
        _installed.append(handler)
        root.addHandler(handler)


def stop() -> None:
    """Close the log file and stop logging to it and to stderr."""
    root = logging.getLogger()
    while _installed:
        handler = _installed.pop()
        root.removeHandler(handler)
        handler.close()
