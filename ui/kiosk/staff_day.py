"""Behind the PIN: the day's Byttebørs posts, volunteer sign-ups and suggested matches, so staff
can put people in touch before the container moves on."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from mokoko_desktop.clock import local_date
from shared_kernel.byttebors import Match
from shared_kernel.i18n import pick
from shared_kernel.receipt_codes import format_code
from ui.common.widgets import TranslatedWidget, button, label, scrolled

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk

MATCHES_SHOWN = 20


class StaffDayScreen(TranslatedWidget):
    """Offers and needs of the day, sign-ups per task, and matches (best first), behind the staff
    PIN. Citizens' contact details are sealed: city hall has them; organisations' are shown.

    Signals:
        closed(): back to the staff panel.
    """

    closed = Signal()

    def __init__(self, kiosk: Kiosk, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffDay")
        self._kiosk = kiosk
        self._language = language
        self._heading = label("stepHeading", self)
        self._titles = {part: label("fieldLabel", self) for part in ("posts", "signups", "matches")}
        self.posts = label("staffInfo", self)
        self.signups = label("staffInfo", self)
        self.matches = label("staffInfo", self)
        for text in (self.posts, self.signups, self.matches):
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body = QWidget()
        body.setObjectName("reviewBody")
        columns = QHBoxLayout(body)
        left, right = QVBoxLayout(), QVBoxLayout()
        for column, parts in ((left, ("posts", "signups")), (right, ("matches",))):
            for part in parts:
                column.addWidget(self._titles[part])
                column.addWidget(getattr(self, part))
            column.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = scrolled(body, "reviewScroll", self)
        self.back_button = button("primary", self)
        self.back_button.clicked.connect(self.closed)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignRight)
        self._retranslate()

    def _kind_name(self, kind: str) -> str:
        return {
            "offer": self.tr("Offer"),
            "need": self.tr("Need"),
            "signup": self.tr("Volunteer (something else)"),
            "opportunity": self.tr("Task"),
        }[kind]

    def _match_line(self, match: Match, names: dict[str, str]) -> str:
        place = self.tr("same place") if match.same_place else self.tr("elsewhere")
        tags = ", ".join(names.get(tag, tag) for tag in match.shared_tags)
        sides = []
        for side in (match.giver, match.taker):
            contact = side.contact or self.tr("(contact details sealed: city hall has them)")
            kind = self._kind_name(side.kind)
            shown = f"{kind}: {side.described}" if side.kind == "opportunity" else f"{kind} {side.described}"  # a task by its title
            sides.append(f"{shown}\n    {contact}")
        return f"● {tags} ({place})\n  {sides[0]}\n  ↔ {sides[1]}"

    def _show(self) -> None:
        kiosk = self._kiosk
        day = local_date(kiosk.clock())
        posts = kiosk.offers.of_day(day)
        self.posts.setText(
            "\n\n".join(f"{self._kind_name(post.kind)} {format_code(post.receipt_code)}: {post.text}" for post in posts)
            or self.tr("No offers or needs yet today.")
        )
        counts = Counter(signup.opportunity_id for signup in kiosk.signups.of_day(day))
        lines = []
        for opportunity_id, count in counts.most_common():
            info = kiosk.opportunities.get(opportunity_id) if opportunity_id else None
            title = pick(info.title, self._language) if info else self.tr("Something else")
            lines.append(f"{count} × {title}")
        self.signups.setText("\n".join(lines) or self.tr("No sign-ups yet today."))
        matches = kiosk.offers.matches(day, self._language)
        names = kiosk.opportunities.interest_names(self._language)
        shown = "\n\n".join(self._match_line(match, names) for match in matches[:MATCHES_SHOWN])
        if len(matches) > MATCHES_SHOWN:
            shown += "\n\n" + self.tr("… and %1 more (mokoko offer matches)").replace("%1", str(len(matches) - MATCHES_SHOWN))
        self.matches.setText(shown or self.tr("No matches yet: they appear when offers, needs or volunteers share a subject."))

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Byttebørs and volunteers today"))
        self._titles["posts"].setText(self.tr("Offers and needs"))
        self._titles["signups"].setText(self.tr("Volunteer sign-ups"))
        self._titles["matches"].setText(self.tr("Suggested matches (shared subjects, best first)"))
        self.back_button.setText(self.tr("Back to staff"))
        self._show()
