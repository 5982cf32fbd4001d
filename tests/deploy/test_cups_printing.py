"""Issue 30: the printer, really. Receipts through a real CUPS scheduler to an 80 mm receipt queue
(the printer behind it faked, as hardware may be): the kiosk finds the queues CUPS offers, a
receipt prints as a job that is followed until it is out, and a printer that runs out of paper or
is switched off is read from CUPS, told to staff, reported to city hall, and its job cancelled with
the receipt kept for staff."""

from __future__ import annotations

import time

import pypdfium2

from central_database.fleet import fleet
from mokoko_desktop import cups
from mokoko_desktop.health import current_printer, reported_printer
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.paths import receipts_dir
from mokoko_desktop.printing import OFFLINE, OUT_OF_PAPER
from sync.engine import sync_once
from tests.deploy.cups_server import QUEUE

POINTS_PER_MM = 72 / 25.4


def test_a_receipt_prints_through_cups_on_the_80_mm_roll(cups_server, kiosk) -> None:
    assert cups.queues() == [QUEUE] and cups.default_queue() == QUEUE
    state = cups.queue_state(QUEUE)
    assert state is not None and state.kiosk_state == "ok"
    record = kiosk.submit(IdeaDraft(theme_code="aeldre", text="Flere bænke ved åen"))
    started = time.perf_counter()
    path, outcome = kiosk.print_receipt(record, cups.CupsReceiptPrinter())  # the system's default queue
    seconds = time.perf_counter() - started
    assert outcome.printed and outcome.printer == QUEUE, outcome
    print(f"\nreceipt printed through CUPS in {seconds * 1000:.0f} ms (job sent, followed until it left the queue)")
    assert not path.exists()  # a printed receipt's PDF is not kept (it holds the citizen's words)
    (job,) = cups_server.paper.glob("job-*.pdf")
    document = pypdfium2.PdfDocument(str(job))
    width_mm = document[0].get_width() / POINTS_PER_MM
    text = document[0].get_textpage().get_text_range()
    document.close()
    assert abs(width_mm - 80) < 1 and "Flere bænke ved åen" in text
    assert current_printer(kiosk) == (QUEUE, "ok")


def test_out_of_paper_is_read_from_cups_shown_reported_and_the_receipt_kept(cups_server, kiosk, kiosk_url, admin_url) -> None:
    (cups_server.paper / "paper-out").touch()  # the roll runs out
    record = kiosk.submit(IdeaDraft(theme_code="aeldre", text="Lys på stien"))
    path, outcome = kiosk.print_receipt(record, cups.CupsReceiptPrinter(QUEUE))
    assert not outcome.printed and outcome.problem == OUT_OF_PAPER, outcome
    assert path.exists() and path.parent == receipts_dir(kiosk.data_dir)  # kept for staff to print again
    assert cups_server.run("lpstat", "-o", QUEUE).stdout.strip() == ""  # the job was cancelled: nobody waits for it later
    assert current_printer(kiosk) == (QUEUE, OUT_OF_PAPER)
    sync_once(kiosk, kiosk_url)
    (seen,) = fleet(admin_url)
    assert seen.printer == OUT_OF_PAPER and "Printeren mangler papir" in [alert.text for alert in seen.alerts]
    again = cups.CupsReceiptPrinter(QUEUE).print_pdf(path)  # while it is still empty: not sent at all
    assert again.problem == OUT_OF_PAPER and not list(cups_server.paper.glob("job-*.pdf"))

    (cups_server.paper / "paper-out").unlink()  # a new roll, and staff start the printer again
    assert cups_server.run("cupsenable", QUEUE).returncode == 0
    assert cups.CupsReceiptPrinter(QUEUE).print_pdf(path).printed
    assert current_printer(kiosk) == (QUEUE, "ok")


def test_a_printer_switched_off_is_offline_and_nothing_is_sent_to_it(cups_server, kiosk) -> None:
    assert cups_server.run("cupsdisable", "-r", "Slukket", QUEUE).returncode == 0
    assert current_printer(kiosk) == (QUEUE, OFFLINE)
    record = kiosk.submit(IdeaDraft(theme_code="aeldre", text="En legeplads"))
    _path, outcome = kiosk.print_receipt(record, cups.CupsReceiptPrinter(QUEUE))
    assert outcome.problem == OFFLINE and outcome.detail == "Slukket"
    assert cups_server.run("lpstat", "-o", QUEUE).stdout.strip() == ""


def test_a_queue_cups_does_not_know_is_no_printer(cups_server, kiosk) -> None:
    record = kiosk.submit(IdeaDraft(theme_code="aeldre", text="Bænke"))
    _path, outcome = kiosk.print_receipt(record, cups.CupsReceiptPrinter("findes-ikke"))
    assert not outcome.printed and outcome.problem == "no_printer"


def test_the_health_report_asks_cups_at_most_every_five_minutes_and_at_once_after_a_print(cups_server, kiosk) -> None:
    """Issue 32: each sync's health report asked CUPS (two or three of its programs, more than the
    rest of an empty sync's work); it now asks at most every 5 minutes, and at once after a print
    job or when staff choose another queue."""
    assert reported_printer(kiosk) == "ok"
    assert cups_server.run("cupsdisable", "-r", "Slukket", QUEUE).returncode == 0
    kiosk.clock.advance(minutes=4)
    assert reported_printer(kiosk) == "ok"  # read 4 minutes ago
    kiosk.clock.advance(minutes=1)
    assert reported_printer(kiosk) == OFFLINE
    assert cups_server.run("cupsenable", QUEUE).returncode == 0
    record = kiosk.submit(IdeaDraft(theme_code="aeldre", text="Lys på stien"))
    assert kiosk.print_receipt(record, cups.CupsReceiptPrinter(QUEUE))[1].printed
    assert reported_printer(kiosk) == "ok"  # a print job since the last reading
    assert cups_server.run("cupsdisable", QUEUE).returncode == 0
    kiosk.settings.set("printer_name", "findes-ikke")  # staff chose another queue: CUPS does not know it
    assert reported_printer(kiosk) == "ok"  # the last job's outcome, read now
    kiosk.settings.set("printer_name", QUEUE)
    assert reported_printer(kiosk) == OFFLINE
