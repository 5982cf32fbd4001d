"""Reward vouchers ("Gratis mad for gode idéer"): an idea's receipt may carry one, redeemed once
at its stop.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "voucher",
        sa.Column("receipt_code", sa.String(length=10), primary_key=True),
        sa.Column("stop_id", sa.String(length=60), nullable=False),
        sa.Column("issued_at", sa.String(length=32), nullable=False),
        sa.Column("redeemed_at", sa.String(length=32), nullable=True),
        sa.Column("synced_at", sa.String(length=32), nullable=True),
    )
    op.create_index("ix_voucher_issued_at", "voucher", ["issued_at"])
    op.create_index("ix_voucher_redeemed_at", "voucher", ["redeemed_at"])


def downgrade() -> None:
    op.drop_index("ix_voucher_redeemed_at", "voucher")
    op.drop_index("ix_voucher_issued_at", "voucher")
    op.drop_table("voucher")
