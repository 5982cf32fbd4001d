"""The e-mails that are due, sent while the office app is open (``mokoko office app --smtp``):
every few minutes, off the GUI thread, by the same core as ``mokoko office notify``. One line
says how the outbox stands, one button sends now. The timer never opens a dialog: where the
municipality's key is not open (and not given in the environment), it only counts what waits,
and the button opens the key."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QHBoxLayout, QWidget

from city_hall.notify import MailSettings, NotifyReport, OutboxState
from ui.common.tasks import run_in_background
from ui.common.widgets import button, label
from ui.office.key_ring import KeyRing

if TYPE_CHECKING:
    from city_hall.office import Office
    from shared_kernel.sealing import KeyPair

log = logging.getLogger(__name__)
BATCH = 50  # messages per round: a round stays short, the next one takes the rest


class MailSender(QWidget):
    """Sends on a timer once :meth:`start` is called; :attr:`rounds` counts finished rounds."""

    def __init__(self, office: Office, keys: KeyRing, settings: MailSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self._office = office
        self._keys = keys
        self.settings = settings
        self.running = False
        self.rounds = 0
        self._shown: tuple[str, Any] = ("idle", None)
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, int(settings.every.total_seconds() * 1000)))
        self._timer.timeout.connect(lambda: self.send(ask=False))
        self.status = label("stepHint", self, wrap=False)
        self.send_button = button("secondary", self)
        self.send_button.clicked.connect(lambda: self.send(ask=True))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status, 1)
        row.addWidget(self.send_button)
        self._update_texts()

    def start(self) -> None:
        if not self._timer.isActive():
            self._timer.start()
            self.send(ask=False)

    def stop(self) -> None:
        """No more rounds (the window is closing); a round under way finishes."""
        self._timer.stop()

    def send(self, *, ask: bool) -> None:
        """One round: send what is due (``ask``: open the key with a dialog if it must)."""
        if self.running:
            return
        office, settings = self._office, self.settings

        def work(keys: list[KeyPair]) -> tuple[NotifyReport, OutboxState]:
            report = office.notify_due(settings.server, keys, settings.link_template, limit=BATCH)
            return report, office.outbox_state()

        self.running = True
        self._show("sending", None)
        if not self._keys.with_keys(work, self._sent, ask=ask, failed=self._failed):
            run_in_background(office.outbox_state, self._counted, self._failed, owner=self)

    def _sent(self, result: tuple[NotifyReport, OutboxState]) -> None:
        report, state = result
        if report.sent or report.later or report.failed:
            log.info("E-mail round: %d sent, %d later, %d refused for good", report.sent, report.later, report.failed)
        self._finish("sent", (dt.datetime.now(), report, state))

    def _counted(self, state: OutboxState) -> None:
        self._finish("needs_key", state)

    def _failed(self, error: Exception) -> None:
        log.warning("E-mail round failed: %s", type(error).__name__)
        self._finish("failed", error)

    def _finish(self, kind: str, value: Any) -> None:
        self.running = False
        self.rounds += 1
        self._show(kind, value)

    # texts ----------------------------------------------------------------------------------
    def _show(self, kind: str, value: Any) -> None:
        self._shown = (kind, value)
        self._update_texts()

    def _update_texts(self) -> None:
        kind, value = self._shown
        self.send_button.setText(self.tr("Send e-mails now"))
        self.status.setToolTip("")
        if kind == "sending":
            self.status.setText(self.tr("E-mail: sending…"))
        elif kind == "sent":
            at, report, state = value
            self.status.setText(
                self.tr("E-mail, checked %1 · sent in the last 24 hours: %2 · waiting: %3 · could not be delivered: %4")
                .replace("%1", f"{at:%H:%M}")
                .replace("%2", str(state.sent_last_day))
                .replace("%3", str(state.waiting))
                .replace("%4", str(state.failed))
            )
            self.status.setToolTip("\n".join(report.problems))  # ids and reasons, never an address
        elif kind == "needs_key":
            self.status.setText(self.tr("E-mail: %1 waiting for the municipality's key").replace("%1", str(value.waiting)))
            self.send_button.setText(self.tr("Open the key and send"))
        elif kind == "failed":
            self.status.setText(self.tr("E-mail: not sent just now; tried again in a few minutes"))
            self.status.setToolTip(str(value))
        else:
            self.status.setText(self.tr("E-mail: starts when the inbox has loaded"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._update_texts()
        super().changeEvent(event)
