"""Effect goals (issue 16): per administration area, a named goal the political committee chose,
a measure the data can count and a target per year; the yearly report follows them up.

Revision ID: c0016
Revises: c0015
Create Date: 2026-12-03

City hall's alone: loaded with the catalogue (``mokoko central load-catalogue``), read by the
office; kiosks neither read nor pull them.
"""

from alembic import op

revision = "c0016"
down_revision = "c0015"
branch_labels = None
depends_on = None

UPGRADE = """
SET LOCAL ROLE mokoko_owner;
CREATE TABLE mokoko.effect_goal (
    code text PRIMARY KEY CHECK (length(code) <= 60),
    area_code text NOT NULL REFERENCES mokoko.admin_area (code),
    name jsonb NOT NULL CHECK (jsonb_typeof(name) = 'object'),
    measure text NOT NULL,
    home_area text,
    age_group text,
    targets jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(targets) = 'object'),
    sort_order int NOT NULL DEFAULT 0
);
REVOKE ALL ON mokoko.effect_goal FROM PUBLIC;
GRANT SELECT ON mokoko.effect_goal TO mokoko_office;
RESET ROLE;
"""

DOWNGRADE = """
SET LOCAL ROLE mokoko_owner;
DROP TABLE mokoko.effect_goal;
RESET ROLE;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
