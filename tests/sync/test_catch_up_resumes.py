"""Issue 32: a kiosk long offline catches up in committed batches, so a sync killed with SIGKILL
halfway keeps what it sent and the next one goes on from there; in the end every idea and every
voucher is in the central database exactly once and nothing waits. A new idea's voucher goes in the
idea's own transaction (central c0034), so the central database never has one without the other."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Callable

import psycopg
from sqlalchemy import text

import sync.actions
import sync.push
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.demo_data import synthetic_drafts
from mokoko_desktop.kiosk import Kiosk
from mokoko_desktop.store import Store
from shared_kernel.command_line import main
from sync.engine import SyncProgress, sync_once, sync_status
from tests.sync.conftest import central_rows

IDEAS = 6000
CHILD = r"""
import sys
import time
from collections.abc import Callable

import psycopg
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


def _kill_when(
    child: subprocess.Popen[str], owner_url: str, halfway: Callable[[int, int], bool], handed_out: list[str]
) -> tuple[int, int] | None:
    """SIGKILL the syncing child as soon as the central counts are ``halfway``; the counts then,
    or None if the child ended first. Each look also checks that no idea arrived without its
    voucher, but for those ``handed_out`` (redeemed: they go with the actions, after every idea)."""
    deadline = time.monotonic() + 120
    with psycopg.connect(owner_url, autocommit=True) as central:
        central.execute("CREATE TEMP TABLE handed_out (code text PRIMARY KEY)")
        central.execute("INSERT INTO handed_out SELECT unnest(%s::text[])", (handed_out,))
        while child.poll() is None and time.monotonic() < deadline:
            row = central.execute(
                "SELECT (SELECT count(*) FROM mokoko.idea), (SELECT count(*) FROM mokoko.voucher), "
                "(SELECT count(*) FROM mokoko.idea i "
                " WHERE NOT EXISTS (SELECT 1 FROM mokoko.voucher v WHERE v.receipt_code = i.receipt_code) "
                " AND NOT EXISTS (SELECT 1 FROM handed_out h WHERE h.code = i.receipt_code))"
            ).fetchone()
            assert row is not None
            assert row[2] == 0, f"{row[2]} ideas arrived without their vouchers"
            if halfway(int(row[0]), int(row[1])):
                child.send_signal(signal.SIGKILL)
                return int(row[0]), int(row[1])
            time.sleep(0.002)  # sleep-ok: polls another process's progress in the database; no signal crosses to here
    return None


def test_a_catch_up_killed_halfway_keeps_what_went_and_resumes(tmp_path, owner_url, kiosk_url, clock) -> None:
    data_dir = tmp_path / "kiosk"
    kiosk = open_kiosk(data_dir, demo=True, clock=clock)
    kiosk.settings.set("reward_voucher", True)
    stop = kiosk.today_stop()
    assert stop is not None
    drafts = synthetic_drafts(IDEAS, seed=32)
    for start in range(0, IDEAS, 1000):
        kiosk.ideas.submit_many(drafts[start : start + 1000], stop.id)
    handed_out = _hand_out_every_other_basket(kiosk.store)
    redeemed = len(handed_out)
    kiosk.close()
    # Killed once while the ideas go (with the vouchers not redeemed yet), once while the redeemed
    # vouchers go: each kill when the central database has part of them (watched, not timed: a
    # quick machine pushes all in a blink).
    seen = [(0, 0)]
    with_ideas = IDEAS - redeemed
    for halfway in (lambda ideas, _vouchers: 0 < ideas < IDEAS, lambda ideas, vouchers: ideas == IDEAS and with_ideas < vouchers < IDEAS):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir), kiosk_url], stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        killed_at = _kill_when(child, owner_url, halfway, handed_out)
        child.communicate()
        assert killed_at is not None, f"the sync ended before it could be killed halfway (counts so far: {seen})"
        seen.extend([killed_at, _counts(owner_url)])
    assert all(later >= earlier for earlier, later in zip(seen, seen[1:], strict=False)), seen  # nothing sent was lost
    assert seen[-1][1] < IDEAS, seen  # the second kill left vouchers to send
    resumed = Kiosk.open(data_dir)
    try:
        sync_once(resumed, kiosk_url)  # whatever is left goes now
        status = sync_status(resumed)
    finally:
        resumed.close()
    assert status.waiting == 0 and status.conflicts == 0
    assert _counts(owner_url) == (IDEAS, IDEAS)
    assert central_rows(owner_url, "SELECT count(DISTINCT receipt_code) FROM mokoko.idea") == [(IDEAS,)]
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.voucher WHERE redeemed_at IS NOT NULL") == [(redeemed,)]
    assert central_rows(
        owner_url, "SELECT count(*) FROM mokoko.voucher v JOIN mokoko.idea i USING (receipt_code) WHERE v.issued_at <> i.created_at"
    ) == [(0,)]


def _hand_out_every_other_basket(store: Store) -> list[str]:
    """Every other voucher redeemed before the kiosk is back online, as staff's scans leave it:
    those go with the actions, after the ideas. Returns their codes."""
    with store.writing() as local:
        local.execute(text("UPDATE voucher SET redeemed_at = issued_at, synced_at = NULL WHERE rowid % 2 = 0 AND redeemed_at IS NULL"))
        return list(local.execute(text("SELECT receipt_code FROM voucher WHERE redeemed_at IS NOT NULL")).scalars())


def test_a_catch_up_tells_how_far_it_has_come(tmp_path, kiosk_url, clock, monkeypatch, capsys) -> None:
    """Staff see a long catch-up's progress: after each batch, records sent of those that waited."""
    kiosk = open_kiosk(tmp_path / "kiosk", demo=True, clock=clock)
    kiosk.settings.set("reward_voucher", True)
    stop = kiosk.today_stop()
    assert stop is not None
    kiosk.ideas.submit_many(synthetic_drafts(1200, seed=7), stop.id)
    monkeypatch.setattr(sync.push, "BATCH_SIZE", 500)
    monkeypatch.setattr(sync.actions, "BATCH", 500)
    heard: list[SyncProgress] = []
    sync_once(kiosk, kiosk_url, progress=heard.append)
    assert [(p.done, p.total) for p in heard] == [(0, 2400), (1000, 2400), (2000, 2400), (2400, 2400)]  # each idea's voucher with it
    assert all(p.long for p in heard)
    heard.clear()
    kiosk.ideas.submit_many(synthetic_drafts(3, seed=8), stop.id)
    sync_once(kiosk, kiosk_url, progress=heard.append)
    assert [(p.done, p.total, p.long) for p in heard] == [(0, 6, False), (6, 6, False)]  # no catch-up
    kiosk.ideas.submit_many(synthetic_drafts(1000, seed=9), stop.id)
    kiosk.close()
    capsys.readouterr()
    assert main(["sync", "--central-url", kiosk_url, "--data-dir", str(tmp_path / "kiosk")]) == 0
    said = capsys.readouterr()
    assert said.err.splitlines() == [f"Sent {done} of 2000 waiting records" for done in (0, 1000, 2000)]
    assert "Sent" not in said.out and said.out.startswith("Sync done: pushed 1000 ideas")
