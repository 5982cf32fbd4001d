"""Switching the kiosk's language: installs the compiled Qt Linguist catalogue (``.qm``), turns
the layout right to left for Arabic, and makes the language's QLocale the default (dates and
numbers as that language writes them).

Widgets retranslate themselves on ``QEvent.LanguageChange``, which Qt sends to every widget when
a translator is installed or removed. English is the source language; its catalogue holds only
the plural forms.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QObject, Qt, QTranslator, Signal

from shared_kernel.dates import locale_for
from shared_kernel.i18n import CATALOGUE_PREFIX, DEFAULT_LANGUAGE, SOURCE_LANGUAGE, available_languages, is_rtl_language
from shared_kernel.resources import TRANSLATIONS_DIR
from ui.common.widgets import application

log = logging.getLogger(__name__)
# The translator installed now. English falls through to any older one still installed, so a new
# choice always replaces the last, also one made by another switcher.
_INSTALLED: QTranslator | None = None


class LanguageSwitcher(QObject):
    """Holds the current language and its translator.

    Signals:
        language_changed(str): the new language code, after the translator was swapped.
    """

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = SOURCE_LANGUAGE
        self.languages = available_languages()

    @property
    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        if language == self._language:
            return
        global _INSTALLED
        app = application()
        if _INSTALLED is not None:  # one language for the whole application, whoever chose the last
            app.removeTranslator(_INSTALLED)
            _INSTALLED = None
        translator = QTranslator(app)
        if translator.load(f"{CATALOGUE_PREFIX}{language}", str(TRANSLATIONS_DIR)):
            app.installTranslator(translator)
            _INSTALLED = translator
        elif language != SOURCE_LANGUAGE:
            log.error("No compiled translation for %s in %s; showing English", language, TRANSLATIONS_DIR)
        direction = Qt.LayoutDirection.RightToLeft if is_rtl_language(language) else Qt.LayoutDirection.LeftToRight
        app.setLayoutDirection(direction)
        QLocale.setDefault(QLocale(locale_for(language)))
        self._language = language
        self.language_changed.emit(language)

    def reset(self) -> None:
        """Back to the default language (for the next citizen)."""
        self.set_language(DEFAULT_LANGUAGE)
