"""The on-screen keyboard (Qt Virtual Keyboard) follows the kiosk's language: Ukrainian letters
for Ukrainian, Arabic (right to left) for Arabic, with the Danish layout one key away (the
keyboard's language key switches between the two).

Qt Virtual Keyboard is set up from QML (``VirtualKeyboardSettings``); in a Widgets kiosk its
panel is a QQuickView (``QtVirtualKeyboard::InputView``) made the first time the keyboard shows.
So the wanted layout is kept here and set on that view's QML engine as soon as it exists.
"""

from __future__ import annotations

import logging
import os
from typing import cast

from PySide6.QtCore import Q_ARG, QMetaObject, QObject, QUrl
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

LAYOUTS = {"da": "da_DK", "en": "en_GB", "uk": "uk_UA", "ar": "ar_AR"}
DANISH = LAYOUTS["da"]
_SETTINGS_QML = b"""
import QtQuick
import QtQuick.VirtualKeyboard.Settings
QtObject {
    function use(locale, active) {
        VirtualKeyboardSettings.activeLocales = active
        VirtualKeyboardSettings.locale = locale
    }
}
"""


def layouts_for(language: str) -> list[str]:
    """The keyboard's layouts for ``language``: its own first, then Danish (or English for Danish)."""
    own = LAYOUTS.get(language, DANISH)
    return [own, DANISH] if own != DANISH else [DANISH, LAYOUTS["en"]]


class KeyboardLanguage(QObject):
    """Keeps the on-screen keyboard's layout in step with :meth:`follow` (a no-op without Qt
    Virtual Keyboard, e.g. with a hardware keyboard or in tests)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wanted: list[str] = layouts_for("da")
        self._settings: QObject | None = None
        self.active = os.environ.get("QT_IM_MODULE") == "qtvirtualkeyboard"
        if self.active:
            QGuiApplication.inputMethod().visibleChanged.connect(self._apply)

    def follow(self, language: str) -> None:
        self._wanted = layouts_for(language)
        self._apply()

    def _apply(self) -> None:
        if not self.active:
            return
        settings = self._settings or self._make_settings()
        if settings is None:
            return  # the keyboard has not shown yet: applied when it does
        QMetaObject.invokeMethod(settings, "use", Q_ARG("QVariant", self._wanted[0]), Q_ARG("QVariant", self._wanted))

    def _make_settings(self) -> QObject | None:
        import shiboken6
        from PySide6.QtQml import QQmlComponent
        from PySide6.QtQuick import QQuickView

        for window in QGuiApplication.allWindows():
            if not window.inherits("QQuickView"):
                continue
            view = cast(QQuickView, shiboken6.wrapInstance(shiboken6.getCppPointer(window)[0], QQuickView))
            component = QQmlComponent(view.engine())
            component.setData(_SETTINGS_QML, QUrl())
            settings = component.create()
            if settings is None:
                log.warning("On-screen keyboard: cannot set its language (%s)", "; ".join(e.toString() for e in component.errors()))
                self.active = False
                return None
            settings.setParent(self)
            self._settings = settings
            return settings
        return None
