"""Quarantine: a record the central database refuses is set aside with the reason
(``sync_refused``) instead of stopping every later sync.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = ("idea", "signup", "offer")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("sync_refused", sa.String(300), nullable=True))
        # staff's count of what was set aside: quick however many records the kiosk has
        op.create_index(f"ix_{table}_refused", table, ["id"], sqlite_where=sa.text("sync_refused IS NOT NULL"))


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_refused", table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("sync_refused")
