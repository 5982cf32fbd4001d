"""Issue 30: copies of the kiosk's own store, before each migration and at each day's close,
kept for 7 days, holding no contact details that city hall already has."""

from __future__ import annotations

import datetime as dt
import sqlite3
import stat

from sqlalchemy import text

from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.store import Store
from mokoko_desktop.store_backup import KEEP_DAYS, backups


def _rows(copy, query: str) -> list[tuple]:
    connection = sqlite3.connect(copy)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def test_closing_the_day_copies_the_store_without_what_city_hall_has(kiosk, data_dir, clock) -> None:
    sent = kiosk.submit(IdeaDraft(theme_code="aeldre", text="Bænke ved åen", name="Åse", phone="20304050", consent=True))
    waiting = kiosk.submit(IdeaDraft(theme_code="aeldre", text="Lys på stien", name="Bo", phone="20304051", consent=True))
    with kiosk.store.writing() as connection:  # as a sync marks what reached the central database
        connection.execute(text("UPDATE idea SET synced_at = :at WHERE id = :id"), {"at": clock().isoformat(), "id": sent.id})
    with kiosk.store.reading() as connection:
        (sealed,) = connection.execute("SELECT sealed_contact FROM idea WHERE id = ?", (sent.id,)).fetchone()
    kiosk.close_day()
    (copy,) = backups(data_dir)
    assert copy.name.startswith("mokoko-") and copy.name.endswith("-day-closed.sqlite3")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600 and stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    rows = dict(_rows(copy, "SELECT receipt_code, sealed_contact IS NOT NULL FROM idea"))
    assert rows == {sent.receipt_code: 0, waiting.receipt_code: 1}  # the unsent one keeps its sealed details
    assert sealed and sealed.encode()[:40] not in copy.read_bytes()  # nor is anything of it left in the file's free pages
    with kiosk.store.reading() as connection:  # the store itself is as it was
        assert connection.execute("SELECT count(*) FROM idea WHERE sealed_contact IS NOT NULL").fetchone() == (2,)


def test_copies_are_kept_for_seven_days(kiosk, data_dir, clock) -> None:
    kiosk.close_day()
    first = backups(data_dir)[0]
    clock.advance(days=KEEP_DAYS - 1)
    kiosk.close_day()
    assert len(backups(data_dir)) == 2
    clock.advance(days=2)
    kiosk.close_day()
    assert first not in backups(data_dir) and len(backups(data_dir)) == 2


def test_a_migration_is_preceded_by_a_copy_of_the_store_as_it_was(tmp_path) -> None:
    folder = tmp_path / "old-kiosk"
    folder.mkdir()
    Store(folder, migrate_to="0019").close()  # a kiosk of an earlier version
    assert backups(folder) == []  # a new store is not copied
    Store(folder).close()  # the new version opens it and migrates
    (copy,) = backups(folder)
    assert copy.name.endswith("-before-migration.sqlite3")
    assert _rows(copy, "SELECT version_num FROM alembic_version") == [("0019",)]
    made = dt.datetime.strptime(copy.name.split("-")[1] + copy.name.split("-")[2], "%Y%m%d%H%M%S").replace(tzinfo=dt.UTC)
    assert abs((dt.datetime.now(dt.UTC) - made).total_seconds()) < 120


def test_a_copy_that_cannot_be_made_does_not_keep_the_day_open(kiosk, data_dir, caplog) -> None:
    (data_dir / "backups").write_text("not a folder")  # as good as a full disk
    kiosk.close_day()
    assert kiosk.day_plan().closed_by_staff
    assert "could not be copied at the day's close" in caplog.text
