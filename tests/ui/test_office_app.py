"""The office app as a person at city hall uses it, against a real PostgreSQL: the inbox in
Danish, one idea read and answered, several answered at once, one sent to another area, a lost
connection that keeps what was typed. Screens are saved as PNGs (MOKOKO_SHOTS=folder) to look at."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetSelectionRange

from central_database.devices import add_device
from central_database.office_users import add_office_user
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.demo_data import synthetic_drafts
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.offers import OfferDraft
from mokoko_desktop.signups import SignupDraft
from shared_kernel.resources import DEMO_PRIVATE_KEY
from sync.engine import sync_once
from tests.commands import MOKOKO
from tests.conftest import DEMO_KEY_PASSPHRASE, demo_key, office_of
from tests.sync.conftest import central_rows
from ui.common.language import LanguageSwitcher
from ui.common.style import load_fonts
from ui.office.key_ring import KEY_FILE_ENV
from ui.office.window import OfficeWindow


def _shot(window: OfficeWindow, name: str) -> None:
    folder = os.environ.get("MOKOKO_SHOTS")
    if folder:
        window.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture
def city_hall(owner_url, tmp_path, clock):
    kiosk = open_kiosk(tmp_path / "havndal", demo=True, clock=clock)
    kiosk.ideas.submit_many(synthetic_drafts(12, seed=4), "assentoft")
    bike = kiosk.ideas.submit(
        IdeaDraft(
            theme_code="natur-miljo",
            text="Flere cykelstierne ud til skolen, så børnene kan cykle sikkert.",
            age_group="65-79",
            home_area_code="havndal",
            name="Åse Ørsted",
            email="aase@example.dk",
            consent=True,
        ),
        "assentoft",
    )
    kiosk.signups.submit(
        SignupDraft(opportunity_id="bogvenner", name="Åse", phone="20304050", age_group="65-79", availability=["weekdays"], consent=True),
        "assentoft",
    )
    kiosk.offers.submit(
        OfferDraft(text="Jeg kan låne en trailer ud om lørdagen", tags=["praktisk"], name="Bo", phone="20304051", consent=True), "assentoft"
    )
    sync_once(kiosk, add_device(owner_url, "Havndal").url)
    kiosk.close()
    person = add_office_user(owner_url, "Mette Østergård", ["miljo-teknik"], login=f"office_t{uuid.uuid4().hex[:10]}")
    return {"person": person, "bike": bike.receipt_code}


@pytest.fixture
def office_window(qtbot, city_hall, monkeypatch):
    monkeypatch.setenv(KEY_FILE_ENV, str(DEMO_PRIVATE_KEY))  # a dialog would ask otherwise (once per session)
    monkeypatch.setenv("MOKOKO_KEY_PASSPHRASE", DEMO_KEY_PASSPHRASE)
    load_fonts()
    languages = LanguageSwitcher()
    languages.reset()
    window = OfficeWindow(office_of(city_hall["person"].url), languages)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.inbox.loaded, timeout=15_000)
    qtbot.wait(100)
    return window


def test_the_inbox_shows_every_idea_in_danish_and_searches_danish_words(qtbot, office_window, city_hall) -> None:
    window = office_window
    assert window.tabs.tabText(0) == "Idéer" and "Mette Østergård" in window._brand.text()
    assert window.inbox.table.rowCount() == 13
    qtbot.waitUntil(lambda: window.inbox.count_label.text() == "13 idéer", timeout=10_000)  # counted after the page
    _shot(window, "office-inbox")
    window.inbox.search.setText("cykelsti")
    window.inbox.search.returnPressed.emit()
    qtbot.waitUntil(lambda: window.inbox.table.rowCount() == 1, timeout=10_000)
    assert window.inbox.table.item(0, 0).data(Qt.ItemDataRole.UserRole) == city_hall["bike"]


def test_a_person_reads_answers_and_routes_an_idea(qtbot, office_window, city_hall, owner_url) -> None:
    window, panel = office_window, office_window.inbox.panel
    window.inbox.select_code(city_hall["bike"])
    qtbot.waitUntil(lambda: "Kontaktperson: Mette Østergård" in panel.facts.text(), timeout=10_000)
    assert panel.reveal_button.isVisible() and "Åse" not in panel.facts.text()
    assert "Sprog: dansk · aldersgruppe: 65–79 · bor i: Havndal og Udbyhøj" in panel.facts.text()  # names, not codes
    panel.status.setCurrentIndex(panel.status.findData("in-progress"))
    assert panel.reply.toPlainText().startswith("Tak for din idé. Vi er gået i gang")  # the template
    panel.reply.setPlainText("Tak for din idé. Vi er gået i gang med stien til skolen.")
    _shot(window, "office-idea")
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Svaret er sendt." in window._notice.text(), timeout=10_000)
    assert central_rows(owner_url, "SELECT status, public_reply, set_by FROM mokoko.status_update") == [
        ("in-progress", "Tak for din idé. Vi er gået i gang med stien til skolen.", city_hall["person"].role_name)
    ]
    qtbot.waitUntil(lambda: panel.settled and "Mette Østergård: I gang" in panel.history.text(), timeout=10_000)
    assert not panel.reveal_button.isEnabled()  # not without a reason
    panel.reveal_why.setText("Ringer om stien")
    qtbot.mouseClick(panel.reveal_button, Qt.MouseButton.LeftButton)  # on purpose, and logged
    qtbot.waitUntil(lambda: "aase@example.dk" in panel.contact.text(), timeout=10_000)
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.access_log") == [(1,)]
    panel.route_area.setCurrentIndex(panel.route_area.findData("aeldre-kultur"))
    qtbot.mouseClick(panel.route_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Sendt videre" in window._notice.text(), timeout=10_000)
    assert central_rows(owner_url, "SELECT admin_area_code FROM mokoko.idea_route") == [("aeldre-kultur",)]


def test_several_ideas_get_one_answer_and_a_needed_reason_is_asked_for(qtbot, office_window, owner_url) -> None:
    window, panel = office_window, office_window.inbox.panel
    window.inbox.table.setRangeSelected(QTableWidgetSelectionRange(0, 0, 2, 5), True)
    assert len(window.inbox.selected()) == 3 and panel.heading.text().startswith("3 idéer valgt")
    panel.status.setCurrentIndex(panel.status.findData("not-taken-further"))
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    assert "kræver en begrundelse" in panel.message.text()
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.status_update") == [(0,)]
    panel.reason.setText("Ligger uden for kommunens opgaver")
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Svaret er sendt til 3 idéer" in window._notice.text(), timeout=10_000)
    assert central_rows(owner_url, "SELECT count(*), min(reason) FROM mokoko.status_update") == [(3, "Ligger uden for kommunens opgaver")]


def test_a_lost_connection_keeps_the_reply_and_says_so_calmly(qtbot, office_window, city_hall) -> None:
    window, panel = office_window, office_window.inbox.panel
    window.inbox.select_code(city_hall["bike"])
    qtbot.waitUntil(lambda: "Kontaktperson" in panel.facts.text(), timeout=10_000)
    panel.reply.setPlainText("Et svar, der ikke må gå tabt")
    window.office = office_of(city_hall["person"].url.replace("/t_", "/gone_"))  # the database cannot be reached any more
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.retry_button.isVisible(), timeout=10_000)
    assert "kan ikke nås lige nu. Intet af det, du har skrevet, er tabt" in window.problem_text()
    assert panel.reply.toPlainText() == "Et svar, der ikke må gå tabt" and panel.send_button.isEnabled()
    _shot(window, "office-lost-connection")


def test_the_volunteers_and_byttebors_tabs(qtbot, office_window, owner_url) -> None:
    window = office_window
    window.tabs.setCurrentIndex(1)
    signups = window.signups
    qtbot.waitUntil(lambda: signups.table.rowCount() == 1, timeout=10_000)
    assert signups.table.item(0, 5).text() == "Ny" and "Åse" not in signups.table.item(0, 3).text()
    signups.table.selectRow(0)
    qtbot.mouseClick(signups.mark_buttons["contacted"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: signups.table.item(0, 5).text().startswith("Kontaktet"), timeout=10_000)
    assert central_rows(owner_url, "SELECT status FROM mokoko.signup_status") == [("contacted",)]
    signups.reveal_why.setText("Skal ringe om opstart")
    qtbot.mouseClick(signups.reveal_button, Qt.MouseButton.LeftButton)  # opened with the key, here
    qtbot.waitUntil(lambda: "Åse" in signups.info.text(), timeout=15_000)
    assert window.keys.key_ids == [demo_key().public.key_id]  # opened once, kept for the session
    _shot(window, "office-volunteers")
    window.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: window.posts.table.rowCount() == 1, timeout=10_000)
    assert window.posts.table.item(0, 3).text() == "Tilbyder" and "trailer" in window.posts.table.item(0, 5).text()
    assert window.posts.table.item(0, 4).text() == "Praktisk hjælp"  # the subject's name, not its code
    _shot(window, "office-byttebors")


def test_the_volunteers_tab_names_a_likely_duplicate_from_another_kiosk(
    qtbot, city_hall, office_window, owner_url, tmp_path, clock
) -> None:
    """Issue 26: the same person signed up for the same task at two kiosks; after the duplicate
    check (with the key, at city hall) the tab says so beside each."""
    from shared_kernel.receipt_codes import format_code

    other = open_kiosk(tmp_path / "langaa", demo=True, clock=clock)
    again = other.signups.submit(
        SignupDraft(
            opportunity_id="bogvenner", name="Åse", phone="+45 20 30 40 50", age_group="65-79", availability=["weekends"], consent=True
        ),
        "langaa",
    )
    sync_once(other, add_device(owner_url, "Langå").url)
    other.close()
    assert office_of(city_hall["person"].url).fingerprint_new_signups([demo_key()]) == 2
    window = office_window
    window.tabs.setCurrentIndex(1)
    signups = window.signups
    signups.reload()
    qtbot.waitUntil(lambda: signups.table.rowCount() == 2 and bool(signups.table.item(0, 6).text()), timeout=10_000)
    assert signups.table.horizontalHeaderItem(6).text() == "Sandsynligvis samme person som"
    shown = {signups.table.item(row, 0).text(): signups.table.item(row, 6).text() for row in range(2)}
    [first_code] = set(shown) - {format_code(again.receipt_code)}
    assert shown == {format_code(again.receipt_code): first_code, first_code: format_code(again.receipt_code)}
    _shot(window, "office-volunteers-duplicates")


def test_mokoko_office_app_smoke_starts_shows_the_inbox_and_refuses_a_kiosk_login(city_hall, owner_url, tmp_path) -> None:
    import subprocess

    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    shot = tmp_path / "office.png"

    def run(url: str) -> subprocess.CompletedProcess[str]:
        command = [MOKOKO, "office", "app", "--url", url, "--screenshot", str(shot)]
        return subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120)

    started = run(city_hall["person"].url)
    assert started.returncode == 0, started.stderr
    assert float(started.stdout.strip().splitlines()[-1]) > 0 and shot.stat().st_size > 10_000
    refused = run(add_device(owner_url, "Ikke rådhuset").url)
    assert refused.returncode == 1 and "city-hall login" in refused.stderr


def test_a_conflict_is_looked_at_side_by_side_and_decided(qtbot, office_window, owner_url, tmp_path, clock) -> None:
    from sqlalchemy import text

    kiosk = open_kiosk(tmp_path / "langaa", demo=True, clock=clock)
    url = add_device(owner_url, "Langå").url
    idea = kiosk.ideas.submit(IdeaDraft(theme_code="aeldre", text="Bænke ved åen"), "langaa")
    sync_once(kiosk, url)
    with kiosk.store.engine.begin() as connection:  # restored from an old backup, and edited
        connection.execute(text("UPDATE idea SET synced_at = NULL, text = 'Bænke ved kirken' WHERE id = :id"), {"id": idea.id})
    sync_once(kiosk, url)
    kiosk.close()
    window = office_window
    window.tabs.setCurrentIndex(3)
    view = window.conflicts
    qtbot.waitUntil(lambda: view.sides.rowCount() > 0, timeout=10_000)
    assert window.tabs.tabText(3) == "Konflikter"
    assert (view.sides.item(0, 0).text(), view.sides.item(0, 1).text(), view.sides.item(0, 2).text()) == (
        "Tekst",
        "Bænke ved åen",
        "Bænke ved kirken",
    )  # the difference first
    _shot(window, "office-conflicts")
    qtbot.mouseClick(view.decide_buttons["keep-central"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Afgørelsen er gemt" in window._notice.text(), timeout=10_000)
    assert central_rows(owner_url, "SELECT decision FROM mokoko.conflict_decision") == [("keep-central",)]


def test_the_erasure_tab_handles_a_citizens_request(qtbot, office_window, city_hall, owner_url) -> None:
    import psycopg

    with psycopg.connect(owner_url) as connection:  # as a kiosk's sync leaves it
        connection.execute(
            "INSERT INTO mokoko.erasure_request (client_id, receipt_code) VALUES (%s, %s)", (str(uuid.uuid4()), city_hall["bike"])
        )
    window = office_window
    window.tabs.setCurrentIndex(4)
    assert window.tabs.tabText(4) == "Sletning"
    erasures = window.erasures
    qtbot.waitUntil(lambda: erasures.table.rowCount() == 1, timeout=10_000)
    assert erasures.table.item(0, 3).text() == "Venter"
    qtbot.mouseClick(erasures.erase_button, Qt.MouseButton.LeftButton)
    assert erasures.info.text() == "Vælg først en anmodning på listen."
    erasures.table.selectRow(0)
    qtbot.mouseClick(erasures.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: erasures.table.rowCount() == 0, timeout=10_000)  # only waiting ones are shown
    assert central_rows(owner_url, "SELECT sealed_contact FROM mokoko.idea WHERE receipt_code = %s", (city_hall["bike"],)) == [(None,)]
    erasures.pending.setChecked(False)
    qtbot.waitUntil(lambda: erasures.table.rowCount() == 1, timeout=10_000)
    assert erasures.table.item(0, 3).text().startswith("Slettet") and "Mette Østergård" in erasures.table.item(0, 3).text()
    _shot(window, "office-erasures")


def test_an_answered_idea_goes_on_the_wall_with_a_headline(qtbot, office_window, city_hall, owner_url) -> None:

    office_of(owner_url).reply(city_hall["bike"], "in-progress", "Cykelstien er med i budgettet for 2027.")
    window, panel = office_window, office_window.inbox.panel
    window.inbox.reload()
    qtbot.waitUntil(lambda: window.inbox.loaded, timeout=10_000)
    window.inbox.select_code(city_hall["bike"])
    qtbot.waitUntil(lambda: panel.wall_button.isVisible(), timeout=10_000)
    assert panel.wall_button.text() == "Vis på væggen"
    panel.wall_headline.setText("Cykelsti til skolen")
    qtbot.mouseClick(panel.wall_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: central_rows(owner_url, "SELECT headline FROM mokoko.published_story") == [("Cykelsti til skolen",)], timeout=10_000
    )
    assert not window.problem_shown


def test_the_ideas_the_filters_find_are_exported_for_excel(qtbot, office_window, tmp_path, monkeypatch) -> None:
    from openpyxl import load_workbook

    from city_hall import export

    window = office_window
    window.inbox.search.setText("cykelsti")
    window.inbox.search.returnPressed.emit()
    qtbot.waitUntil(lambda: window.inbox.table.rowCount() == 1, timeout=10_000)
    window.inbox.choose_file = lambda file_format: str(tmp_path / f"cykel.{file_format}")  # what the save dialog answers
    monkeypatch.setattr(export, "PROGRESS_EVERY", 1)  # the bar hears of every idea written
    shown: list[int] = []
    window.inbox.export_progress.valueChanged.connect(shown.append)
    qtbot.mouseClick(window.inbox.export_xlsx_button, Qt.MouseButton.LeftButton)
    assert window.inbox.export_progress.isVisible() and not window.inbox.export_xlsx_button.isEnabled()
    qtbot.waitUntil(lambda: "eksporteret" in window._notice.text(), timeout=10_000)
    assert shown == [0, 1] and not window.inbox.export_progress.isVisible() and window.inbox.export_xlsx_button.isEnabled()
    assert window._notice.text() == f"1 idé eksporteret til {tmp_path / 'cykel.xlsx'}"
    rows = list(load_workbook(tmp_path / "cykel.xlsx").worksheets[0].iter_rows(values_only=True))
    assert rows[0][0] == "Kode" and len(rows) == 2 and "cykelstierne" in str(rows[1][rows[0].index("Idé")])
    assert "Åse" not in str(rows)  # no contact details from the app


def test_the_overview_shows_the_year_and_leads_to_the_inbox(qtbot, office_window, tmp_path) -> None:
    window = office_window
    overview = window.overview
    assert window.tabs.tabText(5) == "Overblik"
    overview.year.setValue(2026)
    with qtbot.waitSignal(overview.loaded, timeout=15_000):
        window.tabs.setCurrentWidget(overview)
    report = overview.report
    assert report is not None and report.ideas == 13 and overview.goals.rowCount() == 8
    assert overview.summary.text().startswith("Idéer: 13 (2025: 0) · tilmeldinger: 1, sat i gang: 0")
    assert len(overview.chart.series()) == 1 and overview.goals.item(0, 0).text() == "Borgerne får svar inden for 30 dage"
    qtbot.wait(100)  # the chart lays itself out
    _shot(window, "office-overview")
    area = report.areas[0]
    row = next(r for r in range(overview.counts.rowCount()) if overview.counts.item(r, 1).text() == area.name)
    overview.counts.cellDoubleClicked.emit(row, 1)  # a double-click on the count
    assert window.tabs.currentWidget() is window.inbox and window.inbox.area.currentData() == area.code
    qtbot.waitUntil(lambda: window.inbox.count_label.text().startswith(f"{area.this_year} idé"), timeout=10_000)
    overview.choose_file = lambda: str(tmp_path / "aar.pdf")
    with qtbot.waitSignal(overview.saved, timeout=15_000):
        overview.save()
    assert (tmp_path / "aar.pdf").stat().st_size > 5_000


def test_an_export_larger_than_a_spreadsheet_is_told_and_nothing_written(qtbot, office_window, tmp_path, monkeypatch) -> None:
    from city_hall import export

    window = office_window
    monkeypatch.setattr(export, "XLSX_MAX_RECORDS", 0)
    window.inbox.choose_file = lambda file_format: str(tmp_path / f"alle.{file_format}")
    qtbot.mouseClick(window.inbox.export_xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.problem_shown, timeout=10_000)
    assert window._problem.text().startswith("Der er flere idéer, end et regneark kan rumme. Eksportér dem som CSV")
    assert not (tmp_path / "alle.xlsx").exists() and window.inbox.export_xlsx_button.isEnabled()


def test_city_halls_own_no_is_said_in_danish(qtbot, office_window, city_hall) -> None:
    """Issue 28, point 5: a refusal of city hall's work is a translated sentence chosen by its
    kind ('Besvar idéen først …'), not English after a Danish 'Noget gik galt'."""
    window, panel = office_window, office_window.inbox.panel
    window.inbox.select_code(city_hall["bike"])
    qtbot.waitUntil(lambda: "Kontaktperson" in panel.facts.text(), timeout=10_000)
    panel.wall_headline.setText("Cykelsti til skolen")
    panel._publish()  # the wall button of an idea not answered yet
    qtbot.waitUntil(lambda: window.retry_button.isVisible() or window.problem_shown, timeout=10_000)
    assert window.problem_text() == "Besvar idéen først: en historie viser, hvad kommunen gjorde."
