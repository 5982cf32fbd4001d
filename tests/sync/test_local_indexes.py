"""Issue 32: what every sync looks for in the kiosk's own store is found through an index of just
those rows (local migrations 0022 and 0023), so an empty sync does not read a kiosk's whole
history: the actions still to send, and those the central database refused."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from sync.actions import ACTIONS


def _plan(kiosk, query: str) -> str:
    with kiosk.store.engine.connect() as connection:
        return " ".join(str(row[3]) for row in connection.execute(text(f"EXPLAIN QUERY PLAN {query}")))


@pytest.mark.parametrize("action", ACTIONS, ids=lambda action: action.table)
def test_the_actions_to_send_and_those_set_aside_are_read_through_their_own_index(kiosk, action) -> None:
    waiting = f"SELECT {action.key} FROM {action.table} WHERE synced_at IS NULL AND sync_refused IS NULL AND {action.key} > '' "
    assert f"USING INDEX ix_{action.table}_unsent" in _plan(kiosk, f"{waiting} ORDER BY {action.key} LIMIT 10")
    assert f"USING INDEX ix_{action.table}_refused" in _plan(kiosk, f"SELECT count(*) FROM {action.table} WHERE sync_refused IS NOT NULL")
