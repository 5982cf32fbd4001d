"""The inbox: every idea from every kiosk, newest first, with filters, Danish full-text search and
a count; select one to read and answer it, or several to answer them with one reply."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QSplitter,
    QTableWidgetItem,
    QTableWidgetSelectionRange,
    QVBoxLayout,
    QWidget,
)

from city_hall.inbox import PAGE_SIZE
from shared_kernel.demographics import AGE_GROUPS
from shared_kernel.i18n import pick
from shared_kernel.receipt_codes import format_code
from ui.common.widgets import TranslatedWidget, button, label
from ui.office.desk_views import make_table
from ui.office.idea_panel import IdeaPanel

if TYPE_CHECKING:
    from city_hall.export import Exported
    from city_hall.inbox import InboxFilter, InboxIdea
    from city_hall.inbox_count import Counted
    from city_hall.office_catalogue import OfficeCatalogue
    from ui.office.window import OfficeWindow

NO_DATE = QDate(2000, 1, 1)  # the date fields' "any day"


def fill_combo(combo: QComboBox, everything: str, choices: list[tuple[str, str]]) -> None:
    """``everything`` (no filter) first, then each (code, name); keeps the chosen code."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for code, name in choices:
        combo.addItem(name, code)
    index = combo.findData(chosen)
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


def _date_field(parent: QWidget) -> QDateEdit:
    field = QDateEdit(parent)
    field.setCalendarPopup(True)
    field.setMinimumDate(NO_DATE)
    field.setDate(NO_DATE)
    field.setDisplayFormat("yyyy-MM-dd")
    return field


class InboxView(TranslatedWidget):
    """Filters on the left, the list in the middle, the chosen idea on the right."""

    def __init__(self, window: OfficeWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._catalogue: OfficeCatalogue | None = None
        self._ideas: list[InboxIdea] = []
        self.loaded = False
        self._total = -1  # not counted yet
        self._exact = True  # the count is exact, not the database's estimate
        self._counting: InboxFilter | None = None

        filters = QWidget(self)
        form = QFormLayout(filters)
        self.unanswered = QCheckBox(filters)
        self.mine = QCheckBox(filters)
        self.owned = QCheckBox(filters)  # "Mine sager"
        self.overdue = QCheckBox(filters)  # "Overskredet frist"
        self.no_owner = QCheckBox(filters)  # "Uden ejer"
        self.status = QComboBox(filters)
        self.area = QComboBox(filters)
        self.stop = QComboBox(filters)
        self.theme = QComboBox(filters)
        self.age_group = QComboBox(filters)
        self.home_area = QComboBox(filters)
        self.since = _date_field(filters)
        self.until = _date_field(filters)
        self.search = QLineEdit(filters)
        self.search.returnPressed.connect(self.reload)
        self._labels = [label("fieldLabel", filters, wrap=False) for _ in range(9)]
        for box in (self.unanswered, self.mine, self.owned, self.overdue, self.no_owner):
            form.addRow(box)
        for caption, field in zip(
            self._labels,
            (self.search, self.status, self.area, self.stop, self.theme, self.age_group, self.home_area, self.since, self.until),
            strict=True,
        ):
            caption.setBuddy(field)  # what a screen reader calls the field
            form.addRow(caption, field)
        for box in (self.unanswered, self.mine, self.owned, self.overdue, self.no_owner):
            box.toggled.connect(self.reload)
        for combo in (self.status, self.area, self.stop, self.theme, self.age_group, self.home_area):
            combo.currentIndexChanged.connect(self.reload)
        for date in (self.since, self.until):
            date.dateChanged.connect(self.reload)
        self.search_button = button("secondary", filters)
        self.search_button.clicked.connect(self.reload)
        form.addRow(self.search_button)
        self.export_xlsx_button = button("quiet", filters)  # the ideas these filters find, for city hall's own tools
        self.export_xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.export_csv_button = button("quiet", filters)
        self.export_csv_button.clicked.connect(lambda: self.export("csv"))
        form.addRow(self.export_xlsx_button)
        form.addRow(self.export_csv_button)
        self.export_progress = QProgressBar(filters)  # how far an export has come (thousands of ideas take a while)
        self.export_progress.hide()
        form.addRow(self.export_progress)
        self._exporting = _ExportProgress(self)
        self._exporting.counted.connect(self.export_progress.setValue)
        self.choose_file: Callable[[str], str] = self._ask_for_file  # where to save (a dialog; the tests give a path)

        self.count_label = label("stepHint", self)
        self.table = make_table(self, 6, 5)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.more_button = button("quiet", self)
        self.more_button.clicked.connect(self._load_more)
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.count_label)
        middle_layout.addWidget(self.table, 1)
        middle_layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.panel = IdeaPanel(window, self)
        self.panel.answered.connect(self.reload)
        splitter = QSplitter(self)
        splitter.addWidget(filters)
        splitter.addWidget(middle)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([260, 760, 420])
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)
        self._retranslate()

    def set_catalogue(self, catalogue: OfficeCatalogue) -> None:
        self._catalogue = catalogue
        self.panel.set_catalogue(catalogue)
        self._fill_choices()

    def _fill_choices(self) -> None:
        catalogue, language = self._catalogue, self._window.language
        if catalogue is None:
            return
        everything = self.tr("All")
        fill_combo(self.status, everything, [(code, pick(name, language)) for code, name, _ in catalogue.statuses])
        fill_combo(self.area, everything, [(code, pick(name, language)) for code, name in catalogue.areas])
        fill_combo(self.stop, everything, catalogue.stops)
        fill_combo(self.theme, everything, [(code, pick(name, language)) for code, name in catalogue.themes])
        fill_combo(self.age_group, everything, [(group, group) for group in AGE_GROUPS])
        fill_combo(self.home_area, everything, catalogue.home_areas)
        self.mine.setEnabled(bool(catalogue.my_areas))

    def current_filter(self) -> InboxFilter:
        from city_hall.inbox import InboxFilter

        def day(field: QDateEdit) -> dt.date | None:
            return None if field.date() == NO_DATE else field.date().toPython()  # type: ignore[return-value]

        return InboxFilter(
            unanswered=self.unanswered.isChecked(),
            status=self.status.currentData(),
            area=self.area.currentData(),
            stop=self.stop.currentData(),
            theme=self.theme.currentData(),
            age_group=self.age_group.currentData(),
            home_area=self.home_area.currentData(),
            since=day(self.since),
            until=day(self.until),
            search=self.search.text(),
            mine=self.mine.isChecked(),
            owned=self.owned.isChecked(),
            overdue=self.overdue.isChecked(),
            no_owner=self.no_owner.isChecked(),
        )

    def reload(self) -> None:
        """The first page for the current filters, and how many there are in all."""

        office, chosen = self._window.office, self.current_filter()
        self._counting, self._total = chosen, -1
        self._window.call(lambda: office.inbox(chosen), self._page_loaded)
        # Counting exactly reads every matching row (0.4 s at a million): many are estimated, after the page.
        self._window.call(lambda: (chosen, office.count_quickly(chosen)), self._count_loaded)

    def export(self, file_format: str) -> None:
        """The ideas the current filters find, as XLSX or CSV (Danish headers; no contact details)."""

        target = self.choose_file(file_format)
        if not target:
            return
        office, chosen, path = self._window.office, self.current_filter(), Path(target)
        self._window.notice(self.tr("Exporting…"))
        self.export_progress.setRange(0, max(self._total, 0) if chosen == self._counting else 0)  # 0: busy, not counted yet
        self.export_progress.setValue(0)
        self.export_progress.show()
        self.export_xlsx_button.setEnabled(False)
        self.export_csv_button.setEnabled(False)
        counted = self._exporting.counted

        def work() -> Exported:
            return office.export(office.idea_table(chosen), path, file_format, progress=counted.emit)

        self._window.call(work, self._exported, lambda _error: self._export_ended())

    def _exported(self, exported: Exported) -> None:
        self._export_ended()
        self._window.notice(self.tr("%n idea(s) exported to %1", "", exported.count).replace("%1", str(exported.path)))

    def _export_ended(self) -> None:
        self.export_progress.hide()
        self.export_xlsx_button.setEnabled(True)
        self.export_csv_button.setEnabled(True)

    def _ask_for_file(self, file_format: str) -> str:
        kind = self.tr("Excel workbook (*.xlsx)") if file_format == "xlsx" else self.tr("CSV for Excel (*.csv)")
        name = self.tr("ideas") + "." + file_format
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the ideas"), str(Path.home() / name), kind)
        return chosen

    def _count_loaded(self, result: tuple[InboxFilter, Counted]) -> None:
        chosen, counted = result
        if chosen == self._counting:  # not a count for filters changed meanwhile
            self._total, self._exact = counted.number, counted.exact
            self._show_count()

    def _page_loaded(self, ideas: list[InboxIdea]) -> None:
        self._ideas = ideas
        self.loaded = True
        self._window.clear_problem()
        self._show_rows()
        if self._ideas and not self.selected():
            self.table.selectRow(0)  # the newest idea is open at once, as in a mail program

    def _load_more(self) -> None:

        office, chosen, offset = self._window.office, self.current_filter(), len(self._ideas)
        self._window.call(lambda: office.inbox(chosen, offset=offset), self._more_loaded)

    def _more_loaded(self, more: list[InboxIdea]) -> None:
        self._ideas += more
        self._show_rows()

    def _show_rows(self) -> None:
        language = self._window.language
        areas = dict(self._catalogue.areas) if self._catalogue else {}
        statuses = {code: name for code, name, _ in self._catalogue.statuses} if self._catalogue else {}
        stops = dict(self._catalogue.stops) if self._catalogue else {}
        chosen = {index.data(Qt.ItemDataRole.UserRole) for index in self.table.selectionModel().selectedRows()}
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self._ideas))
        for row, idea in enumerate(self._ideas):
            values = (
                format_code(idea.receipt_code),
                f"{idea.created_at.astimezone():%d.%m.%Y %H:%M}",
                stops.get(idea.stop_id, idea.stop_id),
                pick(areas.get(idea.area or "", {}), language) or (idea.area or ""),
                self._status_text(idea, pick(statuses[idea.status], language) if idea.status in statuses else ""),
                " ".join(idea.text.split()),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, idea.receipt_code)
                self.table.setItem(row, column, item)
        for row, idea in enumerate(self._ideas):  # the same ideas stay chosen when the list is read again
            if idea.receipt_code in chosen:
                self.table.setRangeSelected(QTableWidgetSelectionRange(row, 0, row, self.table.columnCount() - 1), True)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(3, min(header.sectionSize(3), 170))
        self._show_count()
        self._selection_changed()

    def _show_count(self) -> None:
        if self._total < 0:
            self.count_label.setText(self.tr("Counting…"))
            self.more_button.setVisible(len(self._ideas) == PAGE_SIZE)
            return
        total = f"{self._total:,}".replace(",", ".")  # Danish thousands
        counted = self.tr("1 idea") if self._total == 1 else self.tr("%1 ideas").replace("%1", total)
        if not self._exact:
            counted = self.tr("about %1 ideas (estimated: counting them all would take a while)").replace("%1", total)
        shown = self.tr("; %1 shown").replace("%1", str(len(self._ideas))) if self._total > len(self._ideas) else ""
        self.count_label.setText(counted + shown)
        self.more_button.setVisible(len(self._ideas) < self._total)

    def _status_text(self, idea: InboxIdea, status: str) -> str:
        """Its status, or "Unanswered" (and "overdue" past its area's deadline), and who has the case."""
        if not status:
            late = idea.due is not None and idea.due < dt.datetime.now(dt.UTC)
            status = self.tr("Overdue") if late else self.tr("Unanswered")
        return f"{status} · {idea.owner}" if idea.owner else status

    def selected(self) -> list[InboxIdea]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self._ideas[row] for row in rows if row < len(self._ideas)]

    def select_code(self, code: str) -> None:
        for row, idea in enumerate(self._ideas):
            if idea.receipt_code == code:
                self.table.selectRow(row)
                return

    def _selection_changed(self) -> None:
        self.panel.show_ideas(self.selected())

    def _retranslate(self) -> None:
        self.unanswered.setText(self.tr("Only unanswered"))
        self.table.setAccessibleName(self.tr("Ideas"))
        self.mine.setText(self.tr("Only my areas"))
        self.owned.setText(self.tr("My cases"))
        self.overdue.setText(self.tr("Past the answer deadline"))
        self.no_owner.setText(self.tr("Nobody has the case"))
        captions = (
            self.tr("Search"),
            self.tr("Status"),
            self.tr("Area"),
            self.tr("Stop"),
            self.tr("Theme"),
            self.tr("Age group"),
            self.tr("Home area"),
            self.tr("From"),
            self.tr("To"),
        )
        for caption, text in zip(self._labels, captions, strict=True):
            caption.setText(text)
        for field in (self.since, self.until):
            field.setSpecialValueText(self.tr("any day"))
        self.search.setPlaceholderText(self.tr("e.g. cykelsti"))
        self.search_button.setText(self.tr("Search"))
        self.export_xlsx_button.setText(self.tr("Export to Excel (XLSX)"))
        self.export_csv_button.setText(self.tr("Export as CSV"))
        self.more_button.setText(self.tr("Show more"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Received"), self.tr("Stop"), self.tr("Area"), self.tr("Status"), self.tr("Idea")]
        )
        self._fill_choices()
        if self.loaded:
            self._show_rows()


class _ExportProgress(QObject):
    """Carries the count of an export's written ideas from the thread that writes to the bar.

    Signals:
        counted(int): so many ideas are written.
    """

    counted = Signal(int)
