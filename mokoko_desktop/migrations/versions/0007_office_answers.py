"""What city hall's answers bring since central migration c0006: an idea's status names its
administration area and the area's contact persons; a sign-up gets a status too (new,
contacted, placed, declined), pulled for this kiosk's own sign-ups.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("idea_status") as table:
        table.add_column(sa.Column("area_code", sa.String(length=60), nullable=False, server_default=""))
        table.add_column(sa.Column("contact_name", sa.String(), nullable=False, server_default=""))
    op.create_table(
        "signup_status",
        sa.Column("signup_id", sa.String(length=36), primary_key=True),
        sa.Column("receipt_code", sa.String(length=10), nullable=False, unique=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("set_at", sa.String(length=40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("signup_status")
    with op.batch_alter_table("idea_status") as table:
        table.drop_column("contact_name")
        table.drop_column("area_code")
