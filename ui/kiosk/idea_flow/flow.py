"""The idea flow: a few steps from theme to a stored idea (a :class:`StepFlow`). One flow per
citizen: the kiosk makes a new one for every person and throws the old one away, so nothing typed
can come back."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mokoko_desktop.clock import local_date
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.kiosk import Kiosk
from mokoko_desktop.validation import clean_text
from shared_kernel.i18n import pick
from ui.common.widgets import ProblemLabel, left_to_right, type_here
from ui.kiosk.forms import age_group_text
from ui.kiosk.idea_flow.about_step import AboutStep
from ui.kiosk.idea_flow.contact_step import ContactStep
from ui.kiosk.idea_flow.paper_form import StaffPaperForm
from ui.kiosk.idea_flow.review_step import ReviewContent, ReviewStep
from ui.kiosk.idea_flow.text_step import TextStep
from ui.kiosk.idea_flow.theme_step import ThemeStep
from ui.kiosk.step_flow import StepFlow

STEP_FIELDS = {
    "theme": ("theme",),
    "text": ("text",),
    "about": ("age_group", "home_area"),
    "contact": ("name", "email", "phone", "consent"),
    "review": ("written_on",),  # staff's paper form (assisted only)
}
STEPS = tuple(STEP_FIELDS)


class IdeaFlow(StepFlow):
    """Theme, text, about you, contact, review; then the idea is stored.

    Signals: those of :class:`StepFlow`; ``submitted`` carries the stored Idea.
    """

    PAGE_FIELDS = STEP_FIELDS

    def __init__(self, kiosk: Kiosk, language: str, parent: QWidget | None = None, *, assisted: bool = False) -> None:
        super().__init__(kiosk, language, parent)
        self.setObjectName("ideaFlow")
        self.assisted = assisted  # staff type it in on a citizen's behalf (or from a paper form)
        consultation = kiosk.catalogue.current_consultation(local_date(kiosk.clock()))
        self._question = consultation.question if consultation else {}
        self._themes = {theme.code: theme for theme in kiosk.catalogue.themes()}
        self._home_areas = {area.code: area for area in kiosk.catalogue.home_areas()}

        self.theme_step = ThemeStep(list(self._themes.values()), self)
        self.text_step = TextStep(pick(self._question, language), self)
        self.about_step = AboutStep(list(self._home_areas.values()), self)
        self.contact_step = ContactStep(kiosk.consent_periods(), self)
        today_stop = kiosk.today_stop()
        self.paper = (
            StaffPaperForm(kiosk.catalogue.stops(), today_stop.id if today_stop else None, local_date(kiosk.clock()), self)
            if assisted
            else None
        )
        self.review_step = ReviewStep(self, paper=self.paper)
        for name, step in (
            ("theme", self.theme_step),
            ("text", self.text_step),
            ("about", self.about_step),
            ("contact", self.contact_step),
            ("review", self.review_step),
        ):
            self.add_page(name, step)
        self._changing = False  # "Ret" on the review: once that step is right, straight back to it
        self.theme_step.theme_chosen.connect(lambda _code: self._step_done("text"))
        self.review_step.change_requested.connect(self._change)
        # "Skip" turns into "Next" as soon as something optional is filled in
        self.about_step.age_group.buttonClicked.connect(lambda _b: self._retranslate())
        self.about_step.home_area.buttonClicked.connect(lambda _b: self._retranslate())
        for edit in (self.contact_step.name, self.contact_step.email, self.contact_step.phone):
            edit.textChanged.connect(lambda _t: self._retranslate())
        self.contact_step.consent.toggled.connect(lambda _on: self._retranslate())
        self.theme_step.show_language(language)
        self.go("theme")

    # navigation -----------------------------------------------------------------------------
    def current_step(self) -> str:
        return self.current_page()

    def go(self, name: str) -> None:
        if name == "review":
            self.review_step.show_content(self._review_content())
        super().go(name)
        if name == "text":
            type_here(self.text_step.editor)

    def _back(self) -> None:
        index = STEPS.index(self.current_step())
        if index > 0:
            self.go(STEPS[index - 1])

    def _next(self) -> None:
        step = self.current_step()
        if step == "review":
            self._submit()
            return
        problems = self.page_problems(step)
        if problems:
            self.show_problems(problems)
            return
        self._step_done(STEPS[STEPS.index(step) + 1])

    def _change(self, step: str) -> None:
        self._changing = True
        self.go(step)

    def _step_done(self, following: str) -> None:
        """On to ``following``, or back to the review when the citizen came from its "Ret"."""
        self.go("review" if self._changing else following)
        self._changing = False

    def _problem_label(self, field_name: str) -> ProblemLabel | None:
        if field_name == "theme":
            return self.theme_step.problem
        if field_name == "text":
            return self.text_step.problem
        if field_name in ("age_group", "home_area"):
            return self.about_step.problem
        if field_name == "written_on":
            return self.paper.problem if self.paper is not None else None
        return self.contact_step.problems.get(field_name)

    # the draft ------------------------------------------------------------------------------
    def draft(self) -> IdeaDraft:
        return IdeaDraft(
            theme_code=self.theme_step.chosen(),
            text=self.text_step.text(),
            name=self.contact_step.name.text(),
            email=self.contact_step.email.text(),
            phone=self.contact_step.phone.text(),
            consent=self.contact_step.consent.isChecked(),
            notify_me=self.contact_step.notify_me.isChecked(),
            age_group=self.about_step.age_group.value(),
            home_area_code=self.about_step.home_area.value(),
            language=self._language,
            assisted=self.assisted,
            written_on=self.paper.written_on() if self.paper is not None else None,
        )

    def stop_id(self) -> str | None:
        return self.paper.stop_id() if self.paper is not None else None

    def _review_content(self) -> ReviewContent:
        draft = self.draft()
        theme = self._themes.get(draft.theme_code)
        area = self._home_areas.get(draft.home_area_code or "")
        age = age_group_text(draft.age_group) if draft.age_group else ""
        contact = [draft.name.strip()] if draft.name.strip() else []
        contact += [left_to_right(value.strip()) for value in (draft.email, draft.phone) if value.strip()]
        return ReviewContent(
            theme=pick(theme.title, self._language) if theme else "",
            text=clean_text(draft.text),
            age_group=age,
            home_area=area.name if area else "",
            contact_lines=contact,
        )

    def _not_ready_text(self) -> str:
        return self.tr("The kiosk is not ready to save ideas. Please ask the staff; your idea is still here.")

    def _failed_text(self) -> str:
        return self.tr("Your idea could not be saved just now. Please try again or ask the staff; nothing is lost.")

    def set_compact(self, compact: bool) -> None:
        """While the on-screen keyboard covers the lower half: drop the progress line and the
        hints so the field and the Next button stay above the keyboard."""
        super().set_compact(compact)
        for step in (self.theme_step, self.text_step, self.about_step, self.contact_step, self.review_step):
            hint = getattr(step, "_hint", None)
            if hint is not None:
                hint.setVisible(not compact)

    # language -------------------------------------------------------------------------------
    def show_language(self, language: str) -> None:
        super().show_language(language)
        self.theme_step.show_language(language)
        self.text_step.set_question(pick(self._question, language))
        if self.current_step() == "review":
            self.review_step.show_content(self._review_content())

    def _retranslate(self) -> None:
        super()._retranslate()
        step = self.current_step()
        index = STEPS.index(step)
        progress = self.tr("Step %1 of %2").replace("%1", str(index + 1)).replace("%2", str(len(STEPS)))
        if self.assisted:
            progress = self.tr("On behalf of a citizen (recorded as given with help from staff)") + "  ·  " + progress
        self.set_progress(progress)
        self.back_button.setVisible(index > 0)
        self.next_button.setText(
            self.tr("Send my idea")
            if step == "review"
            else self.tr("Skip")
            if step in ("about", "contact") and not self._step_has_input(step)
            else self.tr("Next ›")
        )
        self.next_button.setVisible(step != "theme" or bool(self.theme_step.chosen()))

    def _step_has_input(self, step: str) -> bool:
        draft = self.draft()
        if step == "about":
            return bool(draft.age_group or draft.home_area_code)
        return bool(draft.name.strip() or draft.email.strip() or draft.phone.strip() or draft.consent)
