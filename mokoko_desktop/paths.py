"""Where the kiosk keeps its data (its shipped resources: :mod:`shared_kernel.resources`)."""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

import platformdirs

APP_NAME = "mokoko"
DATA_DIR_ENV = "MOKOKO_DATA_DIR"


DATABASE_FILE = "mokoko.sqlite3"
LOG_FILE = "mokoko.log"
log = logging.getLogger(__name__)
RECEIPTS_SUBDIR = "receipts"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Return the data folder: ``explicit`` if given, else ``$MOKOKO_DATA_DIR``, else the
    platform's user data folder. The folder is created if missing (owner-only access)."""
    if explicit:
        path = Path(explicit)
    elif os.environ.get(DATA_DIR_ENV):
        path = Path(os.environ[DATA_DIR_ENV])
    else:
        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path = path.expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def receipts_dir(data_dir: Path) -> Path:
    """Folder for receipt PDFs that could not be printed (kept for staff)."""
    path = data_dir / RECEIPTS_SUBDIR
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def forget_old_receipts(data_dir: Path, today: dt.date) -> int:
    """Delete the receipt PDFs kept from earlier days (kept only when printing failed, for staff
    to hand out that day; they hold the citizen's own words). Returns how many."""
    folder = data_dir / RECEIPTS_SUBDIR
    if not folder.is_dir():
        return 0
    start_of_today = dt.datetime.combine(today, dt.time()).astimezone().timestamp()
    old = [path for path in folder.glob("*.pdf") if path.stat().st_mtime < start_of_today]
    for path in old:
        path.unlink(missing_ok=True)
    if old:
        log.info("Deleted %d receipts kept from earlier days", len(old))
    return len(old)
