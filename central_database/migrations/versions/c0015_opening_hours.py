"""Opening hours and the reward voucher per stop, in the tour plan (issue 15).

Revision ID: c0015
Revises: c0014
Create Date: 2026-12-03

The stop's change-log trigger sends the whole row, so kiosks pull both with the stop. Existing
stops keep the values kiosks assume for a stop without them: open all day, no voucher.
"""

from alembic import op

revision = "c0015"
down_revision = "c0014"
branch_labels = None
depends_on = None

UPGRADE = """
SET LOCAL ROLE mokoko_owner;
ALTER TABLE mokoko.stop
    ADD COLUMN hours jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(hours) = 'object'),
    ADD COLUMN reward_voucher boolean NOT NULL DEFAULT false;
RESET ROLE;
"""

DOWNGRADE = """
SET LOCAL ROLE mokoko_owner;
ALTER TABLE mokoko.stop DROP COLUMN reward_voucher, DROP COLUMN hours;
RESET ROLE;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
