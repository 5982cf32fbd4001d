"""Copies of the kiosk's own store (issue 30): before each migration of its schema and at each
day's close, SQLite's online backup of ``mokoko.sqlite3`` into ``backups/`` in the data folder,
kept for :data:`KEEP_DAYS` days. A copy is whole or absent (written beside, then renamed).

A copy holds no personal data beyond what the store must keep, and none in clear: the contact
details of records that have reached the central database (city hall has them) are left out of
it, so a copy never keeps them longer than the store's own purge would, and so are details an
older version kept in clear (before it sealed them). What has not been sent yet keeps its sealed
details: that is what a copy is for, should the store be lost before the next sync."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
from pathlib import Path

from mokoko_desktop.models import SUBMISSION_MODELS
from mokoko_desktop.personal_data import CLEAR_COLUMNS

log = logging.getLogger(__name__)

BACKUP_SUBDIR = "backups"
KEEP_DAYS = 7
_NAME = re.compile(r"^mokoko-(\d{8}-\d{6})-([a-z-]+)\.sqlite3$")


def backups(data_dir: Path) -> list[Path]:
    """The copies kept, oldest first."""
    folder = data_dir / BACKUP_SUBDIR
    return sorted(path for path in folder.glob("mokoko-*.sqlite3") if _NAME.match(path.name)) if folder.is_dir() else []


def back_up(store_file: Path, data_dir: Path, reason: str, now: dt.datetime | None = None) -> Path:
    """Copy ``store_file`` (open or not; SQLite's online backup reads it consistently) as
    ``backups/mokoko-YYYYMMDD-HHMMSS-REASON.sqlite3`` and drop copies past :data:`KEEP_DAYS`."""
    at = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    folder = data_dir / BACKUP_SUBDIR
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / f"mokoko-{at:%Y%m%d-%H%M%S}-{reason}.sqlite3"
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # the user's alone, from the first byte
    os.close(descriptor)
    source = sqlite3.connect(f"file:{store_file}?mode=ro", uri=True)
    copy = sqlite3.connect(partial)
    try:
        source.backup(copy)
        _leave_out_what_city_hall_has(copy)
        copy.execute("VACUUM")  # what was left out is not in the file's free pages either
    finally:
        copy.close()
        source.close()
    partial.replace(target)
    log.info("Store copied to %s (%s)", target.name, reason)
    prune(data_dir, at)
    return target


def copy_at_close(store_file: Path, data_dir: Path, now: dt.datetime) -> Path | None:
    """The day's copy; a copy that cannot be made (a full disk) is logged, never in the way of
    closing the day."""
    try:
        return back_up(store_file, data_dir, "day-closed", now)
    except (OSError, sqlite3.Error) as error:
        log.warning("The store could not be copied at the day's close: %s", error)
        return None


def _leave_out_what_city_hall_has(copy: sqlite3.Connection) -> None:
    """Contact details only sealed, and only of what has not reached the central database: the
    clear columns (an older version's, before it sealed them) are emptied in every row."""
    tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    with copy:
        for model in SUBMISSION_MODELS:
            table = str(model.__tablename__)
            if table not in tables:  # a store of an older schema (a copy before its migration)
                continue
            present = {row[1] for row in copy.execute(f"PRAGMA table_info({table})")}
            clear = [column for column in CLEAR_COLUMNS.get(table, ()) if column in present]
            if clear:
                copy.execute(f"UPDATE {table} SET {', '.join(_emptied(column) for column in clear)}")
            columns = [column for column in model.personal_columns if column in present]
            if columns and "synced_at" in present:
                copy.execute(f"UPDATE {table} SET {', '.join(_emptied(column) for column in columns)} WHERE synced_at IS NOT NULL")


def _emptied(column: str) -> str:
    return "message = ''" if column == "message" else f"{column} = NULL"  # a sign-up's message is never NULL


def prune(data_dir: Path, now: dt.datetime | None = None) -> int:
    """Delete the copies older than :data:`KEEP_DAYS` days; how many."""
    cutoff = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC) - dt.timedelta(days=KEEP_DAYS)
    dropped = 0
    for path in backups(data_dir):
        match = _NAME.match(path.name)
        assert match is not None
        made = dt.datetime.strptime(match[1], "%Y%m%d-%H%M%S").replace(tzinfo=dt.UTC)
        if made < cutoff:
            path.unlink(missing_ok=True)
            dropped += 1
    return dropped
