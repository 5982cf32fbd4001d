"""A kiosk killed at random moments keeps every idea whose receipt code was shown."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from mokoko_desktop.kiosk import Kiosk
from mokoko_desktop.models import Idea
from mokoko_desktop.store import check_integrity
from tests.sigkill import codes_shown_before_sigkill

CHILD = r"""
import sys
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.bootstrap import open_kiosk
kiosk = open_kiosk(sys.argv[1], demo=True)
stop = kiosk.today_stop().id
print("ready", flush=True)
number = 0
while True:
    number += 1
    idea = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text=f"Idé nummer {number} – æøå"), stop)
    print(idea.receipt_code, flush=True)  # "shown": only after submit() returned
"""


def test_every_shown_code_survives_sigkill(data_dir: Path) -> None:
    shown = codes_shown_before_sigkill(CHILD, [str(data_dir)], rounds=6, seed=2026, max_delay=0.6)
    assert len(shown) > 20
    check_integrity(data_dir / "mokoko.sqlite3")
    kiosk = Kiosk.open(data_dir)
    with kiosk.store.session() as session:
        stored = {idea.receipt_code for idea in session.exec(select(Idea))}
    kiosk.close()
    missing = [code for code in shown if code not in stored]
    assert missing == []
