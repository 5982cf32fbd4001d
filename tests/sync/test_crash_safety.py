"""A sync killed with SIGKILL at many random moments: afterwards every idea whose receipt code
was shown is in the central database exactly once."""

from __future__ import annotations

from pathlib import Path

from mokoko_desktop.kiosk import Kiosk
from sync.engine import sync_once, sync_status
from tests.sigkill import codes_shown_before_sigkill
from tests.sync.conftest import central_rows

CHILD = r"""
import sys
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.bootstrap import open_kiosk
from sync.engine import sync_once
kiosk = open_kiosk(sys.argv[1], demo=True)
stop = kiosk.today_stop().id
print("ready", flush=True)
number = 0
while True:
    for _ in range(3):
        number += 1
        idea = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text=f"Idé {number}"), stop)
        print(idea.receipt_code, flush=True)  # shown: only after submit() returned
    sync_once(kiosk, sys.argv[2])
"""


def test_every_shown_code_arrives_exactly_once_despite_sigkill(tmp_path: Path, owner_url, kiosk_url) -> None:
    data_dir = tmp_path / "kiosk"
    shown = codes_shown_before_sigkill(CHILD, [str(data_dir), kiosk_url], rounds=15, seed=20261122, max_delay=0.5)
    kiosk = Kiosk.open(data_dir)
    try:
        sync_once(kiosk, kiosk_url)  # the connection is back: whatever was left goes now
        status = sync_status(kiosk)
    finally:
        kiosk.close()
    assert len(shown) > 40
    assert status.waiting == 0 and status.conflicts == 0
    counts = dict(central_rows(owner_url, "SELECT receipt_code, count(*) FROM mokoko.idea GROUP BY receipt_code"))
    assert [code for code in shown if counts.get(code) != 1] == []
