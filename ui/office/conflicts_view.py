"""The conflicts tab: a record that came again with other content, side by side with the version
the central database kept, the differing fields marked; city hall records a decision."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from city_hall.conflicts import DECISIONS
from ui.common.widgets import TranslatedWidget, button, describe_field, label
from ui.office.desk_views import make_table

if TYPE_CHECKING:
    from city_hall.conflicts import Conflict
    from ui.office.window import OfficeWindow

DIFFERENT = QColor("#FCE8C8")  # a field whose two versions differ


class ConflictsView(TranslatedWidget):
    DECISIONS = DECISIONS

    def __init__(self, window: OfficeWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._conflicts: list[Conflict] = []
        self.undecided = QCheckBox(self)
        self.undecided.setChecked(True)
        self.undecided.toggled.connect(self.reload)
        self.list = make_table(self, 4)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemSelectionChanged.connect(self._show_chosen)
        self.sides = QTableWidget(0, 3, self)
        self.sides.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sides.verticalHeader().hide()
        self.sides.setWordWrap(True)
        for column in (1, 2):
            self.sides.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.state = label("stepHint", self)
        self.note = QLineEdit(self)
        self.decide_buttons = {decision: button("secondary", self) for decision in self.DECISIONS}
        for decision, choice in self.decide_buttons.items():
            choice.clicked.connect(lambda _checked=False, chosen=decision: self._decide(chosen))
        actions = QHBoxLayout()
        for choice in self.decide_buttons.values():
            actions.addWidget(choice)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.undecided)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.sides, 2)
        layout.addWidget(self.state)
        layout.addWidget(self.note)
        layout.addLayout(actions)
        self._retranslate()

    def reload(self) -> None:

        office, undecided = self._window.office, self.undecided.isChecked()
        self._window.call(lambda: office.conflicts(undecided=undecided), self._loaded)

    def _loaded(self, found: list[Conflict]) -> None:
        self._conflicts = found
        kinds = self._kind_names()
        self.list.setRowCount(len(found))
        for row, conflict in enumerate(found):
            code = str(conflict.central.get("receipt_code") or conflict.sent.get("receipt_code") or "")
            values = (f"{conflict.detected_at.astimezone():%d.%m.%Y %H:%M}", kinds.get(conflict.kind, conflict.kind), code, conflict.kiosk)
            for column, value in enumerate(values):
                self.list.setItem(row, column, QTableWidgetItem(value))
        self.list.resizeColumnsToContents()
        if found:
            self.list.selectRow(0)
        else:
            self.sides.setRowCount(0)
            self.state.setText(self.tr("No conflicts to look at."))

    def _chosen(self) -> Conflict | None:
        rows = self.list.selectionModel().selectedRows()
        return self._conflicts[rows[0].row()] if rows and rows[0].row() < len(self._conflicts) else None

    def _show_chosen(self) -> None:
        conflict = self._chosen()
        if conflict is None:
            return
        keys = sorted(conflict.central.keys() | conflict.sent.keys(), key=lambda key: (key not in conflict.differences, key))
        self.sides.setRowCount(len(keys))
        fields = self._field_names()
        for row, key in enumerate(keys):
            shown = (fields.get(key, key), self._shown(conflict.central.get(key)), self._shown(conflict.sent.get(key)))
            for column, value in enumerate(shown):
                item = QTableWidgetItem(value)
                if key in conflict.differences:
                    item.setBackground(QBrush(DIFFERENT))
                self.sides.setItem(row, column, item)
        self.sides.resizeRowsToContents()
        names = self._decision_names()
        if conflict.decision:
            decided = self.tr("Decided by %1: %2").replace("%1", conflict.decided_by or "").replace("%2", names[conflict.decision])
            self.state.setText(decided + (f" ({conflict.note})" if conflict.note else ""))
        else:
            self.state.setText(self.tr("Not decided yet. The central version stays until you decide; nothing is overwritten."))
        for choice in self.decide_buttons.values():
            choice.setEnabled(conflict.decision is None)

    def _decide(self, decision: str) -> None:

        conflict = self._chosen()
        if conflict is None:
            return
        office, conflict_id, note = self._window.office, conflict.id, self.note.text()
        self._window.call(lambda: office.decide(conflict_id, decision, note), self._decided)

    def _decided(self, _result: object) -> None:
        self.note.clear()
        self._window.notice(self.tr("The decision was recorded."))
        self.reload()

    def _shown(self, value: object) -> str:
        if value is None or value == "":
            return "–"
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, list):
            return ", ".join(str(part) for part in value)
        return str(value)

    def _field_names(self) -> dict[str, str]:
        return {
            "text": self.tr("Text"),
            "theme_code": self.tr("Theme"),
            "stop_id": self.tr("Stop"),
            "created_at": self.tr("Given"),
            "receipt_code": self.tr("Code"),
            "language": self.tr("Language"),
            "age_group": self.tr("Age group"),
            "home_area_code": self.tr("Home area"),
            "assisted": self.tr("With help from staff"),
            "consultation_id": self.tr("Consultation"),
            "tags": self.tr("Tags"),
            "kind": self.tr("Kind"),
            "place": self.tr("Place"),
        }

    def _kind_names(self) -> dict[str, str]:
        return {"idea": self.tr("Idea"), "signup": self.tr("Sign-up"), "offer": self.tr("Byttebørs post")}

    def _decision_names(self) -> dict[str, str]:
        return {
            "keep-central": self.tr("Keep the first version"),
            "same-in-substance": self.tr("The same in substance"),
            "ask-the-citizen": self.tr("Ask the citizen"),
        }

    def _retranslate(self) -> None:
        self.undecided.setText(self.tr("Only those not decided yet"))
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.sides.setAccessibleName(self.tr("The two versions"))
        self.list.setHorizontalHeaderLabels([self.tr("Found"), self.tr("Kind"), self.tr("Code"), self.tr("Kiosk")])
        self.sides.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Kept centrally (first)"), self.tr("Came again")])
        describe_field(self.note, self.tr("Note (optional)"))
        for decision, name in self._decision_names().items():
            self.decide_buttons[decision].setText(name)
        self._show_chosen()
