"""Indexes that keep the staff panel's and sync's bookkeeping quick at a million records: the
conflict count, and the purge's search for contact details due for deletion (only records that
still hold some are in it, so with nothing due the purge reads almost nothing).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29

The purge's WHERE clause (sync/engine.py) must contain this index's condition word for word, or
SQLite does not use it; tests/sync/test_push.py checks the query plan.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

PERSONAL_COLUMNS = {
    "idea": ("contact_name", "contact_email", "contact_phone"),
    "signup": ("contact_name", "contact_phone", "contact_email", "guardian_name", "guardian_phone"),
    "offer": ("contact_name", "contact_phone", "contact_email"),
}


def purge_condition(columns: tuple[str, ...]) -> str:
    return f"contact_purged_at IS NULL AND ({' OR '.join(f'{c} IS NOT NULL' for c in columns)})"


def upgrade() -> None:
    for table, columns in PERSONAL_COLUMNS.items():
        op.create_index(f"ix_{table}_conflict", table, ["id"], sqlite_where=sa.text("sync_conflict"))
        op.create_index(f"ix_{table}_purge_due", table, ["synced_at"], sqlite_where=sa.text(purge_condition(columns)))


def downgrade() -> None:
    for table in PERSONAL_COLUMNS:
        op.drop_index(f"ix_{table}_purge_due", table)
        op.drop_index(f"ix_{table}_conflict", table)
