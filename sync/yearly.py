"""The yearly activity overview and the follow-up on effect goals (issue 16): per administration
area, per stop and per home area, this year against last year, and each effect goal against its
target for the year. Every count of ideas is one the inbox can show: ``inbox_filter`` says which
filter (``mokoko office inbox --area … --since … --until …``) finds the same ideas.

Years are Danish calendar years (Europe/Copenhagen). A few grouped reads of the central database
as the office person asking; ``benchmarks/yearly_report.py`` times it at a million ideas.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mokoko_desktop.catalogue_file import MEASURES
from mokoko_desktop.i18n import pick
from sync.inbox import TIME_ZONE, office_session
from sync.signup_desk import matches

PROJECT_STATUSES = ("in-progress", "done")  # an idea city hall started on: a project from a citizen's idea


def inbox_filter(year: int, **chosen: str) -> str:
    """The inbox filter that finds the same ideas as a count of ``year`` (for the report)."""
    options = " ".join(f"--{name.replace('_', '-')} {value}" for name, value in chosen.items())
    return f"{options} --since {year}-01-01 --until {year}-12-31".strip()


@dataclass(frozen=True)
class Compared:
    """Ideas of one area, stop or home area: this year, last year, and the inbox filter for it."""

    code: str
    name: str
    this_year: int
    last_year: int
    filter: str


@dataclass(frozen=True)
class AreaYear(Compared):
    answered: int = 0  # of this year's ideas, those with a status (the inbox's "answered")
    median_days: float | None = None  # from an idea to its first status, this year's ideas
    projects: int = 0  # this year's ideas now in progress or done

    @property
    def share_answered(self) -> float | None:
        return 100 * self.answered / self.this_year if self.this_year else None


@dataclass(frozen=True)
class GoalResult:
    """An effect goal in ``year``: its measured value against its target (``met`` None when
    there is no target for the year or nothing to measure)."""

    code: str
    area: str
    name: str
    measure: str
    target: float | None
    value: float | None
    met: bool | None
    filter: str


@dataclass(frozen=True)
class YearReport:
    year: int
    areas: list[AreaYear]
    stops: list[Compared]
    home_areas: list[Compared]
    age_groups: dict[str, int]  # ideas and sign-ups of the year
    signups: int
    signups_placed: int
    matches: int
    goals: list[GoalResult]

    @property
    def ideas(self) -> int:
        return sum(area.this_year for area in self.areas)

    @property
    def ideas_last_year(self) -> int:
        return sum(area.last_year for area in self.areas)

    @property
    def empty(self) -> bool:
        return not self.ideas and not self.signups


_BOUNDS = "make_timestamptz(%(year)s, 1, 1, 0, 0, 0, %(zone)s)"
_AREAS = f"""
WITH firsts AS (SELECT idea_id, min(set_at) AS first_at FROM mokoko.status_update GROUP BY idea_id)
SELECT coalesce(s.area_code, t.admin_area_code, '') AS area,
       count(*) FILTER (WHERE i.created_at >= {_BOUNDS}) AS this_year,
       count(*) FILTER (WHERE i.created_at < {_BOUNDS}) AS last_year,
       count(*) FILTER (WHERE i.created_at >= {_BOUNDS} AND f.first_at IS NOT NULL) AS answered,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f.first_at - i.created_at) / 86400)
           FILTER (WHERE i.created_at >= {_BOUNDS} AND f.first_at IS NOT NULL) AS median_days,
       count(*) FILTER (WHERE i.created_at >= {_BOUNDS} AND s.status IN ('in-progress', 'done')) AS projects
FROM mokoko.idea i
LEFT JOIN mokoko.idea_state s ON s.idea_id = i.id
LEFT JOIN mokoko.theme t ON t.code = i.theme_code
LEFT JOIN firsts f ON f.idea_id = i.id
WHERE i.created_at >= make_timestamptz(%(year)s - 1, 1, 1, 0, 0, 0, %(zone)s)
  AND i.created_at < make_timestamptz(%(year)s + 1, 1, 1, 0, 0, 0, %(zone)s)
GROUP BY 1
"""
_BY = """
SELECT coalesce({column}, ''), count(*) FILTER (WHERE created_at >= make_timestamptz(%(year)s, 1, 1, 0, 0, 0, %(zone)s)),
       count(*) FILTER (WHERE created_at < make_timestamptz(%(year)s, 1, 1, 0, 0, 0, %(zone)s))
FROM mokoko.idea
WHERE created_at >= make_timestamptz(%(year)s - 1, 1, 1, 0, 0, 0, %(zone)s)
  AND created_at < make_timestamptz(%(year)s + 1, 1, 1, 0, 0, 0, %(zone)s)
GROUP BY 1
"""
_THIS_YEAR = ("created_at >= make_timestamptz(%(year)s, 1, 1, 0, 0, 0, %(zone)s) "
              "AND created_at < make_timestamptz(%(year)s + 1, 1, 1, 0, 0, 0, %(zone)s)")  # fmt: skip
_AGES = f"""
SELECT age, sum(n)::int FROM (
    SELECT coalesce(age_group, '') AS age, count(*) AS n FROM mokoko.idea WHERE {_THIS_YEAR} GROUP BY 1
    UNION ALL
    SELECT coalesce(data ->> 'age_group', ''), count(*) FROM mokoko.signup_listing WHERE {_THIS_YEAR} GROUP BY 1
) ages GROUP BY age
"""
_SIGNUPS = f"SELECT count(*) FROM mokoko.signup_listing WHERE {_THIS_YEAR}"
_PLACED = """
SELECT count(DISTINCT signup_id) FROM mokoko.signup_status WHERE status = 'placed'
  AND set_at >= make_timestamptz(%(year)s, 1, 1, 0, 0, 0, %(zone)s) AND set_at < make_timestamptz(%(year)s + 1, 1, 1, 0, 0, 0, %(zone)s)
"""
_GOALS = "SELECT code, area_code, name, measure, home_area, age_group, targets FROM mokoko.effect_goal ORDER BY sort_order, code"
_NAMES = {
    "area": "SELECT code, name FROM mokoko.admin_area ORDER BY sort_order",
    "stop": "SELECT id, place FROM mokoko.stop ORDER BY tour_order",
    "home": "SELECT code, name FROM mokoko.home_area ORDER BY sort_order",
}


def yearly_report(url: str, year: int, language: str = "da") -> YearReport:
    """The overview of ``year`` against ``year - 1``, and the effect goals' follow-up."""
    params: dict[str, Any] = {"year": year, "zone": TIME_ZONE}
    with office_session(url) as connection:
        names = {kind: [(str(code), pick(name, language) if isinstance(name, dict) else str(name))
                        for code, name in connection.execute(query)] for kind, query in _NAMES.items()}  # fmt: skip
        area_rows = {row[0]: row for row in connection.execute(_AREAS, params)}
        stop_rows = {row[0]: row for row in connection.execute(_BY.format(column="stop_id"), params)}
        home_rows = {row[0]: row for row in connection.execute(_BY.format(column="home_area_code"), params)}
        ages = {str(age): int(count) for age, count in connection.execute(_AGES, params)}
        (signups,) = connection.execute(_SIGNUPS, params).fetchone() or (0,)
        (placed,) = connection.execute(_PLACED, params).fetchone() or (0,)
        goals = list(connection.execute(_GOALS))
    areas = [
        AreaYear(code, name, int(row[1]), int(row[2]), inbox_filter(year, area=code), answered=int(row[3]),
                 median_days=float(row[4]) if row[4] is not None else None, projects=int(row[5]))
        for code, name in names["area"] if (row := area_rows.get(code)) is not None
    ]  # fmt: skip
    stops = _compared(names["stop"], stop_rows, year, "stop")
    homes = _compared(names["home"], home_rows, year, "home_area")
    found = len(matches(url, year=year))
    report = YearReport(year, areas, stops, homes, ages, int(signups), int(placed), found, [])
    area_names = dict(names["area"])
    return YearReport(**{**report.__dict__, "goals": [_goal(report, goal, area_names, language) for goal in goals]})


def _compared(names: list[tuple[str, str]], rows: dict[str, Any], year: int, option: str) -> list[Compared]:
    return [Compared(code, name, int(row[1]), int(row[2]), inbox_filter(year, **{option: code}))
            for code, name in names if (row := rows.get(code)) is not None]  # fmt: skip


def _goal(report: YearReport, row: Any, area_names: dict[str, str], language: str) -> GoalResult:
    code, area, name, measure, home_area, age_group, targets = row
    target = targets.get(str(report.year))
    by_area = {line.code: line for line in report.areas}
    line = by_area.get(area)
    value: float | None
    filter_text = inbox_filter(report.year, area=area)
    if measure == "ideas_received":
        value = line.this_year if line else 0
    elif measure == "share_answered":
        value = line.share_answered if line else None
    elif measure == "median_days_to_answer":
        value = line.median_days if line else None
    elif measure == "projects_started":
        value = line.projects if line else 0
    elif measure == "reach_home_area":
        value = next((home.this_year for home in report.home_areas if home.code == home_area), 0)
        filter_text = inbox_filter(report.year, home_area=home_area)
    elif measure == "reach_age_group":
        value = report.age_groups.get(age_group, 0)
        filter_text = inbox_filter(report.year, age_group=age_group) + " (and the sign-ups)"
    elif measure == "signups_placed":
        value, filter_text = report.signups_placed, "mokoko office signups --status placed"
    elif measure == "byttebors_matches":
        value, filter_text = report.matches, "mokoko office matches"
    else:  # a measure this version does not know (a newer catalogue): shown, not judged
        value = None
    met = None
    if target is not None and value is not None:
        met = value >= target if MEASURES.get(measure) == "at_least" else value <= target
    return GoalResult(code, area_names.get(area, area), pick(name, language), measure, target, value, met, filter_text)

