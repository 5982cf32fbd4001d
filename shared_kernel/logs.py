"""Logging set-up for every program. Log lines are English and never contain personal data (names,
e-mail addresses, phone numbers, idea texts): code logs ids, codes and counts only, and a secret
that slips into a message (a password in a URL) is masked on the way out."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from shared_kernel.redact import MaskSecrets

_installed: list[logging.Handler] = []  # ours, so a second call can replace them


def configure(log_file: Path | None = None, *, verbose: bool = False) -> None:
    """Warnings (or, ``verbose``, everything) to stderr, where a service manager collects them;
    and, given ``log_file``, everything to that rotating file, readable by its user only."""
    stop()  # a second call (the kiosk's commands after the dispatcher's, tests) replaces the first
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    handlers: list[logging.Handler] = [console]
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        file_handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        for path in log_file.parent.glob(log_file.name + "*"):  # an older version left the log readable to others
            if path.stat().st_mode & 0o077:
                path.chmod(0o600)
        file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handlers.append(file_handler)
    for handler in handlers:
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
