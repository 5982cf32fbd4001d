"""City hall answers: a login per person, contact persons per area, routing, sign-up statuses,
an inbox that finds Danish words, and a record of who did what that nobody can forge.

Revision ID: c0006
Revises: c0005
Create Date: 2026-11-29

- ``office_user`` names every city-hall login (``mokoko central add-office-user``); ``area_contact``
  makes some of them an administration area's contact person.
- ``status_update``, ``idea_route`` and ``signup_status`` are history: the office may only insert
  into them, and a trigger writes ``set_by`` (the login) and ``set_at`` (the server's clock)
  whatever the client sent.
- ``idea_state`` keeps each answered or routed idea's newest status and area for the inbox (only
  a SECURITY DEFINER trigger writes it); ``idea.text_search`` (generated) is what Danish
  full-text search reads.
- The office no longer reads contact details with a plain SELECT: ``reveal_contact()`` returns
  them after writing ``access_log`` (who, when, what, why). Nobody changes or empties the access
  log; the data-protection role ``mokoko_dpo`` reads it. Sign-ups and posts are listed through views
  without the personal keys.
- The change log's idea statuses carry the idea's area and its contact persons' names (kiosks
  show them at follow-up); sign-up statuses reach the sign-up's kiosk the same way.
- A record pushed twice with different content (``push_conflict``) is shown to the office without
  personal keys (``conflict_listing``), and what city hall decided is kept (``conflict_decision``).
- Pruning the change log is the owner's job now: the office cannot delete from it.

Kiosks of the previous version keep syncing: they ignore the new keys and the new log table.
"""

from alembic import op

revision = "c0006"
down_revision = "c0005"
branch_labels = None
depends_on = None

SIGNUP_PERSONAL_KEYS = "ARRAY['name', 'phone', 'email', 'guardian_name', 'guardian_phone']"
OFFER_PERSONAL_KEYS = "ARRAY['name', 'phone', 'email']"
IDEA_PUBLIC_COLUMNS = (
    "id, device_role, device_id, receipt_code, consultation_id, theme_code, text, consent_version, age_group, "
    "home_area_code, language, stop_id, created_at, assisted, content_hash, received_at, text_search"
)
DOCUMENT_PUBLIC_COLUMNS = "id, device_role, device_id, receipt_code, created_at, content_hash, received_at"

TABLES = """
CREATE TABLE mokoko.office_user (
    role_name name PRIMARY KEY,
    display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
    created_at timestamptz NOT NULL DEFAULT now(),
    removed_at timestamptz
);
CREATE TABLE mokoko.area_contact (
    admin_area_code text NOT NULL REFERENCES mokoko.admin_area (code),
    role_name name NOT NULL REFERENCES mokoko.office_user (role_name),
    since timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (admin_area_code, role_name)
);
CREATE TABLE mokoko.idea_route (
    id bigserial PRIMARY KEY,
    idea_id uuid NOT NULL REFERENCES mokoko.idea (id),
    admin_area_code text NOT NULL REFERENCES mokoko.admin_area (code),
    note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    set_at timestamptz NOT NULL DEFAULT now(),
    set_by name NOT NULL DEFAULT current_user
);
CREATE TABLE mokoko.signup_status (
    id bigserial PRIMARY KEY,
    signup_id uuid NOT NULL REFERENCES mokoko.signup (id),
    status text NOT NULL CHECK (status IN ('new', 'contacted', 'placed', 'declined')),
    note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    set_at timestamptz NOT NULL DEFAULT now(),
    set_by name NOT NULL DEFAULT current_user
);
CREATE TABLE mokoko.idea_state (
    idea_id uuid PRIMARY KEY REFERENCES mokoko.idea (id),
    area_code text,
    status text,
    status_at timestamptz,
    status_by name
);
CREATE TABLE mokoko.access_log (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    by_role name NOT NULL,
    kind text NOT NULL,
    record_id uuid NOT NULL,
    receipt_code text,
    why text NOT NULL CHECK (length(why) BETWEEN 5 AND 500)
);
-- A record that came again with other content (kept aside by the push): what city hall decided.
CREATE TABLE mokoko.conflict_decision (
    conflict_id bigint PRIMARY KEY REFERENCES mokoko.push_conflict (id),
    decision text NOT NULL CHECK (decision IN ('keep-central', 'same-in-substance', 'ask-the-citizen')),
    note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    set_at timestamptz NOT NULL DEFAULT now(),
    set_by name NOT NULL DEFAULT current_user
);
ALTER TABLE mokoko.status_update ADD CONSTRAINT reply_length CHECK (length(public_reply) <= 2000 AND length(reason) <= 2000);
CREATE INDEX status_update_idea ON mokoko.status_update (idea_id, id DESC);
CREATE INDEX idea_route_idea ON mokoko.idea_route (idea_id, id DESC);
CREATE INDEX signup_status_signup ON mokoko.signup_status (signup_id, id DESC);
CREATE INDEX idea_state_area ON mokoko.idea_state (area_code);
-- The inbox's order is (created_at, id), newest first; a page of it reads 50 index entries.
CREATE INDEX idea_newest ON mokoko.idea (created_at DESC, id DESC);
CREATE INDEX idea_stop_newest ON mokoko.idea (stop_id, created_at DESC, id DESC);
-- Danish full-text search. A stored column, not an index on an expression: ANALYZE keeps word
-- statistics for it, so the planner knows a rare word from a common one, and a row is never
-- parsed again while it is searched.
ALTER TABLE mokoko.idea ADD COLUMN text_search tsvector GENERATED ALWAYS AS (to_tsvector('danish', text)) STORED;
CREATE INDEX idea_text_search ON mokoko.idea USING gin (text_search);
"""

FUNCTIONS = """
-- Who and when, from the server: whatever the client sent is overwritten.
CREATE FUNCTION mokoko.stamp_author() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    NEW.set_by := current_user;
    NEW.set_at := now();
    RETURN NEW;
END $f$;

CREATE FUNCTION mokoko.area_contact_names(area text) RETURNS text
    LANGUAGE sql STABLE SET search_path = pg_catalog, mokoko AS $f$
    SELECT coalesce(string_agg(u.display_name, ', ' ORDER BY u.display_name), '')
    FROM mokoko.area_contact c JOIN mokoko.office_user u USING (role_name)
    WHERE c.admin_area_code = area AND u.removed_at IS NULL
$f$;

-- An idea's area: where it was routed last, else its theme's area.
CREATE FUNCTION mokoko.idea_area(idea uuid) RETURNS text
    LANGUAGE sql STABLE SET search_path = pg_catalog, mokoko AS $f$
    SELECT coalesce(
        (SELECT admin_area_code FROM mokoko.idea_route WHERE idea_id = idea ORDER BY id DESC LIMIT 1),
        (SELECT t.admin_area_code FROM mokoko.idea i JOIN mokoko.theme t ON t.code = i.theme_code WHERE i.id = idea))
$f$;

-- The newest status of an idea, for its kiosk (with the area and its contact persons).
CREATE FUNCTION mokoko.log_idea_status(idea uuid) RETURNS void
    LANGUAGE sql SET search_path = pg_catalog, mokoko AS $f$
    INSERT INTO mokoko.change_log (table_name, key, op, row_data, device_id)
    SELECT 'idea_status', i.id::text, 'U',
           jsonb_build_object('idea_id', i.id, 'receipt_code', i.receipt_code, 'status', s.status,
                              'public_reply', s.public_reply, 'set_at', s.set_at,
                              'area_code', a.area, 'contact_name', mokoko.area_contact_names(a.area)),
           i.device_id
    FROM mokoko.idea i
    CROSS JOIN LATERAL (SELECT mokoko.idea_area(i.id) AS area) a
    JOIN LATERAL (SELECT status, public_reply, set_at FROM mokoko.status_update u
                  WHERE u.idea_id = i.id ORDER BY u.id DESC LIMIT 1) s ON true
    WHERE i.id = idea
$f$;

CREATE OR REPLACE FUNCTION mokoko.log_status_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    PERFORM mokoko.log_idea_status(NEW.idea_id);
    RETURN NEW;
END $f$;

CREATE FUNCTION mokoko.log_route_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    PERFORM mokoko.log_idea_status(NEW.idea_id);  -- nothing when the idea has no status yet
    RETURN NEW;
END $f$;

CREATE FUNCTION mokoko.log_signup_status() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    INSERT INTO mokoko.change_log (table_name, key, op, row_data, device_id)
    SELECT 'signup_status', s.id::text, 'U',
           jsonb_build_object('signup_id', s.id, 'receipt_code', s.receipt_code, 'status', NEW.status, 'set_at', NEW.set_at),
           s.device_id
    FROM mokoko.signup s WHERE s.id = NEW.signup_id;
    RETURN NEW;
END $f$;

-- The inbox's summary of answered and routed ideas; only this trigger writes it.
CREATE FUNCTION mokoko.keep_idea_state() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    IF TG_TABLE_NAME = 'status_update' THEN
        INSERT INTO mokoko.idea_state (idea_id, status, status_at, status_by)
        VALUES (NEW.idea_id, NEW.status, NEW.set_at, NEW.set_by)
        ON CONFLICT (idea_id) DO UPDATE SET status = excluded.status, status_at = excluded.status_at,
            status_by = excluded.status_by;
    ELSE
        INSERT INTO mokoko.idea_state (idea_id, area_code) VALUES (NEW.idea_id, NEW.admin_area_code)
        ON CONFLICT (idea_id) DO UPDATE SET area_code = excluded.area_code;
    END IF;
    RETURN NEW;
END $f$;

-- Contact details on purpose and for a reason: returned to a city-hall login after the access log
-- has recorded who, when, which record and why.
CREATE FUNCTION mokoko.reveal_contact(kind text, code text, why text) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko AS $f$
DECLARE
    found uuid;
    details jsonb;
BEGIN
    IF NOT pg_has_role(session_user, 'mokoko_office', 'MEMBER') THEN
        RAISE EXCEPTION 'only city hall may see contact details' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF length(btrim(coalesce(why, ''))) < 5 THEN
        RAISE EXCEPTION 'say why you need the contact details' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF kind = 'idea' THEN
        SELECT id, jsonb_strip_nulls(jsonb_build_object('name', contact_name, 'email', contact_email, 'phone', contact_phone))
        INTO found, details FROM mokoko.idea WHERE receipt_code = code;
    ELSIF kind = 'signup' THEN
        SELECT id, jsonb_strip_nulls(jsonb_build_object('name', data -> 'name', 'phone', data -> 'phone',
                   'email', data -> 'email', 'guardian_name', data -> 'guardian_name',
                   'guardian_phone', data -> 'guardian_phone'))
        INTO found, details FROM mokoko.signup WHERE receipt_code = code;
    ELSIF kind = 'offer' THEN
        SELECT id, jsonb_strip_nulls(jsonb_build_object('name', data -> 'name', 'phone', data -> 'phone',
                   'email', data -> 'email'))
        INTO found, details FROM mokoko.offer WHERE receipt_code = code;
    ELSE
        RAISE EXCEPTION 'unknown kind %', kind USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF found IS NULL THEN
        RETURN NULL;
    END IF;
    INSERT INTO mokoko.access_log (by_role, kind, record_id, receipt_code, why)
    VALUES (session_user, kind, found, code, left(btrim(why), 500));
    RETURN details;
END $f$;

-- The access log is only ever added to: not even its owner changes or empties it (a superuser
-- can still switch triggers off; that is outside what a database can promise about itself).
CREATE FUNCTION mokoko.access_log_is_append_only() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    RAISE EXCEPTION 'the access log is never changed or emptied' USING ERRCODE = 'insufficient_privilege';
END $f$;
"""

TRIGGERS = """
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON mokoko.access_log FOR EACH ROW
    EXECUTE FUNCTION mokoko.access_log_is_append_only();
CREATE TRIGGER append_only_no_truncate BEFORE TRUNCATE ON mokoko.access_log FOR EACH STATEMENT
    EXECUTE FUNCTION mokoko.access_log_is_append_only();
CREATE TRIGGER stamp_author BEFORE INSERT ON mokoko.status_update FOR EACH ROW EXECUTE FUNCTION mokoko.stamp_author();
CREATE TRIGGER stamp_author BEFORE INSERT ON mokoko.idea_route FOR EACH ROW EXECUTE FUNCTION mokoko.stamp_author();
CREATE TRIGGER stamp_author BEFORE INSERT ON mokoko.signup_status FOR EACH ROW EXECUTE FUNCTION mokoko.stamp_author();
CREATE TRIGGER stamp_author BEFORE INSERT ON mokoko.conflict_decision FOR EACH ROW EXECUTE FUNCTION mokoko.stamp_author();
CREATE TRIGGER keep_state AFTER INSERT ON mokoko.status_update FOR EACH ROW EXECUTE FUNCTION mokoko.keep_idea_state();
CREATE TRIGGER keep_state AFTER INSERT ON mokoko.idea_route FOR EACH ROW EXECUTE FUNCTION mokoko.keep_idea_state();
CREATE TRIGGER log_change AFTER INSERT ON mokoko.idea_route FOR EACH ROW EXECUTE FUNCTION mokoko.log_route_change();
CREATE TRIGGER log_change AFTER INSERT ON mokoko.signup_status FOR EACH ROW EXECUTE FUNCTION mokoko.log_signup_status();
CREATE TRIGGER serialise BEFORE INSERT ON mokoko.idea_route
    FOR EACH STATEMENT EXECUTE FUNCTION mokoko.serialise_change_log();
CREATE TRIGGER serialise BEFORE INSERT ON mokoko.signup_status
    FOR EACH STATEMENT EXECUTE FUNCTION mokoko.serialise_change_log();
INSERT INTO mokoko.idea_state (idea_id, status, status_at, status_by)
    SELECT DISTINCT ON (idea_id) idea_id, status, set_at, set_by FROM mokoko.status_update ORDER BY idea_id, id DESC;
"""

VIEWS = f"""
CREATE VIEW mokoko.conflict_listing WITH (security_barrier) AS
    SELECT c.id, c.kind, c.record_id, c.detected_at, coalesce(d.name, c.device_role::text) AS kiosk,
           CASE WHEN c.kind = 'idea' THEN c.payload - ARRAY['contact_name', 'contact_email', 'contact_phone']
                ELSE c.payload || jsonb_build_object('data', (c.payload -> 'data') - {SIGNUP_PERSONAL_KEYS}) END AS sent
    FROM mokoko.push_conflict c LEFT JOIN mokoko.device d ON d.role_name = c.device_role;
CREATE VIEW mokoko.signup_listing WITH (security_barrier) AS
    SELECT id, device_id, receipt_code, created_at, received_at, data - {SIGNUP_PERSONAL_KEYS} AS data FROM mokoko.signup;
CREATE VIEW mokoko.offer_listing WITH (security_barrier) AS
    SELECT id, device_id, receipt_code, created_at, received_at, data - {OFFER_PERSONAL_KEYS} AS data FROM mokoko.offer;
"""

DPO = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mokoko_dpo') THEN
        CREATE ROLE mokoko_dpo NOLOGIN;
    END IF;
END $$;
"""

SECURITY = f"""
REVOKE ALL ON mokoko.office_user, mokoko.area_contact, mokoko.idea_route, mokoko.signup_status, mokoko.idea_state,
    mokoko.access_log, mokoko.signup_listing, mokoko.offer_listing, mokoko.conflict_listing, mokoko.conflict_decision FROM PUBLIC;
REVOKE ALL ON FUNCTION mokoko.stamp_author(), mokoko.area_contact_names(text), mokoko.idea_area(uuid),
    mokoko.log_idea_status(uuid), mokoko.log_route_change(), mokoko.log_signup_status(), mokoko.keep_idea_state(),
    mokoko.reveal_contact(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mokoko.stamp_author(), mokoko.area_contact_names(text), mokoko.idea_area(uuid),
    mokoko.log_idea_status(uuid), mokoko.log_route_change(), mokoko.log_signup_status(), mokoko.keep_idea_state(),
    mokoko.reveal_contact(text, text, text) TO mokoko_office;

-- Contact details only through reveal_contact().
REVOKE SELECT ON mokoko.idea, mokoko.signup, mokoko.offer FROM mokoko_office;
GRANT SELECT ({IDEA_PUBLIC_COLUMNS}) ON mokoko.idea TO mokoko_office;
GRANT SELECT ({DOCUMENT_PUBLIC_COLUMNS}) ON mokoko.signup, mokoko.offer TO mokoko_office;
GRANT SELECT ON mokoko.signup_listing, mokoko.offer_listing TO mokoko_office;

REVOKE SELECT ON mokoko.push_conflict FROM mokoko_office;
GRANT SELECT (id, kind, record_id, device_role, content_hash, detected_at) ON mokoko.push_conflict TO mokoko_office;
GRANT SELECT ON mokoko.conflict_listing, mokoko.conflict_decision TO mokoko_office;
GRANT INSERT (conflict_id, decision, note) ON mokoko.conflict_decision TO mokoko_office;

-- History is only ever added to, and never in someone else's name.
REVOKE INSERT ON mokoko.status_update FROM mokoko_office;
GRANT INSERT (idea_id, status, public_reply, reason) ON mokoko.status_update TO mokoko_office;
GRANT SELECT ON mokoko.office_user, mokoko.area_contact, mokoko.idea_route, mokoko.signup_status, mokoko.idea_state,
    mokoko.access_log TO mokoko_office;
GRANT INSERT (idea_id, admin_area_code, note) ON mokoko.idea_route TO mokoko_office;
GRANT INSERT (signup_id, status, note) ON mokoko.signup_status TO mokoko_office;
GRANT USAGE ON SEQUENCE mokoko.idea_route_id_seq, mokoko.signup_status_id_seq TO mokoko_office;

-- Pruning the log is the owner's: a city-hall login cannot delete what kiosks have not pulled.
REVOKE DELETE ON mokoko.change_log FROM mokoko_office;
REVOKE UPDATE ON mokoko.change_log_horizon FROM mokoko_office;

-- A kiosk reads the catalogue's changes and its own records' statuses only.
DROP POLICY kiosk_reads_catalogue_and_own ON mokoko.change_log;
CREATE POLICY kiosk_reads_catalogue_and_own ON mokoko.change_log FOR SELECT TO mokoko_kiosk
    USING (table_name NOT IN ('idea_status', 'signup_status') OR device_id = (SELECT mokoko.current_device_id()));
"""

DOWNGRADE = """
DROP POLICY kiosk_reads_catalogue_and_own ON mokoko.change_log;
CREATE POLICY kiosk_reads_catalogue_and_own ON mokoko.change_log FOR SELECT TO mokoko_kiosk
    USING (table_name <> 'idea_status' OR device_id = (SELECT mokoko.current_device_id()));
DELETE FROM mokoko.change_log WHERE table_name = 'signup_status';
GRANT DELETE ON mokoko.change_log TO mokoko_office;
GRANT UPDATE ON mokoko.change_log_horizon TO mokoko_office;
GRANT SELECT ON mokoko.idea, mokoko.signup, mokoko.offer TO mokoko_office;
GRANT INSERT ON mokoko.status_update TO mokoko_office;
DROP VIEW mokoko.signup_listing, mokoko.offer_listing, mokoko.conflict_listing;
DROP TABLE mokoko.conflict_decision;
GRANT SELECT ON mokoko.push_conflict TO mokoko_office;
DROP TRIGGER stamp_author ON mokoko.status_update;
DROP TRIGGER keep_state ON mokoko.status_update;
CREATE OR REPLACE FUNCTION mokoko.log_status_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    INSERT INTO mokoko.change_log (table_name, key, op, row_data, device_id)
    SELECT 'idea_status', NEW.idea_id::text, 'U',
           jsonb_build_object('idea_id', NEW.idea_id, 'receipt_code', i.receipt_code, 'status', NEW.status,
                              'public_reply', NEW.public_reply, 'set_at', NEW.set_at),
           i.device_id
    FROM mokoko.idea i WHERE i.id = NEW.idea_id;
    RETURN NEW;
END $f$;
DROP TABLE mokoko.idea_state, mokoko.access_log, mokoko.signup_status, mokoko.idea_route, mokoko.area_contact,
    mokoko.office_user;
DROP FUNCTION mokoko.reveal_contact(text, text, text), mokoko.access_log_is_append_only(), mokoko.keep_idea_state(),
    mokoko.log_signup_status(),
    mokoko.log_route_change(), mokoko.log_idea_status(uuid), mokoko.idea_area(uuid), mokoko.area_contact_names(text),
    mokoko.stamp_author();
DROP INDEX mokoko.status_update_idea, mokoko.idea_newest, mokoko.idea_stop_newest;
ALTER TABLE mokoko.idea DROP COLUMN text_search;
ALTER TABLE mokoko.status_update DROP CONSTRAINT reply_length;
"""


def upgrade() -> None:
    op.execute("SET LOCAL ROLE mokoko_owner")
    op.execute(TABLES)
    op.execute(FUNCTIONS)
    op.execute(TRIGGERS)
    op.execute(VIEWS)
    op.execute(SECURITY)
    op.execute("RESET ROLE")
    op.execute(DPO)  # as the migrating user: creating a role is not the schema owner's to do
    op.execute("SET LOCAL ROLE mokoko_owner")
    op.execute("GRANT USAGE ON SCHEMA mokoko TO mokoko_dpo; GRANT SELECT ON mokoko.access_log, mokoko.office_user TO mokoko_dpo")
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE mokoko_owner")
    op.execute(DOWNGRADE)
    op.execute("RESET ROLE")
