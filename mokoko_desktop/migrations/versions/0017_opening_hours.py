"""Opening hours and the reward voucher per stop, from the tour plan (issue 15).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("stop", sa.Column("hours", sa.JSON(), nullable=False, server_default="{}"))
    op.add_column("stop", sa.Column("reward_voucher", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("stop") as batch:
        batch.drop_column("reward_voucher")
        batch.drop_column("hours")
