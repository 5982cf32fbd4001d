"""The volunteers tab (sign-ups for each opportunity, followed up: contacted, placed, declined)
and the Byttebørs tab (posts from every stop, so matches across stops can be seen)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from city_hall.inbox import WHY_MIN
from city_hall.signup_desk import SIGNUP_STATUS_NAMES, SIGNUP_STATUSES
from shared_kernel.i18n import pick
from shared_kernel.receipt_codes import format_code
from ui.common.widgets import TranslatedWidget, button, describe_field, label

if TYPE_CHECKING:
    from city_hall.contact_details import ContactDetails
    from city_hall.office_catalogue import OfficeCatalogue
    from city_hall.signup_desk import PostLine, SignupLine
    from shared_kernel.byttebors import Match
    from ui.office.desk_window import DeskWindow
    from ui.office.window import OfficeWindow


def make_table(parent: QWidget, columns: int, stretch: int | None = None) -> QTableWidget:
    """A read-only list of whole rows (the office app's lists); column ``stretch`` takes the room."""
    table = QTableWidget(0, columns, parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    if stretch is not None:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fill_table(table: QTableWidget, rows: Sequence[tuple[str, ...]], codes: Sequence[str | None]) -> None:
    table.setRowCount(len(rows))
    for row, (values, code) in enumerate(zip(rows, codes, strict=True)):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, code)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()


class SignupsView(TranslatedWidget):
    """New sign-ups first; the contact person marks each one as they follow it up. ``partner``: an
    association's own volunteers (no 'mine', no contact person or duplicate columns: whether city
    hall has handed the contact details over instead)."""

    STATUSES = SIGNUP_STATUSES

    def __init__(self, window: DeskWindow, parent: QWidget | None = None, *, partner: bool = False) -> None:
        super().__init__(parent)
        self._window = window
        self._partner = partner
        self.loaded = False  # the first list is shown
        self._lines: list[SignupLine] = []
        self._stops: dict[str, str] = {}
        self.mine = QCheckBox(self)
        self.mine.toggled.connect(self.reload)
        self.status = QComboBox(self)
        self.status.currentIndexChanged.connect(self.reload)
        self.table = make_table(self, 7, 3)
        self.info = label("stepHint", self)
        self.mark_buttons = {status: button("secondary", self) for status in self.STATUSES[1:]}
        for status, mark in self.mark_buttons.items():
            mark.clicked.connect(lambda _checked=False, chosen=status: self._mark(chosen))
        self.reveal_button = button("quiet", self)
        self.reveal_button.clicked.connect(self._reveal)
        self.reveal_button.setEnabled(False)
        self.reveal_why = QLineEdit(self)
        self.reveal_why.textChanged.connect(lambda text: self.reveal_button.setEnabled(len(text.strip()) >= WHY_MIN))
        self.mine.setVisible(not partner)
        top = QHBoxLayout()
        top.addWidget(self.mine)
        top.addWidget(self.status)
        top.addStretch(1)
        actions = QHBoxLayout()
        for mark in self.mark_buttons.values():
            actions.addWidget(mark)
        actions.addWidget(self.reveal_why, 1)
        actions.addWidget(self.reveal_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.info)
        layout.addLayout(actions)
        self._retranslate()

    def set_catalogue(self, catalogue: OfficeCatalogue) -> None:
        self.set_stops(dict(catalogue.stops))

    def set_stops(self, stops: dict[str, str]) -> None:
        """The stops' names by id (the list shows where each volunteer signed up)."""
        self._stops = stops

    def reload(self) -> None:

        office, mine, status = self._window.office, self.mine.isChecked(), self.status.currentData()
        self._window.call(lambda: office.signups(mine=mine, status=status), self._loaded)

    def _loaded(self, lines: list[SignupLine]) -> None:
        self._lines = lines
        self.loaded = True
        language = self._window.language
        names = dict(zip(self.STATUSES, self._status_names(), strict=True))
        rows = [
            (
                format_code(line.receipt_code),
                f"{line.created_at.astimezone():%d.%m.%Y}",
                self._stops.get(line.stop_id, line.stop_id),
                pick(line.opportunity_title, language) or self.tr("Something else: %1").replace("%1", line.general_text or ""),
                (self.tr("Yes") if line.handed_over else self.tr("Not yet")) if self._partner else line.contact_person,
                names.get(line.status, line.status) + (f" ({line.status_by})" if line.status_by else ""),
                ", ".join(format_code(code) for code in sorted(line.likely_same_as)),
            )
            for line in lines
        ]
        fill_table(self.table, rows, [line.receipt_code for line in lines])
        self.table.setColumnHidden(6, self._partner)  # duplicates are city hall's look across every association
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.info.setText(self.tr("1 sign-up") if len(lines) == 1 else self.tr("%1 sign-ups").replace("%1", str(len(lines))))

    def _chosen_code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self._lines[rows[0].row()].receipt_code if rows else None

    def _mark(self, status: str) -> None:

        code = self._chosen_code()
        if code is None:
            self.info.setText(self.tr("Choose a sign-up in the list first."))
            return
        office = self._window.office
        self._window.call(lambda: office.mark_signup(code, status), lambda _none: self.reload())

    def _reveal(self) -> None:
        code = self._chosen_code()
        if code is None:
            self.info.setText(self.tr("Choose a sign-up in the list first."))
            return
        self._window.keys.open_contact(code, self.reveal_why.text(), "signup", self._revealed)

    def _revealed(self, details: ContactDetails) -> None:
        shown = " · ".join(details.fields.values()) or self.tr("The contact details have been deleted as promised.")
        self.info.setText(shown + "  " + self.tr("(Your look was written in the access log.)"))

    def _status_names(self) -> list[str]:
        return [QCoreApplication.translate("signup_status", SIGNUP_STATUS_NAMES[status]) for status in self.STATUSES]

    def _retranslate(self) -> None:
        self.mine.setText(self.tr("Only opportunities I am the contact of"))
        self.table.setAccessibleName(self.tr("Sign-ups"))
        chosen = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("All"), None)
        for code, name in zip(self.STATUSES, self._status_names(), strict=True):
            self.status.addItem(name, code)
        self.status.setCurrentIndex(max(0, self.status.findData(chosen)))
        self.status.blockSignals(False)
        for status, name in zip(self.STATUSES[1:], self._status_names()[1:], strict=True):
            self.mark_buttons[status].setText(name)
        self.reveal_button.setText(self.tr("Show contact details (logged)"))
        describe_field(self.reveal_why, self.tr("Why do you need them? (written in the access log)"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Date"),
                self.tr("Stop"),
                self.tr("Opportunity"),
                self.tr("Contact details handed over") if self._partner else self.tr("Contact person"),
                self.tr("Status"),
                self.tr("Likely the same person as"),
            ]
        )
        if self.loaded:  # the rows' words (statuses, "Yes") in the new language too
            self._loaded(self._lines)


class PostsView(TranslatedWidget):
    """Every Byttebørs post from every stop, newest first, with its tags (public by nature)."""

    def __init__(self, window: OfficeWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._stops: dict[str, str] = {}
        self._interests: dict[str, dict[str, str]] = {}
        self.table = make_table(self, 6, 5)
        self.info = label("stepHint", self)
        self._matches_heading = label("fieldLabel", self)
        self.matches = make_table(self, 4, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.info)
        layout.addWidget(self._matches_heading)
        layout.addWidget(self.matches, 2)
        self._retranslate()

    def set_catalogue(self, catalogue: OfficeCatalogue) -> None:
        self._stops = dict(catalogue.stops)
        self._interests = dict(catalogue.interests)

    def _tags(self, tags: Iterable[str]) -> str:
        """The subjects by their names in the reader's language (codes only if the catalogue lost one)."""
        language = self._window.language
        return ", ".join(pick(self._interests.get(tag, {}), language) or tag for tag in sorted(tags))

    def reload(self) -> None:

        office = self._window.office
        self._window.call(lambda: (office.posts(), office.matches()), self._loaded)

    def _loaded(self, result: tuple[list[PostLine], list[Match]]) -> None:
        posts, matches = result
        kinds = {"offer": self.tr("Offers"), "need": self.tr("Asks for")}
        rows = [
            (
                format_code(post.receipt_code) if post.receipt_code else "–",
                f"{post.created_at.astimezone():%d.%m.%Y}",
                self._stops.get(post.stop_id, post.stop_id),
                kinds.get(post.kind, post.kind),
                self._tags(post.tags),
                post.text,
            )
            for post in posts
        ]
        fill_table(self.table, rows, [post.receipt_code for post in posts])
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.info.setText(self.tr("%1 posts").replace("%1", str(len(posts))))
        yes, no = self.tr("Yes"), self.tr("No")
        pairs = [
            (
                match.giver.described,
                match.taker.described,
                self._tags(match.shared_tags),
                yes if match.same_place else no,
            )
            for match in matches
        ]
        fill_table(self.matches, pairs, [match.giver.ref for match in matches])
        self.matches.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.matches.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Date"), self.tr("Stop"), self.tr("Kind"), self.tr("Tags"), self.tr("Text")]
        )
        self._matches_heading.setText(self.tr("Offers and needs that fit, across every stop"))
        self.table.setAccessibleName(self.tr("Byttebørs posts"))
        self.matches.setAccessibleName(self._matches_heading.text())
        self.matches.setHorizontalHeaderLabels([self.tr("Offered"), self.tr("Needed"), self.tr("Shared"), self.tr("Same stop")])
