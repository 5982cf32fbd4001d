"""What sync and the health report keep between runs: ``SyncState`` rows, a key and a JSON value."""

from __future__ import annotations

from typing import Any

from mokoko_desktop.models import SyncState
from mokoko_desktop.store import Store


def remember(store: Store, key: str, value: Any) -> None:
    """Store ``value`` under ``key``. Nothing is written when it is there already, as after most
    syncs: a read is cheaper than taking the write lock."""
    with store.session() as session:
        row = session.get(SyncState, key)
        if row is not None and row.value == value:
            return
    with store.session(writes=True) as session:
        session.merge(SyncState(key=key, value=value))
