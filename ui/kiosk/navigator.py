"""Which screen the kiosk shows: one at a time, each citizen's screens made for them alone."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ui.common.widgets import PageStack, as_page


class Navigator(QObject):
    """Shows one screen at a time on a :class:`PageStack`.

    Permanent screens (the start screen, the PIN pad) stay for the whole run. Every other screen
    (a citizen's flow, the thank-you screen, follow-up, the staff panels) is *transient*: shown
    under a role name, and destroyed as soon as another screen is shown, so the next person can
    never see or go back to it.

    Signals:
        changed(): another screen is shown.
    """

    changed = Signal()

    def __init__(self, stack: PageStack) -> None:
        super().__init__(stack)
        self._stack = stack
        self._role = ""
        self._transient: QWidget | None = None

    def add_permanent(self, screen: QWidget) -> None:
        self._stack.addWidget(as_page(screen))

    def show(self, screen: QWidget, role: str = "") -> None:
        """Show ``screen``; with a ``role`` it is transient (the previous transient one goes)."""
        if screen is self._transient:
            return
        previous = self._transient
        if role:
            self._stack.addWidget(as_page(screen))
            self._role, self._transient = role, screen
        else:
            self._role, self._transient = "", None
        self._stack.setCurrentWidget(screen)
        self._drop(previous)
        self.changed.emit()

    def screen(self, role: str) -> QWidget | None:
        """The transient screen shown under ``role``, if that is what is shown now."""
        return self._transient if self._role == role else None

    @property
    def role(self) -> str:
        """The role of the transient screen shown now ("" for a permanent one)."""
        return self._role

    def current(self) -> QWidget | None:
        return self._stack.currentWidget()

    def _drop(self, screen: QWidget | None) -> None:
        if screen is not None:
            self._stack.removeWidget(screen)
            screen.hide()
            screen.deleteLater()
