"""The office app's "Overblik": the year's activity per administration area against last year
(a chart), the effect goals against their targets, and per area and stop the counts, each one
a double-click away from the inbox filtered to the same ideas. Read off the GUI thread, through
``city_hall.yearly`` (the same as ``mokoko office report``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QSpinBox, QSplitter, QTableWidgetItem, QVBoxLayout, QWidget

from ui.common.widgets import TranslatedWidget, button, label
from ui.office.desk_views import make_table

if TYPE_CHECKING:
    from city_hall.yearly import Compared, YearReport
    from ui.office.window import OfficeWindow

THIS_YEAR, LAST_YEAR = "#12355b", "#b9c7d8"


class OverviewView(TranslatedWidget):
    """The year at a glance.

    Signals:
        loaded(): the year was read and shown.
        saved(object): the yearly report (a Path) was written.
    """

    loaded = Signal()
    saved = Signal(object)

    def __init__(self, window: OfficeWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self.report: YearReport | None = None
        self._rows: list[tuple[str, str]] = []  # per table row of the areas and stops: (filter option, code)
        self.year = QSpinBox(self)
        self.year.setRange(2020, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.valueChanged.connect(self.reload)
        self._year_label = label("fieldLabel", self, wrap=False)
        self._year_label.setBuddy(self.year)  # what a screen reader calls the field
        self.save_button = button("secondary", self)
        self.save_button.clicked.connect(self.save)
        self.summary = label("stepHint", self)
        self.chart = QChart()
        self.chart.setBackgroundVisible(False)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(300)
        self.chart.legend().setFont(_font(10))
        self.chart.setTitleFont(_font(12, bold=True))
        self.goals = make_table(self, 5, 0)
        self.counts = make_table(self, 5, 1)
        self.counts.cellDoubleClicked.connect(self._to_inbox)
        self.choose_file: Callable[[], str] = self._ask_for_file  # where to save (a dialog; the tests give a path)
        top = QHBoxLayout()
        top.addWidget(self._year_label)
        top.addWidget(self.year)
        top.addWidget(self.summary, 1)
        top.addWidget(self.save_button)
        tables = QSplitter(Qt.Orientation.Vertical, self)
        for part in (self.chart_view, self.goals, self.counts):
            tables.addWidget(part)
        tables.setSizes([340, 260, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(tables, 1)
        self._retranslate()

    def reload(self) -> None:

        office, year = self._window.office, self.year.value()
        self.summary.setText(self.tr("Reading the year…"))
        self._window.call(lambda: office.yearly_report(year), self._loaded)

    def _loaded(self, report: YearReport) -> None:
        if report.year != self.year.value():
            return  # another year was chosen meanwhile
        self.report = report
        self._show()
        self.loaded.emit()

    def save(self) -> None:
        """The yearly report as an A4 PDF, written off the GUI thread."""
        from city_hall.yearly_pdf import render_yearly_report

        report, target = self.report, self.choose_file()
        if report is None or not target:
            return
        self._window.call(lambda: render_yearly_report(report, Path(target)), self._saved)

    def _saved(self, path: Path) -> None:
        self._window.notice(self.tr("The yearly report is saved: %1").replace("%1", str(path)))
        self.saved.emit(path)

    def _ask_for_file(self) -> str:
        name = str(Path.home() / f"mokoko-{self.year.value()}.pdf")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the yearly report"), name, "PDF (*.pdf)")
        return chosen

    def _to_inbox(self, row: int, _column: int) -> None:
        """A count, double-clicked: the inbox with the filter that finds the same ideas."""
        if not 0 <= row < len(self._rows) or self.report is None:
            return
        option, code = self._rows[row]
        inbox = self._window.inbox
        year = self.report.year
        combo = inbox.area if option == "area" else inbox.stop
        for other in (inbox.area, inbox.stop):
            other.setCurrentIndex(0)
        combo.setCurrentIndex(max(0, combo.findData(code)))
        inbox.since.setDate(QDate(year, 1, 1))
        inbox.until.setDate(QDate(year, 12, 31))
        self._window.tabs.setCurrentWidget(inbox)
        inbox.reload()

    # showing ---------------------------------------------------------------------------------
    def _show(self) -> None:
        report = self.report
        if report is None:
            return
        year = report.year
        if report.empty:
            self.summary.setText(self.tr("No ideas or sign-ups came in in %1.").replace("%1", str(year)))
        else:
            self.summary.setText(
                self.tr("Ideas: %1 (%2: %3) · sign-ups: %4, placed: %5 · Byttebørs matches: %6")
                .replace("%1", str(report.ideas))
                .replace("%2", str(year - 1))
                .replace("%3", str(report.ideas_last_year))
                .replace("%4", str(report.signups))
                .replace("%5", str(report.signups_placed))
                .replace("%6", str(report.matches))
                + "\n"
                + self.tr("Still without an answer: %1, of them over %2 days: %3 · matters (similar ideas in a case count once): %4")
                .replace("%1", str(report.open))
                .replace("%2", str(report.answer_days))
                .replace("%3", str(report.overdue))
                .replace("%4", str(report.matters))
            )
        self._draw_chart(report)
        self.goals.setRowCount(len(report.goals))
        for row, goal in enumerate(report.goals):
            met = self.tr("yes") if goal.met else (self.tr("no") if goal.met is False else "–")
            values = (goal.name, goal.area, _number(goal.target), _number(goal.value), met)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(goal.filter)  # where the measured figure can be found again
                self.goals.setItem(row, column, item)
        lines: list[tuple[str, Compared]] = [("area", area) for area in report.areas] + [("stop", stop) for stop in report.stops]
        self._rows = [(option, line.code) for option, line in lines]
        self.counts.setRowCount(len(lines))
        for row, (option, line) in enumerate(lines):
            kind = self.tr("Area") if option == "area" else self.tr("Stop")
            values = (kind, line.name, str(line.this_year), str(line.last_year), line.filter)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(self.tr("Double-click: the inbox with this filter"))
                self.counts.setItem(row, column, item)
        for table in (self.goals, self.counts):
            table.resizeColumnsToContents()

    def _draw_chart(self, report: YearReport) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        series = QBarSeries()
        for year, colour, counts in (
            (report.year, THIS_YEAR, [a.this_year for a in report.areas]),
            (report.year - 1, LAST_YEAR, [a.last_year for a in report.areas]),
        ):
            bars = QBarSet(str(year))
            bars.append([float(count) for count in counts])
            bars.setColor(QColor(colour))
            series.append(bars)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([area.name for area in report.areas])
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setRange(0, max([1] + [max(a.this_year, a.last_year) for a in report.areas]))
        values.applyNiceNumbers()  # whole, even steps
        for axis in (categories, values):
            axis.setLabelsFont(_font(9))
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.chart.setTitle(self.tr("Ideas by administration area"))

    def _retranslate(self) -> None:
        self._year_label.setText(self.tr("Year"))
        self.goals.setAccessibleName(self.tr("Effect goals"))
        self.counts.setAccessibleName(self.tr("Figures by area and stop"))
        self.save_button.setText(self.tr("Save as PDF"))
        self.goals.setHorizontalHeaderLabels(
            [self.tr("Effect goal"), self.tr("Area"), self.tr("Target"), self.tr("Measured"), self.tr("Met?")]
        )
        self.counts.setHorizontalHeaderLabels(
            ["", self.tr("Name"), self.tr("This year"), self.tr("Last year"), self.tr("Filter in the inbox")]
        )
        self._show()


def _font(points: int, *, bold: bool = False) -> QFont:
    """Chart text at office size (the app's style sheet is sized for a kiosk's screen)."""
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


def _number(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.0f}" if value == int(value) else f"{value:.1f}".replace(".", ",")
