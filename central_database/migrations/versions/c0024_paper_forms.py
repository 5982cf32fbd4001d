"""Ideas from paper forms (issue 28, point 10): when an idea was typed in, next to when it was given.

Revision ID: c0024
Revises: c0023
Create Date: 2026-12-05

Staff type in ideas collected on paper later, with the stop and date written on the form:
``created_at`` is when it was given (noon of the form's date), ``typed_at`` when it was typed in
(empty for an idea given at the kiosk). A kiosk sends it; city hall reads it.
"""

from central_database.migration_steps import as_owner

revision = "c0024"
down_revision = "c0023"
branch_labels = None
depends_on = None

UPGRADE = """
ALTER TABLE mokoko.idea ADD COLUMN typed_at timestamptz CHECK (typed_at IS NULL OR typed_at >= created_at);
GRANT INSERT (typed_at) ON mokoko.idea TO mokoko_kiosk;
GRANT SELECT (typed_at) ON mokoko.idea TO mokoko_office;
"""

DOWNGRADE = """
ALTER TABLE mokoko.idea DROP COLUMN typed_at;
"""


def upgrade() -> None:
    as_owner(UPGRADE)


def downgrade() -> None:
    as_owner(DOWNGRADE)
