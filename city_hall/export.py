"""City hall's exports: ideas, sign-ups or Byttebørs posts as a table for their own
tools. One row per record, Danish column headers, names instead of codes. CSV that Danish Excel
opens as it is (UTF-8 with a byte-order mark, ``;`` between fields, times as "2026-11-20 12:30"),
or XLSX (XlsxWriter) with real dates and numbers. Ideas are read a page at a time and written as
they come, so an export of every idea holds a page in memory, not the whole inbox.

Contact details are added only when asked for, with the municipality's key and a reason: each
record's details are revealed through ``mokoko.reveal_contact``, so every one of them is in the
access log, with the reason, before it is opened (``city_hall.contact_details``).
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from central_database.connection import CentralError
from city_hall.inbox import InboxFilter, InboxIdea, inbox
from city_hall.office_catalogue import office_catalogue
from city_hall.refusals import SEALED_EXPORT
from city_hall.signup_desk import SIGNUP_STATUS_NAMES, posts, signups
from shared_kernel.demographics import age_group_name
from shared_kernel.i18n import language_name_in, pick, translate
from shared_kernel.opportunity_data import AVAILABILITY_NAMES
from shared_kernel.receipt_codes import format_code
from shared_kernel.time_zone import municipality_time_zone

if TYPE_CHECKING:
    from city_hall.office import Office
    from shared_kernel.sealing import KeyPair

FORMATS = ("csv", "xlsx")
PAGE = 5000  # ideas are read a page at a time
EVERYTHING = 1_000_000  # the sign-up and post listings' limit for an export
CONTACT_COLUMNS = {"name": "Navn", "phone": "Telefon", "email": "E-mail", "guardian_name": "Værge", "guardian_phone": "Værges telefon"}
YES, NO = "Ja", "Nej"
UNANSWERED = "Ubesvaret"  # an idea city hall has not answered yet
TEXT_WIDTH = 60  # the widest column (an idea's text), in characters
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheets may take for a formula
PROGRESS_EVERY = 1000  # records between two progress reports
XLSX_MAX_RECORDS = 1_048_575  # a spreadsheet's rows, the header's apart

Progress = Callable[[int], None]  # told how many records are written so far (from the thread that writes)


Record = tuple[str, list[Any]]  # a record's receipt code (for its contact details) and its row


@dataclass(frozen=True)
class ExportTable:
    """Headers and records; a cell is text, a whole number, an aware datetime or None. The
    records may be read once only (the ideas are read from the database as they are written)."""

    kind: str
    headers: list[str]
    records: Iterable[Record]


class ExportTooLarge(ValueError):
    """More records than a spreadsheet holds: nothing was written."""


@dataclass(frozen=True)
class Exported:
    """A written export: where, and how many records."""

    path: Path
    count: int


def idea_table(office: Office, chosen: InboxFilter | None = None) -> ExportTable:
    """Every idea the inbox filter finds (default: all), newest first."""
    chosen = chosen or InboxFilter()
    names = office_catalogue(office)
    themes, areas, stops = dict(names.themes), dict(names.areas), dict(names.stops)
    statuses, homes = {code: label for code, label, _ in names.statuses}, dict(names.home_areas)
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
        "Skrevet ind fra papirblanket",
        "Status",
        "Status sat",
        "Besvaret af",
        "Idé",
    ]

    def row(idea: InboxIdea) -> list[Any]:
        return [
            format_code(idea.receipt_code),
            idea.created_at,
            stops.get(idea.stop_id, idea.stop_id),
            pick(themes.get(idea.theme_code, {}), "da") or idea.theme_code,
            pick(areas.get(idea.area or "", {}), "da") or idea.area,
            age_group_name(idea.age_group, "da") if idea.age_group else None,
            homes.get(idea.home_area_code or "", idea.home_area_code),
            language_name_in(idea.language, "da"),
            YES if idea.assisted else NO,
            idea.typed_at,
            pick(statuses.get(idea.status or "", {}), "da") or idea.status or UNANSWERED,
            idea.status_at,
            idea.answered_by,
            idea.text,
        ]

    return ExportTable("idea", headers, ((idea.receipt_code, row(idea)) for idea in _every_idea(office, chosen)))


def _every_idea(office: Office, chosen: InboxFilter) -> Iterator[InboxIdea]:
    """The ideas ``chosen`` finds, newest first, a page at a time, each page found by the index
    from where the last ended."""
    last: InboxIdea | None = None
    while True:
        page = inbox(office, chosen, limit=PAGE, after=last)
        yield from page
        if len(page) < PAGE:
            return
        last = page[-1]


def signup_table(office: Office, *, opportunity: str | None = None, status: str | None = None, mine: bool = False) -> ExportTable:
    stops = dict(office_catalogue(office).stops)
    found = signups(office, opportunity=opportunity, status=status, mine=mine, limit=EVERYTHING)
    headers = ["Kode", "Modtaget", "Stop", "Opgave", "Kontaktperson", "Noget andet", "Alder", "Hvornår", "Status", "Status sat", "Sat af"]
    records = [
        (
            line.receipt_code,
            [
                format_code(line.receipt_code),
                line.created_at,
                stops.get(line.stop_id, line.stop_id),
                pick(line.opportunity_title, "da") or line.opportunity_id,
                line.contact_person,
                line.general_text,
                age_group_name(line.age_group, "da") if line.age_group else None,
                ", ".join(translate("da", "volunteering", AVAILABILITY_NAMES.get(day, day)) for day in line.availability),
                translate("da", "signup_status", SIGNUP_STATUS_NAMES.get(line.status, line.status)),
                line.status_at,
                line.status_by,
            ],
        )
        for line in found
    ]
    return ExportTable("signup", headers, records)


def offer_table(office: Office) -> ExportTable:
    stops = dict(office_catalogue(office).stops)
    found = [post for post in posts(office, limit=EVERYTHING) if post.receipt_code]
    headers = ["Kode", "Modtaget", "Stop", "Slags", "Tekst", "Emner", "Sted"]
    kinds = {"offer": "Tilbyder", "need": "Søger"}
    records = [
        (
            post.receipt_code or "",
            [
                format_code(post.receipt_code or ""),
                post.created_at,
                stops.get(post.stop_id, post.stop_id),
                kinds.get(post.kind, post.kind),
                post.text,
                ", ".join(post.tags),
                post.place,
            ],
        )
        for post in found
    ]
    return ExportTable("offer", headers, records)


def with_contact(office: Office, table: ExportTable, keys: list[KeyPair], why: str) -> ExportTable:
    """``table`` with the contact details of every record, each revealed (so logged, with
    ``why``) and opened with ``keys``; only the columns some record has. Raises
    :class:`CentralError` without a key. (Held in memory: an export with contact details is for
    the few records a case needs, each look in the access log.)"""
    from city_hall.contact_details import open_contact

    if not keys:
        raise CentralError(SEALED_EXPORT)
    records = list(table.records)
    opened = [open_contact(office, code, why, keys, kind=table.kind).fields for code, _row in records]
    columns = [name for name in CONTACT_COLUMNS if any(fields.get(name) for fields in opened)] or ["name", "phone", "email"]
    with_details = [(code, [*row, *(fields.get(name) for name in columns)]) for (code, row), fields in zip(records, opened, strict=True)]
    return replace(table, headers=[*table.headers, *(CONTACT_COLUMNS[name] for name in columns)], records=with_details)


def _local(value: dt.datetime) -> dt.datetime:
    return value.astimezone(municipality_time_zone()).replace(tzinfo=None)


def _counted(records: Iterable[Record], progress: Progress | None) -> Iterator[Record]:
    for count, record in enumerate(records, start=1):
        yield record
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(count)


def write_csv(table: ExportTable, path: Path, progress: Progress | None = None) -> Exported:
    """CSV for Danish Excel: UTF-8 with BOM, ``;``, local times as text (atomically)."""

    def cell(value: Any) -> Any:
        if isinstance(value, dt.datetime):
            return f"{_local(value):%Y-%m-%d %H:%M}"
        if isinstance(value, str) and value.startswith(FORMULA_STARTS):
            return "'" + value  # a citizen's "=…" stays text in Excel, never a formula (OWASP's advice)
        return "" if value is None else value

    def write(temporary: Path) -> int:
        count = 0
        with temporary.open("w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file, delimiter=";", quoting=csv.QUOTE_MINIMAL)
            writer.writerow(table.headers)
            for _code, row in _counted(table.records, progress):
                writer.writerow([cell(value) for value in row])
                count += 1
        return count

    return _atomically(path, write)


def write_xlsx(table: ExportTable, path: Path, progress: Progress | None = None) -> Exported:
    """XLSX: a bold, frozen header row, real dates (local time) and numbers (atomically). Written
    row by row with a constant amount of memory (XlsxWriter's constant_memory mode); a citizen's
    text is always text, never a formula."""
    import xlsxwriter

    def write(temporary: Path) -> int:
        with temporary.open("wb"):  # a place that cannot be written is known before any row is
            pass
        records = _counted(table.records, progress)
        first = list(itertools.islice(records, 200))  # the columns' widths, from the first rows
        book = xlsxwriter.Workbook(str(temporary), {"constant_memory": True})
        try:
            sheet = book.add_worksheet({"idea": "Idéer", "signup": "Tilmeldinger", "offer": "Byttebørs"}[table.kind])
            for column, title in enumerate(table.headers):
                widest = max([len(title)] + [len(_shown(row[column])) for _code, row in first])
                sheet.set_column(column, column, min(widest + 2, TEXT_WIDTH))  # wide enough to read, long texts wrap at 60
            sheet.freeze_panes(1, 0)
            sheet.repeat_rows(0)  # printed: landscape, as wide as the page, the header on every page
            sheet.set_landscape()
            sheet.fit_to_pages(1, 0)
            bold, moment = book.add_format({"bold": True}), book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
            sheet.write_row(0, 0, table.headers, bold)
            count = 0
            for count, (_code, row) in enumerate(itertools.chain(first, records), start=1):
                if count > XLSX_MAX_RECORDS:  # the spreadsheet would silently lose the rest
                    raise ExportTooLarge(
                        f"More than {XLSX_MAX_RECORDS:,} records: more than a spreadsheet holds. Export them as CSV, or choose "
                        "fewer with the filters. Nothing was written."
                    )
                for column, value in enumerate(row):
                    if isinstance(value, dt.datetime):
                        sheet.write_datetime(count, column, _local(value), moment)
                    elif isinstance(value, str):
                        sheet.write_string(count, column, value)
                    elif value is not None:
                        sheet.write_number(count, column, value)
        finally:
            book.close()
        return count

    return _atomically(path, write)


def _shown(value: Any) -> str:
    """Roughly what a spreadsheet shows of a cell (for its column's width)."""
    if isinstance(value, dt.datetime):
        return "2026-12-31 23:59"
    return "" if value is None else str(value)


def _atomically(path: Path, write: Callable[[Path], int]) -> Exported:
    temporary = path.with_name(path.name + ".part")
    try:
        count = write(temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return Exported(path, count)


def write_table(table: ExportTable, path: Path, file_format: str, progress: Progress | None = None) -> Exported:
    """Write ``table`` to ``path`` as CSV or XLSX, whole or not at all; ``progress`` is told the
    count every :data:`PROGRESS_EVERY` records."""
    if file_format not in FORMATS:
        raise ValueError(f"There is no export format {file_format!r}; there is {', '.join(FORMATS)}.")
    return write_csv(table, path, progress) if file_format == "csv" else write_xlsx(table, path, progress)
