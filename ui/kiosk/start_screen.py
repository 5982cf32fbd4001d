"""The start screen: an invitation to give an idea."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mokoko_desktop import readiness
from mokoko_desktop.start_info import StartInfo
from shared_kernel.i18n import pick
from shared_kernel.replies import shown_reply
from shared_kernel.texts import excerpt
from ui.common.widgets import ElidedLabel, button, label, scrolled

STORY_SECONDS = 10  # each published story stays this long before the next
BUTTON_GAP = 28  # between two buttons side by side
ROW_MARGIN = 80  # the screen's side margins around a row of buttons (it does not scroll: no scroll bar)
CARD_MARGIN = 60  # on each side of the question and the story
STORY_HEADLINE_CHARS = 70  # two or three lines in the story's card: the whole story is a touch away
STORY_REPLY_CHARS = 180


class StartScreen(QWidget):
    """What a passer-by sees first. Shows a :class:`StartInfo`; needs no database, so it can
    be painted before the core has loaded.

    Signals:
        idea_requested(): the citizen wants to give an idea.
        volunteer_requested(): the citizen wants to sign up as a volunteer.
        byttebors_requested(): the citizen wants to offer something or say what they need.
        followup_requested(): the citizen has a receipt and wants to know what became of it.
        stories_requested(): the citizen wants to read what came of others' ideas.
    """

    idea_requested = Signal()
    volunteer_requested = Signal()
    byttebors_requested = Signal()
    followup_requested = Signal()
    stories_requested = Signal()

    def __init__(self, info: StartInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        self._fit_soon = QTimer(self)  # goes with the screen
        self._fit_soon.setSingleShot(True)
        self._fit_soon.setInterval(0)
        self._info = info
        self._language = "da"
        self._welcome = label("welcome", self)
        card = QFrame(self)
        card.setObjectName("questionCard")
        self._question_label = label("questionLabel", card)
        self._question = label("question", card)
        self._intro = label("intro", card)
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self._question_label)
        card_layout.addWidget(self._question)
        card_layout.addWidget(self._intro)
        card_layout.addStretch(1)
        # "I sagde – vi gjorde": a card beside the question, one story at a time; a touch shows them all
        self.story_card = QFrame(self)
        self.story_card.setObjectName("startStory")
        self.story_card.setCursor(Qt.CursorShape.PointingHandCursor)
        self.story_card.installEventFilter(self)
        self._story_heading = label("startStoryHeading", self.story_card)
        self.story_count = label("startStoryCount", self.story_card, wrap=False)
        self.story_headline = label("startStoryHeadline", self.story_card)
        self.story_text = label("startStoryText", self.story_card)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self._story_heading, 1)
        heading_row.addWidget(self.story_count, 0, Qt.AlignmentFlag.AlignTop)
        story_layout = QVBoxLayout(self.story_card)
        story_layout.addLayout(heading_row)
        story_layout.addWidget(self.story_headline)
        story_layout.addWidget(self.story_text)
        story_layout.addStretch(1)
        cards = QHBoxLayout()
        cards.setContentsMargins(CARD_MARGIN, 0, CARD_MARGIN, 0)
        cards.setSpacing(24)
        cards.addWidget(card, 3)
        cards.addWidget(self.story_card, 2)
        self.idea_button = button("hero", self)
        self.idea_button.clicked.connect(self.idea_requested)
        self.volunteer_button = button("hero", self)
        self.volunteer_button.setObjectName("volunteerButton")
        self.volunteer_button.clicked.connect(self.volunteer_requested)
        self.followup_button = button("secondary", self)
        self.followup_button.clicked.connect(self.followup_requested)
        self.byttebors_button = button("secondary", self)
        self.byttebors_button.clicked.connect(self.byttebors_requested)
        heroes, others = QBoxLayout(QBoxLayout.Direction.LeftToRight), QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._button_rows = ((heroes, (self.idea_button, self.volunteer_button)), (others, (self.followup_button, self.byttebors_button)))
        self._fit_soon.timeout.connect(self._fit)
        for row, (left, right) in (
            (heroes, (self.idea_button, self.volunteer_button)),
            (others, (self.followup_button, self.byttebors_button)),
        ):
            row.addStretch(1)
            row.addWidget(left)
            row.addSpacing(BUTTON_GAP)
            row.addWidget(right)
            row.addStretch(1)
        self._promise = label("promise", self)
        self.closed_notice = label("welcome", self)  # "Kiosken åbner snart": nobody starts what cannot be sent
        self.closed_notice.hide()
        self._where = ElidedLabel("where", self)  # one line: a long place ends in "…" (the whole name is its tooltip)
        self._story_index = 0
        self._story_timer = QTimer(self)
        self._story_timer.setInterval(STORY_SECONDS * 1000)
        self._story_timer.timeout.connect(self._next_story)
        body = QWidget()
        body.setObjectName("startBody")
        layout = QVBoxLayout(body)
        layout.addStretch(1)
        layout.addWidget(self._welcome)
        layout.addSpacing(10)
        layout.addLayout(cards)
        layout.addSpacing(16)
        layout.addLayout(heroes)
        layout.addWidget(self.closed_notice)
        layout.addWidget(self._promise)
        layout.addSpacing(12)
        layout.addLayout(others)
        layout.addStretch(1)
        layout.addWidget(self._where)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._scroll = scrolled(body, "startScroll", self)  # a screen smaller than a kiosk's still scrolls
        outer.addWidget(self._scroll)
        # What goes first when larger text or a long language would make the screen scroll: the
        # welcome, the promise, the story's reply (a touch shows it), the consultation's intro.
        self._spare = (self._welcome, self._promise, self.story_text, self._intro)
        self._spared: set[QLabel] = set()
        for text in (self._welcome, self._promise, self._where, self.closed_notice):
            text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._show()

    @property
    def info(self) -> StartInfo:
        """What the screen shows now: the day's stop, hours, language and stories."""
        return self._info

    def set_info(self, info: StartInfo) -> None:
        if info.stories != self._info.stories:
            self._story_index = 0
        self._info = info
        self._show()

    def _next_story(self) -> None:
        self._story_index += 1
        self._show_story()

    def _show_story(self) -> None:
        stories = self._info.stories
        if not stories:
            self.story_card.hide()
            self._story_timer.stop()
            return
        shown = self._story_index % len(stories)
        headline, did, translated, language = stories[shown]
        reply = shown_reply(self._language, language, did, translated)
        self._story_heading.setText(self.tr("You said – we did"))
        self.story_headline.setText(excerpt(headline, STORY_HEADLINE_CHARS))
        self.story_text.setText(excerpt(reply.text, STORY_REPLY_CHARS) + (f"\n{reply.note}" if reply.note else ""))
        self.story_count.setText(f"{shown + 1} / {len(stories)}" if len(stories) > 1 else "")
        self.story_card.show()
        if len(stories) > 1 and not self._story_timer.isActive():
            self._story_timer.start()
        self._fit_soon.start()

    def show_language(self, language: str) -> None:
        self._language = language
        self._show()

    def _show(self) -> None:
        info = self._info
        self._question.setText(pick(info.question, self._language) if info.question else "")
        self._intro.setText(pick(info.intro, self._language) if info.intro else "")
        self._where.setText(self.tr("Today MOKOKO is in %1").replace("%1", info.stop_place) if info.stop_place else "")
        self._welcome.setText(self.tr("Your idea makes a difference"))
        self._question_label.setText(self.tr("The municipality asks:"))
        self.idea_button.setText(self.tr("Give an idea"))
        self.volunteer_button.setText(self.tr("Become a volunteer"))
        self.followup_button.setText(self.tr("Follow your idea"))
        self.byttebors_button.setText(self.tr("Byttebørs (swap board): offer or ask for help"))
        self._promise.setText(self.tr("It takes a minute. You get a receipt with a code, so you can see what becomes of your idea."))
        self._show_readiness(info.not_ready)
        self._show_story()
        self._fit_soon.start()  # the texts' new sizes: what fits

    def _show_readiness(self, problems: tuple[str, ...]) -> None:
        """Only what can be given now is offered; staff see why in the staff panel."""
        is_closed = readiness.closed(problems)
        ideas = readiness.takes_ideas(problems)
        self.closed_notice.setText(self.tr("The kiosk opens soon. Staff are getting it ready; please come back in a little while."))
        self.closed_notice.setVisible(is_closed)
        self.idea_button.setVisible(ideas)
        self._promise.setVisible(ideas)
        for start in (self.volunteer_button, self.byttebors_button):
            start.setVisible(not is_closed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.story_card and event.type() == QEvent.Type.MouseButtonRelease:
            self.stories_requested.emit()
            return True
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        self._fit_button_rows()
        super().resizeEvent(event)
        self._fit_soon.start()

    def _fit(self) -> None:
        self._fit_button_rows()
        self._fit_height()

    def _fit_button_rows(self) -> None:
        """Two buttons side by side, or one above the other where a language or larger text makes
        them wider than the screen: the screen never scrolls sideways."""
        room = self.width() - ROW_MARGIN
        for row, buttons in self._button_rows:
            for tight in (False, True):  # less room inside the buttons before one goes under the other
                for each in buttons:
                    if each.property("tight") != tight:
                        each.setProperty("tight", tight)
                        each.style().unpolish(each)
                        each.style().polish(each)
                needed = sum(each.sizeHint().width() for each in buttons) + BUTTON_GAP
                if needed <= room:
                    break
            wanted = QBoxLayout.Direction.LeftToRight if needed <= room else QBoxLayout.Direction.TopToBottom
            if row.direction() != wanted:
                row.setDirection(wanted)

    def _fit_height(self) -> None:
        """Every button in sight without scrolling: show every text, then leave out the spare
        ones in order (:attr:`_spare`) while the screen is taller than the kiosk's."""
        body = self._scroll.widget()
        room = self._scroll.viewport().height()
        if body is None or room <= 0:
            return
        for part in self._spared:
            part.setVisible(bool(part.text()))
        self._spared.clear()
        self._show_readiness(self._info.not_ready)  # what may be visible at all
        for part in self._spare:
            if self._needed_height(body) <= room:
                return
            if part.isVisibleTo(self):
                part.hide()
                self._spared.add(part)

    @staticmethod
    def _needed_height(body: QWidget) -> int:
        layout = body.layout()
        assert layout is not None
        layout.activate()
        width = body.width()
        return layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit_soon.start()  # the buttons' new sizes are known once they are polished
        super().changeEvent(event)
