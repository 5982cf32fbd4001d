"""The municipality's own facts at the kiosk (the catalogue's ``municipality``, pulled): who is
responsible for the data and how to reach its data protection officer, which the privacy notice
names (issue 33). One row.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "municipality",
        sa.Column("key", sa.String(length=20), primary_key=True),
        sa.Column("facts", sa.JSON(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("municipality")
