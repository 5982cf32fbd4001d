"""The municipality's public keys for sealing personal data, pulled with the catalogue.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sealing_key",
        sa.Column("key_id", sa.String(length=16), primary_key=True),
        sa.Column("public_key", sa.String(length=44), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
    )


def downgrade() -> None:
    op.drop_table("sealing_key")
