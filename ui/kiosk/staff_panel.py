"""Behind the PIN: the hub of the day's tools, today's stop in one line, the connection to the
municipality, unprinted receipts, leaving kiosk mode."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLayout, QLineEdit, QVBoxLayout, QWidget

from mokoko_desktop import __version__, bootstrap, sync_problem
from mokoko_desktop.health import current_printer
from mokoko_desktop.paths import receipts_dir
from mokoko_desktop.printing import OFFLINE, OUT_OF_PAPER
from mokoko_desktop.readiness import PROBLEMS
from shared_kernel.receipt_codes import format_code
from ui.common.messages import translated
from ui.common.tasks import run_in_background
from ui.common.widgets import TranslatedWidget, button, describe_field, label, scrolled_column
from ui.kiosk.camera_scanner import CameraReader
from ui.kiosk.overlay import Overlay
from ui.kiosk.staff_open_day import hours_text
from ui.kiosk.staff_update import StaffUpdate
from ui.kiosk.sync_indicator import describe

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk
    from sync.kiosk_connection import CheckedConnection  # the type bootstrap.check_connection returns
    from ui.kiosk.sync_scheduler import SyncScheduler, SyncView

log = logging.getLogger(__name__)
TOOL_COLUMNS = 3


def connection_refused(error: Exception) -> str:
    """Why a scanned or typed kiosk connection was not stored, in staff's words (here and in the set-up)."""
    reason = getattr(error, "reason", "")
    if reason == "not_url":
        return QCoreApplication.translate(
            "StaffPanel", "That is not a kiosk's connection. Scan the QR code city hall made for this kiosk; nothing was changed."
        )
    if reason == "unknown_login":
        return QCoreApplication.translate(
            "StaffPanel", "The municipality does not know this connection as a kiosk. Ask city hall for a new one; nothing was changed."
        )
    return QCoreApplication.translate(
        "StaffPanel", "The municipality cannot be reached with it just now; nothing was changed. Try again when the kiosk is online."
    )


class StaffPanel(TranslatedWidget):
    """The staff's view of the day.

    Signals:
        closed(): back to the kiosk.
        quit_requested(): leave kiosk mode (the PIN was given, and staff confirmed; or a new version is installed).
        day_requested(): show the day's Byttebørs posts, sign-ups and matches.
        receipts_requested(): reprint a receipt, or the unprinted ones.
        moderation_requested(): the day's ideas, to hide an abusive one.
        dashboard_requested(): the day in figures.
        assisted_requested(): type in an idea on a citizen's behalf (or from paper).
        close_day_requested(): "Luk dagen".
        open_day_requested(): "Start dagen": the checklist, where today's stop and hours are changed.
    """

    closed = Signal()
    quit_requested = Signal()
    day_requested = Signal()
    receipts_requested = Signal()
    moderation_requested = Signal()
    dashboard_requested = Signal()
    assisted_requested = Signal()
    close_day_requested = Signal()
    open_day_requested = Signal()
    setup_requested = Signal()

    def __init__(self, kiosk: Kiosk, parent: QWidget | None = None, *, sync: SyncScheduler | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffPanel")
        self._kiosk = kiosk
        self._sync = sync
        self._sync_label = label("fieldLabel", self)
        self.sync_info = label("staffInfo", self)
        self.sync_button = button("secondary", self)
        self.retry_button = button("secondary", self)  # shown while records are set aside
        self.retry_button.hide()
        self.retry_button.clicked.connect(self._retry_refused)
        self.central_url = QLineEdit(self)
        self.central_url.setEchoMode(QLineEdit.EchoMode.Password)  # it carries the kiosk's password
        self.central_url.setObjectName("centralUrl")
        self.central_url.setText(kiosk.settings.get("central_url"))
        self.save_url_button = button("secondary", self)
        self.central_url.returnPressed.connect(self._save_url)  # a USB scanner types the QR and Enter
        self.connection_note = label("staffInfo", self)  # the test of a scanned connection
        self.connection_note.hide()
        self.sync_button.clicked.connect(self._sync_now)
        self.save_url_button.clicked.connect(self._save_url)
        if sync is not None:
            sync.changed.connect(self._sync_changed)
        self._heading = label("stepHeading", self)
        self.not_ready = label("problem", self)  # what stops citizens now, and what to do
        self.printer_note = label("problem", self)  # the printer, as the print system reports it
        self.printer_note.hide()
        self._stop_label = label("fieldLabel", self)
        self._info = label("staffInfo", self)
        self._info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stop_line = label("staffInfo", self)  # "Asferg (tour plan) · today 10.00–17.00"
        self.change_stop_button = button("secondary", self)
        self.change_stop_button.clicked.connect(self.open_day_requested)
        self.back_button = button("primary", self)
        self.quit_button = button("secondary", self)
        self.back_button.clicked.connect(self.closed)
        self.quit_button.clicked.connect(self._ask_quit)
        self.confirm_quit = Overlay(self)  # a mis-tap must not close the kiosk for the day
        self.confirm_quit.accepted.connect(self.quit_requested)
        self.confirm_quit.rejected.connect(self.confirm_quit.hide)
        self.day_button = button("secondary", self)
        self.day_button.clicked.connect(self.day_requested)
        self.receipts_button = button("secondary", self)
        self.receipts_button.clicked.connect(self.receipts_requested)
        self.close_day_button = button("secondary", self)
        self.close_day_button.clicked.connect(self.close_day_requested)
        self.assisted_button = button("secondary", self)
        self.assisted_button.clicked.connect(self.assisted_requested)
        self.dashboard_button = button("secondary", self)
        self.dashboard_button.clicked.connect(self.dashboard_requested)
        self.moderation_button = button("secondary", self)
        self.moderation_button.clicked.connect(self.moderation_requested)
        self.open_day_button = button("secondary", self)
        self.open_day_button.clicked.connect(self.open_day_requested)
        self.setup_button = button("secondary", self)  # the first start's set-up again: printer, connection, sync
        self.setup_button.clicked.connect(self.setup_requested)
        self.update_note = StaffUpdate(kiosk, self)  # "Ny version klar", when city hall offers one
        self.update_note.restart_requested.connect(self.quit_requested)  # the session starts the new version
        tools = QGridLayout()  # the day's work, one tap each, in the order of the day
        for index, tool in enumerate(
            (
                self.open_day_button,
                self.dashboard_button,
                self.moderation_button,
                self.receipts_button,
                self.assisted_button,
                self.day_button,
            )
        ):
            tools.addWidget(tool, index // TOOL_COLUMNS, index % TOOL_COLUMNS)
        actions = QHBoxLayout()
        actions.addWidget(self.quit_button)
        actions.addWidget(self.close_day_button)  # the day's last tool, beside leaving
        actions.addWidget(self.setup_button)
        actions.addStretch(1)
        actions.addWidget(self.back_button)
        sync_row = QHBoxLayout()
        sync_row.addWidget(self.sync_info, 1)
        sync_row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        sync_row.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignTop)
        camera_slot = QVBoxLayout()
        self.camera = CameraReader(self, camera_slot)  # the QR of 'mokoko central add-device --qr', where there is a camera
        self.camera.scanned.connect(self._connection_scanned)
        url_row = QHBoxLayout()
        url_row.addWidget(self.central_url, 1)
        url_row.addWidget(self.camera.button)
        url_row.addWidget(self.save_url_button)
        stop_row = QHBoxLayout()
        stop_row.addWidget(self.stop_line, 1)
        stop_row.addWidget(self.change_stop_button, 0, Qt.AlignmentFlag.AlignTop)
        parts: list[QWidget | QLayout] = [
            self._stop_label,
            stop_row,
            self._sync_label,
            sync_row,
            self.update_note,
            url_row,
            camera_slot,
            self.connection_note,
            self._info,
        ]
        state = scrolled_column("reviewBody", "reviewScroll", self, parts)
        state.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the texts wrap
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self.not_ready)
        layout.addWidget(self.printer_note)
        layout.addWidget(state, 1)  # scrolls rather than squeezes; the buttons stay in reach
        layout.addLayout(tools)
        layout.addLayout(actions)
        self._retranslate()
        self.update_note.refresh()

    def _ask_quit(self) -> None:
        self.confirm_quit.open()

    def _sync_now(self) -> None:
        if self._sync is not None:
            self._sync.sync_now()

    def _retry_refused(self) -> None:
        """After a fix: the records the municipality refused are sent again at once (marked on
        a worker thread: the write may wait for a sync's)."""
        kiosk = self._kiosk
        self.retry_button.hide()
        run_in_background(lambda: bootstrap.retry_refused(kiosk), lambda _count: self._sync_now(), self._retry_failed, owner=self)

    def _retry_failed(self, error: Exception) -> None:
        log.warning("Sending the refused records again failed: %s", error)
        self.retry_button.show()
        self.sync_info.setText(self.tr("The records could not be made ready to send again. Please try once more (see the log)."))

    def _save_url(self) -> None:
        """Test what was scanned or typed (off the GUI thread) and store it only if it works."""
        typed = self.central_url.text()
        self.save_url_button.setEnabled(False)
        self.connection_note.setText(self.tr("Testing the connection…"))
        self.connection_note.show()
        run_in_background(lambda: bootstrap.check_connection(typed), self._url_works, self._url_refused, owner=self)

    def _connection_scanned(self, text: str) -> None:
        self.central_url.setText(text)
        self._save_url()

    def _url_works(self, checked: CheckedConnection) -> None:
        self._kiosk.settings.set("central_url", checked.url)
        self.save_url_button.setEnabled(True)
        self.connection_note.setText(
            self.tr("Connected: the municipality knows this kiosk as %1. It syncs now.").replace("%1", checked.name)
        )
        self._sync_now()
        self._show_sync()

    def _url_refused(self, error: Exception) -> None:
        self.save_url_button.setEnabled(True)
        self.connection_note.setText(connection_refused(error))
        self.connection_note.setToolTip(str(error))

    def _show_kiosk(self) -> None:
        """Today's stop, this kiosk's name and tag, what waits, what stops citizens: read again
        after every sync (a first sync with a new connection gives the kiosk its name)."""
        kiosk = self._kiosk
        plan = kiosk.day_plan()
        self.stop_line.setText(hours_text(plan))
        kept = receipts_dir(kiosk.data_dir)
        unprinted = sorted(kept.glob("*.pdf"))
        lines = [
            self.tr("Kiosk: %1 (codes start with %2)").replace("%1", kiosk.device.name).replace("%2", kiosk.device.tag),
            self.tr("Data folder: %1").replace("%1", str(kiosk.data_dir)),
            self.tr("Receipts not printed: %1, kept in %2").replace("%1", str(len(unprinted))).replace("%2", str(kept)),
        ]
        if unprinted:
            lines.append(self.tr("Latest: %1").replace("%1", ", ".join(format_code(p.stem) for p in unprinted[-3:])))
        for key, why in kiosk.settings.unusable().items():
            lines.append(
                self.tr("The setting %1 has a stored value that does not fit (%2); its default is used.")
                .replace("%1", key)
                .replace("%2", why)
            )
        self._info.setText("\n".join(lines))
        problems = kiosk.readiness()
        self.not_ready.setText(
            "\n".join([self.tr("Citizens cannot start yet:")] + [f"• {translated('readiness', PROBLEMS[problem])}" for problem in problems])
        )
        if plan.closed_by_staff:
            self.not_ready.setText(
                self.tr("The day is closed: the kiosk sleeps until tomorrow. To open it again today, use »Start the day«.")
            )
        self.not_ready.setVisible(bool(problems) or plan.closed_by_staff)
        run_in_background(lambda: current_printer(kiosk), self._show_printer, lambda _error: None, owner=self)

    def _show_printer(self, printer: tuple[str, str]) -> None:
        queue, state = printer
        if state == OUT_OF_PAPER:
            text = self.tr("The printer %1 is out of paper. Put in a new roll; receipts that do not print are kept meanwhile.")
        elif state == OFFLINE:
            text = self.tr("The printer %1 does not answer. Check that it is switched on and connected.")
        else:
            self.printer_note.hide()
            return
        self.printer_note.setText(text.replace("%1", queue))
        self.printer_note.show()

    def _sync_changed(self, view: SyncView) -> None:
        self._show_sync(view)
        if not view.running:
            self._show_kiosk()
            self.update_note.refresh()

    def _show_sync(self, view: SyncView | None = None) -> None:
        if view is None:
            view = self._sync.view() if self._sync is not None else None
        if view is None:
            self.sync_info.setText(self.tr("Sync is not running in this window."))
            return
        lines = [describe(view)]
        status = view.status  # read on the sync's worker thread, never here
        if status is None:
            self.sync_info.setText("\n".join([*lines, self.tr("Reading the sync status…")]))
            return
        lines.append(
            self.tr("Last successful sync: %1").replace("%1", status.last_success_at[:16].replace("T", " "))
            if status.last_success_at
            else self.tr("Last successful sync: never")
        )
        if status.conflicts:
            lines.append(
                self.tr("%1 records conflict with the central database; they are kept aside there for city hall.").replace(
                    "%1", str(status.conflicts)
                )
            )
        if status.refused:
            refused = self.tr("%1 records could not be sent; they are kept here (the log says why).")
            lines.append(refused.replace("%1", str(status.refused)))
        self.retry_button.setVisible(bool(status.refused))
        if status.catalogue_problems:
            kept_out = self.tr("%1 catalogue entries from the municipality could not be used; the earlier ones are kept (see the log).")
            lines.append(kept_out.replace("%1", str(status.catalogue_problems)))
        if not status.sealing_key:
            lines.append(
                self.tr(
                    "No key from the municipality yet: this kiosk takes no contact details (ideas without them still "
                    "work). Sync to fetch the key."
                )
            )
        if status.last_problem:
            lines.append(self._problem_text(status.last_problem))
        if status.required_version:
            newer = self.tr("The municipality requires a newer version of the kiosk (at least %1; this one is %2). Ask IT to update it.")
            lines.append(newer.replace("%1", status.required_version).replace("%2", __version__))
        self.sync_info.setText("\n".join(lines))

    def _problem_text(self, kind: str) -> str:
        """The last sync's problem in words staff can act on (the details are in the log)."""
        if kind == sync_problem.UNREACHABLE:
            return self.tr("The municipality could not be reached at the last try. Everything is kept here and sent later.")
        if kind == sync_problem.NOT_ALLOWED:
            return self.tr("The municipality does not accept this kiosk's connection. Ask city hall for a new one.")
        return self.tr("The municipality did not take the last sync; it is tried again. The details are in the log.")

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Staff"))
        self._stop_label.setText(self.tr("Today's stop (every idea is tagged with it)"))
        self.change_stop_button.setText(self.tr("Change"))
        self.open_day_button.setText(self.tr("Start the day"))
        self._show_kiosk()
        self._sync_label.setText(self.tr("Connection to the municipality"))
        self.sync_button.setText(self.tr("Sync now"))
        self.retry_button.setText(self.tr("Send them again"))
        self.save_url_button.setText(self.tr("Save connection"))
        describe_field(self.central_url, self.tr("Connection URL from city hall (postgresql://…)"))
        self._show_sync()
        self.camera.retranslate()
        self.back_button.setText(self.tr("Back to the kiosk"))
        self.quit_button.setText(self.tr("Leave kiosk mode"))
        self.confirm_quit.title.setText(self.tr("Close the kiosk?"))
        self.confirm_quit.body.setText(
            self.tr(
                "Citizens cannot use it until it is started again. Everything stored stays; what has not been sent goes at the next start."
            )
        )
        self.confirm_quit.primary.setText(self.tr("Yes, close it"))
        self.confirm_quit.secondary.setText(self.tr("Cancel"))
        self.day_button.setText(self.tr("Byttebørs and volunteers today"))
        self.receipts_button.setText(self.tr("Receipts"))
        self.moderation_button.setText(self.tr("Today's ideas"))
        self.dashboard_button.setText(self.tr("The day in figures"))
        self.assisted_button.setText(self.tr("An idea on a citizen's behalf"))
        self.close_day_button.setText(self.tr("Close the day"))
        self.setup_button.setText(self.tr("Set-up"))
