"""A small, unobtrusive line in the top bar: online or offline, and how many records wait."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget

from ui.sync_scheduler import SyncView


def describe(view: SyncView) -> str:
    """The plain-words line for ``view`` (also used by the staff panel)."""
    if not view.configured:
        state = QCoreApplication.translate("SyncIndicator", "Not connected to the municipality")
    elif view.running:
        state = QCoreApplication.translate("SyncIndicator", "Sending…")
    elif view.online is None:
        state = QCoreApplication.translate("SyncIndicator", "Connecting…")
    elif view.online:
        state = QCoreApplication.translate("SyncIndicator", "Online")
    else:
        state = QCoreApplication.translate("SyncIndicator", "Offline: everything is kept here")
    waiting = view.status.waiting if view.status is not None else 0
    if waiting:
        return QCoreApplication.translate("SyncIndicator", "%1 · %2 waiting").replace("%1", state).replace("%2", str(waiting))
    return state


class SyncIndicator(QLabel):
    """Shows a :class:`SyncView` in a few words; green dot online, grey dot offline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        self._view: SyncView | None = None

    def show_view(self, view: SyncView) -> None:
        self._view = view
        self.setProperty("online", bool(view.online))
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(("● " if view.online else "○ ") + describe(view))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and self._view is not None:
            self.show_view(self._view)
        super().changeEvent(event)
