"""City hall's exports: ideas, sign-ups or Byttebørs posts as a table for their own
tools. One row per record, Danish column headers, names instead of codes. CSV that Danish Excel
opens as it is (UTF-8 with a byte-order mark, ``;`` between fields, times as "2026-11-20 12:30"),
or XLSX (openpyxl) with real dates and numbers.

Contact details are added only when asked for, with the municipality's key and a reason: each
record's details are revealed through ``mokoko.reveal_contact``, so every one of them is in the
access log, with the reason, before it is opened (``sync.contact_details``).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from central_database.connection import CentralError
from city_hall.inbox import TIME_ZONE, InboxFilter, InboxIdea, inbox
from city_hall.office_catalogue import office_catalogue
from city_hall.signup_desk import posts, signups
from shared_kernel.i18n import pick
from shared_kernel.receipt_codes import format_code
from shared_kernel.submission_kinds import plurals

if TYPE_CHECKING:
    from city_hall.office import Office
    from shared_kernel.sealing import KeyPair

KINDS = plurals()
FORMATS = ("csv", "xlsx")
PAGE = 5000  # ideas are read a page at a time
EVERYTHING = 1_000_000  # the sign-up and post listings' limit for an export
CONTACT_COLUMNS = {"name": "Navn", "phone": "Telefon", "email": "E-mail", "guardian_name": "Værge", "guardian_phone": "Værges telefon"}
YES, NO = "Ja", "Nej"
TEXT_WIDTH = 60  # the widest column (an idea's text), in characters
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheets may take for a formula
LOCAL = ZoneInfo(TIME_ZONE)


@dataclass(frozen=True)
class ExportTable:
    """Headers and rows; a cell is text, a whole number, an aware datetime or None. ``codes``:
    each row's receipt code (for adding contact details)."""

    kind: str
    headers: list[str]
    rows: list[list[Any]]
    codes: list[str]


def idea_table(office: Office, chosen: InboxFilter | None = None) -> ExportTable:
    """Every idea the inbox filter finds (default: all), newest first."""
    chosen = chosen or InboxFilter()
    names = office_catalogue(office)
    themes, areas, stops = dict(names.themes), dict(names.areas), dict(names.stops)
    statuses, homes = {code: label for code, label, _ in names.statuses}, dict(names.home_areas)
    found: list[InboxIdea] = []
    while True:
        page = inbox(office, chosen, limit=PAGE, offset=len(found))
        found += page
        if len(page) < PAGE:
            break
    headers = [
        "Kode",
        "Modtaget",
        "Stop",
        "Emne",
        "Område",
        "Alder",
        "Bopæl",
        "Sprog",
        "Givet med hjælp fra personalet",
        "Status",
        "Status sat",
        "Besvaret af",
        "Idé",
    ]
    rows = [
        [
            format_code(idea.receipt_code),
            idea.created_at,
            stops.get(idea.stop_id, idea.stop_id),
            pick(themes.get(idea.theme_code, {}), "da") or idea.theme_code,
            pick(areas.get(idea.area or "", {}), "da") or idea.area,
            idea.age_group,
            homes.get(idea.home_area_code or "", idea.home_area_code),
            idea.language,
            YES if idea.assisted else NO,
            pick(statuses.get(idea.status or "", {}), "da") or idea.status,
            idea.status_at,
            idea.answered_by,
            idea.text,
        ]
        for idea in found
    ]
    return ExportTable("idea", headers, rows, [idea.receipt_code for idea in found])


def signup_table(office: Office, *, opportunity: str | None = None, status: str | None = None, mine: bool = False) -> ExportTable:
    stops = dict(office_catalogue(office).stops)
    found = signups(office, opportunity=opportunity, status=status, mine=mine, limit=EVERYTHING)
    headers = ["Kode", "Modtaget", "Stop", "Opgave", "Kontaktperson", "Noget andet", "Alder", "Hvornår", "Status", "Status sat", "Sat af"]
    rows = [
        [
            format_code(line.receipt_code),
            line.created_at,
            stops.get(line.stop_id, line.stop_id),
            pick(line.opportunity_title, "da") or line.opportunity_id,
            line.contact_person,
            line.general_text,
            line.age_group,
            ", ".join(line.availability),
            line.status,
            line.status_at,
            line.status_by,
        ]
        for line in found
    ]
    return ExportTable("signup", headers, rows, [line.receipt_code for line in found])


def offer_table(office: Office) -> ExportTable:
    stops = dict(office_catalogue(office).stops)
    found = [post for post in posts(office, limit=EVERYTHING) if post.receipt_code]
    headers = ["Kode", "Modtaget", "Stop", "Slags", "Tekst", "Emner", "Sted"]
    kinds = {"offer": "Tilbyder", "need": "Søger"}
    rows = [
        [
            format_code(post.receipt_code or ""),
            post.created_at,
            stops.get(post.stop_id, post.stop_id),
            kinds.get(post.kind, post.kind),
            post.text,
            ", ".join(post.tags),
            post.place,
        ]
        for post in found
    ]
    return ExportTable("offer", headers, rows, [post.receipt_code or "" for post in found])


def with_contact(office: Office, table: ExportTable, keys: list[KeyPair], why: str) -> ExportTable:
    """``table`` with the contact details of every row, each revealed (so logged, with ``why``)
    and opened with ``keys``. Raises :class:`CentralError` without a key or a reason."""
    from city_hall.contact_details import open_contact

    if not keys:
        raise CentralError("Contact details are sealed: export them with the municipality's key file (--key).")
    opened = [open_contact(office, code, why, keys, kind=table.kind).fields for code in table.codes]
    columns = [name for name in CONTACT_COLUMNS if any(fields.get(name) for fields in opened)] or ["name", "phone", "email"]
    rows = [[*row, *(fields.get(name) for name in columns)] for row, fields in zip(table.rows, opened, strict=True)]
    return replace(table, headers=[*table.headers, *(CONTACT_COLUMNS[name] for name in columns)], rows=rows)


def _local(value: dt.datetime) -> dt.datetime:
    return value.astimezone(LOCAL).replace(tzinfo=None)


def write_csv(table: ExportTable, path: Path) -> Path:
    """CSV for Danish Excel: UTF-8 with BOM, ``;``, local times as text (atomically)."""

    def cell(value: Any) -> Any:
        if isinstance(value, dt.datetime):
            return f"{_local(value):%Y-%m-%d %H:%M}"
        if isinstance(value, str) and value.startswith(FORMULA_STARTS):
            return "'" + value  # a citizen's "=…" stays text in Excel, never a formula (OWASP's advice)
        return "" if value is None else value

    return _atomically(path, lambda temporary: _csv(temporary, table, cell))


def _csv(path: Path, table: ExportTable, cell: Callable[[Any], Any]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(table.headers)
        writer.writerows([cell(value) for value in row] for row in table.rows)


def write_xlsx(table: ExportTable, path: Path) -> Path:
    """XLSX: a bold, frozen header row, real dates (local time) and numbers (atomically)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    def save(temporary: Path) -> None:
        book = Workbook(write_only=False)
        sheet = book.active
        assert sheet is not None
        sheet.title = {"idea": "Idéer", "signup": "Tilmeldinger", "offer": "Byttebørs"}[table.kind]
        sheet.append(table.headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([_local(value) if isinstance(value, dt.datetime) else value for value in row])
            for cell in sheet[sheet.max_row]:
                if cell.data_type == "f":  # openpyxl takes text starting with "=" for a formula: a citizen's text is text
                    cell.data_type = "s"
        for column, header in enumerate(table.headers, start=1):
            letter = get_column_letter(column)
            widest = max([len(header)] + [len(_shown(row[column - 1])) for row in table.rows[:200]])
            sheet.column_dimensions[letter].width = min(widest + 2, TEXT_WIDTH)  # wide enough to read, long texts wrap at 60
            for cell in sheet[letter][1:]:
                if isinstance(cell.value, dt.datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm"
        sheet.freeze_panes = "A2"
        sheet.print_title_rows = "1:1"  # printed: landscape, as wide as the page, the header on every page
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        if sheet.sheet_properties.pageSetUpPr is not None:
            sheet.sheet_properties.pageSetUpPr.fitToPage = True
        book.save(temporary)

    return _atomically(path, save)


def _shown(value: Any) -> str:
    """Roughly what a spreadsheet shows of a cell (for its column's width)."""
    if isinstance(value, dt.datetime):
        return "2026-12-31 23:59"
    return "" if value is None else str(value)


def _atomically(path: Path, write: Callable[[Path], None]) -> Path:
    temporary = path.with_name(path.name + ".part")
    try:
        write(temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return path


def write_table(table: ExportTable, path: Path, file_format: str) -> Path:
    if file_format not in FORMATS:
        raise ValueError(f"There is no export format {file_format!r}; there is {', '.join(FORMATS)}.")
    return write_csv(table, path) if file_format == "csv" else write_xlsx(table, path)
