"""The staff panel tells staff about a setting whose stored value does not fit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import text

from tests.conftest import central_rows


def test_a_setting_that_does_not_fit_is_shown_to_staff(kiosk, make_window) -> None:
    with kiosk.store.engine.begin() as connection:
        connection.execute(text("INSERT INTO setting (key, value) VALUES ('idle_timeout_seconds', '\"ninety\"')"))
    window = make_window(kiosk)
    window.staff.open_panel()
    info = window.staff.panel._info.text()
    assert "Indstillingen idle_timeout_seconds har en gemt værdi, der ikke passer" in info
    assert "standardværdien bruges" in info


def test_staff_see_what_could_not_be_sent_and_send_it_again(qtbot, kiosk, owner_url, kiosk_url, make_window) -> None:
    from mokoko_desktop.ideas import IdeaDraft

    idea = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="Sendes ikke"), "assentoft")
    with kiosk.store.engine.begin() as connection:  # what an older kiosk version let in
        connection.execute(text("UPDATE idea SET language = 'da' || char(0) WHERE id = :id"), {"id": idea.id})
    window = make_window(kiosk, kiosk_url)
    window.sync.start()
    qtbot.waitUntil(lambda: window.sync.view().status is not None and window.sync.view().status.refused == 1, timeout=15000)
    window.staff.open_panel()
    panel = window.staff.panel
    assert "1 registreringer kunne ikke sendes" in panel.sync_info.text()
    assert panel.retry_button.isVisible() and panel.retry_button.text() == "Send dem igen"
    with kiosk.store.engine.begin() as connection:  # the fix
        connection.execute(text("UPDATE idea SET language = 'da' WHERE id = :id"), {"id": idea.id})
    qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: central_rows(owner_url, "SELECT count(*) FROM mokoko.idea") == [(1,)], timeout=15000)
    qtbot.waitUntil(lambda: not panel.retry_button.isVisible() and "kunne ikke sendes" not in panel.sync_info.text(), timeout=15000)


def test_a_scanned_kiosk_connection_is_tested_before_it_is_stored(qtbot, kiosk, owner_url, kiosk_url, make_window) -> None:
    """Provisioning with no terminal: the USB scanner types the QR of 'mokoko central add-device
    --qr' and Enter; only a connection that works is kept."""
    window = make_window(kiosk)
    window.staff.open_panel()
    panel = window.staff.panel
    for scanned, said in [
        ("https://mokoko.randers.dk/f/ABCD2345", "Det er ikke en forbindelse til en kiosk."),  # a receipt's QR, say
        (owner_url.replace("postgres:@", "nobody:wrong@"), "Kommunen kan ikke nås med den lige nu"),
    ]:
        panel.central_url.setText(scanned)
        panel.central_url.returnPressed.emit()
        qtbot.waitUntil(lambda said=said: panel.connection_note.text().startswith(said), timeout=15_000)
        assert kiosk.settings.get("central_url") == ""  # nothing was changed
    panel.central_url.setText(kiosk_url)
    qtbot.mouseClick(panel.save_url_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.connection_note.text().startswith("Forbundet: kommunen kender denne kiosk som Testkiosk"), timeout=15_000)
    assert kiosk.settings.get("central_url") == kiosk_url


def test_a_sync_problem_is_told_in_danish_words(qtbot, kiosk, make_window) -> None:
    """Staff saw libpq's English ("connection failed: … Is the server running …") in the middle
    of a Danish panel; now a sentence chosen by the kind of problem."""
    window = make_window(kiosk, "postgresql://mokoko_kiosk_x:secret@127.0.0.1:1/mokoko?connect_timeout=1")
    window.sync.start()
    qtbot.waitUntil(lambda: window.sync.view().status is not None and window.sync.view().status.last_problem is not None, timeout=15000)
    window.staff.open_panel()
    shown = window.staff.panel.sync_info.text()
    assert "Kommunen kunne ikke nås ved sidste forsøg. Alt gemmes her og sendes senere." in shown
    assert "connection" not in shown and "127.0.0.1" not in shown and "secret" not in shown
    assert window.sync.view().status.last_problem == "unreachable"


def test_the_panel_shows_the_kiosks_new_name_after_its_first_sync(qtbot, kiosk, kiosk_url, make_window) -> None:
    """It stayed as it was until staff left and came back."""
    window = make_window(kiosk, kiosk_url)
    window.staff.open_panel()
    panel = window.staff.panel
    assert "Kiosk: Testkiosk" not in panel._info.text()
    panel.central_url.setText(kiosk_url)
    qtbot.mouseClick(panel.save_url_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Kiosk: Testkiosk" in panel._info.text(), timeout=15_000)


def test_staff_are_told_when_city_hall_requires_a_newer_version(qtbot, kiosk, admin_url, kiosk_url, make_window, tmp_path) -> None:
    """Issue 29: city hall raised the oldest version it supports; the kiosk keeps collecting and
    says so on the staff panel, in Danish, at its next sync."""
    import os

    from shared_kernel.command_line import main

    assert main(["central", "require-version", "9.0", "--url", admin_url]) == 0
    window = make_window(kiosk, kiosk_url)
    window.sync.start()
    qtbot.waitUntil(lambda: window.sync.view().status is not None and window.sync.view().status.required_version == "9.0", timeout=15000)
    window.staff.open_panel()
    qtbot.waitUntil(lambda: "Kommunen kræver en nyere version" in window.staff.panel.sync_info.text(), timeout=15000)
    assert (
        "Kommunen kræver en nyere version af kiosken (mindst 9.0; denne har 0.1.0). Bed IT-afdelingen om at opdatere den."
        in window.staff.panel.sync_info.text()
    )
    folder = os.environ.get("MOKOKO_SHOTS")
    if folder:
        qtbot.wait(300)
        window.grab().save(f"{folder}/staff-newer-version.png")


def test_staff_see_when_the_printer_is_out_of_paper(qtbot, kiosk, make_window, cups_server) -> None:
    """Issue 30: the printer's state as CUPS reports it, on the staff panel, in Danish."""
    from tests.deploy.cups_server import QUEUE

    assert cups_server.run("cupsdisable", QUEUE).returncode == 0
    window = make_window(kiosk)
    window.staff.open_panel()
    note = window.staff.panel.printer_note
    qtbot.waitUntil(note.isVisible, timeout=10_000)
    assert note.text() == "Printeren bon svarer ikke. Tjek, at den er tændt og forbundet."
