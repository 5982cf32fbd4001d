"""One declaration of limits (shared_kernel/limits.py) for the kiosk and the central schema."""

from __future__ import annotations

import re

from mokoko_desktop.models import Idea
from shared_kernel import limits
from tests.sync.conftest import central_rows


def _central_limits(owner_url: str, table: str) -> dict[str, int]:
    rows = central_rows(
        owner_url,
        "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = %s::regclass AND contype = 'c'",
        (f"mokoko.{table}",),
    )
    found = {}
    for name, definition in rows:
        number = re.search(r"<= (\d+)", definition)
        if number:
            found[name] = int(number.group(1))
    return found


def test_the_central_schema_enforces_the_declared_limits(owner_url) -> None:
    idea = _central_limits(owner_url, "idea")
    for column, limit in limits.CENTRAL_IDEA_COLUMNS.items():
        if column != "text":
            assert idea[f"{column}_length"] == limit, column
    assert _central_limits(owner_url, "signup")["data_size"] == limits.DOCUMENT_MAX
    assert _central_limits(owner_url, "push_conflict")["payload_size"] == limits.CONFLICT_PAYLOAD_MAX
    [(text_check,)] = central_rows(owner_url, "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'idea_text_check'")
    assert f"<= {limits.IDEA_TEXT_MAX}" in text_check or f"AND {limits.IDEA_TEXT_MAX}" in text_check


def test_the_kiosk_models_declare_the_same_limits() -> None:
    columns = Idea.local_table().columns
    lengths = {column: getattr(columns[column].type, "length", None) for column in limits.CENTRAL_IDEA_COLUMNS}
    declared = {column: length for column, length in lengths.items() if length is not None}
    assert declared == {column: limits.CENTRAL_IDEA_COLUMNS[column] for column in declared}
    assert {"contact_name", "contact_email", "contact_phone", "language", "age_group"} <= declared.keys()
