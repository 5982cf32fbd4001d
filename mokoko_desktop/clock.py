"""The clock is passed in (tests and demos can fix the time); this is the real one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    """The current time as an aware UTC datetime."""
    return dt.datetime.now(dt.UTC)


def stored_time(moment: dt.datetime) -> str:
    """An aware moment as the local store keeps it (``models.UTCDateTime``): UTC ISO 8601 text
    with microseconds, so that text comparisons in SQL order by time."""
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def local_date(moment: dt.datetime) -> dt.date:
    """The kiosk's local calendar date at ``moment``."""
    return moment.astimezone().date()


def local_day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The UTC instants where the kiosk's local ``day`` starts and where the next day starts."""
    start = dt.datetime.combine(day, dt.time()).astimezone()
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time()).astimezone()
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)
