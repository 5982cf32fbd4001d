"""The office window: who is logged in, the language, seven tabs (ideas, volunteers, Byttebørs,
conflicts, erasure requests, the overview, the kiosks), one calm line for problems, with a way to
try again, and (given a mail server) the e-mails to citizens sent on a timer. Every database call
runs off the GUI thread; a lost connection never loses what the person was typing
(:class:`~ui.office.desk_window.DeskWindow`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from city_hall.notify import MailSettings
from ui.common.language import LanguageSwitcher
from ui.office.conflicts_view import ConflictsView
from ui.office.desk_views import PostsView, SignupsView
from ui.office.desk_window import DeskWindow
from ui.office.erasure_view import ErasureView
from ui.office.fleet_view import FleetView
from ui.office.inbox_view import InboxView
from ui.office.mail_sender import MailSender
from ui.office.overview_view import OverviewView

if TYPE_CHECKING:
    from city_hall.office import Office


class OfficeWindow(DeskWindow):
    """City hall's window. :meth:`start` loads the catalogue, then the inbox."""

    def __init__(
        self, office: Office, languages: LanguageSwitcher, parent: QWidget | None = None, *, mail: MailSettings | None = None
    ) -> None:
        super().__init__(office, languages, parent)
        self.tabs = QTabWidget(self.central)
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
        self.mail = MailSender(office, self.keys, mail, self.central) if mail else None  # e-mails to citizens, on a timer
        if self.mail:
            self.bottom.addWidget(self.mail)
        self._lay_out([self.tabs], self.tabs)

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

    def _update_texts(self) -> None:
        self._brand_text(self.tr("MOKOKO · City hall"))
        self.tabs.setTabText(0, self.tr("Ideas"))
        self.tabs.setTabText(1, self.tr("Volunteers"))
        self.tabs.setTabText(2, self.tr("Byttebørs"))
        self.tabs.setTabText(3, self.tr("Conflicts"))
        self.tabs.setTabText(4, self.tr("Erasure requests"))
        self.tabs.setTabText(5, self.tr("Overview"))
        self.tabs.setTabText(6, self.tr("Kiosks"))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.mail:
            self.mail.stop()
        super().closeEvent(event)
