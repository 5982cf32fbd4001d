"""The "Kiosker" tab: every kiosk as its last sync reported it (central migration c0025), with the
alerts that need a person, in Danish as the core words them. Read-only; reloaded when shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.common.widgets import TranslatedWidget, button, label
from ui.office.desk_views import fill_table, make_table

if TYPE_CHECKING:
    from central_database.fleet import KioskState
    from ui.office.window import OfficeWindow

COLUMNS = 8


class FleetView(TranslatedWidget):
    """One row per kiosk: name, stop, last contact, version, waiting, set aside, printer and disk,
    and its alerts; a line above says how many kiosks need attention."""

    def __init__(self, window: OfficeWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._kiosks: list[KioskState] = []
        self.summary = label("stepHint", self)
        self.table = make_table(self, COLUMNS, COLUMNS - 1)
        self.reload_button = button("secondary", self)
        self.reload_button.clicked.connect(self.reload)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reload_button)
        self._retranslate()

    def reload(self) -> None:
        office = self._window.office
        self._window.call(office.fleet, self._loaded)

    def _loaded(self, kiosks: list[KioskState]) -> None:
        self._kiosks = kiosks
        rows = [
            (
                kiosk.device,
                kiosk.stop_place or "–",
                f"{kiosk.last_contact.astimezone():%d.%m.%Y %H:%M}" if kiosk.last_contact else self.tr("Never"),
                kiosk.version or "–",
                "–" if kiosk.unsent is None else str(kiosk.unsent),
                "–" if kiosk.refused is None else str(kiosk.refused),
                self._printer(kiosk.printer) + ("" if kiosk.disk_free_mb is None else f" · {kiosk.disk_free_mb / 1024:.1f} GB"),
                "\n".join(alert.text for alert in kiosk.alerts) or self.tr("OK"),
            )
            for kiosk in kiosks
        ]
        fill_table(self.table, rows, [kiosk.tag for kiosk in kiosks])
        attention = sum(1 for kiosk in kiosks if kiosk.alerts)
        if not kiosks:
            self.summary.setText(self.tr("No kiosks are registered yet."))
        elif attention:
            self.summary.setText(self.tr("%1 of %2 kiosks need attention.").replace("%1", str(attention)).replace("%2", str(len(kiosks))))
        else:
            self.summary.setText(self.tr("All %1 kiosks are fine.").replace("%1", str(len(kiosks))))

    def _printer(self, state: str | None) -> str:
        words = {
            "ok": self.tr("Printer OK"),
            "out_of_paper": self.tr("Out of paper"),
            "offline": self.tr("Printer offline"),
            "not_accepted": self.tr("Printer refused the last receipt"),
            "no_printer": self.tr("No printer"),
            "unreadable": self.tr("Receipt could not be read"),
        }
        return words.get(state or "", self.tr("Printer not used yet"))

    def _retranslate(self) -> None:
        self.reload_button.setText(self.tr("Update"))
        self.table.setAccessibleName(self.tr("Kiosks"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kiosk"),
                self.tr("Stop"),
                self.tr("Last contact"),
                self.tr("Version"),
                self.tr("Waiting"),
                self.tr("Set aside"),
                self.tr("Printer and disk"),
                self.tr("Alerts"),
            ]
        )
        if self._kiosks:
            self._loaded(self._kiosks)
