"""Under the chosen idea: who has its case and when its answer is due; take it, give it to a
colleague, or leave an internal note (:mod:`city_hall.case_work`): never shown to the citizen."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from ui.common.widgets import TranslatedWidget, button, describe_field, label

if TYPE_CHECKING:
    from city_hall.inbox import InboxIdea
    from ui.office.window import OfficeWindow


class CaseBox(TranslatedWidget):
    """Signals:
    changed(): the case was given on, or a note kept (the idea's history shows it)."""

    changed = Signal()

    def __init__(self, window: OfficeWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._idea: InboxIdea | None = None
        self._people_loaded = False
        self._heading = label("fieldLabel", self)
        self.holder = label("staffInfo", self)  # "Mette Østergård has the case · answer due 20.12.2026"
        self.take_button = button("secondary", self)
        self.take_button.clicked.connect(self._take)
        self.person = QComboBox(self)
        self.give_button = button("quiet", self)
        self.give_button.clicked.connect(self._give)
        self.note = QLineEdit(self)
        self.note.setMaxLength(2000)
        self.note.returnPressed.connect(self._keep_note)
        self.note_button = button("quiet", self)
        self.note_button.clicked.connect(self._keep_note)
        give_row = QHBoxLayout()
        give_row.addWidget(self.take_button)
        give_row.addWidget(self.person, 1)
        give_row.addWidget(self.give_button)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.note_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._heading)
        column.addWidget(self.holder)
        column.addLayout(give_row)
        column.addLayout(note_row)
        self._retranslate()
        self.show_idea(None)

    def show_idea(self, idea: InboxIdea | None) -> None:
        self._idea = idea
        self.setVisible(idea is not None)
        if idea is None:
            return
        self._show_holder()
        if not self._people_loaded:
            office = self._window.office
            self._window.call(office.people, self._people)

    def _people(self, people: list[tuple[str, str]]) -> None:
        self._people_loaded = True
        self.person.clear()
        for login, name in people:
            self.person.addItem(name, login)

    def _show_holder(self) -> None:
        idea = self._idea
        if idea is None:
            return
        holder = self.tr("%1 has the case").replace("%1", idea.owner) if idea.owner else self.tr("Nobody has the case yet")
        if idea.status is None and idea.due is not None:
            due = f"{idea.due.astimezone():%d.%m.%Y}"
            late = idea.due < dt.datetime.now(dt.UTC)
            holder += " · " + (self.tr("answer was due %1: overdue") if late else self.tr("answer due %1")).replace("%1", due)
        self.holder.setText(holder)

    def _take(self) -> None:
        if self._idea is not None:
            office, code = self._window.office, self._idea.receipt_code
            self._window.call(lambda: office.assign(code, None, me=True), self._given)

    def _give(self) -> None:
        login = self.person.currentData()
        if self._idea is not None and login:
            office, code = self._window.office, self._idea.receipt_code
            self._window.call(lambda: office.assign(code, login), self._given)

    def _given(self, name: str) -> None:
        if self._idea is not None:
            from dataclasses import replace

            self._idea = replace(self._idea, owner=name or None)
            self._show_holder()
        self._window.notice(self.tr("The case is now %1's.").replace("%1", name) if name else self.tr("Nobody has the case now."))
        self.changed.emit()

    def _keep_note(self) -> None:
        text = self.note.text().strip()
        if self._idea is None or not text:
            return
        office, code = self._window.office, self._idea.receipt_code
        self._window.call(lambda: office.note(code, text), lambda _none: self._noted())

    def _noted(self) -> None:
        self.note.clear()
        self._window.notice(self.tr("The note is kept, for city hall only."))
        self.changed.emit()

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("The case"))
        self.take_button.setText(self.tr("Take the case"))
        self.give_button.setText(self.tr("Give it to"))
        describe_field(self.note, self.tr("Internal note (never shown to the citizen)"))
        self.note_button.setText(self.tr("Keep the note"))
        self._show_holder()
