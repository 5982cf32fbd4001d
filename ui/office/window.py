"""The office window: who is logged in, the language, seven tabs (ideas, volunteers, Byttebørs,
conflicts, erasure requests, the overview, the kiosks), one calm line for problems, with a way to try again, and (given a
mail server) the e-mails to citizens sent on a timer. Every database call runs off the GUI
thread; a lost connection never loses what the person was typing."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QPushButton, QTabWidget, QVBoxLayout, QWidget

from city_hall.export import ExportTooLarge
from city_hall.notify import MailSettings
from city_hall.office import CentralError, CentralUnreachable
from city_hall.refusals import REFUSALS
from shared_kernel.i18n import language_name
from ui.common.language import LanguageSwitcher
from ui.common.messages import translated
from ui.common.style import style_sheet
from ui.common.tasks import run_in_background
from ui.common.widgets import button, label
from ui.office.conflicts_view import ConflictsView
from ui.office.desk_views import PostsView, SignupsView
from ui.office.erasure_view import ErasureView
from ui.office.fleet_view import FleetView
from ui.office.inbox_view import InboxView
from ui.office.key_ring import KeyRing
from ui.office.mail_sender import MailSender
from ui.office.overview_view import OverviewView

if TYPE_CHECKING:
    from city_hall.office import Office

log = logging.getLogger(__name__)
OFFICE_SCALE = 0.72  # the kiosk's style, at desk size (a mouse, not a finger)
OFFICE_LANGUAGES = ("da", "en")


class OfficeWindow(QMainWindow):
    """City hall's window. :meth:`start` loads the catalogue, then the inbox."""

    def __init__(
        self, office: Office, languages: LanguageSwitcher, parent: QWidget | None = None, *, mail: MailSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskWindow")
        self.office = office
        self._languages = languages
        self._me = ""
        self._closed = False
        self.problem_shown = False
        self.keys = KeyRing(office, self, self.show_problem)
        self.setStyleSheet(style_sheet(OFFICE_SCALE))
        central = QWidget(self)
        central.setObjectName("central")
        self.setCentralWidget(central)
        self._brand = label("brand", central, wrap=False)
        self._language_buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(self._brand)
        top.addStretch(1)
        for language in OFFICE_LANGUAGES:
            choice = button("language", central)
            choice.setCheckable(True)
            choice.clicked.connect(lambda _checked=False, lang=language: self._languages.set_language(lang))
            self._language_buttons[language] = choice
            top.addWidget(choice)
        top_bar = QWidget(central)
        top_bar.setObjectName("topBar")
        top_bar.setLayout(top)

        self.tabs = QTabWidget(central)
        self.inbox = InboxView(self, self.tabs)
        self.signups = SignupsView(self, self.tabs)
        self.posts = PostsView(self, self.tabs)
        self.conflicts = ConflictsView(self, self.tabs)
        self.erasures = ErasureView(self, self.tabs)
        self.overview = OverviewView(self, self.tabs)  # the year and the effect goals
        self.fleet = FleetView(self, self.tabs)  # the kiosks' health
        for view in (self.inbox, self.signups, self.posts, self.conflicts, self.erasures, self.overview, self.fleet):
            self.tabs.addTab(view, "")
        self.tabs.currentChanged.connect(self._tab_shown)

        self._notice = label("stepHint", central)
        self._problem = label("problem", central)
        self._problem.hide()
        self.retry_button = button("secondary", central)
        self.retry_button.clicked.connect(self.start)
        self.retry_button.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self._notice, 1)
        bottom.addWidget(self._problem, 1)
        bottom.addWidget(self.retry_button)
        self.mail = MailSender(office, self.keys, mail, central) if mail else None  # e-mails to citizens, on a timer
        if self.mail:
            bottom.addWidget(self.mail)

        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(top_bar)
        body = QVBoxLayout()
        body.setContentsMargins(16, 12, 16, 12)
        body.addWidget(self.tabs, 1)
        body.addLayout(bottom)
        layout.addLayout(body, 1)
        languages.language_changed.connect(self._language_changed)
        self._language_changed(languages.language)

    @property
    def language(self) -> str:
        return self._languages.language

    def start(self) -> None:
        """(Re)connect: load the catalogue and who is logged in, then the inbox."""
        self.clear_problem()
        self.call(self.office.catalogue, self._catalogue_loaded)

    def _catalogue_loaded(self, catalogue: Any) -> None:
        self._me = catalogue.me
        self.inbox.set_catalogue(catalogue)
        self.signups.set_catalogue(catalogue)
        self.posts.set_catalogue(catalogue)
        self._update_texts()
        self.inbox.reload()
        if self.mail:
            self.mail.start()

    def _tab_shown(self, index: int) -> None:
        for view in (self.signups, self.posts, self.conflicts, self.erasures, self.overview, self.fleet):
            if self.tabs.widget(index) is view:
                view.reload()

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

    def _update_texts(self) -> None:
        brand = self.tr("MOKOKO · City hall")
        self._brand.setText(f"{brand}  ·  {self._me}" if self._me else brand)
        self.setWindowTitle(brand)
        self.tabs.setTabText(0, self.tr("Ideas"))
        self.tabs.setTabText(1, self.tr("Volunteers"))
        self.tabs.setTabText(2, self.tr("Byttebørs"))
        self.tabs.setTabText(3, self.tr("Conflicts"))
        self.tabs.setTabText(4, self.tr("Erasure requests"))
        self.tabs.setTabText(5, self.tr("Overview"))
        self.tabs.setTabText(6, self.tr("Kiosks"))
        self.retry_button.setText(self.tr("Try again"))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self._closed = True
        if self.mail:
            self.mail.stop()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._update_texts()
        super().changeEvent(event)
