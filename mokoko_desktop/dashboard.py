"""The staff's dashboard of the day: what came in today at this kiosk, by hour, and
whom it reached: age groups and home areas, against the stop's own area ("Alle skal med": who
have we not heard today?).

Every figure is one indexed range of ``created_at`` per kind, grouped in SQLite (the hour in
local time with SQLite's own ``localtime``, as ``clock.local_date`` reads the day). Reads only:
run it off the GUI thread. ``benchmarks/dashboard.py`` measures it at a million ideas.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from dataclasses import dataclass, field

from mokoko_desktop.clock import local_day_bounds, stored_time
from mokoko_desktop.moderation import NEWEST_FOR_IDEA
from shared_kernel.submission_kinds import SUBMISSION_KINDS

KINDS = SUBMISSION_KINDS  # the tables, as ``submission_kind`` names them
NOT_SAID = ""  # the age group or home area of a citizen who did not say


@dataclass(frozen=True)
class DayFigures:
    """The day at this kiosk. ``by_hour[kind][hour]``; ``age_groups`` and ``home_areas`` count
    ideas and sign-ups (home areas: ideas only, the one kind that asks), ``NOT_SAID`` included."""

    day: dt.date
    totals: dict[str, int]
    by_hour: dict[str, dict[int, int]]
    age_groups: Counter[str] = field(default_factory=Counter)
    home_areas: Counter[str] = field(default_factory=Counter)
    hidden: int = 0
    vouchers_given: int = 0  # "Gratis mad for gode idéer"
    vouchers_redeemed: int = 0

    def not_heard(self, codes: list[str], counted: Counter[str]) -> list[str]:
        """Of ``codes`` (every age group, or every home area), those nobody gave today."""
        return [code for code in codes if not counted.get(code)]

    @property
    def hours(self) -> list[int]:
        """The hours of the day that had anything, first to last (the chart's axis)."""
        return sorted({hour for counts in self.by_hour.values() for hour in counts})


def day_figures(connection: sqlite3.Connection, day: dt.date) -> DayFigures:
    """The figures of ``day`` (local time) from the kiosk's store (``Store.reading()``)."""
    start, end = local_day_bounds(day)
    window = {"start": stored_time(start), "end": stored_time(end)}
    today = "created_at >= :start AND created_at < :end"
    by_hour: dict[str, dict[int, int]] = {}
    for kind in KINDS:
        rows = connection.execute(
            f"SELECT CAST(strftime('%H', created_at, 'localtime') AS INTEGER), count(*) FROM {kind} WHERE {today} GROUP BY 1",
            window,
        ).fetchall()
        by_hour[kind] = {int(hour): count for hour, count in rows}
    ages: Counter[str] = Counter()
    for kind in ("idea", "signup"):
        for group, count in connection.execute(f"SELECT coalesce(age_group, ''), count(*) FROM {kind} WHERE {today} GROUP BY 1", window):
            ages[group] += count
    areas: Counter[str] = Counter(
        dict(connection.execute(f"SELECT coalesce(home_area_code, ''), count(*) FROM idea WHERE {today} GROUP BY 1", window).fetchall())
    )
    hidden = connection.execute(
        f"SELECT count(*) FROM idea i JOIN moderation m ON m.id = {NEWEST_FOR_IDEA} "
        "WHERE i.created_at >= :start AND i.created_at < :end AND m.reason <> ''",
        window,
    ).fetchone()[0]
    given, redeemed = connection.execute(
        "SELECT (SELECT count(*) FROM voucher WHERE issued_at >= :start AND issued_at < :end), "
        "(SELECT count(*) FROM voucher WHERE redeemed_at >= :start AND redeemed_at < :end)",
        window,
    ).fetchone()
    totals = {kind: sum(counts.values()) for kind, counts in by_hour.items()}
    return DayFigures(day, totals, by_hour, ages, areas, int(hidden), int(given), int(redeemed))
