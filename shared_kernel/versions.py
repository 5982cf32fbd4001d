"""Comparing MOKOKO versions (the kiosk's against the oldest city hall supports): "0.10.2" as
(0, 10, 2); 0.1 and 0.1.0 alike; anything that is not a version as (0,), older than every one."""

from __future__ import annotations

import re

VERSION = re.compile(r"^\d{1,6}(\.\d{1,6}){0,3}$")  # what the central database takes (central migration c0025)


def version_key(version: str) -> tuple[int, ...]:
    parts = [int(part) for part in version.strip().split(".")] if VERSION.match(version.strip()) else [0]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)
