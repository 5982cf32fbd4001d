"""How the kiosk window looks: its style sheet at the screen's scale, and larger text or high
contrast for the citizen who asks for them, until the next citizen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ui.common.style import scale_for, style_sheet

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.kiosk.top_bar import TopBar


class WindowLooks(QObject):
    """Sets the style sheet on ``window`` (the screens' margins follow the scale) and shows the
    chosen sight on the top bar's buttons. The style sheet is set again only when something
    changed: it restyles every widget."""

    def __init__(self, window: QWidget, screens: QWidget, top_bar: TopBar) -> None:
        super().__init__(window)
        self._window, self._screens, self._top_bar = window, screens, top_bar
        self._scale = 0.0
        self.large_text = self.contrast = False

    def resized(self, width: int, height: int) -> None:
        """The window's new size: a new scale when it differs enough to show."""
        scale = round(scale_for(width, height), 2)
        if abs(scale - self._scale) >= 0.05:
            self._scale = scale
            self._apply()

    def set_sight(self, *, large_text: bool | None = None, contrast: bool | None = None) -> None:
        """Larger text and high contrast, for every screen until :meth:`set_sight` is called again."""
        wanted = (self.large_text if large_text is None else large_text, self.contrast if contrast is None else contrast)
        if wanted != (self.large_text, self.contrast):
            self.large_text, self.contrast = wanted
            self._top_bar.show_sight(*wanted)
            self._apply()

    def _apply(self) -> None:
        if not self._scale:
            return  # not shown yet: the first resize applies it
        self._window.setStyleSheet(style_sheet(self._scale, large_text=self.large_text, contrast=self.contrast))
        side, top = round(40 * self._scale), round(14 * self._scale)
        self._screens.setContentsMargins(side, top, side, top)
