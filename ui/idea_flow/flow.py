"""The idea flow: a few steps from theme to a stored idea. One flow per citizen: the kiosk
makes a new one for every person and throws the old one away, so nothing typed can come back."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from mokoko_desktop.clock import local_date
from mokoko_desktop.i18n import pick
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.kiosk import Kiosk
from mokoko_desktop.submissions import KioskNotReady
from mokoko_desktop.validation import FieldProblem, SubmissionRejected, clean_text
from ui.forms import age_group_text
from ui.idea_flow.about_step import AboutStep
from ui.idea_flow.contact_step import ContactStep
from ui.idea_flow.review_step import ReviewContent, ReviewStep
from ui.idea_flow.text_step import TextStep
from ui.idea_flow.theme_step import ThemeStep
from ui.messages import for_person
from ui.overlay import Overlay
from ui.widgets import PageStack, ProblemLabel, as_page, button, label

log = logging.getLogger(__name__)

STEP_FIELDS = {
    "theme": ("theme",),
    "text": ("text",),
    "about": ("age_group", "home_area"),
    "contact": ("name", "email", "phone", "consent"),
    "review": (),
}
STEPS = tuple(STEP_FIELDS)


class IdeaFlow(QWidget):
    """Theme, text, about you, contact, review; then the idea is stored.

    Signals:
        submitted(Idea): the idea is stored (durable); show its receipt code.
        cancelled(): the citizen stopped; everything typed is to be thrown away.
    """

    submitted = Signal(object)
    cancelled = Signal()

    def __init__(self, kiosk: Kiosk, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ideaFlow")
        self._kiosk = kiosk
        self._language = language
        self._submitting = False
        consultation = kiosk.catalogue.current_consultation(local_date(kiosk.clock()))
        self._question = consultation.question if consultation else {}
        self._themes = {theme.code: theme for theme in kiosk.catalogue.themes()}
        self._home_areas = {area.code: area for area in kiosk.catalogue.home_areas()}

        self.theme_step = ThemeStep(list(self._themes.values()), self)
        self.text_step = TextStep(pick(self._question, language), self)
        self.about_step = AboutStep(list(self._home_areas.values()), self)
        self.contact_step = ContactStep(self)
        self.review_step = ReviewStep(self)
        self._steps: dict[str, QWidget] = {
            "theme": self.theme_step,
            "text": self.text_step,
            "about": self.about_step,
            "contact": self.contact_step,
            "review": self.review_step,
        }
        self._stack = PageStack(self)
        for step in self._steps.values():
            self._stack.addWidget(as_page(step))

        self._progress = label("progress", self, wrap=False)
        self.back_button = button("secondary", self)
        self.cancel_button = button("quiet", self)
        self.next_button = button("primary", self)
        self.footer_problem = ProblemLabel(self)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.cancel_button.clicked.connect(self._ask_cancel)
        self.theme_step.theme_chosen.connect(lambda _code: self._go("text"))
        self.review_step.change_requested.connect(self._change)
        # "Skip" turns into "Next" as soon as something optional is filled in
        self.about_step.age_group.buttonClicked.connect(lambda _b: self._retranslate())
        self.about_step.home_area.buttonClicked.connect(lambda _b: self._retranslate())
        for edit in (self.contact_step.name, self.contact_step.email, self.contact_step.phone):
            edit.textChanged.connect(lambda _t: self._retranslate())
        self.contact_step.consent.toggled.connect(lambda _on: self._retranslate())

        self._confirm = Overlay(self)
        self._confirm.accepted.connect(self._cancel_confirmed)
        self._confirm.rejected.connect(self._confirm.hide)

        footer = QHBoxLayout()
        footer.addWidget(self.back_button)
        footer.addWidget(self.cancel_button)
        footer.addStretch(1)
        footer.addWidget(self.footer_problem, 4)
        footer.addStretch(1)
        footer.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the window's screen stack has the margins
        layout.addWidget(self._progress)
        layout.addWidget(self._stack, 1)
        layout.addLayout(footer)
        self.theme_step.show_language(language)
        self._go("theme")

    # navigation -----------------------------------------------------------------------------
    def current_step(self) -> str:
        return STEPS[self._stack.currentIndex()]

    def _go(self, step: str) -> None:
        self.footer_problem.clear_text()
        if step == "review":
            self.review_step.show_content(self._review_content())
        self._stack.setCurrentWidget(self._steps[step])
        if step == "text":
            self.text_step.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self._retranslate()

    def _back(self) -> None:
        index = STEPS.index(self.current_step())
        if index > 0:
            self._go(STEPS[index - 1])

    def _change(self, part: str) -> None:
        self._go(part)

    def _next(self) -> None:
        step = self.current_step()
        if step == "review":
            self._submit()
            return
        problems = [p for p in self._kiosk.ideas.check(self.draft()) if p.field in STEP_FIELDS[step]]
        if problems:
            self._show_problems(problems)
            return
        self._go(STEPS[STEPS.index(step) + 1])

    def _ask_cancel(self) -> None:
        self._confirm.open()

    def _cancel_confirmed(self) -> None:
        self._confirm.hide()
        self.cancelled.emit()

    # the draft ------------------------------------------------------------------------------
    def draft(self) -> IdeaDraft:
        return IdeaDraft(
            theme_code=self.theme_step.chosen(),
            text=self.text_step.text(),
            name=self.contact_step.name.text(),
            email=self.contact_step.email.text(),
            phone=self.contact_step.phone.text(),
            consent=self.contact_step.consent.isChecked(),
            age_group=self.about_step.age_group.value(),
            home_area_code=self.about_step.home_area.value(),
            language=self._language,
        )

    def _review_content(self) -> ReviewContent:
        draft = self.draft()
        theme = self._themes.get(draft.theme_code)
        area = self._home_areas.get(draft.home_area_code or "")
        age = age_group_text(draft.age_group) if draft.age_group else ""
        contact = [value.strip() for value in (draft.name, draft.email, draft.phone) if value.strip()]
        return ReviewContent(
            theme=pick(theme.title, self._language) if theme else "",
            text=clean_text(draft.text),
            age_group=age,
            home_area=area.name if area else "",
            contact_lines=contact,
        )

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        first_step = None
        for problem in problems:
            text = for_person("validation", problem)
            step = next(name for name, fields in STEP_FIELDS.items() if problem.field in fields)
            first_step = first_step or step
            if problem.field == "theme":
                self.theme_step.problem.show_text(text)
            elif problem.field == "text":
                self.text_step.problem.show_text(text)
            elif problem.field in ("age_group", "home_area"):
                self.about_step.problem.show_text(text)
            else:
                self.contact_step.problems[problem.field].show_text(text)
        if first_step and first_step != self.current_step():
            self._go(first_step)

    def _submit(self) -> None:
        if self._submitting:
            return  # a second tap on "Send" while the first is being stored
        self._submitting = True
        self.next_button.setEnabled(False)
        try:
            idea = self._kiosk.submit(self.draft())
        except SubmissionRejected as rejected:
            self._show_problems(rejected.problems)
        except KioskNotReady as error:
            log.error("Submission refused: %s", error)
            self.footer_problem.show_text(self.tr("The kiosk is not ready to save ideas. Please ask the staff; your idea is still here."))
        except Exception:
            log.exception("Could not store an idea")
            self.footer_problem.show_text(
                self.tr("Your idea could not be saved just now. Please try again or ask the staff; nothing is lost.")
            )
        else:
            self.submitted.emit(idea)
            return
        finally:
            self.next_button.setEnabled(True)
        self._submitting = False

    def set_compact(self, compact: bool) -> None:
        """While the on-screen keyboard covers the lower half: drop the progress line and the
        hints so the field and the Next button stay above the keyboard."""
        self._progress.setVisible(not compact)
        for step in self._steps.values():
            hint = getattr(step, "_hint", None)
            if hint is not None:
                hint.setVisible(not compact)
        self.contact_step.reveal_focus()

    # language -------------------------------------------------------------------------------
    def show_language(self, language: str) -> None:
        self._language = language
        self.theme_step.show_language(language)
        self.text_step.set_question(pick(self._question, language))
        if self.current_step() == "review":
            self.review_step.show_content(self._review_content())

    def _retranslate(self) -> None:
        index = STEPS.index(self.current_step())
        self._progress.setText(self.tr("Step %1 of %2").replace("%1", str(index + 1)).replace("%2", str(len(STEPS))))
        self.back_button.setText(self.tr("‹ Back"))
        self.back_button.setVisible(index > 0)
        self.cancel_button.setText(self.tr("Stop"))
        step = self.current_step()
        self.next_button.setText(
            self.tr("Send my idea") if step == "review"
            else self.tr("Skip") if step in ("about", "contact") and not self._step_has_input(step)
            else self.tr("Next ›")
        )
        self.next_button.setVisible(step != "theme" or bool(self.theme_step.chosen()))
        self._confirm.title.setText(self.tr("Do you want to stop?"))
        self._confirm.body.setText(self.tr("What you have written will be deleted."))
        self._confirm.primary.setText(self.tr("Yes, stop"))
        self._confirm.secondary.setText(self.tr("No, go on"))

    def _step_has_input(self, step: str) -> bool:
        draft = self.draft()
        if step == "about":
            return bool(draft.age_group or draft.home_area_code)
        return bool(draft.name.strip() or draft.email.strip() or draft.phone.strip() or draft.consent)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
