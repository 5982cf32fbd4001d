"""A small, unobtrusive line in the top bar: online or offline, and how many records wait."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QWidget

from ui.common.widgets import ElidedLabel
from ui.kiosk.sync_scheduler import SyncView


def describe(view: SyncView) -> str:
    """The plain-words line for ``view`` (also used by the staff panel)."""
    if not view.configured:
        state = QCoreApplication.translate("SyncIndicator", "Not connected to the municipality")
    elif view.running and view.progress is not None:  # a kiosk long offline catches up
        state = (
            QCoreApplication.translate("SyncIndicator", "Sending %1 of %2…")
            .replace("%1", QLocale().toString(view.progress.done))
            .replace("%2", QLocale().toString(view.progress.total))
        )
    elif view.running:
        state = QCoreApplication.translate("SyncIndicator", "Sending…")
    elif view.online is None:
        state = QCoreApplication.translate("SyncIndicator", "Connecting…")
    elif view.online:
        state = QCoreApplication.translate("SyncIndicator", "Online")
    else:
        state = QCoreApplication.translate("SyncIndicator", "Offline: everything is kept here")
    waiting = view.status.waiting if view.status is not None else 0
    if waiting and view.progress is None:
        return QCoreApplication.translate("SyncIndicator", "%1 · %2 waiting").replace("%1", state).replace("%2", str(waiting))
    return state


class SyncIndicator(ElidedLabel):
    """Shows a :class:`SyncView`: green dot online, grey dot offline; the words ("Sending… · 6
    waiting") only while staff are at the kiosk (:meth:`set_for_staff`): they mean nothing to a
    citizen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("syncIndicator", parent)
        self._view: SyncView | None = None
        self._for_staff = False

    def set_for_staff(self, for_staff: bool) -> None:
        if for_staff != self._for_staff:
            self._for_staff = for_staff
            if self._view is not None:
                self.show_view(self._view)

    def show_view(self, view: SyncView) -> None:
        self._view = view
        self.setProperty("online", bool(view.online))
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(("● " if view.online else "○ ") + (describe(view) if self._for_staff else ""))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and self._view is not None:
            self.show_view(self._view)
        super().changeEvent(event)
