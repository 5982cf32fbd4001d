"""What staff and citizens did at the kiosk (a moderation, an erasure request, a voucher) can be
set aside like a submission when the central database refuses it (issue 26, finding 5): the
reason is kept here, the rest of the sync goes on, and ``mokoko sync --retry-refused`` sends
it again.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

TABLES = ("moderation", "erasure_request", "voucher")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("sync_refused", sa.String(length=300), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("sync_refused")
