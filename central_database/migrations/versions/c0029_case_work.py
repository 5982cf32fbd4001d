"""Cases with an owner and a deadline (issue 31): who at city hall has an idea, each area's answer
deadline, and internal notes.

Revision ID: c0029
Revises: c0028
Create Date: 2026-12-05

``mokoko.idea_assignment`` records each time an idea is given to a named city-hall person (or
taken from them: ``owner_role`` NULL); its newest is the idea's owner in ``mokoko.idea_state``.
``mokoko.idea_note`` holds notes on a case that never reach the citizen, the kiosks or the change
log. Who and when are the database's (``stamp_author``), never the client's. Each administration
area has an answer deadline in days (``admin_area.answer_days``, from the catalogue; 30 unless it
says otherwise): an unanswered idea older than its area's is overdue.
"""

from central_database.migration_steps import as_owner

revision = "c0029"
down_revision = "c0028"
branch_labels = None
depends_on = None

UPGRADE = """
ALTER TABLE mokoko.admin_area ADD COLUMN answer_days integer NOT NULL DEFAULT 30 CHECK (answer_days BETWEEN 1 AND 365);
ALTER TABLE mokoko.idea_state ADD COLUMN owner_role name;

CREATE TABLE mokoko.idea_assignment (
    id bigserial PRIMARY KEY,
    idea_id uuid NOT NULL REFERENCES mokoko.idea (id) ON DELETE CASCADE,
    owner_role name REFERENCES mokoko.office_user (role_name),
    set_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
    set_by name NOT NULL DEFAULT CURRENT_USER
);
CREATE INDEX idea_assignment_idea ON mokoko.idea_assignment (idea_id);
CREATE TRIGGER stamp_author BEFORE INSERT ON mokoko.idea_assignment FOR EACH ROW EXECUTE FUNCTION mokoko.stamp_author();

CREATE TABLE mokoko.idea_note (
    id bigserial PRIMARY KEY,
    idea_id uuid NOT NULL REFERENCES mokoko.idea (id) ON DELETE CASCADE,
    text text NOT NULL CHECK (pg_catalog.length(text) BETWEEN 1 AND 2000),
    set_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
    set_by name NOT NULL DEFAULT CURRENT_USER
);
CREATE INDEX idea_note_idea ON mokoko.idea_note (idea_id);
CREATE TRIGGER stamp_author BEFORE INSERT ON mokoko.idea_note FOR EACH ROW EXECUTE FUNCTION mokoko.stamp_author();

CREATE OR REPLACE FUNCTION mokoko.keep_idea_state() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
BEGIN
    IF TG_TABLE_NAME = 'status_update' THEN
        INSERT INTO mokoko.idea_state (idea_id, status, status_at, status_by, first_status_at)
        VALUES (NEW.idea_id, NEW.status, NEW.set_at, NEW.set_by, NEW.set_at)
        ON CONFLICT (idea_id) DO UPDATE SET status = excluded.status, status_at = excluded.status_at,
            status_by = excluded.status_by, first_status_at = coalesce(idea_state.first_status_at, excluded.first_status_at);
    ELSIF TG_TABLE_NAME = 'idea_assignment' THEN
        INSERT INTO mokoko.idea_state (idea_id, owner_role) VALUES (NEW.idea_id, NEW.owner_role)
        ON CONFLICT (idea_id) DO UPDATE SET owner_role = excluded.owner_role;
    ELSE
        INSERT INTO mokoko.idea_state (idea_id, area_code) VALUES (NEW.idea_id, NEW.admin_area_code)
        ON CONFLICT (idea_id) DO UPDATE SET area_code = excluded.area_code;
    END IF;
    RETURN NEW;
END $f$;
CREATE TRIGGER keep_state AFTER INSERT ON mokoko.idea_assignment FOR EACH ROW EXECUTE FUNCTION mokoko.keep_idea_state();

REVOKE ALL ON mokoko.idea_assignment, mokoko.idea_note FROM PUBLIC;
GRANT SELECT, INSERT (idea_id, owner_role) ON mokoko.idea_assignment TO mokoko_office;
GRANT SELECT, INSERT (idea_id, text) ON mokoko.idea_note TO mokoko_office;
GRANT USAGE ON SEQUENCE mokoko.idea_assignment_id_seq, mokoko.idea_note_id_seq TO mokoko_office;
"""

DOWNGRADE = """
DROP TABLE mokoko.idea_note;
DROP TABLE mokoko.idea_assignment;
ALTER TABLE mokoko.idea_state DROP COLUMN owner_role;
ALTER TABLE mokoko.admin_area DROP COLUMN answer_days;
"""


def upgrade() -> None:
    as_owner(UPGRADE)


def downgrade() -> None:
    as_owner(DOWNGRADE)
