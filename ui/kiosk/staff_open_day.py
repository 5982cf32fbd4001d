"""Behind the PIN: "Start dagen", the start-of-day checklist. Today's stop and its opening hours
(from the tour plan, or chosen for today; kept open all day if staff want), a test receipt and
the paper, the connection to the municipality, and the language the kiosk starts in today.
Each line says whether it is done; printing and syncing run off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLayout, QPushButton, QVBoxLayout, QWidget

from mokoko_desktop.day_plan import CHECKLIST, DayPlan, checklist, synced_on
from shared_kernel.i18n import available_languages, language_name
from ui.common.messages import translated
from ui.common.tasks import run_in_background
from ui.common.widgets import TranslatedWidget, button, label, scrolled_column
from ui.kiosk.sync_indicator import describe

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk
    from mokoko_desktop.printing import PrintOutcome, ReceiptPrinter
    from ui.kiosk.sync_scheduler import SyncScheduler

STOP_COLUMNS = 3
DONE, TO_DO = "✓", "○"


def hours_text(plan: DayPlan) -> str:
    """Today's stop and hours in one line, e.g. "Asferg (turplanen) · i dag 10.00–17.00"."""

    if plan.stop is None:
        return QCoreApplication.translate("hours", "No stop today")
    source = (
        QCoreApplication.translate("hours", "chosen for today")
        if plan.chosen_by_staff
        else QCoreApplication.translate("hours", "tour plan")
    )
    today = plan.hours_today
    locale, clock = QLocale(), QCoreApplication.translate("hours", "HH:mm")
    if plan.kept_open or not plan.has_hours:
        hours = QCoreApplication.translate("hours", "open all day")
    elif today is None:
        hours = QCoreApplication.translate("hours", "closed today")
    else:
        opens, closes = today.opens.astimezone(), today.closes.astimezone()
        hours = (
            QCoreApplication.translate("hours", "today %1–%2")
            .replace("%1", locale.toString(QTime(opens.hour, opens.minute), clock))
            .replace("%2", locale.toString(QTime(closes.hour, closes.minute), clock))
        )
    return f"{plan.stop.place} ({source})  ·  {hours}"


class StaffOpenDayScreen(TranslatedWidget):
    """The start-of-day checklist.

    Signals:
        closed(): back to the staff panel.
        open_requested(): staff are done: the kiosk's start screen (or closed screen) for citizens.
        day_changed(): the stop, the hours or the language of today changed (the start screen is read again).
    """

    closed = Signal()
    open_requested = Signal()
    day_changed = Signal()

    def __init__(self, kiosk: Kiosk, printer: ReceiptPrinter | None, sync: SyncScheduler | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffOpenDay")
        self._kiosk, self._printer, self._sync = kiosk, printer, sync
        self._heading = label("stepHeading", self)
        self.marks = {key: label("checkMark", self, wrap=False) for key in CHECKLIST}
        self.titles = {key: label("fieldLabel", self) for key in CHECKLIST}
        self.stop_line = label("staffInfo", self)
        self.stop_buttons: dict[str, QPushButton] = {}
        stop_group, stops = QButtonGroup(self), QGridLayout()
        for index, stop in enumerate(kiosk.catalogue.stops()):
            choice = QPushButton(f"{stop.place}  ·  {stop.starts_on:%d.%m}–{stop.ends_on:%d.%m}", self)
            choice.setObjectName("dayChoice")
            choice.setCheckable(True)
            choice.clicked.connect(lambda _checked=False, stop_id=stop.id: self._choose_stop(stop_id))
            stop_group.addButton(choice)
            stops.addWidget(choice, index // STOP_COLUMNS, index % STOP_COLUMNS)
            self.stop_buttons[stop.id] = choice
        self.keep_open_button = button("secondary", self)
        self.keep_open_button.setCheckable(True)
        self.keep_open_button.clicked.connect(self._keep_open)
        self.test_print_button = button("secondary", self)
        self.test_print_button.clicked.connect(self.print_test)
        self.printer_ok_button = button("secondary", self)
        self.printer_ok_button.setCheckable(True)
        self.printer_ok_button.clicked.connect(lambda checked: self._confirm("printer", checked))
        self.printer_note = label("staffInfo", self)
        self.printer_note.hide()
        self.paper_button = button("secondary", self)
        self.paper_button.setCheckable(True)
        self.paper_button.clicked.connect(lambda checked: self._confirm("paper", checked))
        self.sync_line = label("staffInfo", self)
        self.sync_button = button("secondary", self)
        self.sync_button.clicked.connect(self._sync_now)
        if sync is not None:
            sync.changed.connect(self._show_state)
        self.language_buttons: dict[str, QPushButton] = {}
        language_group, languages = QButtonGroup(self), QHBoxLayout()
        for language in available_languages():
            choice = QPushButton(language_name(language), self)
            choice.setObjectName("dayChoice")
            choice.setCheckable(True)
            choice.clicked.connect(lambda _checked=False, lang=language: self._choose_language(lang))
            language_group.addButton(choice)
            languages.addWidget(choice)
            self.language_buttons[language] = choice
        languages.addStretch(1)
        self.back_button = button("secondary", self)
        self.back_button.clicked.connect(self.closed)
        self.open_button = button("primary", self)
        self.open_button.clicked.connect(self._open)
        printer_row, paper_row, stop_row = QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        printer_row.addWidget(self.test_print_button)
        printer_row.addWidget(self.printer_ok_button)
        printer_row.addStretch(1)
        paper_row.addWidget(self.paper_button)
        paper_row.addStretch(1)
        stop_row.addWidget(self.stop_line, 1)
        stop_row.addWidget(self.keep_open_button, 0, Qt.AlignmentFlag.AlignTop)
        sync_row = QHBoxLayout()
        sync_row.addWidget(self.sync_line, 1)
        sync_row.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignTop)
        rows: dict[str, list[QWidget | QLayout]] = {
            "stop": [stop_row, stops],
            "printer": [printer_row, self.printer_note],
            "paper": [paper_row],
            "sync": [sync_row],
            "language": [languages],
        }
        parts: list[QWidget | QLayout] = []
        for key in CHECKLIST:
            title = QHBoxLayout()
            title.addWidget(self.marks[key])
            title.addWidget(self.titles[key], 1)
            parts += [title, *rows[key]]
        body = scrolled_column("reviewBody", "reviewScroll", self, parts)
        body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        actions = QHBoxLayout()
        actions.addWidget(self.back_button)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(body, 1)
        layout.addLayout(actions)
        self._retranslate()

    def _open(self) -> None:
        if self._kiosk.day_plan().closed_by_staff:
            self._kiosk.close_day(False)  # opened again after "Luk dagen"
            self.day_changed.emit()
        self.open_requested.emit()

    def print_test(self) -> None:
        """The test receipt, printed off the GUI thread."""
        printer = self._printer
        if printer is None:
            self._show_printed(None)
            return
        self.test_print_button.setEnabled(False)
        run_in_background(lambda: self._kiosk.print_test_receipt(printer), self._show_printed, self._print_failed, owner=self)

    def _show_printed(self, outcome: PrintOutcome | None) -> None:
        self.test_print_button.setEnabled(True)
        if outcome is None or (not outcome.printed and not outcome.printer):
            text = self.tr("No receipt printer is set up on this kiosk.")
        elif outcome.printed:
            text = self.tr("The test receipt went to %1. Did it come out, with æ, ø, å and a sharp QR code?").replace("%1", outcome.printer)
        else:
            text = self.tr("The test receipt did not print. Check the printer's cable, power and paper, then try again.")
        self.printer_note.setText(text)
        self.printer_note.setToolTip(outcome.detail if outcome is not None else "")  # the print system's own words
        self.printer_note.show()

    def _print_failed(self, error: Exception) -> None:
        from mokoko_desktop.printing import PrintOutcome

        self._show_printed(PrintOutcome(False, "", str(error)))

    def _confirm(self, key: str, checked: bool) -> None:
        self._kiosk.confirm_check(key, checked)
        self._show_state()

    def _choose_stop(self, stop_id: str) -> None:
        self._kiosk.set_today_stop(stop_id)
        self.day_changed.emit()
        self._show_state()

    def _keep_open(self, checked: bool) -> None:
        self._kiosk.keep_open_today(checked)
        self.day_changed.emit()
        self._show_state()

    def _choose_language(self, language: str) -> None:
        self._kiosk.set_start_language(language)
        self.day_changed.emit()
        self._show_state()

    def _sync_now(self) -> None:
        if self._sync is not None:
            self._sync.sync_now()

    def _synced_today(self, plan: DayPlan) -> bool:
        view = self._sync.view() if self._sync is not None else None
        status = view.status if view is not None else None  # read on the sync's worker thread
        if status is None:
            return False
        return synced_on(plan.day, status.last_success_at, status.waiting, status.refused)

    def _show_state(self, *_changed: object) -> None:
        kiosk = self._kiosk
        plan = kiosk.day_plan()
        for item in checklist(plan, kiosk.settings, self._synced_today(plan)):
            self.marks[item.key].setText(DONE if item.done else TO_DO)
            self.marks[item.key].setProperty("done", item.done)
            self.marks[item.key].style().polish(self.marks[item.key])
        self.stop_line.setText(hours_text(plan))
        for stop_id, choice in self.stop_buttons.items():
            choice.setChecked(plan.stop is not None and plan.stop.id == stop_id)
        self.keep_open_button.setVisible(plan.has_hours)
        self.keep_open_button.setChecked(plan.kept_open)
        today = plan.day.isoformat()
        self.printer_ok_button.setChecked(kiosk.settings.get("printer_checked_day") == today)
        self.paper_button.setChecked(kiosk.settings.get("paper_checked_day") == today)
        for language, choice in self.language_buttons.items():
            choice.setChecked(language == plan.language)
        view = self._sync.view() if self._sync is not None else None
        self.sync_line.setText(describe(view) if view is not None else self.tr("Sync is not running in this window."))

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Start the day"))
        for key, title in CHECKLIST.items():
            self.titles[key].setText(translated("checklist", title))
        self.keep_open_button.setText(self.tr("Keep open all day today"))
        self.test_print_button.setText(self.tr("Print a test receipt"))
        self.printer_ok_button.setText(self.tr("It came out fine"))
        self.paper_button.setText(self.tr("The roll is full"))
        self.sync_button.setText(self.tr("Sync now"))
        self.back_button.setText(self.tr("Back"))
        self.open_button.setText(self.tr("Open the kiosk"))
        self._show_state()
