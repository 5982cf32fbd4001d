"""The municipality's time zone: every time a person reads is in it, not in the PC's.

:func:`use_time_zone` makes it the zone of the whole process (``TZ``), so Python's local time,
SQLite's ``localtime`` and Qt all agree. ``mokoko`` calls it first thing with
``$MOKOKO_TIME_ZONE`` (default Europe/Copenhagen); a kiosk then uses its ``time_zone`` setting if
staff set one. Light to import: the dispatcher calls it before anything else loads.
"""

from __future__ import annotations

import os
import time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

TIME_ZONE_ENV = "MOKOKO_TIME_ZONE"
DEFAULT_TIME_ZONE = "Europe/Copenhagen"


def time_zone_problem(name: str) -> str | None:
    """Why ``name`` is no time zone (in English), or None."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return f"{name!r} is not a time zone this computer knows; write it as a region and a city, e.g. {DEFAULT_TIME_ZONE}."
    return None


def use_time_zone(name: str | None = None) -> str:
    """Make ``name`` (default: ``$MOKOKO_TIME_ZONE``, else Europe/Copenhagen) the time zone of
    every time this process shows or counts days by. Returns it; raises ValueError for a name
    that is no time zone (nothing changed)."""
    chosen = name or os.environ.get(TIME_ZONE_ENV) or DEFAULT_TIME_ZONE
    problem = time_zone_problem(chosen)
    if problem:
        raise ValueError(problem)
    if os.environ.get("TZ") != chosen:
        os.environ["TZ"] = chosen
        if hasattr(time, "tzset"):  # not on Windows: there the PC's own zone stays (the kiosk runs on Debian)
            time.tzset()
    return chosen


def municipality_time_zone() -> ZoneInfo:
    """The zone this process shows times in (:func:`use_time_zone`; before that, the default)."""
    name = os.environ.get("TZ") or os.environ.get(TIME_ZONE_ENV) or DEFAULT_TIME_ZONE
    return ZoneInfo(name) if time_zone_problem(name) is None else ZoneInfo(DEFAULT_TIME_ZONE)
