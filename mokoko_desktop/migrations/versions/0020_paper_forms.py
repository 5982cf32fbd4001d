"""Ideas from paper forms (issue 28, point 10): staff type them in later with the stop and date
written on the form. ``idea.created_at`` is when it was given (noon of the form's date);
``idea.typed_at`` when it was typed in (empty for an idea given at the kiosk).

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("idea", sa.Column("typed_at", sa.String(32), nullable=True))  # UTC ISO 8601, as every time here


def downgrade() -> None:
    with op.batch_alter_table("idea") as batch:
        batch.drop_column("typed_at")
