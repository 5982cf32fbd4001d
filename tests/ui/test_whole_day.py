"""A whole demo day at a stop, run by one staff member with touches and the on-screen keyboard
only (text arrives as the keyboard sends it, an input-method commit; no key presses): open the
closed kiosk and go through the start-of-day checklist, citizens give ideas (one abusive), watch
the day in figures, hide the abusive idea, hand over a food basket, print a jammed receipt again,
and close the day, which syncs everything to the municipality's real PostgreSQL and sleeps.
With MOKOKO_SHOTS set, every step is saved as a PNG (README: "A day at a stop")."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import Qt

from mokoko_desktop.pin import DEMO_PIN
from mokoko_desktop.store_backup import backups
from shared_kernel.receipt_codes import format_code
from tests.conftest import local
from tests.sync.conftest import central_rows
from tests.ui.conftest import commit_text

LEFT = Qt.MouseButton.LeftButton


def at(hour: int, minute: int = 0) -> dt.datetime:
    return local(2026, 12, 7, hour, minute)  # Monday, the first day at Asferg (10-17)


class Day:
    """The staff member's hands and eyes: taps, the on-screen keyboard, and the screen."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot, self.window = qtbot, window
        self.shots = Path(os.environ["MOKOKO_SHOTS"]) if os.environ.get("MOKOKO_SHOTS") else None

    def tap(self, widget) -> None:
        assert widget.isVisible() and widget.isEnabled(), f"cannot tap {widget.objectName() or widget}"
        self.qtbot.mouseClick(widget, LEFT)

    def type(self, field, text: str) -> None:
        self.tap(field)
        commit_text(field, text)

    def pin(self) -> None:
        for key in (*DEMO_PIN, "OK"):
            self.tap(self.window.pin_pad.keys[key])

    def shot(self, name: str) -> None:
        if self.shots is not None:
            self.qtbot.wait(50)
            self.window.grab().save(str(self.shots / f"day-{name}.png"))

    def idea(self, theme_index: int, text: str) -> str:
        """A citizen gives an idea with touches and the on-screen keyboard; returns its code."""
        window = self.window
        self.tap(window.start_screen.idea_button)
        flow = window.flow
        self.tap(flow.theme_step.cards[theme_index])
        self.type(flow.text_step.editor, text)
        for _ in range(3):  # text, about you (skipped), contact (skipped)
            self.tap(flow.next_button)
        with self.qtbot.waitSignal(window.record_stored) as stored:
            self.tap(flow.next_button)  # "Send min idé"
        thanks = window.thanks
        assert thanks.voucher.isVisible()  # Asferg has food baskets in the tour plan: said on screen too
        self.qtbot.waitUntil(lambda: thanks._print_state != "printing", timeout=10_000)  # the receipt is out (or kept)
        self.tap(thanks.done_button)
        return str(stored.args[0].receipt_code)


def test_one_staff_member_runs_a_whole_day(qtbot, asferg, kiosk_url, owner_url, make_window, printer) -> None:
    kiosk, clock = asferg
    clock.now = at(9, 40)
    window = make_window(kiosk, kiosk_url)
    day = Day(qtbot, window)

    # Open: 09:40, the kiosk is closed until 10:00; staff wake it and go through the checklist.
    closed = window.screens.currentWidget()
    assert window._nav.role == "closed" and closed.when.text() == "Vi åbner igen i dag kl. 10.00."
    day.shot("1-closed")
    day.tap(closed)
    day.pin()
    day.tap(window.staff.panel.open_day_button)
    checklist = window.staff.start_of_day
    day.tap(checklist.test_print_button)
    qtbot.waitUntil(checklist.printer_note.isVisible, timeout=10_000)
    day.tap(checklist.printer_ok_button)
    day.tap(checklist.paper_button)
    with qtbot.waitSignal(
        window.sync.changed,
        timeout=30_000,
        check_params_cb=lambda view: view.status is not None and view.status.last_success_at is not None,
    ):
        day.tap(checklist.sync_button)
    qtbot.waitUntil(lambda: [mark.text() for mark in checklist.marks.values()] == ["✓"] * 5, timeout=10_000)
    day.shot("2-start-of-day")
    day.tap(checklist.open_button)
    assert window._nav.role == "closed"  # ready, but the hours say 10:00
    clock.now = at(10, 0)
    window.hours.follow()
    assert window.screens.currentWidget() is window.start_screen

    # Citizens: two good ideas and an abusive one; the printer jams on the third receipt.
    clock.now = at(10, 20)
    good = day.idea(0, "Et shelter ved søen, så skoleklasser kan overnatte i naturen.")
    clock.now = at(11, 5)
    rude = day.idea(1, "Borgmesteren er en idiot")
    clock.now = at(13, 40)
    printer.works = False
    jammed = day.idea(2, "Flere bænke langs stien til Fårup Sø")
    printer.works = True

    # Watch: the day in figures.
    day.tap(window.staff_button)
    day.pin()
    day.tap(window.staff.panel.dashboard_button)
    dashboard = window.staff.dashboard
    qtbot.waitUntil(lambda: dashboard.view is not None, timeout=10_000)
    assert dashboard.totals.text().startswith("Idéer: 3") and "Madkurve: 3 givet, 0 indløst" in dashboard.totals.text()
    day.shot("3-dashboard")
    day.tap(dashboard.back_button)

    # Hide the abusive idea: a reason, then hide.
    day.tap(window.staff.panel.moderation_button)
    moderation = window.staff.moderation
    qtbot.waitUntil(lambda: moderation.ideas.count() == 3, timeout=10_000)
    row = next(i for i in range(3) if moderation.ideas.item(i).text().endswith("Borgmesteren er en idiot"))
    qtbot.mouseClick(moderation.ideas.viewport(), LEFT, pos=moderation.ideas.visualItemRect(moderation.ideas.item(row)).center())
    day.tap(moderation.reason_buttons["offensive"])
    with qtbot.waitSignal(moderation.loaded, timeout=10_000):
        day.tap(moderation.hide_button)
    assert moderation.done.text().startswith(f"{format_code(rude)} er skjult")
    day.shot("4-moderation")
    day.tap(moderation.back_button)

    # The food basket for the good idea (the code typed on the on-screen keyboard), once.
    day.tap(window.staff.panel.receipts_button)
    receipts = window.staff.receipts
    day.type(receipts.code_edit, format_code(good))
    day.tap(receipts.voucher_button)
    qtbot.waitUntil(lambda: not receipts.busy, timeout=10_000)
    assert receipts.result.text() == f"Madkurven for {format_code(good)} er indløst: giv borgeren kurven."
    day.tap(receipts.voucher_button)  # a tap on an empty field: told at once, nothing looked up
    assert receipts.problem.text() == "Skriv koden fra din kvittering." and not receipts.busy
    day.type(receipts.code_edit, format_code(good))  # the same receipt shown again
    day.tap(receipts.voucher_button)
    qtbot.waitUntil(lambda: not receipts.busy, timeout=10_000)
    assert receipts.problem.text().startswith(f"Madkurven for {format_code(good)} er allerede indløst kl. 13:40.")  # HH:MM

    # Reprint: the jammed receipt, with one tap.
    assert receipts.print_all_button.isVisible() and kiosk.unprinted_receipts() == [jammed]
    jobs = len(printer.jobs)
    day.tap(receipts.print_all_button)
    qtbot.waitUntil(lambda: len(printer.jobs) == jobs + 1 and not receipts.busy, timeout=10_000)
    assert kiosk.unprinted_receipts() == []
    day.shot("5-receipts")
    day.tap(receipts.back_button)

    # Close: sync and wait, the day's figures, then sleep.
    clock.now = at(17, 5)
    day.tap(window.staff.panel.close_day_button)
    closing = window.staff.close_day
    qtbot.waitUntil(lambda: closing.summary is not None, timeout=30_000)
    assert closing.synced and closing.waiting == 0
    day.shot("6-close-day")
    day.tap(closing.sleep_button)
    qtbot.waitUntil(lambda: window._nav.role == "sleep", timeout=10_000)  # the store is copied first, off the GUI thread
    asleep = window.screens.currentWidget()
    assert asleep.title.text() == "Lukket for i dag"
    assert [path.name.endswith("-day-closed.sqlite3") for path in backups(kiosk.data_dir)] == [True]
    assert asleep.when.text() == "Næste gang: Asferg, tirsdag den 8. december kl. 10.00"
    day.shot("7-asleep")

    # City hall has the whole day: three ideas, the abusive one hidden, one basket redeemed.
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.idea WHERE stop_id = 'asferg'") == [(3,)]
    assert central_rows(owner_url, "SELECT receipt_code FROM mokoko.voucher WHERE redeemed_at IS NOT NULL") == [(good,)]
    hidden = central_rows(
        owner_url,
        "SELECT i.receipt_code FROM mokoko.idea i JOIN mokoko.moderation m ON m.receipt_code = i.receipt_code WHERE m.reason = 'offensive'",
    )
    assert hidden == [(rude,)]
