"""Read aloud ("Læs op"): the current step's question and choices, spoken in the citizen's
language with Qt TextToSpeech (speech-dispatcher with espeak-ng on Linux).

Without a speech engine, or without a voice for the language, the button is hidden rather than
broken: a kiosk never offers what it cannot do.
"""

from __future__ import annotations

import functools
import logging
import os

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from mokoko_desktop.dates import locale_for

log = logging.getLogger(__name__)

ENGINE_VARIABLE = "MOKOKO_SPEECH_ENGINE"  # a Qt TextToSpeech engine by name; default: the first that works
_SPOKEN_LABELS = {"stepHeading", "stepHint", "fieldLabel", "themeTitle", "themeDescription", "cardTitle", "problem"}
_SKIPPED_BUTTONS = {"readAloud"}


class Reader(QObject):
    """One speech engine for the kiosk; :meth:`can_read` says whether a language has a voice."""

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtTextToSpeech import QTextToSpeech  # Qt's speech module: loaded on first use

        wanted = engine or os.environ.get(ENGINE_VARIABLE)
        shipped = QTextToSpeech.availableEngines()
        names = ([wanted] if wanted in shipped else []) if wanted else [name for name in shipped if name != "mock"]
        self._speech: QTextToSpeech | None = None
        for name in names:
            speech = QTextToSpeech(name, self)
            if speech.state() != QTextToSpeech.State.Error:
                self._speech = speech
                log.info("Read aloud: speech engine %s", name)
                break
            speech.deleteLater()
        if self._speech is None:
            log.info("Read aloud: no speech engine works here (%s); the button stays hidden", ", ".join(names) or "none")

    def _locale(self, language: str) -> QLocale | None:
        if self._speech is None:
            return None
        wanted = QLocale(locale_for(language)).language()
        return next((locale for locale in self._speech.availableLocales() if locale.language() == wanted), None)

    def can_read(self, language: str) -> bool:
        return self._locale(language) is not None

    def read(self, text: str, language: str) -> bool:
        """Say ``text`` in ``language`` (stopping whatever was being said); False if it cannot."""
        locale = self._locale(language)
        if self._speech is None or locale is None or not text.strip():
            return False
        self._speech.stop()
        self._speech.setLocale(locale)
        self._speech.say(text)
        return True

    def stop(self) -> None:
        if self._speech is not None:
            self._speech.stop()

    @property
    def speaking(self) -> bool:
        from PySide6.QtTextToSpeech import QTextToSpeech

        return self._speech is not None and self._speech.state() == QTextToSpeech.State.Speaking


@functools.cache
def kiosk_reader() -> Reader:
    """The kiosk's reader, made on the first step a citizen opens (not at start-up)."""
    return Reader()


def spoken_text(page: QWidget) -> str:
    """What a page asks and offers, top to bottom, left to right: its headings and hints, field
    labels and every visible choice, each said once."""
    parts: list[tuple[int, int, str]] = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page):
            continue
        spoken_label = isinstance(widget, QLabel) and widget.objectName() in _SPOKEN_LABELS
        choice = isinstance(widget, QAbstractButton) and widget.objectName() not in _SKIPPED_BUTTONS
        if not (spoken_label or choice):
            continue
        text = " ".join(widget.text().replace("&", "").split())  # type: ignore[attr-defined]
        if text:
            where = widget.mapTo(page, widget.rect().topLeft())
            parts.append((where.y(), where.x(), text))
    seen: set[str] = set()
    spoken = []
    for _y, _x, text in sorted(parts):
        if text not in seen:
            seen.add(text)
            spoken.append(text if text.endswith((".", "?", "!", ":")) else text + ".")
    return " ".join(spoken)
