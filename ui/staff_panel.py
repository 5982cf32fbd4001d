"""Behind the PIN: today's stop, where unprinted receipts are, leaving kiosk mode."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mokoko_desktop.kiosk import Kiosk
from mokoko_desktop.paths import receipts_dir
from mokoko_desktop.receipt_codes import format_code
from ui.widgets import button, label

STOP_COLUMNS = 3


class StaffPanel(QWidget):
    """The staff's view of the day.

    Signals:
        closed(): back to the kiosk.
        quit_requested(): leave kiosk mode (the PIN was already given).
        stop_chosen(str): today's stop was changed to this id.
    """

    closed = Signal()
    quit_requested = Signal()
    stop_chosen = Signal(str)

    def __init__(self, kiosk: Kiosk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffPanel")
        self._kiosk = kiosk
        self._heading = label("stepHeading", self)
        self._stop_label = label("fieldLabel", self)
        self._info = label("staffInfo", self)
        self._info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stop_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        stops = QGridLayout()
        today = kiosk.today_stop()
        for index, stop in enumerate(kiosk.catalogue.stops()):
            choice = QPushButton(f"{stop.place}\n{stop.starts_on:%d.%m} – {stop.ends_on:%d.%m.%Y}", self)
            choice.setObjectName("choice")
            choice.setCheckable(True)
            choice.setChecked(today is not None and stop.id == today.id)
            choice.clicked.connect(lambda _checked=False, stop_id=stop.id: self._choose(stop_id))
            group.addButton(choice)
            stops.addWidget(choice, index // STOP_COLUMNS, index % STOP_COLUMNS)
            self.stop_buttons[stop.id] = choice
        self.back_button = button("primary", self)
        self.quit_button = button("secondary", self)
        self.back_button.clicked.connect(self.closed)
        self.quit_button.clicked.connect(self.quit_requested)
        actions = QHBoxLayout()
        actions.addWidget(self.quit_button)
        actions.addStretch(1)
        actions.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._stop_label)
        layout.addLayout(stops)
        layout.addSpacing(12)
        layout.addWidget(self._info)
        layout.addStretch(1)
        layout.addLayout(actions)
        self._retranslate()

    def _choose(self, stop_id: str) -> None:
        self._kiosk.set_today_stop(stop_id)
        self.stop_chosen.emit(stop_id)
        self._retranslate()

    def _retranslate(self) -> None:
        kiosk = self._kiosk
        self._heading.setText(self.tr("Staff"))
        self._stop_label.setText(self.tr("Today's stop (every idea is tagged with it)"))
        kept = receipts_dir(kiosk.data_dir)
        unprinted = sorted(kept.glob("*.pdf"))
        lines = [
            self.tr("Kiosk: %1 (codes start with %2)").replace("%1", kiosk.device.name).replace("%2", kiosk.device.tag),
            self.tr("Data folder: %1").replace("%1", str(kiosk.data_dir)),
            self.tr("Receipts not printed: %1, kept in %2").replace("%1", str(len(unprinted))).replace("%2", str(kept)),
        ]
        if unprinted:
            lines.append(self.tr("Latest: %1").replace("%1", ", ".join(format_code(p.stem) for p in unprinted[-3:])))
        self._info.setText("\n".join(lines))
        self.back_button.setText(self.tr("Back to the kiosk"))
        self.quit_button.setText(self.tr("Leave kiosk mode"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
