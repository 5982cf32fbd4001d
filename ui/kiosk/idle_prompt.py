"""'Are you still there?': the countdown before the kiosk wipes what the last person typed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ui.kiosk.overlay import Overlay


class IdlePrompt(Overlay):
    """Laid over the window after the idle timeout; counts down once a second (``tick_ms``).

    Signals:
        expired(): the countdown ran out: everything must be wiped now.
        (and Overlay's accepted(): the person touched "Yes, I am still here"; the prompt hides.)
    """

    expired = Signal()

    def __init__(self, parent: QWidget, *, tick_ms: int = 1000) -> None:
        super().__init__(parent)
        self.secondary.hide()
        self._left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(tick_ms)
        self._countdown.timeout.connect(self._tick)
        self.accepted.connect(self.dismiss)
        self._retranslate()

    def start(self, seconds: int) -> None:
        """Show the prompt and count down from ``seconds``."""
        self._left = seconds
        self._retranslate()
        self.open()
        self._countdown.start()

    def dismiss(self) -> None:
        self._countdown.stop()
        self.hide()

    def _tick(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self.dismiss()
            self.expired.emit()
        else:
            self._retranslate()

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Are you still there?"))
        self.body.setText(
            self.tr("Everything will be deleted in %1 seconds, so the next person cannot see it.").replace("%1", str(self._left))
        )
        self.primary.setText(self.tr("Yes, I am still here"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
