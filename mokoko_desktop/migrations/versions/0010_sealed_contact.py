"""Contact details sealed to the municipality's public key: a ``sealed_contact`` column on ideas,
sign-ups and Byttebørs posts (the clear columns stay, empty, for records of older versions). The
purge's index now also finds records that hold sealed details.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29

The purge's WHERE clause (``personal_data.purge_condition``) must contain the index's condition
word for word, or SQLite does not use it; tests/sync/test_push.py checks the query plan. Records
still holding clear details are sealed here if the kiosk has a key, else at the sync that brings
one (``personal_data.seal_leftovers``); the store then empties the -wal.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

SEALED_MAX = 8000
BEFORE = {
    "idea": ("contact_name", "contact_email", "contact_phone"),
    "signup": ("contact_name", "contact_phone", "contact_email", "guardian_name", "guardian_phone"),
    "offer": ("contact_name", "contact_phone", "contact_email"),
}


def purge_condition(columns: tuple[str, ...]) -> str:
    return f"contact_purged_at IS NULL AND ({' OR '.join(f'{c} IS NOT NULL' for c in columns)})"


def _purge_index(table: str, columns: tuple[str, ...]) -> None:
    op.drop_index(f"ix_{table}_purge_due", table)
    op.create_index(f"ix_{table}_purge_due", table, ["synced_at"], sqlite_where=sa.text(purge_condition(columns)))


def upgrade() -> None:
    for table, columns in BEFORE.items():
        op.add_column(table, sa.Column("sealed_contact", sa.String(length=SEALED_MAX), nullable=True))
        _purge_index(table, (*columns, "sealed_contact"))
    from mokoko_desktop.personal_data import seal_clear_details  # the one sealing routine, also run by sync

    seal_clear_details(op.get_bind())


def downgrade() -> None:
    for table, columns in BEFORE.items():
        _purge_index(table, columns)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("sealed_contact")
