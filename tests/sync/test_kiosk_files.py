"""The kiosk's own files, as someone who carries the kiosk away would read them (issue 13): after
the purge no name, phone number or e-mail is left in any file of the data folder, -wal and freed
pages included; every file is its user's alone; receipts kept from earlier days are gone."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.cli import main
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.kiosk import forget_old_receipts
from mokoko_desktop.paths import DATABASE_FILE
from mokoko_desktop.signups import SignupDraft
from mokoko_desktop.store import Store
from sync.engine import sync_once

NAME, EMAIL, PHONE = "Åse Unikanavn", "unikanavn@example.dk", "20304099"
TRACES = [NAME.encode(), b"Unikanavn", EMAIL.encode(), PHONE.encode(), NAME.encode("utf-16-le")]


def _files_holding_traces(folder: Path) -> dict[str, list[bytes]]:
    found = {}
    for path in folder.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            hits = [trace for trace in TRACES if trace in content]
            if hits:
                found[path.name] = hits
    return found


def test_after_the_purge_no_file_in_the_data_folder_holds_the_contact_details(data_dir, clock, kiosk_url) -> None:
    kiosk = open_kiosk(data_dir, demo=True, clock=clock)
    kiosk.settings.set("contact_retention_days", 0)  # purged at the first sync
    kiosk.ideas.submit(IdeaDraft(theme_code="aeldre", text="Bænke ved åen", name=NAME, email=EMAIL, phone=PHONE, consent=True),
                       "assentoft")  # fmt: skip
    kiosk.signups.submit(SignupDraft(opportunity_id="bogvenner", name=NAME, phone=PHONE, age_group="65-79",
                                     availability=["weekdays"], consent=True), "assentoft")  # fmt: skip
    assert _files_holding_traces(data_dir)  # the check can see them while they are there
    report = sync_once(kiosk, kiosk_url)
    assert report.purged == 2
    assert _files_holding_traces(data_dir) == {}  # while the kiosk still runs: as after kill -9
    kiosk.close()
    assert _files_holding_traces(data_dir) == {}


def test_every_file_the_kiosk_writes_is_its_users_alone(tmp_path) -> None:
    folder = tmp_path / "kiosk"
    previous = os.umask(0o022)  # a usual desktop default: files readable by everyone
    try:
        assert main(["idea", "add", "--demo", "--data-dir", str(folder), "--theme", "andet", "--text", "Hej",
                     "--receipt", str(folder / "receipts" / "r.pdf")]) == 0  # fmt: skip
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
