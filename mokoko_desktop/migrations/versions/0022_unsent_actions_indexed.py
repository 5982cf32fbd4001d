"""What every sync looks for, indexed (issue 32): a sync with nothing to send read every voucher,
moderation and erasure request to find none (20 ms of an empty sync at 50,000 vouchers), and every
record holding sealed contact details to find those in the clear (30 ms in a fresh process). Only
the rows still to send, or in the clear, are in these indexes.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

UNSENT = {"voucher": "receipt_code", "moderation": "id", "erasure_request": "id"}
# Word for word mokoko_desktop.personal_data.clear_condition (a test checks a sync's query uses them).
IN_CLEAR = {
    "idea": "sealed_contact IS NULL AND (contact_name IS NOT NULL OR contact_email IS NOT NULL OR contact_phone IS NOT NULL)",
    "signup": "sealed_contact IS NULL AND (contact_name IS NOT NULL OR contact_phone IS NOT NULL OR contact_email IS NOT NULL "
    "OR guardian_name IS NOT NULL OR guardian_phone IS NOT NULL OR message <> '')",
    "offer": "sealed_contact IS NULL AND (contact_name IS NOT NULL OR contact_phone IS NOT NULL OR contact_email IS NOT NULL)",
}


def upgrade() -> None:
    for table, key in UNSENT.items():
        op.create_index(f"ix_{table}_unsent", table, [key], sqlite_where=sa.text("synced_at IS NULL AND sync_refused IS NULL"))
    for table, condition in IN_CLEAR.items():
        op.create_index(f"ix_{table}_in_clear", table, ["id"], sqlite_where=sa.text(condition))


def downgrade() -> None:
    for table in UNSENT:
        op.drop_index(f"ix_{table}_unsent", table_name=table)
    for table in IN_CLEAR:
        op.drop_index(f"ix_{table}_in_clear", table_name=table)
