"""Opening hours from the tour plan: when the kiosk at a stop takes citizens, and when it opens
next. A stop's ``hours`` map weekdays (``mon`` … ``sun``, or ``daily`` for every day not named)
to ``"10:00-17:00"`` or ``"closed"``; a stop with no hours is open all day, as before the tour
plan had hours. Times are the kiosk's local time.

Light to import (no database): the start screen decides "open or closed" from a snapshot of
:class:`Opening` periods every half minute, on the GUI thread, without a query.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
EVERY_DAY = "daily"
CLOSED = "closed"
_RANGE = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")
LOOK_AHEAD_DAYS = 120  # far enough to reach past a Christmas break in the tour


@dataclass(frozen=True)
class Opening:
    """One opening period of one stop: aware local datetimes, ``opens`` < ``closes``."""

    place: str
    opens: dt.datetime
    closes: dt.datetime

    def covers(self, moment: dt.datetime) -> bool:
        return self.opens <= moment < self.closes

    @property
    def all_day(self) -> bool:
        """Open from midnight to midnight (a stop without hours): no time to tell citizens."""
        opens, closes = self.opens.astimezone(), self.closes.astimezone()
        return opens.time() == closes.time() == dt.time() and closes.date() == opens.date() + dt.timedelta(days=1)


class TourStop(Protocol):
    """What opening times need of a stop (the catalogue's ``Stop`` has these fields)."""

    @property
    def place(self) -> str: ...
    @property
    def starts_on(self) -> dt.date: ...
    @property
    def ends_on(self) -> dt.date: ...
    @property
    def hours(self) -> Mapping[str, str]: ...


def hours_problem(hours: Mapping[str, str]) -> str | None:
    """Why a stop's ``hours`` cannot be used (for the catalogue check), or None."""
    for day, value in hours.items():
        if day not in (*WEEKDAYS, EVERY_DAY):
            return f"hours: {day!r} is not one of {', '.join((*WEEKDAYS, EVERY_DAY))}"
        if value == CLOSED:
            continue
        match = _RANGE.match(value)
        if match is None:
            return f"hours.{day}: {value!r} is not like '10:00-17:00' or 'closed'"
        opens, closes = (int(match[1]), int(match[2])), (int(match[3]), int(match[4]))
        if closes <= opens or closes > (24, 0):
            return f"hours.{day}: {value!r} closes before it opens"
    return None


def day_period(hours: Mapping[str, str], day: dt.date) -> tuple[dt.datetime, dt.datetime] | None:
    """The stop's opening period on ``day`` (aware, local), or None when it is closed that day.
    No hours at all: open the whole day. Hours that do not name the day (nor ``daily``): closed."""
    start_of_day = dt.datetime.combine(day, dt.time()).astimezone()
    next_day = dt.datetime.combine(day + dt.timedelta(days=1), dt.time()).astimezone()
    if not hours:
        return start_of_day, next_day
    value = hours.get(WEEKDAYS[day.weekday()], hours.get(EVERY_DAY, CLOSED))
    match = _RANGE.match(value)
    if match is None:  # "closed" (anything else was refused when the catalogue was loaded)
        return None
    opens = dt.datetime.combine(day, dt.time(int(match[1]), int(match[2]))).astimezone()
    closes = next_day if match[3] == "24" else dt.datetime.combine(day, dt.time(int(match[3]), int(match[4]))).astimezone()
    return opens, closes


def openings(
    today_stop: TourStop | None, tour: Iterable[TourStop], today: dt.date, *, open_all_today: bool = False, days: int = LOOK_AHEAD_DAYS
) -> list[Opening]:
    """The opening periods from ``today`` on, in time order: today's at ``today_stop`` (the one
    staff chose, or the tour plan's), then the tour plan's. ``open_all_today``: staff keep the
    kiosk open all of today whatever the hours say."""
    periods: list[Opening] = []
    if today_stop is not None:
        period = day_period({} if open_all_today else today_stop.hours, today)
        if period is not None:
            periods.append(Opening(today_stop.place, *period))
    stops = sorted(tour, key=lambda stop: stop.starts_on)
    for offset in range(1, days):
        day = today + dt.timedelta(days=offset)
        for stop in stops:
            if stop.starts_on <= day <= stop.ends_on:
                period = day_period(stop.hours, day)
                if period is not None:
                    periods.append(Opening(stop.place, *period))
                break
    return periods


def is_open(periods: Iterable[Opening], moment: dt.datetime) -> bool:
    return any(period.covers(moment) for period in periods)


def next_opening(periods: Iterable[Opening], moment: dt.datetime) -> Opening | None:
    """The first period that opens after ``moment``."""
    return min((period for period in periods if period.opens > moment), key=lambda period: period.opens, default=None)


def today_hours(periods: Iterable[Opening], today: dt.date) -> Opening | None:
    """Today's opening period (from :func:`openings`), if the kiosk opens today."""
    return next((period for period in periods if period.opens.date() == today), None)
