"""Staff typing in an idea collected on a paper form: the stop and the date written on the form
(shown on the review of an assisted idea only). The idea is then recorded as given there and
then, and typed in now (``IdeaDraft.written_on``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFrame, QGridLayout, QWidget

from mokoko_desktop.models import Stop
from ui.common.widgets import ProblemLabel, TranslatedWidget, label


class StaffPaperForm(TranslatedWidget):
    """ "From a paper form", its stop and its date; today's stop and today until changed."""

    def __init__(self, stops: list[Stop], today_stop: str | None, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QFrame(self)
        box.setObjectName("paperForm")
        self.from_paper = QCheckBox(box)
        self.from_paper.setObjectName("fromPaper")
        self.stop = QComboBox(box)
        self.stop.setObjectName("paperStop")
        for stop in stops:
            self.stop.addItem(stop.place, stop.id)
        if today_stop is not None and self.stop.findData(today_stop) >= 0:
            self.stop.setCurrentIndex(self.stop.findData(today_stop))
        self.date = QDateEdit(box)
        self.date.setObjectName("paperDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.problem = ProblemLabel(box)
        self._stop_label = label("fieldLabel", box)
        self._date_label = label("fieldLabel", box)
        grid = QGridLayout(box)
        grid.addWidget(self.from_paper, 0, 0, 1, 2)
        grid.addWidget(self._stop_label, 1, 0)
        grid.addWidget(self._date_label, 1, 1)
        grid.addWidget(self.stop, 2, 0)
        grid.addWidget(self.date, 2, 1)
        grid.addWidget(self.problem, 3, 0, 1, 2)
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)
        self.from_paper.toggled.connect(self._paper_toggled)
        self.date.dateChanged.connect(lambda _date: self.problem.clear_text())
        self._paper_toggled(False)
        self._retranslate()

    def _paper_toggled(self, on: bool) -> None:
        for part in (self.stop, self.date, self._stop_label, self._date_label):
            part.setEnabled(on)
        self.problem.clear_text()

    def written_on(self) -> dt.date | None:
        """The form's date, or None for an idea given here and now."""
        if not self.from_paper.isChecked():
            return None
        chosen = self.date.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    def stop_id(self) -> str | None:
        """The form's stop, or None (today's stop)."""
        return str(self.stop.currentData()) if self.from_paper.isChecked() and self.stop.currentData() else None

    def _retranslate(self) -> None:
        self.from_paper.setText(self.tr("From a paper form: given at another stop or on another day"))
        self._stop_label.setText(self.tr("Stop on the form"))
        self._date_label.setText(self.tr("Date on the form"))
