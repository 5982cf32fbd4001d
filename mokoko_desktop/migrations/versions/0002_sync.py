"""Sync: what was pushed and when, pulled statuses and opportunities, the pull cursor,
and when contact details were purged.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("idea") as batch:
        batch.add_column(sa.Column("synced_at", sa.String(32), nullable=True))
        batch.add_column(sa.Column("sync_conflict", sa.Boolean, nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("contact_purged_at", sa.String(32), nullable=True))
    # Only the rows still to push are in this index, so marking a row as synced just drops it.
    op.create_index("ix_idea_unsynced", "idea", ["id"], sqlite_where=sa.text("synced_at IS NULL"))
    op.create_table(
        "status",
        sa.Column("code", sa.String(40), primary_key=True),
        sa.Column("label", sa.JSON, nullable=False),
        sa.Column("needs_reason", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("sort_order", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "idea_status",
        sa.Column("idea_id", sa.String(36), primary_key=True),
        sa.Column("receipt_code", sa.String(10), nullable=False, unique=True),
        sa.Column("status", sa.String(40), nullable=False),
        sa.Column("public_reply", sa.Text, nullable=False, server_default=""),
        sa.Column("reason", sa.Text, nullable=False, server_default=""),
        sa.Column("set_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "opportunity",
        sa.Column("id", sa.String(60), primary_key=True),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
    )
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(60), primary_key=True),
        sa.Column("value", sa.JSON, nullable=True),
    )


def downgrade() -> None:
    for table in ("sync_state", "opportunity", "idea_status", "status"):
        op.drop_table(table)
    op.drop_index("ix_idea_unsynced", "idea")
    with op.batch_alter_table("idea") as batch:
        batch.drop_column("contact_purged_at")
        batch.drop_column("sync_conflict")
        batch.drop_column("synced_at")
