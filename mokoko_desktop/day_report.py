"""The day report: what a day at a stop brought, for staff to keep or hand over. The
stop and its opening hours; ideas by theme and by hour; sign-ups by opportunity; Byttebørs posts
and their suggested matches; food baskets; reach by age group and home area; hidden ideas by
reason; and what has not been sent to the municipality yet. Counts only: no contact data.

:func:`collect` reads it from the kiosk's store (off the GUI thread); ``day_report_pdf.py`` draws
it on A4. ``benchmarks/day_report.py`` times both at 10,000 ideas in a day.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mokoko_desktop.clock import local_date, local_day_bounds, stored_time
from mokoko_desktop.dashboard import KINDS, DayFigures, day_figures
from mokoko_desktop.day_summary import REPORTS_SUBDIR
from mokoko_desktop.moderation import NEWEST_FOR_IDEA
from shared_kernel.i18n import pick
from shared_kernel.opening_hours import Opening, day_period

if TYPE_CHECKING:
    import sqlite3

    from mokoko_desktop.kiosk import Kiosk
    from mokoko_desktop.models import Stop

SOMETHING_ELSE = ""  # a sign-up for "something else" (no opportunity)


@dataclass(frozen=True)
class DayReport:
    """One day at this kiosk. ``themes`` and ``opportunities``: (name, count), most first;
    ``hidden_by_reason``: moderation reason code -> ideas; ``waiting``: records of any day not
    sent to the municipality yet (-1 if unknown)."""

    municipality: str
    place: str
    hours: Opening | None  # None: closed that day (or no stop)
    figures: DayFigures
    themes: list[tuple[str, int]]
    opportunities: list[tuple[str, int]]
    matches: int
    hidden_by_reason: dict[str, int]
    waiting: int
    home_areas: list[tuple[str, str]]  # (code, name), the catalogue's order
    stop_area: str = ""  # the home area that is the stop's own ("" if none is)

    @property
    def day(self) -> dt.date:
        return self.figures.day

    @property
    def empty(self) -> bool:
        """Nothing came in and nothing was handed over: the report says so instead of drawing charts."""
        return not any(self.figures.totals.values()) and not self.figures.vouchers_redeemed


def _grouped(connection: sqlite3.Connection, sql: str, window: dict[str, str]) -> Counter[str]:
    return Counter({str(key or ""): int(count) for key, count in connection.execute(sql, window)})


def collect(kiosk: Kiosk, day: dt.date | None = None, language: str = "da") -> DayReport:
    """The report of ``day`` (default today) at this kiosk. Reads only; off the GUI thread."""
    day = day or local_date(kiosk.clock())
    start, end = local_day_bounds(day)
    window = {"start": stored_time(start), "end": stored_time(end)}
    today = "created_at >= :start AND created_at < :end"
    with kiosk.store.reading() as connection:
        figures = day_figures(connection, day)
        themes = _grouped(connection, f"SELECT theme_code, count(*) FROM idea WHERE {today} GROUP BY 1", window)
        chosen = _grouped(connection, f"SELECT opportunity_id, count(*) FROM signup WHERE {today} GROUP BY 1", window)
        hidden = _grouped(
            connection,
            f"SELECT m.reason, count(*) FROM idea i JOIN moderation m ON m.id = {NEWEST_FOR_IDEA} "
            "WHERE i.created_at >= :start AND i.created_at < :end AND m.reason <> '' GROUP BY 1",
            window,
        )
        stops = Counter[str]()
        for kind in KINDS:
            stops.update(_grouped(connection, f"SELECT stop_id, count(*) FROM {kind} WHERE {today} GROUP BY 1", window))
        waiting = sum(connection.execute(f"SELECT count(*) FROM {kind} WHERE synced_at IS NULL").fetchone()[0] for kind in KINDS)
    stop = _stop_of_day(kiosk, day, stops)
    titles = {theme.code: pick(theme.title, language) for theme in kiosk.catalogue.themes()}
    for code in themes.keys() - titles.keys():  # a theme no longer offered still has a name
        known = kiosk.catalogue.theme(code)
        titles[code] = pick(known.title, language) if known else code
    names: dict[str, str] = {}
    for opportunity_id in chosen:
        info = kiosk.opportunities.get(opportunity_id) if opportunity_id else None
        names[opportunity_id] = pick(info.title, language) if info else opportunity_id
    return DayReport(
        municipality=kiosk.settings.get("municipality_name"),
        place=stop.place if stop else "",
        hours=_hours(kiosk, stop, day),
        figures=figures,
        themes=[(titles[code], count) for code, count in themes.most_common()],
        opportunities=[(names[key], count) for key, count in chosen.most_common()],
        matches=len(kiosk.offers.matches(day)) if figures.totals["offer"] or figures.totals["signup"] else 0,
        hidden_by_reason=dict(hidden),
        waiting=int(waiting),
        home_areas=(areas := [(area.code, area.name) for area in kiosk.catalogue.home_areas()]),
        stop_area=stop.id if stop is not None and any(code == stop.id for code, _ in areas) else "",
    )


def report_path(data_dir: Path, day: dt.date) -> Path:
    return data_dir / REPORTS_SUBDIR / f"day-report-{day.isoformat()}.pdf"


def write_day_report(kiosk: Kiosk, day: dt.date | None = None, path: Path | None = None) -> tuple[DayReport, Path]:
    """Collect the report of ``day`` and draw it on A4 (by default in the data folder's
    reports/). Slow (reportlab): off the GUI thread."""
    from mokoko_desktop.day_report_pdf import render_day_report

    report = collect(kiosk, day)
    return report, render_day_report(report, path or report_path(kiosk.data_dir, report.day))


def _stop_of_day(kiosk: Kiosk, day: dt.date, stops: Counter[str]) -> Stop | None:
    """The stop of ``day``: today's (as staff set it), else where most records of the day were
    given, else the tour plan's."""
    if day == local_date(kiosk.clock()):
        return kiosk.today_stop()
    if stops:
        return kiosk.catalogue.stop(stops.most_common(1)[0][0])
    return kiosk.catalogue.scheduled_stop(day)


def _hours(kiosk: Kiosk, stop: Stop | None, day: dt.date) -> Opening | None:
    if stop is None:
        return None
    place, hours = stop.place, dict(stop.hours)
    if day == local_date(kiosk.clock()) and kiosk.day_plan().kept_open:
        hours = {}
    period = day_period(hours, day)
    return Opening(place, *period) if period else None
