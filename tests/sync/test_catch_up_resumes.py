"""Issue 32: a kiosk long offline catches up in committed batches, so a sync killed with SIGKILL
halfway keeps what it sent and the next one goes on from there; in the end every idea and every
voucher is in the central database exactly once and nothing waits."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.demo_data import synthetic_drafts
from mokoko_desktop.kiosk import Kiosk
from sync.engine import sync_once, sync_status
from tests.sync.conftest import central_rows

IDEAS = 6000
CHILD = r"""
import sys
import sync.actions, sync.push
from mokoko_desktop.bootstrap import open_kiosk
from sync.engine import sync_once
sync.push.BATCH_SIZE = 500  # small batches: many commits to be killed between
sync.actions.BATCH = 500
kiosk = open_kiosk(sys.argv[1])
print("ready", flush=True)
sync_once(kiosk, sys.argv[2])
print("done", flush=True)
"""


def _counts(owner_url: str) -> tuple[int, int]:
    [(ideas, vouchers)] = central_rows(owner_url, "SELECT (SELECT count(*) FROM mokoko.idea), (SELECT count(*) FROM mokoko.voucher)")
    return int(ideas), int(vouchers)


def test_a_catch_up_killed_halfway_keeps_what_went_and_resumes(tmp_path, owner_url, kiosk_url, clock) -> None:
    data_dir = tmp_path / "kiosk"
    kiosk = open_kiosk(data_dir, demo=True, clock=clock)
    kiosk.settings.set("reward_voucher", True)
    stop = kiosk.today_stop()
    assert stop is not None
    drafts = synthetic_drafts(IDEAS, seed=32)
    for start in range(0, IDEAS, 1000):
        kiosk.ideas.submit_many(drafts[start : start + 1000], stop.id)
    kiosk.close()
    seen = [(0, 0)]
    delay = 0.3
    for _round in range(25):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir), kiosk_url], stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        try:
            child.wait(timeout=delay)  # the kill comes a while into the sync (longer each round)
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
        output, _ = child.communicate()
        seen.append(_counts(owner_url))
        if "done" in output:
            break
        delay += 0.15
    assert all(later >= earlier for earlier, later in zip(seen, seen[1:], strict=False)), seen  # nothing sent was lost
    halfway = [count for count in seen if 0 < count[0] < IDEAS or 0 < count[1] < IDEAS]
    if not halfway:
        pytest.fail(f"no kill landed between two batches (counts after each round: {seen})")
    resumed = Kiosk.open(data_dir)
    try:
        sync_once(resumed, kiosk_url)  # whatever is left goes now
        status = sync_status(resumed)
    finally:
        resumed.close()
    assert status.waiting == 0 and status.conflicts == 0
    assert _counts(owner_url) == (IDEAS, IDEAS)
    assert central_rows(owner_url, "SELECT count(DISTINCT receipt_code) FROM mokoko.idea") == [(IDEAS,)]
