"""City hall's exports against a real PostgreSQL: one row per record with Danish headers; CSV
that Danish Excel opens (UTF-8 with BOM, ';'); XLSX with real dates and numbers, read back with
openpyxl; the inbox's filters; contact details only with the key and a reason, each record's
look in the access log; bad input refused calmly with nothing written."""

from __future__ import annotations

import csv
import datetime as dt
import uuid

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from central_database.office_users import add_office_user
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.offers import OfferDraft
from mokoko_desktop.signups import SignupDraft
from shared_kernel.command_line import main
from shared_kernel.receipt_codes import format_code
from shared_kernel.resources import DEMO_PRIVATE_KEY
from sync.engine import sync_once
from tests.city_hall.conftest import central_rows
from tests.conftest import DEMO_KEY_PASSPHRASE

NAME, PHONE = "Åse Eksportsen", "20304011"


def _sheet(path) -> Worksheet:
    sheet = load_workbook(path).active
    assert isinstance(sheet, Worksheet)
    return sheet


@pytest.fixture
def office(owner_url, kiosk_url, data_dir, clock):
    """Three ideas (one with contact details), a sign-up and a post, synced; an office login."""
    kiosk = open_kiosk(data_dir, demo=True, clock=clock)
    codes = [
        kiosk.submit(
            IdeaDraft(
                theme_code="aeldre",
                text='Bænke ved åen; med "citat"',
                age_group="65-79",
                home_area_code="assentoft",
                name=NAME,
                phone=PHONE,
                consent=True,
            )
        ).receipt_code
    ]
    clock.advance(hours=1)
    codes.append(kiosk.submit(IdeaDraft(theme_code="natur-miljo", text="Flere træer\npå torvet")).receipt_code)
    codes.append(kiosk.submit(IdeaDraft(theme_code="natur-miljo", text='=HYPERLINK("http://x.invalid","Klik")')).receipt_code)
    kiosk.submit(
        SignupDraft(
            opportunity_id="bogvenner",
            name=NAME,
            phone=PHONE,
            age_group="65-79",
            availability=["weekdays"],
            frequency="regular",
            consent=True,
        )
    )
    kiosk.submit(OfferDraft(kind="need", text="Hjælp til at bære", tags=["praktisk"], name=NAME, phone=PHONE, consent=True))
    assert sync_once(kiosk, kiosk_url).push.pushed == 5
    kiosk.close()
    url = add_office_user(owner_url, "Karen Rådhus", None, login=f"office_t{uuid.uuid4().hex[:10]}").url
    return url, codes


def test_ideas_as_csv_for_danish_excel(office, tmp_path, capsys) -> None:
    url, codes = office
    out = tmp_path / "idéer.csv"
    assert main(["office", "export", "ideas", "--format", "csv", "--out", str(out), "--url", url]) == 0
    assert capsys.readouterr().out.startswith(f"3 ideas written to {out}")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b";" in raw.splitlines()[0]  # the BOM and ';' that Danish Excel needs
    with out.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert rows[0][:4] == ["Kode", "Modtaget", "Stop", "Emne"] and len(rows) == 4
    by_code = {row[0]: row for row in rows[1:]}
    first = by_code[format_code(codes[0])]
    assert (first[2], first[3], first[5], first[6], first[8]) == ("Assentoft", "Ældre og fællesskab", "65–79", "Assentoft", "Nej")
    assert (first[7], first[9], first[10]) == ("dansk", "", "Ubesvaret")  # names, not codes; not from paper; not answered yet
    assert first[13] == 'Bænke ved åen; med "citat"' and by_code[format_code(codes[1])][13] == "Flere træer\npå torvet"
    assert dt.datetime.strptime(first[1], "%Y-%m-%d %H:%M")  # a time Excel reads as one
    assert by_code[format_code(codes[2])][13] == '\'=HYPERLINK("http://x.invalid","Klik")'  # text, not a formula
    assert NAME not in out.read_text(encoding="utf-8-sig") and PHONE not in out.read_text(encoding="utf-8-sig")


def test_ideas_as_xlsx_with_real_dates_and_the_inbox_filters(office, tmp_path) -> None:
    url, codes = office
    out = tmp_path / "natur.xlsx"
    assert main(["office", "export", "ideas", "--format", "xlsx", "--out", str(out), "--url", url, "--theme", "natur-miljo"]) == 0
    sheet = _sheet(out)
    rows = list(sheet.iter_rows(values_only=True))
    assert sheet.title == "Idéer" and rows[0][0] == "Kode" and len(rows) == 3  # the filter: two ideas
    assert {row[0] for row in rows[1:]} == {format_code(codes[1]), format_code(codes[2])}
    assert all(isinstance(row[1], dt.datetime) for row in rows[1:])  # real dates, not text
    assert sheet.column_dimensions["A"].width >= 14 and sheet.column_dimensions["B"].width >= 18  # a code and a time fit
    assert sheet.page_setup.orientation == "landscape" and sheet.freeze_panes == "A2"
    formula = next(cell for cell in sheet["N"] if str(cell.value).startswith("=HYPERLINK"))
    assert formula.data_type == "s"  # a citizen's text, never a formula


def test_signups_and_posts(office, tmp_path) -> None:
    url, _codes = office
    assert main(["office", "export", "signups", "--format", "xlsx", "--out", str(tmp_path / "s.xlsx"), "--url", url]) == 0
    signups = list(_sheet(tmp_path / "s.xlsx").iter_rows(values_only=True))
    assert signups[0][:4] == ("Kode", "Modtaget", "Stop", "Opgave") and signups[1][3] == "Bogven: bring bøger ud til ældre"
    assert signups[1][6:9] == ("65–79", "Hverdage", "Ny")  # the age group, the days and the status as a person reads them
    assert main(["office", "export", "offers", "--format", "csv", "--out", str(tmp_path / "p.csv"), "--url", url]) == 0
    with (tmp_path / "p.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert rows[1][3:5] == ["Søger", "Hjælp til at bære"] and NAME not in str(rows)


def test_contact_details_only_with_the_key_and_a_reason_each_look_logged(office, owner_url, tmp_path, capsys, monkeypatch) -> None:
    url, codes = office
    out = tmp_path / "kontakt.csv"
    base = ["office", "export", "ideas", "--format", "csv", "--out", str(out), "--url", url, "--with-contact"]
    assert main(base + ["--key", str(DEMO_PRIVATE_KEY)]) == 1  # no reason
    assert "Say why you need the contact details" in capsys.readouterr().err and not out.exists()
    monkeypatch.setenv("MOKOKO_KEY_PASSPHRASE", DEMO_KEY_PASSPHRASE)
    logged = central_rows(owner_url, "SELECT count(*) FROM mokoko.access_log")[0][0]
    assert main(base + ["--key", str(DEMO_PRIVATE_KEY), "--why", "Opfølgning på borgermøde"]) == 0
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.access_log")[0][0] == logged + 3  # every record's look
    assert central_rows(owner_url, "SELECT DISTINCT why FROM mokoko.access_log WHERE why LIKE 'Opfølgning%%'") == [
        ("Opfølgning på borgermøde",)
    ]
    with out.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert rows[0][-2:] == ["Navn", "Telefon"]
    by_code = {row[0]: row for row in rows[1:]}
    assert by_code[format_code(codes[0])][-2:] == [NAME, "'+45" + PHONE]  # "+…" kept as text for Excel
    assert by_code[format_code(codes[1])][-2:] == ["", ""]


def test_bad_input_writes_nothing(office, tmp_path, capsys) -> None:
    url, _codes = office
    out = tmp_path / "x.csv"
    assert main(["office", "export", "signups", "--format", "csv", "--out", str(out), "--url", url, "--theme", "aeldre"]) == 1
    assert "The inbox's filters are for 'export ideas'" in capsys.readouterr().err and not out.exists()
    assert main(["office", "export", "ideas", "--format", "csv", "--out", str(out), "--url", url, "--theme", "ukendt"]) == 1
    assert not out.exists()
    (tmp_path / "blocked").write_text("a file")
    assert main(["office", "export", "ideas", "--format", "xlsx", "--out", str(tmp_path / "blocked" / "x.xlsx"), "--url", url]) == 1
    assert "could not be written" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["office", "export", "ideas", "--format", "ods", "--out", str(out), "--url", url])


def test_every_idea_once_page_after_page(office, monkeypatch) -> None:
    """The export reads the inbox a page at a time, each from where the last ended (two of the
    three ideas were given at the same moment: the order's tie is broken by the idea's id)."""
    from city_hall import export
    from tests.conftest import office_of

    url, codes = office
    every = [code for code, _row in office_of(url).idea_table().records]
    monkeypatch.setattr(export, "PAGE", 1)
    assert [code for code, _row in office_of(url).idea_table().records] == every
    assert sorted(every) == sorted(codes)


def test_more_than_a_spreadsheet_holds_is_refused_whole(office, tmp_path, monkeypatch, capsys) -> None:
    """A spreadsheet drops the rows past its last one without a word; the export says so instead."""
    from city_hall import export

    url, _codes = office
    monkeypatch.setattr(export, "XLSX_MAX_RECORDS", 2)  # three ideas, a sheet of two
    out = tmp_path / "for.xlsx"
    assert main(["office", "export", "ideas", "--format", "xlsx", "--out", str(out), "--url", url]) == 1
    assert "more than a spreadsheet holds. Export them as CSV" in capsys.readouterr().err and not out.exists()
    assert main(["office", "export", "ideas", "--format", "csv", "--out", str(tmp_path / "all.csv"), "--url", url]) == 0
