"""The kiosk closed: outside the stop's opening hours ("Lukket nu") or after "Luk dagen" ("Lukket
for i dag"). Dark and calm over the whole window, it says when and where MOKOKO opens next and
where the tour goes after; no citizen can start anything. A touch asks for the staff PIN."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from mokoko_desktop.start_info import StartInfo
from shared_kernel.opening_hours import Opening
from ui.common.widgets import TranslatedWidget, label
from ui.kiosk.qr_widget import QrCodeWidget


def _local(moment: dt.datetime) -> QDateTime:
    local = moment.astimezone()
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


class ClosedScreen(TranslatedWidget):
    """Closed now, or for today (``for_today``): when it opens next, from the start screen's
    snapshot of the tour plan (no query on the GUI thread).

    Signals:
        woken(): someone touched the screen: staff give the PIN.
    """

    woken = Signal()

    def __init__(self, info: StartInfo, now: dt.datetime, language: str, parent: QWidget | None = None, *, for_today: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("closedScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._info, self._now, self._for_today = info, now, for_today
        self._locale = QLocale(language)
        self.title = label("closedTitle", self)
        self.when = label("closedWhen", self)
        self.tour_heading = label("closedHeading", self)
        self.tour = label("closedTour", self)
        self.followup = label("closedTour", self)  # where a citizen follows up while the kiosk is closed
        self.followup_qr = QrCodeWidget(info.followup_home, self)
        self.followup_qr.setFixedSize(200, 200)
        self.followup_qr.setVisible(bool(info.followup_home))
        for text in (self.title, self.when, self.tour_heading, self.tour, self.followup):
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.when)
        layout.addSpacing(40)
        layout.addWidget(self.tour_heading)
        layout.addWidget(self.tour)
        layout.addSpacing(32)
        layout.addWidget(self.followup)
        layout.addWidget(self.followup_qr, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self._retranslate()

    @property
    def next_opening(self) -> Opening | None:
        after = self._now
        if self._for_today:  # closed for the rest of today, whatever the hours say
            after = dt.datetime.combine(self._now.astimezone().date() + dt.timedelta(days=1), dt.time()).astimezone()
            after -= dt.timedelta(microseconds=1)
        return self._info.next_opening(after)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        event.accept()
        self.woken.emit()

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Closed for today") if self._for_today else self.tr("Closed now"))
        upcoming = self.next_opening
        if upcoming is None:
            self.when.setText(self.tr("MOKOKO opens again at the next stop on the tour."))
        elif upcoming.opens.astimezone().date() == self._now.astimezone().date():
            self.when.setText(
                self.tr("We open again today at %1.").replace("%1", self._locale.toString(_local(upcoming.opens), self.tr("HH:mm")))
            )
        else:
            when = self.tr("dddd d MMMM") if upcoming.all_day else self.tr("dddd d MMMM 'at' HH:mm")
            moment = self._locale.toString(_local(upcoming.opens), when)
            self.when.setText(self.tr("Next time: %1, %2").replace("%1", upcoming.place).replace("%2", moment))
        stops = [
            (place, QDate.fromString(first, Qt.DateFormat.ISODate), QDate.fromString(last, Qt.DateFormat.ISODate))
            for place, first, last in self._info.next_stops
        ]
        self.tour_heading.setText(self.tr("The tour goes on") if stops else "")
        home = self._info.followup_home
        shown = "\u2066" + home + "\u2069"  # an address reads left to right, in Arabic too
        self.followup.setText(self.tr("Follow your idea or sign-up on your phone: %1").replace("%1", shown) if home else "")
        day = self.tr("d MMMM")
        self.tour.setText(
            "\n".join(
                f"{place}  ·  {self._locale.toString(first, day)} – {self._locale.toString(last, day)}" for place, first, last in stops
            )
        )
