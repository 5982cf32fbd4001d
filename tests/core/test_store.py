from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.paths import DATABASE_FILE, resolve_data_dir
from mokoko_desktop.store import Store, StoreDamaged, StoreError


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


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
    stop, writes, submitted, failures = threading.Event(), [0], 0, []

    def busy_writer() -> None:  # commits every 5 ms, as a sync marking batches would
        while not stop.is_set():
            with kiosk.store.engine.begin() as connection:
                connection.execute(text("INSERT OR REPLACE INTO sync_state (key, value) VALUES ('busy', :n)"), {"n": str(writes[0])})
            writes[0] += 1
            time.sleep(0.005)  # sleep-ok: the writer's pace is the point of the test

    writer = threading.Thread(target=busy_writer)
    writer.start()
    try:
        for number in range(300):
            try:
                kiosk.submit(IdeaDraft(theme_code="andet", text=f"Idé {number}"))
                submitted += 1
            except OperationalError as error:
                failures.append(str(error.orig))
    finally:
        stop.set()
        writer.join()
    assert (submitted, failures) == (300, [])
    assert writes[0] > 50  # the writer really was busy all along
