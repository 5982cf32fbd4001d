"""A hidden idea's food-basket voucher is void (issue 28, point 8). For this kiosk's own ideas the
moderation here says so; ``voucher.void_reason`` is what the central database says of another
kiosk's voucher at the same stop: the moderation reason of its idea ("" while shown; central
migration c0023).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("voucher", sa.Column("void_reason", sa.String(length=40), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("voucher") as batch:
        batch.drop_column("void_reason")
