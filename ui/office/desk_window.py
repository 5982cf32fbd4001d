"""What city hall's window and an association's window share: the top bar with who is logged in
and the language, one calm line for problems with a way to try again, a line saying what was
just done, and every database call off the GUI thread (a lost connection never loses what the
person was typing)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLayout, QMainWindow, QPushButton, QVBoxLayout, QWidget

from city_hall.export import ExportTooLarge
from city_hall.office import CentralError, CentralUnreachable
from city_hall.refusals import REFUSALS
from shared_kernel.i18n import language_name
from ui.common.language import LanguageSwitcher
from ui.common.messages import translated
from ui.common.style import style_sheet
from ui.common.tasks import run_in_background
from ui.common.widgets import button, label
from ui.office.key_ring import KeyRing

if TYPE_CHECKING:
    from city_hall.office import Office

log = logging.getLogger(__name__)
OFFICE_SCALE = 0.72  # the kiosk's style, at desk size (a mouse, not a finger)
OFFICE_LANGUAGES = ("da", "en")


class DeskWindow(QMainWindow):
    """A desk's window: subclasses put their body in :meth:`_lay_out` and set their texts in
    :meth:`_update_texts`; :meth:`start` (re)connects."""

    def __init__(self, office: Office, languages: LanguageSwitcher, parent: QWidget | None = None, *, own_key: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("kioskWindow")
        self.office = office
        self._languages = languages
        self._me = ""
        self._closed = False
        self.problem_shown = False
        self.keys = KeyRing(office, self, self.show_problem, own_key=own_key)
        self.setStyleSheet(style_sheet(OFFICE_SCALE))
        self.central = QWidget(self)
        self.central.setObjectName("central")
        self.setCentralWidget(self.central)
        self._brand = label("brand", self.central, wrap=False)
        self._language_buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(self._brand)
        top.addStretch(1)
        for language in OFFICE_LANGUAGES:
            choice = button("language", self.central)
            choice.setCheckable(True)
            choice.clicked.connect(lambda _checked=False, lang=language: self._languages.set_language(lang))
            self._language_buttons[language] = choice
            top.addWidget(choice)
        self.top_bar = QWidget(self.central)
        self.top_bar.setObjectName("topBar")
        self.top_bar.setLayout(top)
        self._notice = label("stepHint", self.central)
        self._problem = label("problem", self.central)
        self._problem.hide()
        self.retry_button = button("secondary", self.central)
        self.retry_button.clicked.connect(self.start)
        self.retry_button.hide()
        self.bottom = QHBoxLayout()
        self.bottom.addWidget(self._notice, 1)
        self.bottom.addWidget(self._problem, 1)
        self.bottom.addWidget(self.retry_button)

    def _lay_out(self, body_widgets: list[QWidget | QLayout], main: QWidget) -> None:
        """The top bar, then ``body_widgets`` (``main`` takes the room), then the bottom line."""
        layout = QVBoxLayout(self.central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.top_bar)
        body = QVBoxLayout()
        body.setContentsMargins(16, 12, 16, 12)
        for part in body_widgets:
            if isinstance(part, QLayout):
                body.addLayout(part)
            else:
                body.addWidget(part, 1 if part is main else 0)
        body.addLayout(self.bottom)
        layout.addLayout(body, 1)
        self._languages.language_changed.connect(self._language_changed)
        self._language_changed(self._languages.language)

    @property
    def language(self) -> str:
        return self._languages.language

    def start(self) -> None:
        """(Re)connect and load what the window shows."""

    def _brand_text(self, brand: str) -> None:
        self._brand.setText(f"{brand}  ·  {self._me}" if self._me else brand)
        self.setWindowTitle(brand)
        self.retry_button.setText(self.tr("Try again"))

    def _update_texts(self) -> None:
        """Set every visible text in the current language (subclasses do)."""

    # background work -----------------------------------------------------------------------
    def call(self, work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[Exception], None] | None = None) -> None:
        """Run ``work`` (database calls) off the GUI thread; show a problem calmly if it fails.
        Nothing new starts once the window is closed (a timer of a view may still fire)."""
        if self._closed:
            return

        def on_error(error: Exception) -> None:
            self.show_problem(error)
            if failed is not None:
                failed(error)

        run_in_background(work, done, on_error, owner=self)

    def show_problem(self, error: Exception | str) -> None:
        log.warning("Office app: %s", error)
        self.problem_shown = True
        text = str(error)
        if isinstance(error, CentralUnreachable):
            self._problem.setText(
                self.tr("The municipality's database cannot be reached just now. Nothing you typed is lost; try again in a moment.")
            )
            self._problem.setToolTip(text)
        elif isinstance(error, ExportTooLarge):
            self._problem.setText(
                self.tr("There are more ideas than a spreadsheet holds. Export them as CSV, or choose fewer with the filters.")
            )
        elif isinstance(error, CentralError) and error.template in REFUSALS:  # city hall's own "no", in the reader's words
            self._problem.setText(translated("city_hall", error.template, error.params))
            self._problem.setToolTip(text)
        else:
            self._problem.setText(self.tr("Something went wrong; nothing you typed is lost: %1").replace("%1", text))
        self._problem.show()
        self.retry_button.show()

    def notice(self, text: str) -> None:
        """Say calmly what was just done (it stays until the next notice)."""
        self._notice.setText(text)

    def clear_problem(self) -> None:
        self.problem_shown = False
        self._problem.hide()
        self.retry_button.hide()

    def problem_text(self) -> str:
        return self._problem.text()

    # language -------------------------------------------------------------------------------
    def _language_changed(self, language: str) -> None:
        for lang, choice in self._language_buttons.items():
            choice.setText(language_name(lang))
            choice.setChecked(lang == language)
        self._update_texts()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self._closed = True
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._update_texts()
        super().changeEvent(event)
