"""Erasure on request: the requests made here ("Slet mine oplysninger"), and the erasures city
hall has carried out (pulled), which delete what this kiosk still holds and show at follow-up.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erasure_request",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("receipt_code", sa.String(length=10), nullable=False),
        sa.Column("requested_at", sa.String(length=32), nullable=False),
        sa.Column("synced_at", sa.String(length=32), nullable=True),
    )
    op.create_index("ix_erasure_request_receipt_code", "erasure_request", ["receipt_code"])
    op.create_table(
        "erasure",
        sa.Column("receipt_code", sa.String(length=10), primary_key=True),
        sa.Column("done_at", sa.String(length=40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("erasure")
    op.drop_index("ix_erasure_request_receipt_code", "erasure_request")
    op.drop_table("erasure_request")
