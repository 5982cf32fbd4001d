"""The stories city hall publishes ("I sagde – vi gjorde"), pulled, for the start screen.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "story",
        sa.Column("idea_id", sa.String(length=36), primary_key=True),
        sa.Column("receipt_code", sa.String(length=10), nullable=False),
        sa.Column("headline", sa.String(length=120), nullable=False),
        sa.Column("said", sa.String(), nullable=False),
        sa.Column("did", sa.String(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False, server_default=""),
        sa.Column("status_at", sa.String(length=40), nullable=False, server_default=""),
        sa.Column("stop_id", sa.String(length=60), nullable=False, server_default=""),
        sa.Column("stop_place", sa.String(length=100), nullable=False, server_default=""),
        sa.Column("home_area_code", sa.String(length=60), nullable=False, server_default=""),
        sa.Column("published_at", sa.String(length=40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("story")
