"""The Byttebørs flow: the post, then who to contact; then the receipt code."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QWidget

from mokoko_desktop.kiosk import Kiosk
from mokoko_desktop.offers import OfferDraft
from ui.common.widgets import ProblemLabel, type_here
from ui.kiosk.byttebors.contact_page import FIELDS as CONTACT_FIELDS
from ui.kiosk.byttebors.contact_page import ContactPage
from ui.kiosk.byttebors.post_page import FIELDS as POST_FIELDS
from ui.kiosk.byttebors.post_page import PostPage
from ui.kiosk.step_flow import StepFlow

log = logging.getLogger(__name__)

PAGE_FIELDS = {"post": POST_FIELDS, "contact": CONTACT_FIELDS}
PAGES = tuple(PAGE_FIELDS)


class BytteborsFlow(StepFlow):
    """Post an offer or a need to the Byttebørs.

    Signals: those of :class:`StepFlow`; ``submitted`` carries the stored Offer.
    """

    PAGE_FIELDS = PAGE_FIELDS

    def __init__(self, kiosk: Kiosk, language: str, parent: QWidget | None = None) -> None:
        super().__init__(kiosk, language, parent)
        self.setObjectName("bytteborsFlow")
        stop = kiosk.today_stop()
        self.post = PostPage(kiosk.opportunities.interests(), stop.place if stop else "", self)
        self.contact = ContactPage(kiosk.consent_periods(), self)
        self.add_page("post", self.post)
        self.add_page("contact", self.contact)
        self.show_language(language)
        self.go("post")

    def draft(self) -> OfferDraft:
        return OfferDraft(
            kind=self.post.kind.value() or "",
            text=self.post.editor.toPlainText(),
            tags=self.post.tags.values(),
            place=self.post.place.text(),
            name=self.contact.name.text(),
            phone=self.contact.phone.text(),
            email=self.contact.email.text(),
            consent=self.contact.consent.isChecked(),
            language=self._language,
        )

    def _next(self) -> None:
        if self.current_page() == "contact":
            self._submit()
            return
        problems = self.page_problems("post")
        if problems:
            self.show_problems(problems)
            return
        self.go("contact")
        type_here(self.contact.name)  # the first field: typing starts at once

    def _back(self) -> None:
        if self.current_page() == "contact":
            self.go("post")

    def _problem_label(self, field_name: str) -> ProblemLabel | None:
        for page in (self.post, self.contact):
            if field_name in page.problems:
                return page.problems[field_name]
        return None

    def _not_ready_text(self) -> str:
        return self.tr("The kiosk is not ready to save posts. Please ask the staff; nothing is lost.")

    def _failed_text(self) -> str:
        return self.tr("Your post could not be saved just now. Please try again or ask the staff.")

    def show_language(self, language: str) -> None:
        super().show_language(language)
        self.post.show_language(language)
        self._retranslate()

    def _retranslate(self) -> None:
        super()._retranslate()
        page = self.current_page()
        index = PAGES.index(page)
        self.set_progress(self.tr("Step %1 of %2").replace("%1", str(index + 1)).replace("%2", str(len(PAGES))))
        self.back_button.setVisible(index > 0)
        self.next_button.setText(self.tr("Send my post") if page == "contact" else self.tr("Next ›"))
