"""Follow-up: a citizen scans the receipt's QR code (a USB scanner types the whole URL and Enter)
or types the code, and sees what became of the idea. Another kiosk's code is asked about at the
central database in the background (the kiosk's own login, rate-limited there)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from mokoko_desktop.followup import NO_CONNECTION, TOO_MANY, UNREACHABLE, FollowUp, with_central_answer
from shared_kernel.dates import long_date
from shared_kernel.i18n import pick
from shared_kernel.receipt_codes import InvalidReceiptCode, format_code
from shared_kernel.replies import shown_reply
from ui.common.messages import for_person
from ui.common.tasks import run_in_background
from ui.common.widgets import ProblemLabel, TranslatedWidget, button, label, own_words, scroll_into_view, scrolled_column
from ui.kiosk.overlay import Overlay

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk

log = logging.getLogger(__name__)


class FollowUpScreen(TranslatedWidget):
    """Type or scan a receipt code; shows the status and the public reply.

    Signals:
        finished(): back to the start screen.
    """

    finished = Signal()

    def __init__(
        self,
        kiosk: Kiosk,
        language: str,
        parent: QWidget | None = None,
        *,
        ask_central: Callable[[FollowUp], FollowUp] | None = None,
    ) -> None:
        """``ask_central``: run on a worker thread for another kiosk's code (the sync's
        ``SyncScheduler.ask_central``); without it such a code cannot be asked about."""
        super().__init__(parent)
        self.setObjectName("followUpScreen")
        self._kiosk = kiosk
        self._language = language
        self._ask_central = ask_central
        self._found: FollowUp | None = None
        self._asking = False  # another kiosk's code is being asked about centrally
        self._heading = label("stepHeading", self)
        self._hint = label("stepHint", self)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("codeEdit")
        self._hint.setBuddy(self.code_edit)  # what a screen reader calls the field: scan or type the code
        self.code_edit.setInputMethodHints(Qt.InputMethodHint.ImhPreferUppercase | Qt.InputMethodHint.ImhNoPredictiveText)
        self.code_edit.returnPressed.connect(self.look_up)
        self.show_button = button("primary", self)
        self.show_button.clicked.connect(self.look_up)
        self.problem = ProblemLabel(self)
        self.result = QFrame(self)
        self.result.setObjectName("followUpResult")
        self.result_code = label("resultCode", self.result)
        self.result_status = label("resultStatus", self.result)
        self.result_reply = label("resultReply", self.result)
        self.result_idea = label("resultIdea", self.result)
        self.erasure = label("resultIdea", self.result)
        self.erase_button = button("quiet", self.result)
        self.erase_button.clicked.connect(self._ask_erasure)
        result_layout = QVBoxLayout(self.result)
        for part in (self.result_code, self.result_status, self.result_reply, self.result_idea, self.erasure):
            result_layout.addWidget(part)
        result_layout.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.result.hide()
        self._confirm_erasure = Overlay(self)
        self._confirm_erasure.accepted.connect(self._erase)
        self._confirm_erasure.rejected.connect(self._confirm_erasure.hide)
        self.done_button = button("secondary", self)
        self.done_button.clicked.connect(self.finished)
        entry = QHBoxLayout()
        entry.addWidget(self.code_edit, 1)
        entry.addWidget(self.show_button)
        # scrolls rather than squeezes the result while the on-screen keyboard takes room
        self._scroll = scrolled_column("followUpBody", "followUpScroll", self, [self._hint, entry, self.problem, self.result])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._retranslate()
        self.code_edit.setFocus()

    def look_up(self) -> None:
        self.problem.clear_text()
        try:
            self._found = self._kiosk.follow_up(self.code_edit.text())
        except InvalidReceiptCode as error:
            self._found = None
            self.result.hide()
            self.problem.show_text(for_person("receipt_code", error.problem))
            return
        self.code_edit.setText(format_code(self._found.code))
        if self._found.from_other_kiosk:
            self._ask_about(self._found)
        self._show_result()
        self._read_result()

    def _read_result(self) -> None:
        """The code is typed: the keyboard goes (the focus leaves the field) and the result is
        scrolled into view, whatever room the keyboard leaves."""
        self.code_edit.clearFocus()
        QGuiApplication.inputMethod().hide()
        QTimer.singleShot(0, self, lambda: scroll_into_view(self.result_status))

    def _ask_about(self, found: FollowUp) -> None:
        """Another kiosk's code: ask the central database in the background."""
        ask = self._ask_central
        if ask is None:
            self._found = with_central_answer(found, problem=NO_CONNECTION)
            return
        self._asking = True
        run_in_background(lambda: ask(found), self._answered, self._not_answered, owner=self)

    def _answered(self, answer: FollowUp) -> None:
        self._asking = False
        if self._found is not None and self._found.code == answer.code:  # not another code typed meanwhile
            self._found = answer
            self._show_result()

    def _not_answered(self, error: Exception) -> None:
        log.warning("Asking the central database about another kiosk's code failed: %s", type(error).__name__)
        if self._found is not None:
            self._answered(with_central_answer(self._found, problem=UNREACHABLE))

    def show_language(self, language: str) -> None:
        self._language = language
        self._show_result()

    def _show_result(self) -> None:
        if self._found is None:
            return
        self._show_found()
        self._show_erasure(self._found)

    def _show_erasure(self, found: FollowUp) -> None:
        """'Slet mine oplysninger' for a code this kiosk made, or how far an erasure has come.
        Another kiosk's code is asked about there (the central database takes a kiosk's requests
        for its own codes only)."""
        if found.erasure_done_at:
            day = found.erasure_done_at[:10]
            self.erasure.setText(self.tr("Your contact details have been deleted (%1).").replace("%1", day))
        elif found.erasure_requested:
            self.erasure.setText(
                self.tr(
                    "You have asked us to delete your contact details. They are deleted from this kiosk; a case worker at the "
                    "municipality deletes them there too when the kiosk has sent your request."
                )
            )
        elif found.from_other_kiosk and found.known:
            self.erasure.setText(self.tr("To have your contact details deleted, ask at the kiosk where you got the receipt."))
        else:
            self.erasure.setText("")
        self.erasure.setVisible(bool(self.erasure.text()))
        self.erase_button.setVisible(not (found.erasure_done_at or found.erasure_requested or found.from_other_kiosk))

    def _ask_erasure(self) -> None:
        self._confirm_erasure.open()

    def _erase(self) -> None:
        self._confirm_erasure.hide()
        if self._found is None:
            return
        self._kiosk.request_erasure(self._found.code)
        self._found = self._kiosk.follow_up(self._found.code)
        self._show_result()

    def _show_found(self) -> None:
        found = self._found
        assert found is not None
        self.result.show()
        self.result_code.setText(self.tr("Code %1").replace("%1", format_code(found.code)))
        if found.from_other_kiosk and found.elsewhere is None:
            self._show_not_found_elsewhere(found)
            return
        if not found.known:
            self.result_status.setText(self.tr("We do not know this code yet."))
            self.result_reply.setText(
                self.tr("If you gave your idea at another stop, it can take a little while before it reaches this kiosk.")
            )
            self.result_idea.setText("")
            return
        if found.signup is not None or found.post is not None:
            self._show_volunteering()
            return
        if found.elsewhere is not None and found.elsewhere.kind != "idea":
            self._show_volunteering_elsewhere()
            return
        if found.status is None:
            self.result_status.setText(self.tr("No reply yet"))
            self.result_reply.setText(
                self.tr("Your idea has been received. The contact person has not answered yet; please look again later.")
            )
        else:
            status = self.tr("Status: %1").replace("%1", found.status_text(self._language))
            since = long_date(found.status.set_at, self._language)
            since_text = self.tr("Since %1").replace("%1", since)
            self.result_status.setText(f"{status}\n{since_text}" if since else status)
            shown = shown_reply(self._language, found.status.language, found.status.public_reply, found.status.translated_reply)
            reply = f"{shown.note}\n{shown.text}" if shown.note else shown.text
            if found.status.contact_name:
                reply += "\n" + self.tr("Contact person: %1").replace("%1", found.status.contact_name)
            self.result_reply.setText(reply)
        if found.idea is not None:
            title = pick(found.idea.theme_title, self._language) if found.idea.theme_title else ""
            self.result_idea.setText(self.tr("Your idea (%1): %2").replace("%1", title).replace("%2", own_words(found.idea.text)))
        elif found.elsewhere is not None:
            elsewhere = found.elsewhere
            given = self.tr("Your idea (%1) was given at %2 on %3.").replace("%1", pick(elsewhere.theme_title, self._language))
            day = long_date(elsewhere.created_at, self._language)
            self.result_idea.setText(given.replace("%2", elsewhere.stop_place).replace("%3", day))
        else:
            self.result_idea.setText("")

    def _show_not_found_elsewhere(self, found: FollowUp) -> None:
        """Another kiosk's code, not (yet) answered centrally: being asked, not known, or not askable."""
        self.result_status.setText(self.tr("This receipt comes from another MOKOKO kiosk."))
        if self._asking:
            reply = self.tr("Looking up the answer at the municipality …")
        elif found.central_problem == TOO_MANY:
            reply = self.tr("Many codes have been looked up here in the last minute. Please try again in a minute.")
        elif found.central_problem is not None:
            reply = self.tr(
                "This kiosk cannot reach the municipality right now, so it cannot show the answer. Please try again later, "
                "or scan the QR code on your receipt with your phone."
            )
        else:
            self.result_status.setText(self.tr("We do not know this code yet."))
            reply = self.tr("If you gave it at another stop, it can take a little while before it reaches the municipality.")
        self.result_reply.setText(reply)
        self.result_idea.setText("")

    def _show_volunteering_elsewhere(self) -> None:
        """Another kiosk's sign-up or Byttebørs post, as the central database shows it."""
        found = self._found
        assert found is not None and found.elsewhere is not None
        elsewhere = found.elsewhere
        day = elsewhere.created_at.astimezone().strftime("%d.%m.%Y") if elsewhere.created_at else ""
        if elsewhere.kind == "signup":
            heading = self.tr("Your sign-up from %1").replace("%1", day)
            progress = self._signup_progress(found.signup_status)
            self.result_status.setText(f"{heading}\n{progress}" if progress else heading)
            title = pick(elsewhere.opportunity_title, self._language)
            organisation = pick(elsewhere.organisation, self._language)
            self.result_reply.setText(f"{title} ({organisation})" if title and organisation else title)
            self.result_idea.setText("" if progress else self.tr("The contact person will contact you."))
        else:
            heading = self.tr("Your offer from %1") if elsewhere.offer_kind == "offer" else self.tr("Your need from %1")
            self.result_status.setText(heading.replace("%1", day))
            self.result_reply.setText("")
            self.result_idea.setText(self.tr("The municipality contacts you when someone fits."))

    def _signup_progress(self, status: str | None) -> str | None:
        return {
            "contacted": self.tr("The contact person has contacted you."),
            "placed": self.tr("You have been given a place. Welcome!"),
            "declined": self.tr("This time it did not work out. Thank you for wanting to help."),
        }.get(status or "")

    def _show_volunteering(self) -> None:
        """A sign-up's or a Byttebørs post's code: what it was for (never the person's details)."""
        found = self._found
        assert found is not None
        when = lambda record: record.created_at.astimezone().strftime("%d.%m.%Y")  # noqa: E731
        if found.signup is not None:
            signup = found.signup
            info = self._kiosk.opportunities.get(signup.opportunity_id) if signup.opportunity_id else None
            heading = self.tr("Your sign-up from %1").replace("%1", when(signup))
            progress = self._signup_progress(found.signup_status)
            self.result_status.setText(f"{heading}\n{progress}" if progress else heading)
            erased = bool(found.erasure_requested or found.erasure_done_at)  # then nobody can contact them
            if info is not None:
                self.result_reply.setText(f"{pick(info.title, self._language)} ({pick(info.organisation, self._language)})")
                contact = (
                    self.tr("Your contact details are deleted, so %1 cannot contact you. Questions: %2")
                    if erased
                    else self.tr("%1 will contact you. Questions: %2")
                )
                self.result_idea.setText(contact.replace("%1", info.contact_name).replace("%2", info.contact_how))
            else:
                self.result_reply.setText(self.tr("Something else: %1").replace("%1", signup.general_text or ""))
                self.result_idea.setText(
                    self.tr("Your contact details are deleted, so the municipality cannot contact you about it.")
                    if erased
                    else self.tr("The municipality's volunteer coordinator will contact you.")
                )
        elif found.post is not None:
            post = found.post
            self.result_status.setText(
                (self.tr("Your offer from %1") if post.kind == "offer" else self.tr("Your need from %1")).replace("%1", when(post))
            )
            self.result_reply.setText(post.text)
            self.result_idea.setText(self.tr("The municipality contacts you when someone fits."))

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Follow your idea"))
        self._hint.setText(self.tr("Scan the QR code on your receipt, or type the code that is printed under it."))
        self.code_edit.setPlaceholderText(self.tr("For example ABCD-EFG-HJK"))
        self.show_button.setText(self.tr("Show"))
        self.done_button.setText(self.tr("Done"))
        self.erase_button.setText(self.tr("Delete my contact details"))
        self._confirm_erasure.title.setText(self.tr("Delete your contact details?"))
        self._confirm_erasure.body.setText(
            self.tr(
                "We delete your name, phone number and e-mail, here and at the municipality. You will then get no personal "
                "answer; what you gave stays, without your name."
            )
        )
        self._confirm_erasure.primary.setText(self.tr("Yes, delete them"))
        self._confirm_erasure.secondary.setText(self.tr("No"))
        self._show_result()
