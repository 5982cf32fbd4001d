"""Room at the bottom of the kiosk window for the on-screen keyboard, so it never covers the
screen above it: as tall as the keyboard while the keyboard shows, nothing otherwise. The field
being typed in, and its message, are scrolled into view above it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from ui.common.widgets import application, reveal_with_message

KEYBOARD_SETTLE_MS = 150  # how often to look again while a finger still holds a button down


class KeyboardRoom(QWidget):
    """Follows the input method's keyboard rectangle.

    Signals:
        compact_changed(bool): the keyboard now takes room (True) or gives it back (False); a
            flow then shows a compact layout that keeps its field and "Næste" above it.
    """

    compact_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._window: QWidget = self
        self.setFixedHeight(0)
        QGuiApplication.inputMethod().keyboardRectangleChanged.connect(self.follow_keyboard)

    def follow_keyboard(self) -> None:
        rectangle = QGuiApplication.inputMethod().keyboardRectangle()
        visible = QGuiApplication.inputMethod().isVisible()
        if not visible and QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            # A touch on a button (say "Næste") closes the keyboard: the screen must not move
            # under the finger before it is lifted, or the tap misses (seen by hand under Xvfb).
            QTimer.singleShot(KEYBOARD_SETTLE_MS, self.follow_keyboard)
            return
        self.setFixedHeight(int(rectangle.height()) if visible else 0)
        self.compact_changed.emit(visible and rectangle.height() > 0)

    def keep_focus_in_view(self, window: QWidget) -> None:
        """Whenever the focus moves within ``window`` or the keyboard takes room, scroll the
        focused text field and its message wholly into view (once the layout has made room)."""
        self._window = window
        application().focusChanged.connect(self._focus_changed)  # a method: disconnected when this room goes
        self.compact_changed.connect(self._compact_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self._window.isAncestorOf(new):
            self._reveal_focus()

    def _compact_changed(self, compact: bool) -> None:
        if compact:
            self._reveal_focus()

    def _reveal_focus(self) -> None:
        window = self._window

        def reveal() -> None:
            field = application().focusWidget()
            if isinstance(field, (QLineEdit, QTextEdit, QPlainTextEdit)) and window.isAncestorOf(field):
                reveal_with_message(field)

        QTimer.singleShot(0, self, reveal)
