"""A citizen may ask for an e-mail when city hall answers ("kontakt mig om min idé"), a consent of
its own beside being contacted by the contact person.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("idea", "signup"):
        op.add_column(table, sa.Column("notify_me", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    for table in ("idea", "signup"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("notify_me")
