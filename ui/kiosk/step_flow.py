"""A citizen's flow of pages with Back, Stop and Next at the bottom, ending in a stored
submission (the idea, the volunteer sign-up and the Byttebørs flows are StepFlows). One flow per
citizen: the kiosk throws it away when they are done."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from mokoko_desktop.submissions import Draft, KioskNotReady
from mokoko_desktop.validation import FieldProblem, SubmissionRejected
from ui.common.messages import for_person
from ui.common.widgets import PageStack, ProblemLabel, TranslatedWidget, as_page, button, label
from ui.kiosk import read_aloud
from ui.kiosk.forms import ConsentBox
from ui.kiosk.overlay import Overlay
from ui.kiosk.privacy_sheet import PrivacySheet

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk

log = logging.getLogger(__name__)


class StepFlow(TranslatedWidget):
    """Pages by name, a footer, the "do you want to stop?" question, and storing the citizen's
    draft through the core (:meth:`_submit`), the same for every kind of submission.

    Subclasses add pages with :meth:`add_page`, say which fields each page has
    (``PAGE_FIELDS``), where Next and Back lead (:meth:`_next`, :meth:`_back`), which problem
    belongs under which field (:meth:`_problem_label`), what the draft is (:meth:`draft`) and
    what to say when it cannot be stored (:meth:`_not_ready_text`, :meth:`_failed_text`).

    Signals:
        submitted(object): the record is stored (durable); show its receipt code.
        cancelled(): the citizen stopped; everything typed is to be thrown away.
    """

    submitted = Signal(object)
    cancelled = Signal()
    PAGE_FIELDS: ClassVar[Mapping[str, tuple[str, ...]]] = {}

    def __init__(self, kiosk: Kiosk, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._language = language
        self._submitting = False
        self._pages: dict[str, QWidget] = {}
        self._compact = False
        self._stack = PageStack(self)
        self._progress = label("progress", self, wrap=False)
        self.back_button = button("secondary", self)
        self.cancel_button = button("quiet", self)
        self.next_button = button("primary", self)
        self.footer_problem = ProblemLabel(self)
        self.read_button = button("secondary", self)  # "Læs op": shown where a voice speaks the language
        self.read_button.setObjectName("readAloud")
        self.read_button.clicked.connect(self._read_aloud)
        read_aloud.kiosk_reader().ready.connect(self._show_read_button)  # the engine starts in its own thread
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self._confirm = Overlay(self)
        self.privacy = PrivacySheet(kiosk, self)  # the privacy notice, one tap from every consent box
        self.cancel_button.clicked.connect(self._confirm.open)
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
        top = QHBoxLayout()
        top.addWidget(self._progress, 1)
        top.addWidget(self.read_button)
        layout.addLayout(top)
        layout.addWidget(self._stack, 1)
        layout.addLayout(footer)

    def set_compact(self, compact: bool) -> None:
        """While the on-screen keyboard covers the lower half: drop the progress line."""
        self._compact = compact
        self._progress.setVisible(not compact and bool(self._progress.text()))

    def set_progress(self, text: str) -> None:
        self._progress.setText(text)
        self._progress.setVisible(bool(text) and not self._compact)

    def add_page(self, name: str, page: QWidget) -> None:
        self._pages[name] = page
        self._stack.addWidget(as_page(page))
        for box in page.findChildren(ConsentBox):
            box.privacy_asked.connect(lambda: self.privacy.open_notice(self._language))

    def current_page(self) -> str:
        current = self._stack.currentWidget()
        return next(name for name, page in self._pages.items() if page is current)

    def go(self, name: str) -> None:
        self.footer_problem.clear_text()
        read_aloud.kiosk_reader().stop()  # the page it was reading is gone
        self._stack.setCurrentWidget(self._pages[name])
        self._retranslate()

    def page_problems(self, page: str) -> list[FieldProblem]:
        """The draft's problems with the fields of ``page`` (the core checks, nothing is stored)."""
        return [problem for problem in self._kiosk.check(self.draft()) if problem.field in self.PAGE_FIELDS[page]]

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Show each problem under its field, go to the first page that has one, and bring its
        first problem into view with the focus (nothing is said off-screen)."""
        first: tuple[str, ProblemLabel] | None = None
        for problem in problems:
            page = next((name for name, fields in self.PAGE_FIELDS.items() if problem.field in fields), None)
            text = for_person("validation", problem)
            target = self._problem_label(problem.field)
            if target is None or page is None:
                self.footer_problem.show_text(text)
                continue
            target.show_text(text)
            first = first or (page, target)
        if first is None:
            self.footer_problem.reveal()
            return
        if first[0] != self.current_page():
            self.go(first[0])
        first[1].reveal()

    def _cancel_confirmed(self) -> None:
        self._confirm.hide()
        self.cancelled.emit()

    def _submit(self) -> None:
        """Store the draft through the core; on success emit ``submitted`` (the flow is done)."""
        if self._submitting:
            return  # a second tap on "Send" while the first is being stored
        self._submitting = True
        self.next_button.setEnabled(False)
        try:
            record = self._kiosk.submit(self.draft(), self.stop_id())
        except SubmissionRejected as rejected:
            self.show_problems(rejected.problems)
        except KioskNotReady as error:
            log.error("%s refused: %s", type(self).__name__, error)
            self.footer_problem.show_text(self._not_ready_text())
        except Exception:
            log.exception("%s: the submission could not be stored", type(self).__name__)
            self.footer_problem.show_text(self._failed_text())
        else:
            self.submitted.emit(record)
            return
        finally:
            self.next_button.setEnabled(True)
        self._submitting = False

    # for subclasses --------------------------------------------------------------------------
    def draft(self) -> Draft:
        raise NotImplementedError

    def stop_id(self) -> str | None:
        """Where it was given: None for today's stop (staff's paper form names another)."""
        return None

    def _not_ready_text(self) -> str:
        raise NotImplementedError

    def _failed_text(self) -> str:
        raise NotImplementedError

    def _next(self) -> None:
        raise NotImplementedError

    def _back(self) -> None:
        raise NotImplementedError

    def _problem_label(self, field_name: str) -> ProblemLabel | None:
        raise NotImplementedError

    def show_language(self, language: str) -> None:
        self._language = language

    def _show_read_button(self) -> None:
        self.read_button.setVisible(read_aloud.kiosk_reader().can_read(self._language))

    def _read_aloud(self) -> None:
        page = self._stack.currentWidget()
        if page is not None:
            read_aloud.kiosk_reader().read(read_aloud.spoken_text(page), self._language)

    def _retranslate(self) -> None:
        # A fixed context: self.tr() here would look in each subclass's own context.
        self.cancel_button.setText(QCoreApplication.translate("StepFlow", "Stop"))
        self.read_button.setText(QCoreApplication.translate("StepFlow", "Read aloud"))
        self._show_read_button()
        self.back_button.setText(QCoreApplication.translate("StepFlow", "‹ Back"))
        self._confirm.title.setText(QCoreApplication.translate("StepFlow", "Do you want to stop?"))
        self._confirm.body.setText(QCoreApplication.translate("StepFlow", "What you have written will be deleted."))
        self._confirm.primary.setText(QCoreApplication.translate("StepFlow", "Yes, stop"))
        self._confirm.secondary.setText(QCoreApplication.translate("StepFlow", "No, go on"))
