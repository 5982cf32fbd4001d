"""The yearly activity overview and the follow-up on effect goals: per administration
area, per stop and per home area, this year against last year, and each effect goal against its
target for the year. Every count of ideas is one the inbox can show: ``inbox_filter`` says which
filter (``mokoko office inbox --area … --since … --until …``) finds the same ideas.

Years are Danish calendar years (Europe/Copenhagen). A few grouped reads of the central database
as the office person asking; ``benchmarks/yearly_report.py`` times it at a million ideas.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from city_hall.signup_desk import matches
from shared_kernel.catalogue_file import MEASURES
from shared_kernel.i18n import pick
from shared_kernel.time_zone import municipality_time_zone

if TYPE_CHECKING:
    from city_hall.office import Office

PROJECT_STATUSES = ("in-progress", "done")  # an idea city hall started on: a project from a citizen's idea
ANSWER_DAYS = 30  # the answer deadline the open and overdue counts use (the municipality's promise)
TOP_CASES = 10


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
    # From an idea to its first status, this year's ideas; an idea still open counts as waiting at
    # least its age so far (a median of the answered ones alone reads "met" while half wait).
    median_days: float | None = None
    projects: int = 0  # this year's ideas now in progress or done
    overdue: int = 0  # this year's ideas still open after ANSWER_DAYS days
    answered_in_time: int = 0  # this year's ideas answered within ANSWER_DAYS days
    matters: int = 0  # this year's ideas with each case of similar ideas counted once

    @property
    def share_answered(self) -> float | None:
        return 100 * self.answered / self.this_year if self.this_year else None

    @property
    def open(self) -> int:
        return self.this_year - self.answered

    @property
    def share_in_time(self) -> float | None:
        return 100 * self.answered_in_time / self.this_year if self.this_year else None


@dataclass(frozen=True)
class CaseYear:
    """A case of similar ideas given this year: one matter, with how many ideas and stops."""

    title: str
    ideas: int
    stops: int


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
    cases: list[CaseYear] = field(default_factory=list)  # the year's largest cases of similar ideas
    answer_days: int = ANSWER_DAYS

    @property
    def ideas(self) -> int:
        return sum(area.this_year for area in self.areas)

    @property
    def ideas_last_year(self) -> int:
        return sum(area.last_year for area in self.areas)

    @property
    def open(self) -> int:
        return sum(area.open for area in self.areas)

    @property
    def overdue(self) -> int:
        return sum(area.overdue for area in self.areas)

    @property
    def matters(self) -> int:
        return sum(area.matters for area in self.areas)

    @property
    def empty(self) -> bool:
        return not self.ideas and not self.signups


# One pass over two years of ideas, grouped three ways (and by age group): hash aggregates only.
_COUNTS = """
SELECT GROUPING(coalesce(s.area_code, t.admin_area_code, ''), i.stop_id, i.home_area_code, i.age_group) AS grouping,
       coalesce(s.area_code, t.admin_area_code, ''), i.stop_id, coalesce(i.home_area_code, ''), coalesce(i.age_group, ''),
       count(*) FILTER (WHERE i.created_at >= %(start)s),
       count(*) FILTER (WHERE i.created_at < %(start)s),
       count(*) FILTER (WHERE i.created_at >= %(start)s AND s.status IS NOT NULL),
       count(*) FILTER (WHERE i.created_at >= %(start)s AND s.status IN ('in-progress', 'done')),
       count(*) FILTER (WHERE i.created_at >= %(start)s AND s.status IS NULL AND i.created_at < %(overdue_before)s),
       count(*) FILTER (WHERE i.created_at >= %(start)s AND s.first_status_at <= i.created_at + %(deadline)s)
FROM mokoko.idea i
LEFT JOIN mokoko.idea_state s ON s.idea_id = i.id
LEFT JOIN mokoko.theme t ON t.code = i.theme_code
WHERE i.created_at >= %(last_year)s AND i.created_at < %(end)s
GROUP BY GROUPING SETS ((coalesce(s.area_code, t.admin_area_code, '')), (i.stop_id), (i.home_area_code), (i.age_group))
"""
# The median from an idea to its first answer (kept with its state, central migration c0017); an idea
# still open counts as waiting its age so far ("now", or the year's end for a past year).
_MEDIAN = """
SELECT coalesce(s.area_code, t.admin_area_code, ''),
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM coalesce(s.first_status_at, %(now)s) - i.created_at) / 86400)
FROM mokoko.idea i
LEFT JOIN mokoko.idea_state s ON s.idea_id = i.id
LEFT JOIN mokoko.theme t ON t.code = i.theme_code
WHERE i.created_at >= %(start)s AND i.created_at < %(end)s
GROUP BY 1
"""
# Cases of similar ideas (central migration c0028): per area, its grouped ideas and cases, so a case counts once.
_CASES = """
SELECT coalesce(s.area_code, t.admin_area_code, ''), count(*), count(DISTINCT m.group_id)
FROM mokoko.idea_group_member m
JOIN mokoko.idea i ON i.id = m.idea_id
LEFT JOIN mokoko.idea_state s ON s.idea_id = i.id
LEFT JOIN mokoko.theme t ON t.code = i.theme_code
WHERE i.created_at >= %(start)s AND i.created_at < %(end)s
GROUP BY 1
"""
_TOP_CASES = """
SELECT g.title, count(*), count(DISTINCT i.stop_id)
FROM mokoko.idea_group_member m JOIN mokoko.idea_group g ON g.id = m.group_id JOIN mokoko.idea i ON i.id = m.idea_id
WHERE i.created_at >= %(start)s AND i.created_at < %(end)s
GROUP BY g.id, g.title ORDER BY 2 DESC, 1 LIMIT %(top)s
"""
_IN_TIME = """
SELECT count(*) FROM mokoko.idea i LEFT JOIN mokoko.idea_state s ON s.idea_id = i.id LEFT JOIN mokoko.theme t ON t.code = i.theme_code
WHERE i.created_at >= %(start)s AND i.created_at < %(end)s AND coalesce(s.area_code, t.admin_area_code, '') = %(area)s
  AND s.first_status_at <= i.created_at + make_interval(days => %(days)s)
"""
_SIGNUP_AGES = """
SELECT coalesce(data ->> 'age_group', ''), count(*) FROM mokoko.signup_listing
WHERE created_at >= %(start)s AND created_at < %(end)s GROUP BY 1
"""
_PLACED = """
SELECT count(DISTINCT signup_id) FROM mokoko.signup_status WHERE status = 'placed' AND set_at >= %(start)s AND set_at < %(end)s
"""
_GOALS = "SELECT code, area_code, name, measure, home_area, age_group, targets FROM mokoko.effect_goal ORDER BY sort_order, code"
_NAMES = {
    "area": "SELECT code, name FROM mokoko.admin_area ORDER BY sort_order",
    "stop": "SELECT id, place FROM mokoko.stop ORDER BY tour_order",
    "home": "SELECT code, name FROM mokoko.home_area ORDER BY sort_order",
}


def yearly_report(office: Office, year: int, language: str = "da", *, now: dt.datetime | None = None) -> YearReport:
    """The overview of ``year`` against ``year - 1``, and the effect goals' follow-up, as of ``now``
    (default: the present; what is still open counts as waiting until then, or the year's end)."""
    zone = municipality_time_zone()
    end = dt.datetime(year + 1, 1, 1, tzinfo=zone)
    as_of = min(now or dt.datetime.now(dt.UTC), end)
    params = {
        "last_year": dt.datetime(year - 1, 1, 1, tzinfo=zone),
        "start": dt.datetime(year, 1, 1, tzinfo=zone),
        "end": end,
        "now": as_of,
        "overdue_before": as_of - dt.timedelta(days=ANSWER_DAYS),
        "deadline": dt.timedelta(days=ANSWER_DAYS),
        "top": TOP_CASES,
    }
    with office.session() as connection:
        names = {
            kind: [(str(code), pick(name, language) if isinstance(name, dict) else str(name)) for code, name in connection.execute(query)]
            for kind, query in _NAMES.items()
        }
        grouped: dict[str, dict[str, tuple[int, ...]]] = {"area": {}, "stop": {}, "home": {}, "age": {}}
        for grouping, area, stop, home, age, *counts in connection.execute(_COUNTS, params):
            kind, code = {0b0111: ("area", area), 0b1011: ("stop", stop), 0b1101: ("home", home), 0b1110: ("age", age)}[grouping]
            grouped[kind][str(code)] = tuple(int(count) for count in counts)
        medians = {str(area): float(days) for area, days in connection.execute(_MEDIAN, params) if days is not None}
        grouped_ideas = {str(area): (int(ideas), int(cases)) for area, ideas, cases in connection.execute(_CASES, params)}
        cases = [CaseYear(str(title), int(ideas), int(stops)) for title, ideas, stops in connection.execute(_TOP_CASES, params)]
        ages = {code: counts[0] for code, counts in grouped["age"].items() if counts[0]}
        signups = 0
        for age, count in connection.execute(_SIGNUP_AGES, params):
            ages[str(age)] = ages.get(str(age), 0) + int(count)
            signups += int(count)
        (placed,) = connection.execute(_PLACED, params).fetchone() or (0,)
        goals = list(connection.execute(_GOALS))
        in_time: dict[tuple[str, int], int] = {}  # ideas answered within a median goal's own target (30 days: with the rest)
        for _code, area, _name, measure, _home, _age, targets in goals:
            target = targets.get(str(year))
            if measure == "median_days_to_answer" and target is not None and target != ANSWER_DAYS:
                found = connection.execute(_IN_TIME, {**params, "area": area, "days": int(target)}).fetchone()
                in_time[(str(area), int(target))] = int(found[0]) if found else 0
    areas = [
        AreaYear(
            code,
            name,
            found[0],
            found[1],
            inbox_filter(year, area=code),
            answered=found[2],
            median_days=medians.get(code),
            projects=found[3],
            overdue=found[4],
            answered_in_time=found[5],
            matters=found[0] - grouped_ideas.get(code, (0, 0))[0] + grouped_ideas.get(code, (0, 0))[1],
        )
        for code, name in names["area"]
        if (found := grouped["area"].get(code)) is not None and (found[0] or found[1])
    ]
    stops = _compared(names["stop"], grouped["stop"], year, "stop")
    homes = _compared(names["home"], grouped["home"], year, "home_area")
    report = YearReport(year, areas, stops, homes, ages, signups, int(placed), len(matches(office, year=year)), [], cases)
    area_names = dict(names["area"])
    return YearReport(**{**report.__dict__, "goals": [_goal(report, goal, area_names, language, in_time) for goal in goals]})


def _compared(names: list[tuple[str, str]], counted: dict[str, tuple[int, ...]], year: int, option: str) -> list[Compared]:
    return [
        Compared(code, name, counts[0], counts[1], inbox_filter(year, **{option: code}))
        for code, name in names
        if (counts := counted.get(code)) is not None and (counts[0] or counts[1])
    ]


def _goal(report: YearReport, row: Any, area_names: dict[str, str], language: str, in_time: dict[tuple[str, int], int]) -> GoalResult:
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
        filter_text = inbox_filter(report.year, age_group=age_group) + " (og tilmeldingerne)"
    elif measure == "signups_placed":
        value, filter_text = report.signups_placed, "mokoko office signups --status placed"
    elif measure == "byttebors_matches":
        value, filter_text = report.matches, "mokoko office matches"
    else:  # a measure this version does not know (a newer catalogue): shown, not judged
        value = None
    met = None
    if target is not None and value is not None:
        met = value >= target if MEASURES.get(measure) == "at_least" else value <= target
    if measure == "median_days_to_answer" and met and line is not None and target is not None:
        # Ideas still open count as waiting their age so far: the median is then only a lower bound.
        # Met only once at least half the ideas were answered within the target; until then, not decided.
        answered_in_target = line.answered_in_time if target == ANSWER_DAYS else in_time.get((area, int(target)), 0)
        met = True if 2 * answered_in_target >= line.this_year else None
    return GoalResult(code, area_names.get(area, area), pick(name, language), measure, target, value, met, filter_text)
