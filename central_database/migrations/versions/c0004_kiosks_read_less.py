"""Kiosks read less: the change log no longer carries a status's internal reason (city hall's
note, never meant for kiosks or citizens; the public reply stays), and a kiosk reads only its
own row of mokoko.device.

Revision ID: c0004
Revises: c0003
Create Date: 2026-11-29

Kiosks of the previous version keep working: they read their own device row the same way, and
a status without a reason is stored with an empty one.
"""

from alembic import op

revision = "c0004"
down_revision = "c0003"
branch_labels = None
depends_on = None

UPGRADE = """
SET LOCAL ROLE mokoko_owner;
CREATE OR REPLACE FUNCTION mokoko.log_status_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    INSERT INTO mokoko.change_log (table_name, key, op, row_data)
    SELECT 'idea_status', NEW.idea_id::text, 'U',
           jsonb_build_object('idea_id', NEW.idea_id, 'receipt_code', i.receipt_code, 'status', NEW.status,
                              'public_reply', NEW.public_reply, 'set_at', NEW.set_at)
    FROM mokoko.idea i WHERE i.id = NEW.idea_id;
    RETURN NEW;
END $f$;
UPDATE mokoko.change_log SET row_data = row_data - 'reason' WHERE table_name = 'idea_status' AND row_data ? 'reason';

ALTER TABLE mokoko.device ENABLE ROW LEVEL SECURITY;
CREATE POLICY kiosk_reads_own ON mokoko.device FOR SELECT TO mokoko_kiosk USING (role_name = current_user);
CREATE POLICY office_all ON mokoko.device FOR ALL TO mokoko_office USING (true) WITH CHECK (true);
RESET ROLE;
"""

DOWNGRADE = """
SET LOCAL ROLE mokoko_owner;
DROP POLICY office_all ON mokoko.device;
DROP POLICY kiosk_reads_own ON mokoko.device;
ALTER TABLE mokoko.device DISABLE ROW LEVEL SECURITY;
CREATE OR REPLACE FUNCTION mokoko.log_status_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    INSERT INTO mokoko.change_log (table_name, key, op, row_data)
    SELECT 'idea_status', NEW.idea_id::text, 'U',
           jsonb_build_object('idea_id', NEW.idea_id, 'receipt_code', i.receipt_code, 'status', NEW.status,
                              'public_reply', NEW.public_reply, 'reason', NEW.reason, 'set_at', NEW.set_at)
    FROM mokoko.idea i WHERE i.id = NEW.idea_id;
    RETURN NEW;
END $f$;
RESET ROLE;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
