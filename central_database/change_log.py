"""Pruning the change log kiosks pull from (the administrator's ``mokoko central prune-log``)."""

from __future__ import annotations

from central_database.connection import connect, fetch_one


def prune_change_log(url: str) -> int:
    """Drop log entries superseded by a newer entry for the same row and kiosk (and old
    deletions) and raise the horizon: kiosks with an older cursor start over. Returns how many
    were dropped. The administrator's: ``mokoko.prune_change_log()`` (central migration c0020)."""
    with connect(url) as connection:
        (dropped,) = fetch_one(connection, "SELECT mokoko.prune_change_log()")
    return int(dropped)
