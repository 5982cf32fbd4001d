"""The staff PIN's wrong attempts and lockout are kept in the database, so restarting the kiosk
does not give someone guessing the PIN a fresh start.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff_pin") as table:
        table.add_column(sa.Column("failures", sa.Integer(), nullable=False, server_default="0"))
        table.add_column(sa.Column("locked_until", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("staff_pin") as table:
        table.drop_column("locked_until")
        table.drop_column("failures")
