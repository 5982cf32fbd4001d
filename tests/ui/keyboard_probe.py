"""Run by tests/ui/test_keyboard_language.py in its own process (Qt Virtual Keyboard is chosen
when the application starts): follow a kiosk language, show the keyboard, print its layout."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main(language: str) -> None:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("keyboard probe")
    from ui.kiosk.keyboard_language import KeyboardLanguage, layouts_for

    edit = QLineEdit()
    keyboard = KeyboardLanguage(edit)  # as in the kiosk: it goes with its window, before the application
    keyboard.follow(language)
    edit.show()
    edit.activateWindow()
    edit.setFocus()
    method = QGuiApplication.inputMethod()
    method.show()
    wanted = layouts_for(language)[0].split("_")[0]
    for _ in range(100):
        QTest.qWait(50)
        if method.locale().name().startswith(wanted):
            break
    print(method.locale().name(), method.inputDirection().name, flush=True)
    # Qt Virtual Keyboard's panel outlives a QApplication that is a local of a function and
    # aborts the interpreter's teardown (with or without this module): leave at once instead.
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1])
