"""The day report on A4 (``mokoko day report --pdf``, and the staff panel): key figures, then
charts drawn with reportlab's own graphics (by hour, by theme, by age group) and short tables.
An empty day says so instead of drawing empty charts. Safe to call from a worker thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from mokoko_desktop.dashboard import KINDS, NOT_SAID
from mokoko_desktop.day_report import DayReport
from shared_kernel.demographics import AGE_GROUPS, age_group_name
from shared_kernel.i18n import QT_TRANSLATE_NOOP, translate
from shared_kernel.moderation_reasons import REASONS
from shared_kernel.pdf_kit import WIDTH, axis_fonts, figure_table, section, style, value_step, write_a4
from shared_kernel.receipt_text import FONT

Translate = Callable[..., str]  # (key, **params) -> the text in the report's language
KIND_COLOURS = {"idea": "#12355b", "signup": "#2e8540", "offer": "#c05f00"}  # the dashboard's
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december")
TEXTS = {
    "title": QT_TRANSLATE_NOOP("day_report", "Day report"),
    "open": QT_TRANSLATE_NOOP("day_report", "Open {opens}–{closes}"),
    "all_day": QT_TRANSLATE_NOOP("day_report", "Open all day"),
    "closed": QT_TRANSLATE_NOOP("day_report", "No opening hours this day"),
    "idea": QT_TRANSLATE_NOOP("day_report", "Ideas"),
    "signup": QT_TRANSLATE_NOOP("day_report", "Sign-ups"),
    "offer": QT_TRANSLATE_NOOP("day_report", "Byttebørs posts"),
    "matches": QT_TRANSLATE_NOOP("day_report", "Suggested Byttebørs matches"),
    "baskets": QT_TRANSLATE_NOOP("day_report", "Food baskets given / redeemed"),
    "hidden": QT_TRANSLATE_NOOP("day_report", "Hidden ideas"),
    "waiting": QT_TRANSLATE_NOOP("day_report", "Not sent to the municipality yet (any day)"),
    "nothing": QT_TRANSLATE_NOOP("day_report", "Nothing came in this day."),
    "by_hour": QT_TRANSLATE_NOOP("day_report", "Hour by hour"),
    "by_theme": QT_TRANSLATE_NOOP("day_report", "Ideas by theme"),
    "by_opportunity": QT_TRANSLATE_NOOP("day_report", "Sign-ups by task"),
    "something_else": QT_TRANSLATE_NOOP("day_report", "Something else (no task chosen)"),
    "ages": QT_TRANSLATE_NOOP("day_report", "Age groups (ideas and sign-ups)"),
    "not_said": QT_TRANSLATE_NOOP("day_report", "not said"),
    "areas": QT_TRANSLATE_NOOP("day_report", "Where they live (ideas)"),
    "own_area": QT_TRANSLATE_NOOP("day_report", "{count} from {place} itself, {others} from elsewhere, {unsaid} did not say"),
    "not_heard": QT_TRANSLATE_NOOP("day_report", "Not heard from this day: {names}"),
    "hidden_reasons": QT_TRANSLATE_NOOP("day_report", "Hidden ideas by reason"),
    "no_personal": QT_TRANSLATE_NOOP("day_report", "Counts only: this report holds no names or contact details."),
}


def render_day_report(report: DayReport, path: Path, language: str = "da") -> Path:
    """Write the A4 day report of ``report`` to ``path`` (atomically) and return it."""

    def t(key: str, **params: object) -> str:
        return translate(language, "day_report", TEXTS[key]).format(**params)

    story: list[Flowable] = [
        Paragraph(escape(report.municipality), style("report_municipality", 11)),
        Paragraph(escape(t("title")), style("report_title", 22, bold=True, space_after=4)),
        Paragraph(
            f"<b>{escape(report.place or '–')}</b>, {_long_date(report.day)} · {escape(_hours(report, t))}",
            style("report_where", 12, space_after=8),
        ),
        _key_figures(report, t),
        Spacer(1, 6 * mm),
    ]
    if report.empty:
        story.append(Paragraph(escape(t("nothing")), style("report_nothing", 13, bold=True, space_after=6)))
    else:
        story.append(section(t("by_hour"), _by_hour(report, t)))
        if report.themes:
            story.append(section(t("by_theme"), _horizontal_bars(report.themes)))
        if report.opportunities:
            names = [(name or t("something_else"), count) for name, count in report.opportunities]
            story.append(section(t("by_opportunity"), figure_table(names)))
        story += [section(t("ages"), _ages(report, t, language)), section(t("areas"), *_areas(report, t, language))]
        if report.hidden_by_reason:
            reasons = [
                (translate(language, "moderation", REASONS.get(code, code)), count)
                for code, count in sorted(report.hidden_by_reason.items(), key=lambda item: -item[1])
            ]
            story.append(section(t("hidden_reasons"), figure_table(reasons)))
    story += [Spacer(1, 6 * mm), Paragraph(escape(t("no_personal")), style("report_footer", 9))]
    return write_a4(path, story, title=f"MOKOKO {report.day.isoformat()}", author=report.municipality)


def _long_date(day: dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day.day}. {MONTHS[day.month - 1]} {day.year}"


def _hours(report: DayReport, t: Translate) -> str:
    if report.hours is None:
        return t("closed")
    if report.hours.all_day:
        return t("all_day")
    opens, closes = report.hours.opens.astimezone(), report.hours.closes.astimezone()
    return t("open", opens=f"{opens:%H.%M}", closes=f"{closes:%H.%M}")


def _key_figures(report: DayReport, t: Translate) -> Table:
    figures = report.figures
    rows: list[tuple[str, object]] = [(t(kind), figures.totals[kind]) for kind in KINDS]
    rows += [
        (t("matches"), report.matches),
        (t("hidden"), figures.hidden),
        (t("baskets"), f"{figures.vouchers_given} / {figures.vouchers_redeemed}"),
        (t("waiting"), report.waiting if report.waiting >= 0 else "?"),
    ]
    return figure_table(rows, 11)


def _by_hour(report: DayReport, t: Translate) -> Drawing:
    figures = report.figures
    hours = figures.hours
    drawing = Drawing(WIDTH, 62 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 10 * mm, WIDTH - 50 * mm, 48 * mm
    chart.data = [[figures.by_hour[kind].get(hour, 0) for hour in hours] for kind in KINDS]
    chart.categoryAxis.categoryNames = [f"{hour:02d}" for hour in hours]
    chart.categoryAxis.style = "stacked"
    axis_fonts(chart)
    chart.valueAxis.valueStep = value_step(max(sum(column) for column in zip(*chart.data, strict=True)))
    for index, kind in enumerate(KINDS):
        chart.bars[index].fillColor = colors.HexColor(KIND_COLOURS[kind])
        chart.bars[index].strokeColor = None
    legend = Legend()
    legend.x, legend.y = WIDTH - 34 * mm, 50 * mm
    legend.fontName, legend.fontSize = FONT, 9
    legend.colorNamePairs = [(colors.HexColor(KIND_COLOURS[kind]), t(kind)) for kind in KINDS]
    drawing.add(chart)
    drawing.add(legend)
    return drawing


def _horizontal_bars(rows: list[tuple[str, int]]) -> Drawing:
    bar = 6 * mm
    drawing = Drawing(WIDTH, bar * len(rows) + 12 * mm)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 62 * mm, 8 * mm, WIDTH - 70 * mm, bar * len(rows)
    chart.data = [[count for _, count in reversed(rows)]]  # the largest at the top
    chart.categoryAxis.categoryNames = [name for name, _ in reversed(rows)]
    axis_fonts(chart, 9)
    chart.valueAxis.valueStep = value_step(max(count for _, count in rows))
    chart.bars[0].fillColor = colors.HexColor(KIND_COLOURS["idea"])
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    return drawing


def _ages(report: DayReport, t: Translate, language: str) -> Drawing:
    counted = report.figures.age_groups
    names = [*(age_group_name(group, language) for group in AGE_GROUPS), t("not_said")]
    values = [counted.get(group, 0) for group in AGE_GROUPS] + [counted.get(NOT_SAID, 0)]
    drawing = Drawing(WIDTH, 45 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 10 * mm, WIDTH - 20 * mm, 32 * mm
    chart.data = [values]
    chart.categoryAxis.categoryNames = names
    axis_fonts(chart, 9)
    chart.valueAxis.valueStep = value_step(max(values))
    chart.bars[0].fillColor = colors.HexColor(KIND_COLOURS["signup"])
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    return drawing


def _areas(report: DayReport, t: Translate, language: str) -> list[Flowable]:
    figures = report.figures
    names = dict(report.home_areas)
    said = [(names.get(code, code), count) for code, count in figures.home_areas.most_common() if code != NOT_SAID]
    parts: list[Flowable] = []
    if report.stop_area:
        own = figures.home_areas.get(report.stop_area, 0)
        others = sum(count for _, count in said) - own
        said_here = t("own_area", count=own, place=names[report.stop_area], others=others, unsaid=figures.home_areas.get(NOT_SAID, 0))
        parts.append(Paragraph(escape(said_here), style("report_own", 10, space_after=3)))
    if said:
        parts.append(figure_table(said))
    silent = [names[code] for code in figures.not_heard(list(names), figures.home_areas)]
    silent_ages = [age_group_name(group, language) for group in figures.not_heard(list(AGE_GROUPS), figures.age_groups)]
    if silent or silent_ages:
        parts.append(Paragraph(escape(t("not_heard", names=", ".join(silent_ages + silent))), style("report_silent", 10, space_after=3)))
    return parts
