from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from mokoko_desktop import store_file
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.paths import DATABASE_FILE, resolve_data_dir
from mokoko_desktop.settings import Settings
from mokoko_desktop.store import Store, StoreDamaged, StoreError
from tests.conftest import damage_table_pages


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def present_integrity(store: Store) -> store_file.IntegrityCheck:
    assert store.integrity is not None
    return store.integrity


def test_connections_use_wal_full_sync_and_foreign_keys(data_dir: Path) -> None:
    store = Store(data_dir)
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.close()


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(data_dir: Path) -> None:
    path = data_dir / DATABASE_FILE
    path.write_bytes(b"this is not a database, it is a shopping list" * 200)
    before = _digest(path)
    with pytest.raises(StoreDamaged) as raised:
        Store(data_dir)
    assert "Nothing has been written" in str(raised.value)
    assert _digest(path) == before
    assert not (data_dir / (DATABASE_FILE + "-wal")).exists()


def test_a_damaged_database_fails_the_integrity_check_and_is_not_written(data_dir: Path) -> None:
    Store(data_dir).close()
    path = data_dir / DATABASE_FILE
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.executescript("CREATE TABLE filler(x); " + "INSERT INTO filler VALUES (randomblob(3000));" * 40)
    connection.close()
    raw = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(raw), page * 8), 7):  # scribble over interior pages
        raw[offset] = (raw[offset] + 101) % 256
    path.write_bytes(bytes(raw))
    before = _digest(path)
    with pytest.raises(StoreDamaged):
        Store(data_dir)
    assert _digest(path) == before


def test_the_background_check_finds_damage_and_nothing_is_written(data_dir: Path) -> None:
    Store(data_dir).close()
    path = data_dir / DATABASE_FILE
    damage_table_pages(path)
    before = _digest(path)
    store = Store(data_dir, check_in_background=True)  # opens at once: the check runs on its own thread
    assert store.integrity is not None
    with pytest.raises(StoreDamaged, match="Nothing has been written"):  # "failed its check" or "cannot be read": where the damage falls
        store.integrity.wait()
    with pytest.raises(StoreDamaged):
        Settings(store).set("idle_timeout_seconds", 75)  # a writer waits for the check, then gives up
    with pytest.raises(OperationalError, match="readonly"), store.engine.begin() as connection:
        connection.execute(text("INSERT INTO setting (key, value) VALUES ('x', '1')"))  # even without saying so
    store.close()
    assert _digest(path) == before


def test_writes_wait_for_the_background_check(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Store(data_dir).close()
    release, pragmas = threading.Event(), []
    real_check = store_file._run_check

    def held_check(connection: sqlite3.Connection, path: Path, pragma: str) -> None:
        release.wait()
        pragmas.append(pragma)
        real_check(connection, path, pragma)

    monkeypatch.setattr(store_file, "_run_check", held_check)
    store = Store(data_dir, check_in_background=True)
    settings = Settings(store)
    assert settings.get("idle_timeout_seconds") != 75  # reading does not wait
    with pytest.raises(OperationalError, match="readonly"), store.engine.begin() as connection:
        connection.execute(text("INSERT INTO setting (key, value) VALUES ('x', '1')"))  # read-only until checked
    writer = threading.Thread(target=settings.set, args=("idle_timeout_seconds", 75))
    writer.start()
    writer.join(0.3)
    assert writer.is_alive(), "the write went ahead before the check had passed"
    release.set()
    writer.join()
    assert present_integrity(store).writable and settings.get("idle_timeout_seconds") == 75
    with store.engine.begin() as connection:  # the connection that was read-only writes again
        connection.execute(text("INSERT INTO setting (key, value) VALUES ('x', '1')"))
    present_integrity(store).wait()
    store.close()
    assert pragmas == ["quick_check", "integrity_check"]  # the first start checks fully
    assert (data_dir / store_file.FULL_CHECK_STAMP).exists()


def test_the_full_check_runs_at_most_daily(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Store(data_dir).close()
    pragmas: list[str] = []
    real_check = store_file._run_check

    def counted_check(connection: sqlite3.Connection, path: Path, pragma: str) -> None:
        pragmas.append(pragma)
        real_check(connection, path, pragma)

    monkeypatch.setattr(store_file, "_run_check", counted_check)
    stamp = data_dir / store_file.FULL_CHECK_STAMP
    for hours_ago, expected in ((2, ["quick_check"]), (25, ["quick_check", "integrity_check"]), (0, ["quick_check"])):
        if hours_ago:
            stamp.write_text((dt.datetime.now(dt.UTC) - dt.timedelta(hours=hours_ago)).isoformat())
        pragmas.clear()
        store = Store(data_dir, check_in_background=True)
        present_integrity(store).wait()
        store.close()
        assert pragmas == expected, hours_ago


@pytest.mark.parametrize("stopped", ["quick_check", "integrity_check"])
def test_closing_stops_a_long_check(data_dir: Path, monkeypatch: pytest.MonkeyPatch, stopped: str) -> None:
    Store(data_dir).close()
    running = threading.Event()
    real_check = store_file._run_check

    def endless_check(connection: sqlite3.Connection, path: Path, pragma: str) -> None:
        if pragma != stopped:
            return real_check(connection, path, pragma)
        running.set()  # a check that would never end on its own: only closing stops it
        connection.execute("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n").fetchone()

    monkeypatch.setattr(store_file, "_run_check", endless_check)
    store = Store(data_dir, check_in_background=True)
    running.wait()
    store.close()
    check = present_integrity(store)
    if stopped == "quick_check":  # never checked: writes stay refused
        with pytest.raises(StoreError, match="closed before its check"):
            check.wait_writable()
    else:  # checked quickly; the full check runs again next time
        check.wait()
        assert not (data_dir / store_file.FULL_CHECK_STAMP).exists()


def test_a_store_to_migrate_is_checked_before_it_opens(data_dir: Path) -> None:
    Store(data_dir, migrate_to="0005").close()
    damage_table_pages(data_dir / DATABASE_FILE)
    with pytest.raises(StoreDamaged):  # migrating writes: the check cannot wait
        Store(data_dir, check_in_background=True)


def test_a_database_from_a_newer_version_is_refused(data_dir: Path) -> None:
    store = Store(data_dir)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.close()
    with pytest.raises(StoreError, match="newer version"):
        Store(data_dir)


def test_data_dir_comes_from_argument_then_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOKOKO_DATA_DIR", str(tmp_path / "from-env"))
    assert resolve_data_dir() == (tmp_path / "from-env").resolve()
    assert resolve_data_dir(tmp_path / "explicit") == (tmp_path / "explicit").resolve()
    assert (tmp_path / "from-env").is_dir()


def test_submissions_wait_for_a_busy_writer_instead_of_failing(kiosk) -> None:
    """Sync writes now and then while citizens submit: a submission waits its turn (the busy
    timeout) instead of failing with "database is locked"."""
    stop, writes, submitted = threading.Event(), [0], 0
    failures: list[str] = []

    def busy_writer() -> None:  # commits every 5 ms, as a sync marking batches would
        while not stop.is_set():
            with kiosk.store.engine.begin() as connection:
                connection.execute(text("INSERT OR REPLACE INTO sync_state (key, value) VALUES ('busy', :n)"), {"n": str(writes[0])})
            writes[0] += 1
            time.sleep(0.005)  # sleep-ok: the writer's pace is the point of the test

    writer = threading.Thread(target=busy_writer)
    writer.start()
    try:  # at least 300 submissions, and on until the writer has committed 50 times meanwhile
        while (submitted < 300 or writes[0] < 50) and submitted + len(failures) < 3000:
            try:
                kiosk.submit(IdeaDraft(theme_code="andet", text=f"Idé {submitted}"))
                submitted += 1
            except OperationalError as error:
                failures.append(str(error.orig))
    finally:
        stop.set()
        writer.join()
    assert failures == []
    assert submitted >= 300
    assert writes[0] >= 50  # the writer really was busy all along
