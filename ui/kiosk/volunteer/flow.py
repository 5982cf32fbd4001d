"""The volunteer flow: browse, read, sign up (or "something else"), then the receipt code."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mokoko_desktop.clock import local_date
from mokoko_desktop.kiosk import Kiosk
from mokoko_desktop.signups import NEEDS_GUARDIAN, SignupDraft, join_days
from mokoko_desktop.validation import clean_text
from shared_kernel.i18n import pick
from shared_kernel.opportunity_data import AVAILABILITY_NAMES, HELP_FREQUENCY_NAMES, OpportunityInfo
from ui.common.widgets import ProblemLabel, left_to_right, type_here
from ui.kiosk.step_flow import StepFlow
from ui.kiosk.volunteer.browse_page import BrowsePage
from ui.kiosk.volunteer.confirm_page import ConfirmPage
from ui.kiosk.volunteer.details_page import DetailsPage
from ui.kiosk.volunteer.general_page import GeneralPage
from ui.kiosk.volunteer.person_page import FIELDS as PERSON_FIELDS
from ui.kiosk.volunteer.person_page import PersonPage
from ui.kiosk.volunteer.when_page import FIELDS as WHEN_FIELDS
from ui.kiosk.volunteer.when_page import WhenPage

log = logging.getLogger(__name__)

PAGE_FIELDS = {
    "browse": (),
    "details": (),
    "general": ("general_text", "interests"),
    "person": PERSON_FIELDS,
    "confirm": (*WHEN_FIELDS, "consent", "opportunity"),  # the when choices are on the last page
}
SIGN_UP_PAGES = ("person", "confirm")


class VolunteerFlow(StepFlow):
    """Browse opportunities, read one, and sign up; or sign up for "something else".

    Signals: those of :class:`StepFlow`; ``submitted`` carries the stored Signup.
    """

    PAGE_FIELDS = PAGE_FIELDS

    def __init__(self, kiosk: Kiosk, language: str, parent: QWidget | None = None) -> None:
        super().__init__(kiosk, language, parent)
        self.setObjectName("volunteerFlow")
        self._chosen: OpportunityInfo | None = None  # None: "something else"
        stop = kiosk.today_stop()
        day = local_date(kiosk.clock())
        self.browse = BrowsePage(kiosk.opportunities, day, stop.id if stop else None, stop.place if stop else "", self)
        self.details = DetailsPage(self)
        self.general = GeneralPage(kiosk.opportunities.interests(), self)
        self.person = PersonPage(self)
        self.when = WhenPage(self)
        self.confirm = ConfirmPage(kiosk.consent_periods(), self.when, self)
        for name, page in (
            ("browse", self.browse),
            ("details", self.details),
            ("general", self.general),
            ("person", self.person),
            ("confirm", self.confirm),
        ):
            self.add_page(name, page)
        self.browse.opportunity_chosen.connect(self._open)
        self.browse.something_else_requested.connect(self._something_else)
        self.person.age_group_changed.connect(self.browse.set_age_group)
        for group in (self.when.availability, self.when.frequency):
            group.buttonClicked.connect(lambda _button: self.confirm.summary.setText(self._summary()))
        self.show_language(language)
        self.go("browse")

    # navigation -----------------------------------------------------------------------------
    def _open(self, opportunity_id: str) -> None:
        info = self._kiosk.opportunities.get(opportunity_id)
        if info is None:
            return
        self._chosen = info
        if info.suits_age_group(self.person.age_group.value() or None):
            self.person.problems["age_group"].clear_text()  # "too young" was about the task before
        self.details.show_opportunity(info, self._language)
        self.when.frequency.set_value(info.frequency)  # a sensible start; the citizen may change it
        self.go("details")

    def _something_else(self) -> None:
        self._chosen = None
        self.go("general")
        type_here(self.general.editor)

    def _next(self) -> None:
        page = self.current_page()
        if page == "confirm":
            self._submit()
            return
        if page == "details":
            self.go("person")
            type_here(self.person.name)  # the first field: typing starts at once
            return
        problems = self.page_problems(page)
        if problems:
            self.show_problems(problems)
            return
        self.go({"general": "person", "person": "confirm"}[page])
        if page == "general":
            type_here(self.person.name)

    def _back(self) -> None:
        page = self.current_page()
        start = "details" if self._chosen is not None else "general"
        previous = {"details": "browse", "general": "browse", "person": start, "confirm": "person"}
        if page in previous:
            self.go(previous[page])

    def _problem_label(self, field_name: str) -> ProblemLabel | None:
        for page in (self.general, self.person, self.when):
            if field_name in page.problems:
                return page.problems[field_name]
        return self.confirm.problem if field_name == "consent" else None

    # the draft ------------------------------------------------------------------------------
    def draft(self) -> SignupDraft:
        return SignupDraft(
            opportunity_id=self._chosen.id if self._chosen else "",
            general_text="" if self._chosen else self.general.text(),
            interests=[] if self._chosen else self.general.interests.values(),
            name=self.person.name.text(),
            phone=self.person.phone.text(),
            email=self.person.email.text(),
            age_group=self.person.age_group.value(),
            availability=self.when.availability.values(),
            frequency=self.when.frequency.value(),
            message=self.when.message.text(),
            guardian_name=self.person.guardian_name.text(),
            guardian_phone=self.person.guardian_phone.text(),
            guardian_consent=self.person.guardian_consent.isChecked(),
            notify_me=self.person.notify_me.isChecked(),
            consent=self.confirm.consent.isChecked(),
            language=self._language,
        )

    def _summary(self) -> str:
        draft = self.draft()
        if self._chosen is not None:
            what = f"{pick(self._chosen.title, self._language)} ({pick(self._chosen.organisation, self._language)})"
        else:
            what = self.tr("Something else: %1").replace("%1", clean_text(draft.general_text))
        days = join_days([QCoreApplication.translate("volunteering", AVAILABILITY_NAMES[day]) for day in draft.availability])
        if draft.frequency in HELP_FREQUENCY_NAMES:
            days += " · " + QCoreApplication.translate("volunteering", HELP_FREQUENCY_NAMES[draft.frequency])
        contact = " · ".join(
            [draft.name.strip()] * bool(draft.name.strip())
            + [left_to_right(part.strip()) for part in (draft.phone, draft.email) if part.strip()]
        )
        lines = [what, contact, days]
        if draft.age_group in NEEDS_GUARDIAN:
            guardian = " · ".join(
                [draft.guardian_name.strip()] * bool(draft.guardian_name.strip())
                + [left_to_right(draft.guardian_phone.strip())] * bool(draft.guardian_phone.strip())
            )
            lines.append(self.tr("Parent or guardian: %1").replace("%1", guardian))
        return "\n".join(lines)

    def _not_ready_text(self) -> str:
        return self.tr("The kiosk is not ready to save sign-ups. Please ask the staff; nothing is lost.")

    def _failed_text(self) -> str:
        return self.tr("Your sign-up could not be saved just now. Please try again or ask the staff.")

    # language -------------------------------------------------------------------------------
    def show_language(self, language: str) -> None:
        super().show_language(language)
        self.browse.show_language(language)
        self.general.show_language(language)
        if self._chosen is not None:
            self.details.show_opportunity(self._chosen, language)
        self._retranslate()

    def _retranslate(self) -> None:
        super()._retranslate()
        page = self.current_page()
        if page in SIGN_UP_PAGES:
            step = SIGN_UP_PAGES.index(page) + 1
            self.set_progress(self.tr("Sign-up, step %1 of %2").replace("%1", str(step)).replace("%2", str(len(SIGN_UP_PAGES))))
        else:
            self.set_progress("")
        self.back_button.setVisible(page != "browse")
        self.next_button.setVisible(page != "browse")
        self.next_button.setText(
            self.tr("Sign me up") if page == "details" else self.tr("Send my sign-up") if page == "confirm" else self.tr("Next ›")
        )
        if page == "confirm":
            self.confirm.summary.setText(self._summary())
