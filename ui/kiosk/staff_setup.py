"""The first start's set-up, right after staff chose the kiosk's PIN: four short steps, each of
which can be skipped and done later from the staff panel ("Start dagen", "Forbindelse til
kommunen"): the language of the day; the receipt printer, chosen among the queues CUPS offers (or
none), with a test receipt and the question whether it could be read and scanned; the kiosk's
connection, scanned from the QR code of ``mokoko central add-device --qr`` (a USB scanner types
it and Enter); and the first sync, which brings the municipality's catalogue. Printing, the
connection test and the sync run off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from mokoko_desktop import bootstrap, cups
from shared_kernel.i18n import available_languages, language_name
from ui.common.tasks import run_in_background
from ui.common.widgets import TranslatedWidget, button, label
from ui.kiosk.staff_panel import connection_refused
from ui.kiosk.sync_indicator import describe

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk
    from mokoko_desktop.printing import PrintOutcome, ReceiptPrinter
    from sync.kiosk_connection import CheckedConnection
    from ui.kiosk.sync_scheduler import SyncScheduler, SyncView

STEPS = ("language", "printer", "connection", "sync")
COLUMNS = 3


class StaffSetupScreen(TranslatedWidget):
    """Signals: finished(): done or skipped to the end (the staff panel follows)."""

    finished = Signal()

    def __init__(self, kiosk: Kiosk, printer: ReceiptPrinter | None, sync: SyncScheduler | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffSetup")
        self._kiosk, self._printer, self._sync = kiosk, printer, sync
        self.step = 0
        self._heading, self.step_line, self.note = label("stepHeading", self), label("staffInfo", self), label("staffInfo", self)
        self.pages = QStackedWidget(self)
        self.language_buttons = self._choices([(language, language_name(language)) for language in available_languages()], self._language)
        self.pages.addWidget(self._page(self.language_buttons.values()))
        self.printer_buttons: dict[str, QPushButton] = {}
        self._printer_grid = QGridLayout()
        self.test_button, self.readable_button, self.unreadable_button = (
            button("secondary", self),
            button("primary", self),
            button("secondary", self),
        )
        self.test_button.clicked.connect(self.print_test)
        self.readable_button.clicked.connect(lambda: self._answer(True))
        self.unreadable_button.clicked.connect(lambda: self._answer(False))
        self.question = label("fieldLabel", self)  # "Could you read the code and scan the QR code?"
        answers = QHBoxLayout()
        answers.addWidget(self.readable_button)
        answers.addWidget(self.unreadable_button)
        printer_page = self._page([])
        printer_page.layout().addLayout(self._printer_grid)  # type: ignore[union-attr]
        printer_page.layout().addWidget(self.test_button)  # type: ignore[union-attr]
        printer_page.layout().addWidget(self.question)  # type: ignore[union-attr]
        printer_page.layout().addLayout(answers)  # type: ignore[union-attr]
        self.pages.addWidget(printer_page)
        self.central_url = QLineEdit(self)
        self.central_url.setEchoMode(QLineEdit.EchoMode.Password)  # it carries the kiosk's credential
        self.central_url.returnPressed.connect(self.connect_kiosk)
        self.connect_button = button("primary", self)
        self.connect_button.clicked.connect(self.connect_kiosk)
        self.pages.addWidget(self._page([self.central_url, self.connect_button]))
        self.sync_button = button("primary", self)
        self.sync_button.clicked.connect(self._sync_now)
        self.pages.addWidget(self._page([self.sync_button]))
        if sync is not None:
            sync.changed.connect(self._synced)
        self.skip_button, self.next_button = button("secondary", self), button("primary", self)
        self.skip_button.clicked.connect(self.next_step)
        self.next_button.clicked.connect(self.next_step)
        actions = QHBoxLayout()
        actions.addWidget(self.skip_button)
        actions.addStretch(1)
        actions.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        for part in (self._heading, self.step_line, self.pages, self.note):
            layout.addWidget(part)
        layout.addStretch(1)
        layout.addLayout(actions)
        self._show_step()
        run_in_background(cups.queues, self._queues_found, lambda _error: self._queues_found([]), owner=self)

    def _choices(self, options: list[tuple[str, str]], chosen: object) -> dict[str, QPushButton]:
        group, buttons = QButtonGroup(self), {}
        for key, text in options:
            choice = QPushButton(text, self)
            choice.setObjectName("dayChoice")
            choice.setCheckable(True)
            choice.clicked.connect(lambda _checked=False, key=key: chosen(key))  # type: ignore[operator]
            group.addButton(choice)
            buttons[key] = choice
        return buttons

    def _page(self, widgets: object) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:  # type: ignore[attr-defined]
            column.addWidget(widget)
        return page

    def _show_step(self) -> None:
        self.pages.setCurrentIndex(self.step)
        self.note.clear()
        self._ask(False)
        self._retranslate()

    def _ask(self, asking: bool) -> None:
        for widget in (self.question, self.readable_button, self.unreadable_button):
            widget.setVisible(asking)

    def next_step(self) -> None:
        """The next step, or the staff panel after the last; what was not done can be done there."""
        if self.step + 1 >= len(STEPS):
            self.finished.emit()
            return
        self.step += 1
        self._show_step()

    # the steps ----------------------------------------------------------------------------
    def _language(self, language: str) -> None:
        self._kiosk.set_start_language(language)
        self.note.setText(self.tr("The kiosk starts in %1 today.").replace("%1", language_name(language)))

    def _queues_found(self, queues: list[str]) -> None:
        self.printer_buttons = self._choices([*((queue, queue) for queue in queues), ("", self.tr("No printer"))], self._choose_printer)
        for index, choice in enumerate(self.printer_buttons.values()):
            self._printer_grid.addWidget(choice, index // COLUMNS, index % COLUMNS)
        chosen = self._kiosk.settings.get("printer_name")
        if chosen in self.printer_buttons:
            self.printer_buttons[chosen].setChecked(True)

    def _choose_printer(self, queue: str) -> None:
        self._kiosk.settings.set("printer_name", queue)
        if self._printer is not None and hasattr(self._printer, "queue"):
            self._printer.queue = queue  # the printer in use prints there from now on
        self.test_button.setEnabled(bool(queue))
        self.note.setText(self.tr("Receipts go to %1.").replace("%1", queue) if queue else self.tr("No receipts are printed."))

    def print_test(self) -> None:
        printer = self._printer
        if printer is None:
            return
        self.test_button.setEnabled(False)
        self.note.setText(self.tr("Printing a test receipt…"))
        run_in_background(lambda: self._kiosk.print_test_receipt(printer), self._printed, lambda error: self._printed(None), owner=self)

    def _printed(self, outcome: PrintOutcome | None) -> None:
        self.test_button.setEnabled(True)
        if outcome is not None and outcome.printed:
            self.note.clear()
            self.question.setText(self.tr("Could you read the code and scan the QR code?"))
            self._ask(True)
        else:
            self.note.setText(self.tr("The test receipt did not print. Check the printer's cable, power and paper, then try again."))

    def _answer(self, readable: bool) -> None:
        self._kiosk.confirm_check("printer", readable)
        self._ask(False)
        if readable:
            self.note.setText(self.tr("The printer is ticked off for today."))
        else:
            self.note.setText(self.tr("Check the paper roll (the shiny side towards the print head) and print again."))

    def connect_kiosk(self) -> None:
        typed = self.central_url.text()
        self.connect_button.setEnabled(False)
        self.note.setText(self.tr("Testing the connection…"))
        run_in_background(lambda: bootstrap.check_connection(typed), self._connected, self._refused, owner=self)

    def _connected(self, checked: CheckedConnection) -> None:
        self._kiosk.settings.set("central_url", checked.url)
        self.connect_button.setEnabled(True)
        self.note.setText(self.tr("Connected: the municipality knows this kiosk as %1.").replace("%1", checked.name))

    def _refused(self, error: Exception) -> None:
        self.connect_button.setEnabled(True)
        self.note.setText(connection_refused(error))
        self.note.setToolTip(str(error))

    def _sync_now(self) -> None:
        if self._sync is not None:
            self._sync.sync_now()

    def _synced(self, view: SyncView) -> None:
        if STEPS[self.step] != "sync":
            return
        line = describe(view)
        if view.status is not None and view.status.last_success_at and not view.running:
            line += "\n" + self.tr("The municipality's catalogue is here: %1 stops on the tour.").replace(
                "%1", str(len(self._kiosk.catalogue.stops()))
            )
        self.note.setText(line)

    def _retranslate(self) -> None:
        step = STEPS[self.step]
        self._heading.setText(self.tr("Setting up the kiosk"))
        self.step_line.setText(
            self.tr("Step %1 of %2: %3").replace("%1", str(self.step + 1)).replace("%2", str(len(STEPS))).replace("%3", self._title(step))
        )
        self.test_button.setText(self.tr("Print a test receipt"))
        self.readable_button.setText(self.tr("Yes, both"))
        self.unreadable_button.setText(self.tr("No"))
        self.central_url.setPlaceholderText(self.tr("Scan the QR code from city hall (postgresql://…)"))
        self.connect_button.setText(self.tr("Connect"))
        self.sync_button.setText(self.tr("Sync now"))
        self.skip_button.setText(self.tr("Skip (do it later from the staff panel)"))
        self.next_button.setText(self.tr("Next") if self.step + 1 < len(STEPS) else self.tr("Done"))

    def _title(self, step: str) -> str:
        titles = {
            "language": self.tr("the language the kiosk starts in today"),
            "printer": self.tr("the receipt printer"),
            "connection": self.tr("the connection to the municipality"),
            "sync": self.tr("the first sync, with the municipality's catalogue"),
        }
        return titles[step]
