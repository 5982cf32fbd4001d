"""Under the chosen idea: the ideas most like it (:func:`city_hall.similar_ideas.similar`), to tick
and put in one case with it, and the case it is in already, which one answer answers whole."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from shared_kernel.receipt_codes import format_code
from ui.common.widgets import TranslatedWidget, button, label

if TYPE_CHECKING:
    from city_hall.similar_ideas import Case, SimilarIdea
    from ui.office.window import OfficeWindow


class SimilarBox(TranslatedWidget):
    """Signals:
    case_changed(): ideas were put in a case or taken out (the idea's history shows it)."""

    case_changed = Signal()

    def __init__(self, window: OfficeWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._code: str | None = None
        self._case: Case | None = None
        self._found: list[SimilarIdea] = []
        self._heading = label("fieldLabel", self)
        self.case_line = label("staffInfo", self)  # "In the case 'Bænke ved åen': 3 ideas from 3 stops …"
        self.ungroup_button = button("quiet", self)
        self.ungroup_button.clicked.connect(self._ungroup)
        self.ideas = QListWidget(self)  # the similar ideas, each to tick
        self.ideas.setMaximumHeight(220)
        self.ideas.setWordWrap(True)  # each idea: what it is, then its whole text
        self.ideas.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ideas.itemChanged.connect(self._ticked)
        self.none_line = label("stepHint", self)
        self.group_button = button("secondary", self)
        self.group_button.clicked.connect(self._group)
        case_row = QHBoxLayout()
        case_row.addWidget(self.case_line, 1)
        case_row.addWidget(self.ungroup_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._heading)
        column.addLayout(case_row)
        column.addWidget(self.ideas)
        column.addWidget(self.none_line)
        column.addWidget(self.group_button)
        self._retranslate()
        self.show_code(None)

    @property
    def case(self) -> Case | None:
        return self._case

    def show_code(self, code: str | None) -> None:
        """Look up the ideas like ``code``'s and its case (None: hide)."""
        self._code, self._case, self._found = code, None, []
        self.setVisible(code is not None)
        self.ideas.clear()
        self.none_line.setText(self.tr("Looking for similar ideas…"))
        self._show_case()
        if code is None:
            return
        office = self._window.office
        self._window.call(lambda: (office.similar(code), office.case_of(code)), lambda found: self._loaded(code, *found))

    def _loaded(self, code: str, found: list[SimilarIdea], case: Case | None) -> None:
        if code != self._code:
            return  # another idea was chosen meanwhile
        self._found, self._case = found, case
        self.ideas.blockSignals(True)
        self.ideas.clear()
        for idea in found:
            in_case = idea.case_id is not None and case is not None and idea.case_id == case.id
            where = self.tr("in this case") if in_case else (self.tr("in another case") if idea.case_id else "")
            facts = [f"{round(idea.similarity * 100)} %", format_code(idea.receipt_code), idea.stop_place, *([where] if where else [])]
            item = QListWidgetItem("  ·  ".join(facts) + "\n" + idea.text, self.ideas)
            item.setData(Qt.ItemDataRole.UserRole, idea.receipt_code)
            item.setToolTip(idea.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if in_case:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        self.ideas.blockSignals(False)
        self.ideas.setVisible(bool(found))
        self.none_line.setText("" if found else self.tr("No other idea is much like it."))
        self.none_line.setVisible(not found)
        self._show_case()

    def _checked(self) -> list[str]:
        items = (self.ideas.item(row) for row in range(self.ideas.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]

    def _ticked(self, _item: QListWidgetItem) -> None:
        self.group_button.setEnabled(bool(self._checked()))

    def _show_case(self) -> None:
        case = self._case
        if case is None:
            self.case_line.hide()
            self.ungroup_button.hide()
        else:
            line = self.tr("In the case '%1': %2 ideas, stops: %3. An answer to it goes to every one of them.")
            self.case_line.setText(line.replace("%1", case.title).replace("%2", str(len(case.codes))).replace("%3", str(case.stops)))
            self.case_line.show()
            self.ungroup_button.show()
        self.group_button.setText(
            self.tr("Add the ticked ideas to this case") if case else self.tr("Put this idea and the ticked ones in one case")
        )
        outside = [idea for idea in self._found if case is None or idea.case_id != case.id]
        self.group_button.setVisible(bool(outside))  # nothing to add once every similar idea is in the case
        self.group_button.setEnabled(bool(self._checked()))

    def _group(self) -> None:
        if self._code is None or not self._checked():
            return
        office, codes = self._window.office, [self._code, *self._checked()]
        self._window.call(lambda: office.group(codes), self._changed)

    def _ungroup(self) -> None:
        if self._code is None:
            return
        office, code = self._window.office, self._code
        self._window.call(lambda: office.ungroup([code]), self._changed)

    def _changed(self, _result: object) -> None:
        self.show_code(self._code)
        self.case_changed.emit()

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Similar ideas"))
        self.ungroup_button.setText(self.tr("Take it out of the case"))
        self._show_case()
