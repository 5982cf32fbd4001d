"""An idea from a paper form reaches city hall with both times (issue 28, point 10): when it was
given (the form's date) and when it was typed in; the office's idea and the export say so."""

from __future__ import annotations

import csv
import datetime as dt

from mokoko_desktop.ideas import IdeaDraft
from shared_kernel.command_line import main
from shared_kernel.receipt_codes import format_code
from sync.engine import sync_once
from tests.conftest import central_rows, office_of

PAPER_DAY = dt.date(2026, 11, 17)


def test_both_times_reach_city_hall(kiosk, owner_url, kiosk_url, clock, tmp_path, capsys) -> None:
    paper = kiosk.submit(IdeaDraft(theme_code="aeldre", text="En bænk ved stationen", written_on=PAPER_DAY), "langaa")
    here = kiosk.submit(IdeaDraft(theme_code="aeldre", text="Lys på stien"))
    sync_once(kiosk, kiosk_url)
    [(given, typed, assisted)] = central_rows(
        owner_url, "SELECT created_at, typed_at, assisted FROM mokoko.idea WHERE receipt_code = %s", (paper.receipt_code,)
    )
    assert given.astimezone().date() == PAPER_DAY and typed == clock() and assisted
    assert central_rows(owner_url, "SELECT typed_at FROM mokoko.idea WHERE receipt_code = %s", (here.receipt_code,)) == [(None,)]
    detail = office_of(owner_url).show(paper.receipt_code)
    assert detail.idea.typed_at == clock() and detail.idea.as_json()["typed_at"]
    out = tmp_path / "idéer.csv"
    assert main(["office", "export", "ideas", "--format", "csv", "--out", str(out), "--url", owner_url]) == 0
    capsys.readouterr()
    with out.open(encoding="utf-8-sig", newline="") as file:
        rows = {row[0]: row for row in csv.reader(file, delimiter=";")}
    column = rows["Kode"].index("Skrevet ind fra papirblanket")
    assert rows[format_code(paper.receipt_code)][column].startswith("2026-11-20 ")  # the fixed clock's day, Danish time
    assert rows[format_code(here.receipt_code)][column] == ""


def test_the_central_database_never_takes_a_typing_time_before_the_idea_was_given(kiosk, owner_url, kiosk_url) -> None:
    """The central CHECK: typed_at is never before created_at."""
    import psycopg
    import pytest

    paper = kiosk.submit(IdeaDraft(theme_code="aeldre", text="En bænk", written_on=PAPER_DAY), "langaa")
    sync_once(kiosk, kiosk_url)
    with psycopg.connect(owner_url, autocommit=True) as central, pytest.raises(psycopg.errors.CheckViolation):
        central.execute("UPDATE mokoko.idea SET typed_at = created_at - interval '1 day' WHERE receipt_code = %s", (paper.receipt_code,))
