"""The erasure tab: citizens who asked, by receipt code, for their contact details to be deleted
("Slet mine oplysninger" at a kiosk). City hall deletes them here, centrally and on every kiosk."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from shared_kernel.receipt_codes import format_code
from ui.common.widgets import TranslatedWidget, button, describe_field, label
from ui.office.desk_views import fill_table, make_table

if TYPE_CHECKING:
    from city_hall.erasures import ErasureLine
    from ui.office.window import OfficeWindow


class ErasureView(TranslatedWidget):
    """Requests, oldest first (waiting ones only, by default); "Slet oplysningerne" handles the
    chosen one. A request whose record has not reached the central database yet waits."""

    def __init__(self, window: OfficeWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._lines: list[ErasureLine] = []
        self.pending = QCheckBox(self)
        self.pending.setChecked(True)
        self.pending.toggled.connect(self.reload)
        self.table = make_table(self, 4, 3)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.info = label("stepHint", self)
        self.note = QLineEdit(self)
        self.erase_button = button("primary", self)
        self.erase_button.clicked.connect(self._erase)
        actions = QHBoxLayout()
        actions.addWidget(self.note, 1)
        actions.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pending)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.info)
        layout.addLayout(actions)
        self._retranslate()

    def reload(self) -> None:

        office, pending = self._window.office, self.pending.isChecked()
        self._window.call(lambda: office.erasure_requests(pending=pending), self._loaded)

    def _loaded(self, lines: list[ErasureLine]) -> None:
        self._lines = lines
        rows = [
            (format_code(line.receipt_code), f"{line.requested_at.astimezone():%d.%m.%Y %H:%M}", line.kiosk, self._state(line))
            for line in lines
        ]
        fill_table(self.table, rows, [line.receipt_code for line in lines])
        waiting = sum(1 for line in lines if line.handled_at is None)
        if not lines:
            self.info.setText(self.tr("No requests waiting.") if self.pending.isChecked() else self.tr("No requests."))
        else:
            self.info.setText(self.tr("Waiting: %1").replace("%1", str(waiting)))

    def _state(self, line: ErasureLine) -> str:
        if line.handled_at:
            day = f"{line.handled_at.astimezone():%d.%m.%Y}"
            return self.tr("Deleted %1 by %2").replace("%1", day).replace("%2", line.handled_by or "")
        return self.tr("Waiting") if line.arrived else self.tr("Waiting: the record has not arrived yet")

    def _erase(self) -> None:

        chosen = self.table.selectedItems()
        if not chosen:
            self.info.setText(self.tr("Choose a request in the list first."))
            return
        code, note, office = chosen[0].data(Qt.ItemDataRole.UserRole), self.note.text(), self._window.office
        self._window.call(lambda: office.erase(code, note), lambda _handled: self._erased(code))

    def _erased(self, code: str) -> None:
        self.note.clear()
        self._window.notice(
            self.tr("Deleted: the contact details given with %1. Every kiosk deletes what it still holds at its next sync.").replace(
                "%1", format_code(code)
            )
        )
        self.reload()

    def _retranslate(self) -> None:
        self.pending.setText(self.tr("Only requests waiting"))
        self.table.setAccessibleName(self.tr("Requests to delete contact details"))
        describe_field(self.note, self.tr("Note for the record (optional, not shown to the citizen)"))
        self.erase_button.setText(self.tr("Delete the contact details"))
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Asked"), self.tr("Kiosk"), self.tr("State")])
        if self._lines:
            self._loaded(self._lines)
