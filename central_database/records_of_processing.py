"""The record of processing activities the data protection officer keeps (GDPR article 30),
written from the same declaration as the citizens' privacy notice (``shared_kernel/processing.py``)
with the municipality's facts and the retention periods as the central database holds them, so
the record says what the purge does: ``mokoko central records-of-processing --out FILE.xlsx``."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from central_database.connection import connect
from shared_kernel.catalogue_file import MUNICIPALITY_KEY, MunicipalityEntry
from shared_kernel.i18n import translate
from shared_kernel.privacy_notice import measures, retention_text
from shared_kernel.processing import PROCESSINGS, RECORD_TEXTS
from shared_kernel.retention_periods import Periods


class RecordNotWritten(Exception):
    """The record could not be written where it was asked for (``str()`` says why, calmly)."""


COLUMNS = ("processing", "people", "data", "purpose", "legal_basis", "recipients", "transfers", "erasure")


def read_facts(url: str) -> tuple[MunicipalityEntry | None, Periods]:
    """The municipality's facts (None when the catalogue names none) and the purge's periods (the
    kiosks' period: its default, as each kiosk may set its own)."""
    with connect(url) as connection:
        row = connection.execute("SELECT facts FROM mokoko.municipality WHERE key = %s", (MUNICIPALITY_KEY,)).fetchone()
        days: dict[str, int] = {kind: days for kind, days in connection.execute("SELECT kind, days FROM mokoko.retention")}
    return (MunicipalityEntry.model_validate(row[0]) if row else None), Periods.of(days)


def record_rows(municipality: MunicipalityEntry | None, periods: Periods, language: str, today: dt.date) -> dict[str, Any]:
    """The record's contents in ``language``: its heading lines, one row per processing, the measures."""

    def t(key: str) -> str:
        return translate(language, "records", RECORD_TEXTS[key])

    def said(context: str, source: str) -> str:
        return translate(language, context, source)

    if municipality is None:
        controller = dpo = t("not_named")
    else:
        controller = ", ".join(part for part in (municipality.name, municipality.address, municipality.email, municipality.phone) if part)
        dpo = ", ".join(part for part in (municipality.dpo_email, municipality.dpo_phone) if part)
    rows = [
        [
            said("privacy", processing.name),
            said("privacy", processing.people),
            said("privacy", processing.data),
            said("privacy", processing.purpose),
            said("privacy", processing.legal_basis),
            said("privacy", processing.recipients),
            t("no_transfers"),
            retention_text(processing, periods, said),
        ]
        for processing in PROCESSINGS
    ]
    return {
        "title": t("title"),
        "heading": [
            (t("controller"), controller),
            (t("dpo"), dpo),
            (t("made_on"), today.isoformat()),
            ("", t("kiosk_note").format(days=periods.kiosk)),
        ],
        "columns": [t(column) for column in COLUMNS],
        "rows": rows,
        "measures_title": t("measures"),
        "measures": measures(said),
    }


def write_record(url: str, out: Path, *, language: str = "da", today: dt.date | None = None) -> Path:
    """Write the record to ``out`` (XLSX, atomically: a file that is there is replaced whole)."""
    import xlsxwriter

    municipality, periods = read_facts(url)
    record = record_rows(municipality, periods, language, today or dt.date.today())
    temporary = out.with_name(out.name + ".part")
    try:
        with temporary.open("wb"):  # a place that cannot be written is known before anything is read into it
            pass
    except OSError as error:
        raise RecordNotWritten(f"Cannot write {out}: {error.strerror or error}. Nothing was written.") from error
    book = xlsxwriter.Workbook(str(temporary))
    try:
        bold = book.add_format({"bold": True, "text_wrap": True, "valign": "top"})
        wrapped = book.add_format({"text_wrap": True, "valign": "top"})
        title = book.add_format({"bold": True, "font_size": 14})
        sheet = book.add_worksheet(record["columns"][0][:31])
        sheet.set_landscape()
        sheet.fit_to_pages(1, 0)
        sheet.set_column(0, 0, 28)
        sheet.set_column(1, len(COLUMNS) - 1, 40)
        sheet.write_string(0, 0, record["title"], title)
        for line, (label, value) in enumerate(record["heading"], start=2):
            sheet.write_string(line, 0, label, bold)
            sheet.write_string(line, 1, value, wrapped)
        top = 3 + len(record["heading"])
        for column, header in enumerate(record["columns"]):
            sheet.write_string(top, column, header, bold)
        for line, row in enumerate(record["rows"], start=top + 1):
            for column, value in enumerate(row):
                sheet.write_string(line, column, value, bold if column == 0 else wrapped)
        sheet.freeze_panes(top + 1, 1)
        safety = book.add_worksheet(record["measures_title"][:31])
        safety.set_column(0, 0, 120)
        safety.write_string(0, 0, record["measures_title"], title)
        for line, measure in enumerate(record["measures"], start=2):
            safety.write_string(line, 0, measure, wrapped)
        book.close()
        os.replace(temporary, out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return out
