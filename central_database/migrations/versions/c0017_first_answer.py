"""The time of an idea's first answer, kept with its state (issue 16): the yearly report's median
days to an answer reads it from ``idea_state`` instead of grouping every status update (7.6 s at a
million ideas before, the goal is 3 s).

Revision ID: c0017
Revises: c0016
Create Date: 2026-12-03
"""

from alembic import op

revision = "c0017"
down_revision = "c0016"
branch_labels = None
depends_on = None

KEEP_STATE = """
CREATE OR REPLACE FUNCTION mokoko.keep_idea_state() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    IF TG_TABLE_NAME = 'status_update' THEN
        INSERT INTO mokoko.idea_state (idea_id, status, status_at, status_by{first})
        VALUES (NEW.idea_id, NEW.status, NEW.set_at, NEW.set_by{first_value})
        ON CONFLICT (idea_id) DO UPDATE SET status = excluded.status, status_at = excluded.status_at,
            status_by = excluded.status_by{keep_first};
    ELSE
        INSERT INTO mokoko.idea_state (idea_id, area_code) VALUES (NEW.idea_id, NEW.admin_area_code)
        ON CONFLICT (idea_id) DO UPDATE SET area_code = excluded.area_code;
    END IF;
    RETURN NEW;
END $f$;
"""

KEEP_FIRST = ", first_status_at = coalesce(idea_state.first_status_at, excluded.first_status_at)"  # the first answer stays
UPGRADE = f"""
SET LOCAL ROLE mokoko_owner;
ALTER TABLE mokoko.idea_state ADD COLUMN first_status_at timestamptz;
UPDATE mokoko.idea_state s SET first_status_at = f.first_at
FROM (SELECT idea_id, min(set_at) AS first_at FROM mokoko.status_update GROUP BY idea_id) f WHERE f.idea_id = s.idea_id;
{KEEP_STATE.format(first=", first_status_at", first_value=", NEW.set_at", keep_first=KEEP_FIRST)}
RESET ROLE;
"""

DOWNGRADE = f"""
SET LOCAL ROLE mokoko_owner;
{KEEP_STATE.format(first="", first_value="", keep_first="")}
ALTER TABLE mokoko.idea_state DROP COLUMN first_status_at;
RESET ROLE;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
