"""Moderation: staff hide an idea given at their stop (with a reason and the time), or show it
again; pushed to city hall, kept off every public wall.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "moderation",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("receipt_code", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False, server_default=""),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("synced_at", sa.String(length=32), nullable=True),
    )
    op.create_index("ix_moderation_receipt_code", "moderation", ["receipt_code"])


def downgrade() -> None:
    op.drop_index("ix_moderation_receipt_code", "moderation")
    op.drop_table("moderation")
