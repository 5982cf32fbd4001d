"""The yearly report on A4 (``mokoko office report --year Y --pdf OUT``): the effect goals
against their targets, then per administration area, per stop and per home area this year
against last year, each count with the inbox filter that finds the same ideas. Drawn with
reportlab's own charts, like the kiosk's day report; an empty year says so."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from city_hall.yearly import AreaYear, Compared, YearReport
from shared_kernel.pdf_kit import WIDTH, axis_fonts, section, style, value_step, write_a4
from shared_kernel.receipt_text import FONT

THIS_YEAR, LAST_YEAR = "#12355b", "#b9c7d8"
MEASURE_UNITS = {"share_answered": " %", "median_days_to_answer": " dage"}


def _number(value: float | None, measure: str = "") -> str:
    if value is None:
        return "–"
    shown = f"{value:.0f}" if value == int(value) or measure != "median_days_to_answer" else f"{value:.1f}".replace(".", ",")
    return shown + MEASURE_UNITS.get(measure, "")


def _grid(rows: list[list[str]], widths: list[float], size: float = 9, *, notes: list[str] | None = None) -> Table:
    """A table with a bold header row; ``notes``: a small line under each row's first cell."""
    cells: list[list[Paragraph | list[Paragraph]]] = [
        [Paragraph(escape(text), style("year_cell", size, bold=index == 0)) for text in row] for index, row in enumerate(rows)
    ]
    for row, note in zip(cells, notes or [], strict=False):
        if note:
            row[0] = [row[0], Paragraph(escape(note), style("year_note", 7))]
    table = Table(cells, colWidths=widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#B5AD9E")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _goals(report: YearReport) -> Table:
    rows = [["Mål", "Område", "Mål for året", "Målt", "Nået?"]]
    for goal in report.goals:
        met = "ja" if goal.met else ("nej" if goal.met is False else "–")
        rows.append([goal.name, goal.area, _number(goal.target, goal.measure), _number(goal.value, goal.measure), met])
    filters = [""] + [goal.filter for goal in report.goals]  # where each measured figure can be found again
    return _grid(rows, [WIDTH * 0.42, WIDTH * 0.22, WIDTH * 0.13, WIDTH * 0.13, WIDTH * 0.10], notes=filters)


def _compared(lines: Sequence[Compared], year: int, *, answered: bool = False) -> Table:
    header = ["", str(year), str(year - 1)] + (["Besvaret", "Åbne (for sent)", "Median, dage"] if answered else []) + ["Filter i indbakken"]
    rows = [header]
    for line in lines:
        extra = []
        if isinstance(line, AreaYear):
            share = line.share_answered
            waiting = f"{line.open} ({line.overdue})"
            extra = [f"{share:.0f} %" if share is not None else "–", waiting, _number(line.median_days, "median_days")]
        rows.append([line.name, str(line.this_year), str(line.last_year), *extra, line.filter])
    filter_width = WIDTH * (0.26 if answered else 0.5)
    widths = [WIDTH * 0.22, WIDTH * 0.08, WIDTH * 0.08] + ([WIDTH * 0.12, WIDTH * 0.12, WIDTH * 0.12] if answered else []) + [filter_width]
    return _grid(rows, widths, 8.5)


def _chart(lines: Sequence[Compared], year: int) -> Drawing:
    drawing = Drawing(WIDTH, 62 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 14 * mm, WIDTH - 46 * mm, 44 * mm
    chart.data = [[line.this_year for line in lines], [line.last_year for line in lines]]
    chart.categoryAxis.categoryNames = [line.name[:18] for line in lines]
    chart.categoryAxis.labels.angle = 20
    chart.categoryAxis.labels.boxAnchor = "ne"
    axis_fonts(chart, 7.5)
    chart.valueAxis.valueStep = value_step(max(max(row) for row in chart.data))
    for index, colour in enumerate((THIS_YEAR, LAST_YEAR)):
        chart.bars[index].fillColor = colors.HexColor(colour)
        chart.bars[index].strokeColor = None
    legend = Legend()
    legend.x, legend.y = WIDTH - 30 * mm, 52 * mm
    legend.fontName, legend.fontSize = FONT, 9
    legend.colorNamePairs = [(colors.HexColor(THIS_YEAR), str(year)), (colors.HexColor(LAST_YEAR), str(year - 1))]
    drawing.add(chart)
    drawing.add(legend)
    return drawing


def render_yearly_report(report: YearReport, path: Path, municipality: str = "") -> Path:
    """Write the A4 yearly report to ``path`` (atomically) and return it."""
    year = report.year
    story: list[Flowable] = [
        Paragraph(escape(municipality or "MOKOKO"), style("year_municipality", 11)),
        Paragraph(f"Aktivitet og effektmål {year}", style("year_title", 22, bold=True, space_after=4)),
        Paragraph(
            f"Idéer: <b>{report.ideas}</b> ({year - 1}: {report.ideas_last_year}) · tilmeldinger: <b>{report.signups}</b>, "
            f"sat i gang: <b>{report.signups_placed}</b> · forslag til match i Byttebørsen: <b>{report.matches}</b>",
            style("year_summary", 11, space_after=2),
        ),
        Paragraph(
            f"Endnu uden svar: <b>{report.open}</b>, heraf over {report.answer_days} dage: <b>{report.overdue}</b> · "
            f"sager (lignende idéer samlet tælles som én): <b>{report.matters}</b>. Medianen til svar regner idéer uden svar "
            "med som ventende indtil nu (eller årets udgang).",
            style("year_open", 9.5, space_after=6),
        ),
    ]
    if report.goals:
        story.append(section("Effektmål", _goals(report)))
    if report.empty:
        story.append(Paragraph(f"Der kom ingen idéer eller tilmeldinger i {year}.", style("year_nothing", 13, bold=True)))
    else:
        story.append(section("Idéer efter forvaltningsområde", _chart(report.areas, year), _compared(report.areas, year, answered=True)))
        if report.cases:
            rows = [["Sag", "Idéer", "Stop"]] + [[case.title, str(case.ideas), str(case.stops)] for case in report.cases]
            story.append(section("Sager med flest lignende idéer", _grid(rows, [WIDTH * 0.7, WIDTH * 0.15, WIDTH * 0.15], 8.5)))
        story.append(section("Idéer efter stop", _compared(report.stops, year)))
        if report.home_areas:
            story.append(section("Idéer efter bopæl", _compared(report.home_areas, year)))
    story += [
        Spacer(1, 5 * mm),
        Paragraph(
            f"Tal for idéer kan findes i indbakken med det viste filter (mokoko office inbox …). Lavet {dt.date.today():%d.%m.%Y}. "
            "Kun tal: rapporten indeholder ingen navne eller kontaktoplysninger.",
            style("year_footer", 8.5),
        ),
    ]
    return write_a4(path, story, title=f"MOKOKO {year}", author=municipality)
