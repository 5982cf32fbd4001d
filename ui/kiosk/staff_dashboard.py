"""Behind the PIN: the day in figures, updated as citizens submit. A chart of what came in by
hour (QtCharts), the totals, and whom it reached: age groups and home areas against the stop's
own area, with those not heard today named ("Alle skal med"). Read off the GUI thread."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from mokoko_desktop.dashboard import KINDS, NOT_SAID, DayFigures
from mokoko_desktop.day_report import write_day_report
from shared_kernel.demographics import AGE_GROUPS
from ui.common.tasks import run_in_background
from ui.common.widgets import TranslatedWidget, button, label
from ui.kiosk.forms import age_group_text

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk
    from mokoko_desktop.printing import PrintOutcome, ReceiptPrinter

REFRESH_SECONDS = 30
KIND_COLOURS = {"idea": "#12355b", "signup": "#2e8540", "offer": "#c05f00"}  # the kiosk's own colours


@dataclass(frozen=True)
class DashboardView:
    """What the screen shows, read on a worker thread."""

    figures: DayFigures
    home_areas: list[tuple[str, str]]  # (code, name), the catalogue's order
    stop_area: str  # the home area code of today's stop ("" if it has none)
    stop_place: str
    unprinted: int


def read_view(kiosk: Kiosk) -> DashboardView:
    stop = kiosk.today_stop()
    areas = [(area.code, area.name) for area in kiosk.catalogue.home_areas()]
    own = stop.id if stop is not None and any(code == stop.id for code, _ in areas) else ""
    return DashboardView(kiosk.day_figures(), areas, own, stop.place if stop else "", len(kiosk.unprinted_receipts()))


class StaffDashboardScreen(TranslatedWidget):
    """The day in figures.

    Signals:
        closed(): back to the staff panel.
        loaded(): the figures were (re)read and shown.
        report_saved(object): the day report (a Path) was saved.
    """

    closed = Signal()
    loaded = Signal()
    report_saved = Signal(object)

    def __init__(self, kiosk: Kiosk, parent: QWidget | None = None, *, printer: ReceiptPrinter | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffDashboard")
        self._kiosk = kiosk
        self._printer = printer
        self.view: DashboardView | None = None
        self._heading = label("stepHeading", self)
        self.totals = label("stepHint", self)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setBackgroundVisible(False)
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(280)
        self.reach = label("staffInfo", self)
        self.report_button = button("secondary", self)  # the day report on A4
        self.report_button.clicked.connect(self.save_report)
        self.print_button = button("secondary", self)  # the short version, on the receipt roll
        self.print_button.clicked.connect(self.print_summary)
        self.print_button.setVisible(printer is not None)
        self.report_note = label("staffInfo", self)
        self.report_note.hide()
        self.back_button = button("primary", self)
        self.back_button.clicked.connect(self.closed)
        bottom = QHBoxLayout()
        bottom.addWidget(self.report_button)
        bottom.addWidget(self.print_button)
        bottom.addStretch(1)
        bottom.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self.totals)
        layout.addWidget(self.chart_view, 1)
        layout.addWidget(self.reach)
        layout.addWidget(self.report_note)
        layout.addLayout(bottom)
        self._refresh = QTimer(self)  # and every half minute: staff leave it open beside the kiosk
        self._refresh.setInterval(REFRESH_SECONDS * 1000)
        self._refresh.timeout.connect(self.reload)
        self._refresh.start()
        self._retranslate()
        self.reload()

    def reload(self) -> None:
        """Read the figures again (a citizen just submitted, or the screen was opened)."""
        kiosk = self._kiosk
        run_in_background(lambda: read_view(kiosk), self._loaded, self._failed, owner=self)

    def save_report(self) -> None:
        """The day report on A4, in the data folder's reports/ (off the GUI thread)."""
        kiosk = self._kiosk
        self.report_button.setEnabled(False)
        run_in_background(lambda: write_day_report(kiosk)[1], self._report_saved, self._report_failed, owner=self)

    def print_summary(self) -> None:
        """The day's figures in short, printed on the receipt roll (off the GUI thread)."""
        kiosk, printer = self._kiosk, self._printer
        if printer is None:
            return
        self.print_button.setEnabled(False)
        run_in_background(lambda: printer.print_pdf(kiosk.write_day_summary()), self._summary_printed, self._report_failed, owner=self)

    def _summary_printed(self, outcome: PrintOutcome) -> None:
        self.print_button.setEnabled(True)
        said = (
            self.tr("The day's figures are printed.")
            if outcome.printed
            else self.tr("The printer did not take the day's figures; save the day report instead.")
        )
        self.report_note.setText(said)
        self.report_note.setToolTip(outcome.detail)
        self.report_note.show()

    def _report_saved(self, path: Path) -> None:
        self.report_button.setEnabled(True)
        self.report_note.setText(self.tr("The day report (A4) is saved: %1").replace("%1", str(path)))
        self.report_note.show()
        self.report_saved.emit(path)

    def _report_failed(self, error: Exception) -> None:
        self.report_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.report_note.setText(self.tr("The day report could not be saved: %1").replace("%1", str(error)))
        self.report_note.show()

    def _loaded(self, view: DashboardView) -> None:
        self.view = view
        self._show()
        self.loaded.emit()

    def _failed(self, error: Exception) -> None:
        self.totals.setText(self.tr("The figures could not be read just now: %1").replace("%1", str(error)))

    def _kind_name(self, kind: str) -> str:
        return {"idea": self.tr("Ideas"), "signup": self.tr("Sign-ups"), "offer": self.tr("Byttebørs posts")}[kind]

    def _show(self) -> None:
        view = self.view
        if view is None:
            return
        figures = view.figures
        parts = [f"{self._kind_name(kind)}: {figures.totals[kind]}" for kind in KINDS]
        parts.append(self.tr("Hidden: %1").replace("%1", str(figures.hidden)))
        parts.append(self.tr("Receipts not printed: %1").replace("%1", str(view.unprinted)))
        if figures.vouchers_given or figures.vouchers_redeemed:
            parts.append(
                self.tr("Food baskets: %1 given, %2 redeemed")
                .replace("%1", str(figures.vouchers_given))
                .replace("%2", str(figures.vouchers_redeemed))
            )
        self.totals.setText("  ·  ".join(parts))
        self._draw_chart(figures)
        self.reach.setText("\n".join(self._reach_lines(view)))

    def _draw_chart(self, figures: DayFigures) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        hours = figures.hours
        if not hours:
            self.chart.setTitle(self.tr("Nothing has come in yet today."))
            return
        self.chart.setTitle(self.tr("By hour"))
        series = QStackedBarSeries()
        for kind in KINDS:
            bars = QBarSet(self._kind_name(kind))
            bars.setColor(QColor(KIND_COLOURS[kind]))
            bars.append([float(figures.by_hour[kind].get(hour, 0)) for hour in hours])
            series.append(bars)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([f"{hour:02d}" for hour in hours])
        values = QValueAxis()
        top = max(sum(figures.by_hour[kind].get(hour, 0) for kind in KINDS) for hour in hours)
        step = max(1, math.ceil(top / 5))  # whole numbers on the axis, at most six of them
        values.setLabelFormat("%d")
        values.setRange(0, step * math.ceil(top / step))
        values.setTickType(QValueAxis.TickType.TicksDynamic)
        values.setTickAnchor(0)
        values.setTickInterval(step)
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)

    def _reach_lines(self, view: DashboardView) -> list[str]:
        figures = view.figures
        ages = "  ·  ".join(f"{age_group_text(group)}: {figures.age_groups.get(group, 0)}" for group in AGE_GROUPS)
        lines = [
            self.tr("Age groups (ideas and sign-ups): %1; not said: %2")
            .replace("%1", ages)
            .replace("%2", str(figures.age_groups.get(NOT_SAID, 0)))
        ]
        names = dict(view.home_areas)
        if view.stop_area:
            own = figures.home_areas.get(view.stop_area, 0)
            said = sum(count for code, count in figures.home_areas.items() if code != NOT_SAID)
            lines.append(
                self.tr("Home areas (ideas): %1 from %2 itself, %3 from elsewhere, %4 did not say")
                .replace("%1", str(own))
                .replace("%2", names[view.stop_area])
                .replace("%3", str(said - own))
                .replace("%4", str(figures.home_areas.get(NOT_SAID, 0)))
            )
        silent_ages = figures.not_heard(list(AGE_GROUPS), figures.age_groups)
        silent_areas = [names[code] for code in figures.not_heard([code for code, _ in view.home_areas], figures.home_areas)]
        if silent_ages:
            lines.append(self.tr("Not heard today, by age: %1").replace("%1", ", ".join(age_group_text(age) for age in silent_ages)))
        if silent_areas:
            lines.append(self.tr("Not heard today, by home area: %1").replace("%1", ", ".join(silent_areas)))
        return lines

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("The day in figures"))
        self.back_button.setText(self.tr("Back to staff"))
        self.report_button.setText(self.tr("Save the day report (A4)"))
        self.print_button.setText(self.tr("Print the short version"))
        self._show()
