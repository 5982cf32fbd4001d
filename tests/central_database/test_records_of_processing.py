"""Issue 33: ``mokoko central records-of-processing --out FILE.xlsx`` writes the DPO's record of
processing activities (GDPR article 30) from the declaration the privacy notice is written from,
with the municipality's facts and the periods the purge deletes by."""

from __future__ import annotations

import psycopg
from openpyxl import load_workbook

from shared_kernel.command_line import main
from shared_kernel.i18n import translate
from shared_kernel.processing import MEASURES, PROCESSINGS


def _cells(path) -> list[str]:
    book = load_workbook(path, read_only=True)
    return [str(cell) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for cell in row if cell]


def test_the_record_names_every_processing_its_periods_and_the_measures(admin_url, tmp_path, capsys) -> None:
    with psycopg.connect(admin_url) as connection:  # a municipality's own period: the record says it
        connection.execute("UPDATE mokoko.retention SET days = 180 WHERE kind = 'signup-contact'")
    out = tmp_path / "fortegnelse.xlsx"
    assert main(["central", "records-of-processing", "--out", str(out), "--url", admin_url]) == 0
    assert str(out) in capsys.readouterr().out
    cells = _cells(out)
    text = "\n".join(cells)
    assert "Fortegnelse over behandlingsaktiviteter (databeskyttelsesforordningens artikel 30): MOKOKO" in cells
    assert "Randers Kommune, Laksetorvet 1, 8900 Randers C, mokoko@randers-kommune.example" in cells
    assert "databeskyttelse@randers-kommune.example" in cells
    for processing in PROCESSINGS:
        assert translate("da", "privacy", processing.name) in cells and translate("da", "privacy", processing.legal_basis) in text
    assert "senest 6 måneder efter din tilmelding" in text and "3 måneder efter, at du gav dem" in text  # the purge's numbers
    assert all(translate("da", "privacy", measure) in cells for measure in MEASURES)
    assert "contact_retention_days (7 dage, medmindre personalet har ændret den)" in text  # the kiosks' default
    assert not list(tmp_path.glob("*.part"))


def test_in_english_and_replacing_the_file_whole(admin_url, tmp_path) -> None:
    out = tmp_path / "record.xlsx"
    out.write_bytes(b"an older record")
    assert main(["central", "records-of-processing", "--out", str(out), "--url", admin_url, "--language", "en"]) == 0
    cells = _cells(out)
    assert "Record of processing activities (GDPR article 30): MOKOKO" in cells and "Transfers to third countries" in cells


def test_a_folder_that_cannot_be_written_gets_a_calm_message(admin_url, tmp_path, capsys) -> None:
    out = tmp_path / "no-such-folder" / "record.xlsx"
    assert main(["central", "records-of-processing", "--out", str(out), "--url", admin_url]) == 1
    said = capsys.readouterr()
    assert "Nothing was written" in said.err + said.out and "Traceback" not in said.err and not out.parent.exists()
