"""Pictograms for themes and volunteering opportunities: SVG files shipped in ``resources/icons``,
named by the catalogue's ``icon`` field ("book", "bicycle"), so a citizen who reads little can
still choose. An unknown name shows no pictogram (the catalogue check lists it for staff)."""

from __future__ import annotations

import re
from pathlib import Path

from shared_kernel.resources import ICONS_DIR

_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,58}$")
NOT_PICTOGRAMS = {"tick"}  # icons of the kiosk itself, not for the catalogue


def pictogram_path(name: str | None) -> Path | None:
    """The SVG file for ``name``, or None when there is none (never a path outside the folder)."""
    if not name or not _NAME.match(name) or name in NOT_PICTOGRAMS:
        return None
    path = ICONS_DIR / f"{name}.svg"
    return path if path.is_file() else None


def pictogram_names() -> list[str]:
    """Every pictogram a catalogue may name."""
    return sorted(path.stem for path in ICONS_DIR.glob("*.svg") if path.stem not in NOT_PICTOGRAMS)
