"""Behind the PIN: the day's ideas, newest first; staff hide an abusive one with a reason from a
short list (recorded with the time), or show it again after a mis-tap. Hidden ideas still go to
city hall; no public wall shows them. The list is read off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from mokoko_desktop.moderation import DayIdea, ModerationRefused
from shared_kernel.moderation_reasons import REASONS
from shared_kernel.receipt_codes import format_code
from ui.common.messages import moderation_reason
from ui.common.tasks import run_in_background
from ui.common.widgets import ProblemLabel, TranslatedWidget, button, kinetic, label

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk

REASON_COLUMNS = 3


class StaffModerationScreen(TranslatedWidget):
    """The moderation list and its two actions.

    Signals:
        closed(): back to the staff panel.
        loaded(): the list was (re)read.
    """

    closed = Signal()
    loaded = Signal()

    def __init__(self, kiosk: Kiosk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffModeration")
        self._kiosk = kiosk
        self._ideas: list[DayIdea] = []
        self._chosen_code = ""
        self._heading = label("stepHeading", self)
        self._hint = label("stepHint", self)
        self.ideas = kinetic(QListWidget(self))
        self.ideas.setObjectName("moderationList")
        self._heading.setBuddy(self.ideas)  # what a screen reader calls the list
        self.ideas.setWordWrap(True)
        self.ideas.currentRowChanged.connect(self._chosen)
        self._reason_label = label("fieldLabel", self)
        self.reason_buttons: dict[str, QPushButton] = {}
        reasons = QGridLayout()
        group = QButtonGroup(self)
        for index, code in enumerate(REASONS):
            choice = QPushButton(self)
            choice.setObjectName("choice")
            choice.setCheckable(True)
            choice.toggled.connect(self._update_actions)
            group.addButton(choice)
            self.reason_buttons[code] = choice
            reasons.addWidget(choice, index // REASON_COLUMNS, index % REASON_COLUMNS)
        self.hide_button = button("primary", self)
        self.hide_button.clicked.connect(self._hide)
        self.show_button = button("secondary", self)
        self.show_button.clicked.connect(lambda: self._set(""))
        self.problem = ProblemLabel(self)
        self.done = label("staffInfo", self)
        self.back_button = button("primary", self)
        self.back_button.clicked.connect(self.closed)
        actions = QHBoxLayout()
        actions.addWidget(self.hide_button)
        actions.addWidget(self.show_button)
        actions.addStretch(1)
        actions.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._hint)
        layout.addWidget(self.ideas, 1)
        layout.addWidget(self._reason_label)
        layout.addLayout(reasons)
        layout.addWidget(self.problem)
        layout.addWidget(self.done)
        layout.addLayout(actions)
        self._retranslate()
        self.reload()

    @property
    def chosen(self) -> DayIdea | None:
        row = self.ideas.currentRow()
        return self._ideas[row] if 0 <= row < len(self._ideas) else None

    def reload(self) -> None:
        kiosk = self._kiosk
        run_in_background(kiosk.ideas_of_day, self._loaded, self._failed, owner=self)

    def _loaded(self, ideas: list[DayIdea]) -> None:
        keep = self.chosen.receipt_code if self.chosen else ""
        self._ideas = ideas
        self.ideas.blockSignals(True)  # the same idea stays chosen, and what was just said stays
        self.ideas.clear()
        for idea in ideas:
            item = QListWidgetItem(self._line(idea), self.ideas)
            item.setData(Qt.ItemDataRole.UserRole, idea.receipt_code)
            if idea.receipt_code == keep:
                self.ideas.setCurrentItem(item)
        self.ideas.blockSignals(False)
        self._chosen_code = self.chosen.receipt_code if self.chosen else ""
        self._hint.setText(self.tr("No ideas yet today.") if not ideas else self.tr("Tap an idea to hide it or show it again."))
        self._update_actions()
        self.loaded.emit()

    def _line(self, idea: DayIdea) -> str:
        head = f"{idea.created_at.astimezone():%H:%M}  {format_code(idea.receipt_code)}"
        if idea.hidden_reason:
            at = f"{idea.hidden_at.astimezone():%H:%M}" if idea.hidden_at else ""
            head += "  ·  " + self.tr("HIDDEN %1 (%2)").replace("%1", at).replace("%2", moderation_reason(idea.hidden_reason))
        return f"{head}\n{idea.excerpt}"

    def _chosen(self, _row: int) -> None:
        self._chosen_code = self.chosen.receipt_code if self.chosen else ""
        self.problem.clear_text()
        self.done.setText("")
        for choice in self.reason_buttons.values():
            choice.setAutoExclusive(False)
            choice.setChecked(False)
            choice.setAutoExclusive(True)
        self._update_actions()

    def _update_actions(self) -> None:
        idea = self.chosen
        hidden = bool(idea and idea.hidden_reason)
        reason_picked = any(choice.isChecked() for choice in self.reason_buttons.values())
        for choice in self.reason_buttons.values():
            choice.setEnabled(idea is not None and not hidden)
        self.hide_button.setEnabled(idea is not None and not hidden and reason_picked)
        self.show_button.setVisible(hidden)

    def _hide(self) -> None:
        picked = [code for code, choice in self.reason_buttons.items() if choice.isChecked()]
        if picked:
            self._set(picked[0])

    def _set(self, reason: str) -> None:
        idea = self.chosen
        if idea is None:
            return
        kiosk, code = self._kiosk, idea.receipt_code
        run_in_background(lambda: kiosk.hide_idea(code, reason), lambda _code: self._changed(code, reason), self._failed, owner=self)

    def _changed(self, code: str, reason: str) -> None:
        text = self.tr("%1 is hidden: no public wall will show it; city hall still sees it.") if reason else self.tr("%1 is shown again.")
        self.done.setText(text.replace("%1", format_code(code)))
        self.reload()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ModerationRefused):  # only if it changed meanwhile: the buttons allow nothing else
            self.problem.show_text(self.tr("Nothing was changed: the idea had changed meanwhile. The list is read again."))
            self.reload()
        else:
            self.problem.show_text(self.tr("The ideas could not be read just now: %1").replace("%1", str(error)))

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Today's ideas"))
        self._reason_label.setText(self.tr("Why hide it?"))
        for code, choice in self.reason_buttons.items():
            choice.setText(moderation_reason(code))
        self.hide_button.setText(self.tr("Hide the idea"))
        self.show_button.setText(self.tr("Show it again"))
        self.back_button.setText(self.tr("Back to staff"))
        for row, idea in enumerate(self._ideas):
            item = self.ideas.item(row)
            if item is not None:
                item.setText(self._line(idea))
