"""The chosen idea: its text, where and when, its area and contact person, its whole history;
answer it (or several at once), send it to another area, or look at the contact details (the
database logs who looked). What is typed stays until it has been sent."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QScrollArea, QTextEdit, QVBoxLayout, QWidget

from city_hall.inbox import WHY_MIN
from shared_kernel import limits
from shared_kernel.demographics import age_group_name
from shared_kernel.i18n import language_name_in, pick
from shared_kernel.receipt_codes import format_code
from ui.common.messages import moderation_reason
from ui.common.widgets import TranslatedWidget, button, describe_field, label
from ui.office.case_box import CaseBox
from ui.office.similar_box import SimilarBox
from ui.office.translation_box import TranslationBox

if TYPE_CHECKING:
    from city_hall.contact_details import ContactDetails
    from city_hall.inbox import IdeaDetail, InboxIdea
    from city_hall.office_catalogue import OfficeCatalogue
    from ui.office.window import OfficeWindow


class IdeaPanel(TranslatedWidget):
    """Signals:
    answered(): an answer or a routing was stored (the list should show it)."""

    answered = Signal()

    def __init__(self, window: OfficeWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._catalogue: OfficeCatalogue | None = None
        self._ideas: list[InboxIdea] = []
        self._detail: IdeaDetail | None = None
        self._template = ""

        self.heading = label("stepHeading", self)
        self.text = label("reviewValue", self)
        self.facts = label("stepHint", self)
        self.history = label("staffInfo", self)
        self.contact = label("staffInfo", self)
        self.reveal_button = button("quiet", self)
        self.reveal_button.clicked.connect(self._reveal)
        self.reveal_button.setEnabled(False)
        self.reveal_why = QLineEdit(self)
        self.reveal_why.textChanged.connect(lambda text: self.reveal_button.setEnabled(len(text.strip()) >= WHY_MIN))
        self.similar = SimilarBox(window, self)  # ideas like it, and the case it is in
        self.similar.case_changed.connect(self._reload_detail)
        self.case = CaseBox(window, self)  # who has it, its deadline, notes
        self.case.changed.connect(self._reload_detail)
        self.case.changed.connect(self.answered)  # the list shows who has it

        self._answer_label = label("fieldLabel", self)
        self.status = QComboBox(self)
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.reply = QTextEdit(self)
        self.reply.setAcceptRichText(False)
        self.reply.setMinimumHeight(110)
        self._answer_label.setBuddy(self.reply)  # what a screen reader calls the field
        self.translation = TranslationBox(window.language, self)  # the reply in the citizen's language
        self.reason = QLineEdit(self)
        self.send_button = button("primary", self)
        self.send_button.clicked.connect(self._send)
        self.message = label("problem", self)
        self.message.hide()

        self._route_label = label("fieldLabel", self)
        self.route_area = QComboBox(self)
        self.route_note = QLineEdit(self)
        self.route_button = button("secondary", self)
        self.route_button.clicked.connect(self._route)
        self.wall_headline = QLineEdit(self)  # "vis på væggen": a short public headline
        self.wall_headline.setMaxLength(120)
        self.wall_button = button("secondary", self)
        self.wall_button.clicked.connect(self._publish)

        body = QWidget(self)
        column = QVBoxLayout(body)
        for widget in (
            self.heading,
            self.text,
            self.facts,
            self.history,
            self.contact,
            self.reveal_why,
            self.reveal_button,
            self.case,
            self.similar,
            self._answer_label,
            self.status,
            self.reply,
            self.translation,
            self.reason,
            self.send_button,
            self.message,
            self._route_label,
        ):
            column.addWidget(widget)
        route_row = QHBoxLayout()
        route_row.addWidget(self.route_area, 1)
        route_row.addWidget(self.route_button)
        column.addLayout(route_row)
        column.addWidget(self.route_note)
        wall_row = QHBoxLayout()
        wall_row.addWidget(self.wall_headline, 1)
        wall_row.addWidget(self.wall_button)
        column.addLayout(wall_row)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._retranslate()
        self.show_ideas([])

    def _home_area_name(self, code: str | None) -> str:
        """Where the citizen lives, by its name in the catalogue (its code if the catalogue has it no more)."""
        if not code:
            return ""
        return dict(self._catalogue.home_areas).get(code, code) if self._catalogue else code

    def set_catalogue(self, catalogue: OfficeCatalogue) -> None:
        self._catalogue = catalogue
        self._fill_choices()

    def _fill_choices(self) -> None:
        if self._catalogue is None:
            return
        language = self._window.language
        chosen_status, chosen_area = self.status.currentData(), self.route_area.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        for code, name, _needs_reason in self._catalogue.statuses:
            self.status.addItem(pick(name, language), code)
        self.status.setCurrentIndex(max(0, self.status.findData(chosen_status)))
        self.status.blockSignals(False)
        self.route_area.clear()
        for code, name in self._catalogue.areas:
            self.route_area.addItem(pick(name, language), code)
        self.route_area.setCurrentIndex(max(0, self.route_area.findData(chosen_area)))
        self._status_chosen()

    @property
    def settled(self) -> bool:
        """Nothing is loading: no idea is chosen, several are, or the chosen one's history is here."""
        return len(self._ideas) != 1 or self._detail is not None

    # showing -------------------------------------------------------------------------------
    def show_ideas(self, ideas: list[InboxIdea]) -> None:
        """Show the chosen idea (loading its history), or what a bulk answer will do."""
        self._ideas = ideas
        self._detail = None
        self.message.hide()
        chosen = bool(ideas)
        answering: list[QWidget] = [self._answer_label, self.status, self.reply, self.send_button]
        for widget in answering:
            widget.setVisible(chosen)
        single = len(ideas) == 1
        for one in (
            self.text,
            self.facts,
            self.history,
            self.contact,
            self.reveal_why,
            self.reveal_button,
            self._route_label,
            self.route_area,
            self.route_button,
            self.route_note,
        ):
            one.setVisible(single)
        for wall in (self.wall_headline, self.wall_button):  # an answered idea only, once its history is here
            wall.setVisible(False)
        self.translation.show_for(ideas[0].language if chosen else None, self._window.language)
        self.similar.show_code(ideas[0].receipt_code if single else None)
        self.case.show_idea(ideas[0] if single else None)
        self._status_chosen()
        if not chosen:
            self.heading.setText(self.tr("Choose an idea in the list"))
            return
        if not single:
            self.heading.setText(self.tr("%1 ideas chosen: one answer for all of them").replace("%1", str(len(ideas))))
            return
        idea = ideas[0]
        self.heading.setText(format_code(idea.receipt_code))
        self.text.setText(idea.text)
        self.facts.setText(self.tr("Loading…"))
        self.history.setText("")
        self.contact.setText("")

        self._reload_detail()

    def _reload_detail(self) -> None:
        if len(self._ideas) != 1:
            return
        office, code = self._window.office, self._ideas[0].receipt_code
        self._window.call(lambda: office.show(code), self._detail_loaded)

    def _detail_loaded(self, detail: IdeaDetail) -> None:
        if not self._ideas or self._ideas[0].receipt_code != detail.idea.receipt_code or len(self._ideas) != 1:
            return  # another idea was chosen meanwhile
        self._detail = detail
        language, idea = self._window.language, detail.idea
        given = (
            self.tr("%1 at %2 (paper form, typed in %3)").replace("%3", f"{idea.typed_at.astimezone():%d.%m.%Y %H:%M}")
            if idea.typed_at is not None
            else self.tr("%1 at %2")
        )
        when = f"{idea.created_at.astimezone():%d.%m.%Y}" if idea.typed_at is not None else f"{idea.created_at.astimezone():%d.%m.%Y %H:%M}"
        facts = [
            given.replace("%1", when).replace("%2", detail.stop_place),
            self.tr("Theme: %1").replace("%1", pick(detail.theme_title, language) or idea.theme_code),
            self.tr("Area: %1").replace("%1", pick(detail.area_name, language) or (idea.area or "")),
            self.tr("Contact person: %1").replace("%1", detail.contact_names or self.tr("none yet")),
            self.tr("Language: %1 · age group: %2 · home area: %3")
            .replace("%1", language_name_in(idea.language, language))
            .replace("%2", age_group_name(idea.age_group, language) if idea.age_group else "–")
            .replace("%3", self._home_area_name(idea.home_area_code) or "–"),
            self.tr("Given with help from staff") if idea.assisted else self.tr("Given by the citizen alone"),
        ]
        if detail.hidden_reason:
            hidden = self.tr("Hidden at the kiosk (%1): never shown on a public wall")
            facts.append(hidden.replace("%1", moderation_reason(detail.hidden_reason)))
        self.facts.setText("\n".join(facts))
        self.history.setText("\n".join(self._history_lines(detail)) or self.tr("No answer yet."))
        self.reveal_button.setVisible(detail.has_contact)
        self.reveal_why.setVisible(detail.has_contact)
        self.reveal_why.clear()
        self.contact.setText("" if detail.has_contact else self.tr("No contact details were left."))
        self.contact.setVisible(not detail.has_contact)
        answered = idea.status is not None and not detail.hidden_reason
        self.wall_headline.setVisible(answered)
        self.wall_button.setVisible(answered)
        self.wall_headline.clear()

    def _history_lines(self, detail: IdeaDetail) -> list[str]:
        statuses = {code: name for code, name, _ in self._catalogue.statuses} if self._catalogue else {}
        areas = dict(self._catalogue.areas) if self._catalogue else {}
        language = self._window.language
        lines = [self.tr("History:")]
        for entry in detail.history:
            when = f"{entry.at.astimezone():%d.%m.%Y %H:%M}"
            if entry.kind == "status":
                name = pick(statuses.get(entry.status, {}), language) or entry.status
                lines.append(f"{when}  {entry.by}: {name}: {entry.text}" + (f" ({entry.reason})" if entry.reason else ""))
            elif entry.kind == "route":
                area = pick(areas.get(entry.area, {}), language) or entry.area
                note = f": {entry.text}" if entry.text else ""
                lines.append(f"{when}  {entry.by}: " + self.tr("sent to %1").replace("%1", area) + note)
            elif entry.kind == "grouped":
                lines.append(f"{when}  {entry.by}: " + self.tr("put in the case '%1'").replace("%1", entry.text))
            elif entry.kind == "assigned":
                given = self.tr("gave the case to %1").replace("%1", entry.text) if entry.text else self.tr("took the case from its owner")
                lines.append(f"{when}  {entry.by}: {given}")
            elif entry.kind == "note":
                lines.append(f"{when}  {entry.by}: " + self.tr("note: %1").replace("%1", entry.text))
            elif entry.kind == "hidden":
                hidden = self.tr("hidden at the kiosk: %1").replace("%1", moderation_reason(entry.reason))
                lines.append(f"{when}  {entry.by}: " + (hidden if entry.reason else self.tr("shown again at the kiosk")))
            else:
                lines.append(f"{when}  {entry.by}: " + self.tr("looked at the contact details"))
        return lines if len(lines) > 1 else []

    # acting --------------------------------------------------------------------------------
    def _status_chosen(self) -> None:
        from city_hall.office_catalogue import REPLY_TEMPLATES

        code = self.status.currentData()
        needs_reason = any(c == code and needs for c, _, needs in self._catalogue.statuses) if self._catalogue else False
        self.reason.setVisible(bool(self._ideas) and needs_reason)
        template = REPLY_TEMPLATES.get(code or "", "")
        if not self.reply.toPlainText().strip() or self.reply.toPlainText() == self._template:
            self.reply.setPlainText(template)  # never over what the person wrote themselves
        self._template = template

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _send(self) -> None:

        status, reply, reason = self.status.currentData(), self.reply.toPlainText().strip(), self.reason.text().strip()
        translated = self.translation.translated()
        if not reply:
            self._say(self.tr("Write the reply the citizen will read."))
            return
        for text in (reply, translated):
            if len(text) > limits.REPLY_MAX:
                too_long = self.tr("The reply is %1 characters; at most %2 fit.")
                self._say(too_long.replace("%1", str(len(text))).replace("%2", str(limits.REPLY_MAX)))
                return
        if self.reason.isVisible() and not reason:
            self._say(self.tr("This status needs a reason (for city hall; the citizen does not see it)."))
            return
        office = self._window.office
        seen = {idea.receipt_code: idea.status_at for idea in self._ideas}
        self.send_button.setEnabled(False)
        self._window.call(
            lambda: office.answer(list(seen), status, reply, reason, seen=seen, translated_reply=translated),
            self._sent,
            lambda _error: self.send_button.setEnabled(True),
        )

    def _sent(self, result: Any) -> None:
        self.send_button.setEnabled(True)
        self.reply.clear()
        self.translation.text.clear()
        self.reason.clear()
        self._template = ""
        self._status_chosen()
        count = len(result.answered)
        lines = [self.tr("The answer was sent.") if count == 1 else self.tr("The answer was sent for %1 ideas.").replace("%1", str(count))]
        lines += [
            self.tr("%1 was not changed: someone else answered it meanwhile.").replace("%1", format_code(code)) for code in result.skipped
        ]
        self._window.notice("\n".join(lines))
        self.answered.emit()

    def _route(self) -> None:

        if len(self._ideas) != 1:
            return
        office, code, area, note = self._window.office, self._ideas[0].receipt_code, self.route_area.currentData(), self.route_note.text()
        self._window.call(lambda: office.route(code, area, note), self._routed)

    def _routed(self, contacts: str) -> None:
        self.route_note.clear()
        self._window.notice(self.tr("Sent on. Contact person: %1").replace("%1", contacts or self.tr("none yet")))
        self.answered.emit()

    def _publish(self) -> None:

        if self._detail is None:
            return
        office, code, headline = self._window.office, self._detail.idea.receipt_code, self.wall_headline.text()
        self._window.call(lambda: office.publish(code, headline), lambda _none: self._published())

    def _published(self) -> None:
        self.wall_headline.clear()
        self._window.notice(self.tr("On the wall: kiosks show it after their next sync, the follow-up site at once."))

    def _reveal(self) -> None:
        if self._detail is None:
            return
        self._window.keys.open_contact(self._detail.idea.receipt_code, self.reveal_why.text(), "idea", self._revealed)

    def _revealed(self, details: ContactDetails) -> None:
        shown = "\n".join(details.fields.values()) or self.tr("The contact details have been deleted as promised.")
        self.contact.setText(shown + "\n" + self.tr("(Your look was written in the access log.)"))
        self.contact.show()
        self.reveal_button.hide()
        self.reveal_why.hide()

    def _retranslate(self) -> None:
        self._answer_label.setText(self.tr("Answer"))
        describe_field(self.reason, self.tr("Reason (for city hall only)"))
        self.send_button.setText(self.tr("Send answer"))
        self._route_label.setText(self.tr("Send to another area"))
        describe_field(self.route_note, self.tr("Note for the contact person (optional)"))
        self.route_button.setText(self.tr("Send on"))
        self.reveal_button.setText(self.tr("Show contact details (logged)"))
        self.wall_button.setText(self.tr("Show on the wall"))
        describe_field(self.wall_headline, self.tr("Headline for the wall ('I sagde – vi gjorde')"))
        describe_field(self.reveal_why, self.tr("Why do you need them? (written in the access log)"))
        self._fill_choices()
