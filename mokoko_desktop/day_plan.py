"""The day at a stop, as staff open it: today's stop and its opening hours (from the tour plan
or chosen by staff for today), the next stops, the language the kiosk starts in today, and the
start-of-day checklist (test receipt, paper, sync, stop and hours, language).

Staff choices here hold for one day, like the choice of stop: tomorrow follows the tour plan
again. Reads are cheap (a dozen catalogue rows and a few settings).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mokoko_desktop.catalogue import Catalogue
from mokoko_desktop.clock import local_date
from mokoko_desktop.models import Stop
from mokoko_desktop.settings import Settings
from shared_kernel.i18n import DEFAULT_LANGUAGE, QT_TRANSLATE_NOOP
from shared_kernel.opening_hours import Opening, is_open, openings, today_hours

NEXT_STOPS = 3  # the closed screen's "next stops"
CHECKLIST = {  # in the order staff go through it
    "stop": QT_TRANSLATE_NOOP("checklist", "Today's stop and opening hours"),
    "printer": QT_TRANSLATE_NOOP("checklist", "A test receipt came out and can be read"),
    "paper": QT_TRANSLATE_NOOP("checklist", "Enough paper on the roll for the day"),
    "sync": QT_TRANSLATE_NOOP("checklist", "Synced with the municipality today"),
    "language": QT_TRANSLATE_NOOP("checklist", "The language the kiosk starts in today"),
}
CONFIRMED_BY_STAFF = ("printer", "paper")  # what software cannot see: staff tick it (settings "<key>_checked_day")


@dataclass(frozen=True)
class DayPlan:
    """Today at this kiosk. ``periods``: the opening periods from today on (today's first, if
    it opens today); ``kept_open``: staff keep it open all of today whatever the hours say."""

    day: dt.date
    stop: Stop | None
    chosen_by_staff: bool
    periods: tuple[Opening, ...]
    next_stops: tuple[Stop, ...]
    kept_open: bool
    language: str
    closed_by_staff: bool = False  # "Luk dagen" was done today: asleep until tomorrow or until staff open again

    @property
    def hours_today(self) -> Opening | None:
        return today_hours(self.periods, self.day)

    @property
    def has_hours(self) -> bool:
        """Whether today's stop keeps opening hours (a stop without them is open all day)."""
        return self.stop is not None and bool(self.stop.hours)

    def open_at(self, moment: dt.datetime) -> bool:
        return self.stop is not None and is_open(self.periods, moment)


def day_plan(catalogue: Catalogue, settings: Settings, stop: Stop | None, day: dt.date) -> DayPlan:
    """Today's plan, given today's ``stop`` (``Kiosk.today_stop``)."""
    today = day.isoformat()
    kept_open = settings.get("open_all_day") == today
    tour = catalogue.stops()
    chosen = settings.get("current_stop_day") == today and stop is not None and settings.get("current_stop_id") == stop.id
    upcoming = sorted((s for s in tour if s.starts_on > day and (stop is None or s.id != stop.id)), key=lambda s: s.starts_on)
    language = settings.get("start_language") if settings.get("start_language_day") == today else DEFAULT_LANGUAGE
    return DayPlan(
        day=day,
        stop=stop,
        chosen_by_staff=chosen,
        periods=tuple(openings(stop, tour, day, open_all_today=kept_open)),
        next_stops=tuple(upcoming[:NEXT_STOPS]),
        kept_open=kept_open,
        language=language or DEFAULT_LANGUAGE,
        closed_by_staff=settings.get("closed_day") == today,
    )


@dataclass(frozen=True)
class CheckItem:
    """One line of the start-of-day checklist: ``key`` of :data:`CHECKLIST`, whether it is done."""

    key: str
    done: bool


def checklist(plan: DayPlan, settings: Settings, synced_today: bool) -> list[CheckItem]:
    """The start-of-day checklist. ``synced_today``: the last successful sync was today and
    nothing is waiting or set aside (the caller reads the sync state)."""
    today = plan.day.isoformat()
    done = {
        "stop": plan.stop is not None,
        "printer": settings.get("printer_checked_day") == today,
        "paper": settings.get("paper_checked_day") == today,
        "sync": synced_today,
        "language": True,  # always set (Danish unless staff chose another); shown so it is a choice
    }
    return [CheckItem(key, done[key]) for key in CHECKLIST]


def synced_on(day: dt.date, last_success_at: str | None, waiting: int, refused: int) -> bool:
    """The checklist's sync line: a sync succeeded on ``day`` (local) and nothing is left over."""
    if not last_success_at or waiting or refused:
        return False
    try:
        return local_date(dt.datetime.fromisoformat(last_success_at)) == day
    except ValueError:
        return False


def confirm(settings: Settings, key: str, day: dt.date, confirmed: bool = True) -> None:
    """Staff tick (or untick) a checklist item that software cannot see: the printer or the paper."""
    if key not in CONFIRMED_BY_STAFF:
        raise ValueError(f"{key!r} is not ticked by staff; the kiosk sees it itself.")
    settings.set(f"{key}_checked_day", day.isoformat() if confirmed else "")
