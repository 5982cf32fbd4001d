"""Opening hours at the kiosk: outside them the whole window dims to "Lukket nu" with when and
where MOKOKO opens next; it opens and closes by itself as the day goes (never under a citizen's
hands); a touch asks for the PIN. Staff open the day with the start-of-day checklist."""

from __future__ import annotations

import os
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.pin import DEMO_PIN
from tests.conftest import FixedClock, local

LEFT = Qt.MouseButton.LeftButton


def shot(window, name: str) -> None:
    if os.environ.get("MOKOKO_SHOTS"):
        window.grab().save(str(Path(os.environ["MOKOKO_SHOTS"]) / name))


def _type_pin(qtbot, window) -> None:
    for key in (*DEMO_PIN, "OK"):
        qtbot.mouseClick(window.pin_pad.keys[key], LEFT)


def test_closed_before_the_hours_open_by_itself_and_closed_again_after(qtbot, asferg, make_window) -> None:
    kiosk, clock = asferg
    window = make_window(kiosk)
    closed = window.screens.currentWidget()
    assert window._nav.role == "closed" and not window.top_bar.isVisible()  # the whole window dims
    assert closed.title.text() == "Lukket nu" and closed.when.text() == "Vi åbner igen i dag kl. 10.00."
    assert closed.tour.text().splitlines()[0] == "Stevnstrup  ·  4. januar – 10. januar"
    shot(window, "closed-now.png")
    qtbot.mouseClick(closed, LEFT)  # a touch: staff give the PIN
    assert window.screens.currentWidget() is window.pin_pad
    qtbot.mouseClick(window.pin_pad.cancel_button, LEFT)
    assert window._nav.role == "closed"  # nobody opened it: closed again

    clock.now = local(2026, 12, 7, 10, 0)
    window.hours.follow()
    assert window.screens.currentWidget() is window.start_screen and window.top_bar.isVisible()
    qtbot.mouseClick(window.start_screen.idea_button, LEFT)  # a citizen starts just before closing time
    clock.now = local(2026, 12, 7, 17, 0)
    window.hours.follow()
    assert window.flow is not None  # never closed under a citizen's hands
    window.reset_to_start()  # they are done (or the idle wipe came)
    assert window._nav.role == "closed"
    assert window.screens.currentWidget().when.text() == "Næste gang: Asferg, tirsdag den 8. december kl. 10.00"


def test_a_new_day_follows_the_tour_plan(qtbot, asferg, make_window) -> None:
    kiosk, clock = asferg
    clock.now = local(2026, 12, 12, 15, 0)  # Saturday at Asferg: open 10-14
    window = make_window(kiosk)
    assert window.screens.currentWidget().when.text() == "Næste gang: Stevnstrup, mandag den 4. januar kl. 10.00"
    clock.now = local(2027, 1, 4, 10, 30)
    window.hours.follow()
    assert window.screens.currentWidget() is window.start_screen
    assert window.start_info.stop_place == "Stevnstrup"


def test_staff_open_the_day_with_the_checklist(qtbot, asferg, make_window, printer) -> None:
    kiosk, clock = asferg
    clock.now = local(2026, 12, 7, 18, 30)  # after hours, staff are still here with a group
    window = make_window(kiosk)
    qtbot.mouseClick(window.screens.currentWidget(), LEFT)
    _type_pin(qtbot, window)
    panel = window.staff.panel
    assert panel.stop_line.text() == "Asferg (turplanen)  ·  i dag 10.00–17.00"
    shot(window, "staff-panel.png")
    qtbot.mouseClick(panel.open_day_button, LEFT)
    checklist = window.staff.start_of_day
    assert [checklist.marks[key].text() for key in checklist.marks] == ["✓", "○", "○", "○", "✓"]
    qtbot.mouseClick(checklist.test_print_button, LEFT)
    qtbot.waitUntil(checklist.printer_note.isVisible, timeout=10_000)
    assert checklist.printer_note.text().startswith("Testkvitteringen er sendt til fake-receipt-printer.")
    test_receipt = Path(kiosk.data_dir / "reports" / "test-receipt.pdf")
    assert "Danske bogstaver: æ ø å Æ Ø Å" in PdfReader(str(test_receipt)).pages[0].extract_text() and len(printer.jobs) == 1
    qtbot.mouseClick(checklist.printer_ok_button, LEFT)
    qtbot.mouseClick(checklist.paper_button, LEFT)
    qtbot.mouseClick(checklist.language_buttons["en"], LEFT)
    qtbot.mouseClick(checklist.keep_open_button, LEFT)
    assert [checklist.marks[key].text() for key in checklist.marks] == ["✓", "✓", "✓", "○", "✓"]  # no connection here
    assert checklist.stop_line.text() == "Asferg (turplanen)  ·  åbent hele dagen"
    shot(window, "staff-start-of-day.png")
    qtbot.mouseClick(checklist.open_button, LEFT)
    assert window.screens.currentWidget() is window.start_screen and window.language == "en"  # the day's language
    clock.advance(days=1)
    window.hours.follow()  # Tuesday 18:30: the hours hold again, in Danish
    assert window._nav.role == "closed" and window.language == "da"


def test_a_stop_open_all_day_is_told_without_a_time(qtbot, data_dir, make_window) -> None:
    clock = FixedClock(local(2026, 12, 3, 9, 0))  # Havndal (no hours in the demo tour) after "Luk dagen"
    kiosk = open_kiosk(data_dir, demo=True, clock=clock)
    try:
        window = make_window(kiosk)
        window.hours.sleep()
        assert window.screens.currentWidget().when.text() == "Næste gang: Havndal, fredag den 4. december"  # not "kl. 00.00"
    finally:
        kiosk.close()


def test_a_closed_day_stays_closed_after_a_restart_until_staff_open_it_or_tomorrow(qtbot, asferg, make_window) -> None:
    kiosk, clock = asferg
    clock.now = local(2026, 12, 7, 15, 0)
    kiosk.close_day()  # "Luk dagen" at 15:00, then the power was cut
    window = make_window(kiosk)  # started again
    assert window._nav.role == "sleep" and window.screens.currentWidget().title.text() == "Lukket for i dag"
    qtbot.mouseClick(window.screens.currentWidget(), LEFT)
    _type_pin(qtbot, window)
    panel = window.staff.panel
    assert panel.not_ready.text().startswith("Dagen er lukket: kiosken sover til i morgen.")
    qtbot.mouseClick(panel.back_button, LEFT)
    assert window._nav.role == "sleep"  # back to the kiosk: still closed
    window.staff.open_panel()
    qtbot.mouseClick(window.staff.panel.open_day_button, LEFT)
    qtbot.mouseClick(window.staff.start_of_day.open_button, LEFT)  # open it again today
    assert window.screens.currentWidget() is window.start_screen and not kiosk.day_plan().closed_by_staff
    kiosk.close_day()
    window.reset_to_start()
    assert window._nav.role == "sleep"
    clock.now = local(2026, 12, 8, 9, 0)  # the next morning: the hours decide again
    window.hours.follow()
    assert window._nav.role == "closed" and window.screens.currentWidget().when.text() == "Vi åbner igen i dag kl. 10.00."


def test_the_closed_screen_shows_where_to_follow_up(qtbot, data_dir, make_window) -> None:
    """Closed, the kiosk still tells a citizen where to follow their idea: the follow-up site's
    front page, written out and as a QR code a phone reads."""
    import os
    from pathlib import Path

    import zxingcpp
    from PIL import Image

    clock = FixedClock(local(2026, 12, 3, 9, 0))
    kiosk = open_kiosk(data_dir, demo=True, clock=clock)
    try:
        kiosk.settings.set("followup_url_template", "https://borger.randers.dk/mokoko/f/{code}")
        window = make_window(kiosk)
        window.reset_to_start()
        window.hours.sleep()
        closed = window.screens.currentWidget()
        assert closed.followup.text() == "Følg din idé eller tilmelding på din telefon: \u2066https://borger.randers.dk/mokoko/\u2069"
        closed.followup_qr.grab().save(str(data_dir / "qr.png"))
        read = [code.text for code in zxingcpp.read_barcodes(Image.open(data_dir / "qr.png"))]
        assert read == ["https://borger.randers.dk/mokoko/"]
        if os.environ.get("MOKOKO_SHOTS"):
            window.grab().save(str(Path(os.environ["MOKOKO_SHOTS"]) / "closed-followup.png"))
    finally:
        kiosk.close()
