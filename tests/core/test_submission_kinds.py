"""The kinds of submission are declared once (``shared_kernel/submission_kinds.py``): every list
of kinds in the programs is derived from it, so a fourth kind shows up in each of them."""

from __future__ import annotations

import subprocess
import sys

from mokoko_desktop import dashboard
from mokoko_desktop.models import SUBMISSION_MODELS
from shared_kernel.submission_kinds import SUBMISSION_KINDS, plurals
from sync import push


def test_every_list_of_kinds_is_the_declared_one() -> None:
    assert tuple(model.submission_kind for model in SUBMISSION_MODELS) == SUBMISSION_KINDS
    assert tuple(model.__tablename__ for model in SUBMISSION_MODELS) == SUBMISSION_KINDS
    assert tuple(kind.table for kind in push.KINDS) == SUBMISSION_KINDS
    assert dashboard.KINDS == SUBMISSION_KINDS
    assert plurals() == ("ideas", "signups", "offers")  # what 'office export' takes


# Run in a process of its own: the kinds are read when the modules are imported.
FOURTH_KIND = r"""
import datetime as dt, sys, tempfile
from pathlib import Path
import shared_kernel.submission_kinds as kinds
kinds.SUBMISSION_KINDS = (*kinds.SUBMISSION_KINDS, "petition")

from mokoko_desktop import dashboard
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.clock import stored_time
from mokoko_desktop.followup import made_here
from shared_kernel.command_line import build_parser

assert "petition" in dashboard.KINDS
parser = build_parser()
parser.parse_args(["office", "export", "petitions", "--format", "csv", "--out", "p.csv"])  # exits 2 if not a choice
parser.parse_args(["office", "contact", "CODE", "--why", "test", "--key", "k", "--kind", "petition"])

kiosk = open_kiosk(Path(tempfile.mkdtemp()), demo=True)
with kiosk.store.reading() as connection:
    connection.execute("CREATE TEMP TABLE petition (receipt_code TEXT, created_at TEXT)")
    now = dt.datetime.now().astimezone()
    connection.execute("INSERT INTO petition VALUES ('ZQZQ0000000', ?)", (stored_time(now),))
    assert made_here(connection, "ZQZQ0000001"), "follow-up looks in every kind's table"
    figures = dashboard.day_figures(connection, now.date())
    assert figures.totals["petition"] == 1, figures.totals
kiosk.close()
print("fourth kind seen everywhere")
"""


def test_a_throw_away_fourth_kind_shows_up_in_every_derived_list() -> None:
    result = subprocess.run([sys.executable, "-c", FOURTH_KIND], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "fourth kind seen everywhere" in result.stdout
