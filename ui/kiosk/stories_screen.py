"""'Det er der sket': the stories city hall published ("I sagde – vi gjorde"), those given at
today's stop first. What citizens said and what the municipality did; never a name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QVBoxLayout, QWidget

from shared_kernel.dates import long_date
from shared_kernel.replies import shown_reply
from ui.common.widgets import TranslatedWidget, button, label, own_words, scrolled_column

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk
    from mokoko_desktop.models import Story

STORIES_SHOWN = 30


class StoriesScreen(TranslatedWidget):
    """The published stories as cards that scroll.

    Signals:
        finished(): back to the start screen.
    """

    finished = Signal()

    def __init__(self, kiosk: Kiosk, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storiesScreen")
        stop = kiosk.today_stop()
        self._stories: list[Story] = kiosk.stories(stop.id if stop else "", STORIES_SHOWN)
        self._language = language
        self._heading = label("stepHeading", self)
        self._intro = label("stepHint", self)
        self._empty = label("stepHint", self)
        self.cards: list[tuple[QFrame, list[QLabel]]] = []
        parts: list[QWidget | QLayout] = [self._intro, self._empty]
        for _story in self._stories:
            card = QFrame(self)
            card.setObjectName("storyCard")
            texts = [label("storyHeadline", card), label("storySaid", card), label("storyDid", card), label("storyWhere", card)]
            column = QVBoxLayout(card)
            for text in texts:
                column.addWidget(text)
            self.cards.append((card, texts))
            parts.append(card)
        self.done_button = button("secondary", self)
        self.done_button.clicked.connect(self.finished)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading)
        layout.addWidget(scrolled_column("storiesBody", "storiesScroll", self, parts), 1)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._retranslate()

    def show_language(self, language: str) -> None:
        self._language = language
        self._retranslate()

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("You said – we did"))
        self._intro.setText(self.tr("Ideas citizens gave at MOKOKO, and what the municipality did with them."))
        self._empty.setText(self.tr("No stories yet. Give an idea: it could be the next one."))
        self._empty.setVisible(not self._stories)
        for story, (_card, (headline, said, did, where)) in zip(self._stories, self.cards, strict=True):
            headline.setText(story.headline)
            said.setText(self.tr("A citizen said: “%1”").replace("%1", own_words(story.said)))
            reply = shown_reply(self._language, story.language, story.did, story.did_translated)
            did.setText(self.tr("The municipality did: %1").replace("%1", reply.text) + (f"\n{reply.note}" if reply.note else ""))
            when = long_date(story.status_at or story.published_at, self._language)
            where.setText(self.tr("Given at %1 · %2").replace("%1", story.stop_place).replace("%2", when))
        self.done_button.setText(self.tr("Back"))
