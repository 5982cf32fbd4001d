"""The PDF kit the kiosk's day report and city hall's yearly report share: the page width, text
styles in the embedded fonts, a section that keeps its heading with its content, a table of
figures, and bar charts' axes in the same fonts."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.lib import colors
from reportlab.lib.colors import black
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Table, TableStyle

from shared_kernel.receipt_text import FONT, FONT_BOLD, register_fonts

WIDTH = A4[0] - 36 * mm  # an A4 page's text width


def style(name: str, size: float, *, bold: bool = False, center: bool = False, space_after: float = 0) -> ParagraphStyle:
    register_fonts()  # before any paragraph is built with the font
    return ParagraphStyle(
        name,
        fontName=FONT_BOLD if bold else FONT,
        fontSize=size,
        leading=size * 1.25,
        alignment=TA_CENTER if center else 0,
        spaceAfter=space_after,
        textColor=black,
    )


def section(title: str, *content: Flowable) -> KeepTogether:
    """A heading and what it heads, on one page (a long table may still break after its start)."""
    return KeepTogether([_heading(title), *content])


def _heading(text: str) -> Paragraph:
    heading = style("report_heading", 13, bold=True, space_after=3)
    heading.spaceBefore = 10
    return Paragraph(escape(text), heading)


def figure_table(rows: Sequence[tuple[str, object]], size: float = 10) -> Table:
    """Name and figure, one a line, the figure bold and right-aligned."""
    data = [[Paragraph(escape(name), style("report_cell", size)), str(value)] for name, value in rows]
    table = Table(data, colWidths=[WIDTH - 30 * mm, 30 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (1, 0), (1, -1), FONT_BOLD, size),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#B5AD9E")),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def axis_fonts(chart: VerticalBarChart | HorizontalBarChart, size: float = 8) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = size
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True


def value_step(largest: int) -> int:
    """A value-axis step that gives at most about six whole-number lines."""
    return max(1, -(-largest // 6))


def write_a4(path: Path, story: list[Flowable], *, title: str, author: str = "", top_mm: float = 16, bottom_mm: float = 16) -> Path:
    """Build ``story`` on A4 pages into ``path``, atomically (a reader never sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".part")
    document = SimpleDocTemplate(
        str(temporary),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=top_mm * mm,
        bottomMargin=bottom_mm * mm,
        title=title,
        author=author,
    )
    document.build(story)
    os.replace(temporary, path)
    return path
