"""The kiosk's own files, as someone who carries the kiosk away would read them (issue 13): no
name, phone number or e-mail in any file of the data folder (-wal and freed pages included, the
log, the receipts), before sync or after; every file is its user's alone; receipts kept from
earlier days are gone."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

from pypdf import PdfReader

from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.offers import OfferDraft
from mokoko_desktop.paths import DATABASE_FILE, LOG_FILE, forget_old_receipts
from mokoko_desktop.signups import SignupDraft
from mokoko_desktop.store import Store
from shared_kernel import logs
from shared_kernel.command_line import main
from sync.engine import sync_once

NAME, EMAIL, PHONE = "Åse Unikanavn", "unikanavn@example.dk", "20304099"
GUARDIAN, GUARDIAN_PHONE = "Mette Særnavn", "20304098"
TRACES = [
    trace.encode(encoding) for trace in (NAME, "Unikanavn", EMAIL, PHONE, "Særnavn", GUARDIAN_PHONE) for encoding in ("utf-8", "utf-16-le")
]


def _files_holding(folder: Path, traces: list[bytes]) -> dict[str, list[bytes]]:
    """Which files hold which traces: their raw bytes (-wal, -shm and freed pages included), and
    the text of every PDF receipt (whose page streams may be compressed)."""
    found = {}
    for path in folder.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            if path.suffix == ".pdf":
                content += " ".join(page.extract_text() for page in PdfReader(str(path)).pages).encode()
            hits = [trace for trace in traces if trace in content]
            if hits:
                found[path.name] = hits
    return found


def test_a_stolen_kiosk_holds_no_contact_details_before_or_after_sync(data_dir, clock, kiosk_url, request) -> None:
    """Someone who carries the kiosk away after a day of submits (before any sync, the kiosk
    killed: the -wal not checkpointed) finds no name, phone or e-mail in any of its files."""
    logs.configure(data_dir / LOG_FILE, verbose=True)
    request.addfinalizer(logs.stop)
    kiosk = open_kiosk(data_dir, demo=True, clock=clock)
    kiosk.settings.set("contact_retention_days", 0)  # purged at the first sync
    idea = kiosk.submit(IdeaDraft(theme_code="aeldre", text="Bænke ved åen", name=NAME, email=EMAIL, phone=PHONE, consent=True))
    child = SignupDraft(
        opportunity_id="ryd-op",
        name=NAME,
        phone=PHONE,
        email=EMAIL,
        age_group="under-15",
        availability=["weekdays"],
        message=f"Ring til min mor {GUARDIAN} på {GUARDIAN_PHONE}",
        guardian_name=GUARDIAN,
        guardian_phone=GUARDIAN_PHONE,
        guardian_consent=True,
        consent=True,
    )
    signup = kiosk.submit(child)
    post = kiosk.submit(OfferDraft(kind="offer", text="Trailer til udlån", tags=["praktisk"], name=NAME, phone=PHONE, consent=True))
    for record in (idea, signup, post):
        kiosk.write_receipt(record)
    assert {path.name for path in (data_dir / "receipts").iterdir()} == {f"{r.receipt_code}.pdf" for r in (idea, signup, post)}
    seen = _files_holding(data_dir, [b"Trailer til udl", idea.id.encode()])  # the search sees what is there
    assert seen["mokoko.sqlite3-wal"] and seen["mokoko.log"] == [idea.id.encode()]
    assert _files_holding(data_dir, TRACES) == {}  # before sync, the kiosk still running
    report = sync_once(kiosk, kiosk_url)
    assert report.push.pushed == 3 and report.purged == 3
    assert _files_holding(data_dir, TRACES) == {}
    kiosk.close()
    assert _files_holding(data_dir, TRACES) == {}


def test_every_file_the_kiosk_writes_is_its_users_alone(tmp_path) -> None:
    folder = tmp_path / "kiosk"
    previous = os.umask(0o022)  # a usual desktop default: files readable by everyone
    try:
        assert (
            main(
                [
                    "idea",
                    "add",
                    "--demo",
                    "--data-dir",
                    str(folder),
                    "--theme",
                    "andet",
                    "--text",
                    "Hej",
                    "--receipt",
                    str(folder / "receipts" / "r.pdf"),
                ]
            )
            == 0
        )
    finally:
        os.umask(previous)
    modes = {path.name: stat.S_IMODE(path.stat().st_mode) for path in folder.rglob("*")}
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert {name: mode for name, mode in modes.items() if mode & 0o077} == {}
    assert {"mokoko.sqlite3", "mokoko.log", "r.pdf"} <= modes.keys()


def test_the_store_closes_an_older_database_file_and_zeroes_what_it_deletes(data_dir) -> None:
    Store(data_dir).close()
    path = data_dir / DATABASE_FILE
    path.chmod(0o644)  # as an older version left it
    store = Store(data_dir)
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    store.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_receipts_kept_from_earlier_days_are_deleted(data_dir) -> None:
    folder = data_dir / "receipts"
    folder.mkdir()
    old, today = folder / "OLD.pdf", folder / "NEW.pdf"
    for path in (old, today):
        path.write_bytes(b"%PDF-1.4")
    yesterday = (dt.datetime.now() - dt.timedelta(days=1)).timestamp()
    os.utime(old, (yesterday, yesterday))
    assert forget_old_receipts(data_dir, dt.date.today()) == 1
    assert not old.exists() and today.exists()
