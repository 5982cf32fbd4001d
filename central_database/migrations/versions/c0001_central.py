"""Central schema: catalogue, submissions, statuses, conflicts, erasure requests, change log,
roles and row-level security.

Revision ID: c0001
Revises:
Create Date: 2026-11-22

Roles (cluster-wide, created if missing):
- mokoko_owner: owns the schema and every table (NOLOGIN; the owner URL's user is made a member).
- mokoko_office: city-hall staff; reads everything, sets statuses and replies.
- mokoko_kiosk: group role holding what every kiosk may do; each kiosk logs in as its own
  member role (``mokoko central add-device``), which can never SET ROLE to the group.

Traps avoided on purpose: every table with submissions has FORCE ROW LEVEL SECURITY (owners
do not bypass it), the policies compare with current_user (not with anything a kiosk could set),
there are no views and no SECURITY DEFINER functions.
"""

from alembic import op

revision = "c0001"
down_revision = None
branch_labels = None
depends_on = None

ROLES = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mokoko_owner') THEN
        CREATE ROLE mokoko_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mokoko_office') THEN
        CREATE ROLE mokoko_office NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mokoko_kiosk') THEN
        CREATE ROLE mokoko_kiosk NOLOGIN;
    END IF;
END $$;
GRANT mokoko_owner TO CURRENT_USER;
"""

TABLES = """
CREATE SCHEMA mokoko AUTHORIZATION mokoko_owner;
SET LOCAL ROLE mokoko_owner;

CREATE TABLE mokoko.device (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    tag char(4) NOT NULL UNIQUE,
    role_name name NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- The device of the kiosk role that is asking (NULL for anybody else). SECURITY INVOKER.
CREATE FUNCTION mokoko.current_device_id() RETURNS uuid
    LANGUAGE sql STABLE SET search_path = pg_catalog, mokoko
    AS $f$ SELECT id FROM mokoko.device WHERE role_name = current_user $f$;

-- Catalogue -------------------------------------------------------------------------------
CREATE TABLE mokoko.admin_area (
    code text PRIMARY KEY, name jsonb NOT NULL, sort_order int NOT NULL DEFAULT 0,
    contact_name text NOT NULL DEFAULT '', contact_how text NOT NULL DEFAULT '');
CREATE TABLE mokoko.home_area (code text PRIMARY KEY, name text NOT NULL, sort_order int NOT NULL DEFAULT 0);
CREATE TABLE mokoko.theme (
    code text PRIMARY KEY, title jsonb NOT NULL, description jsonb NOT NULL DEFAULT '{}',
    admin_area_code text, icon text, sort_order int NOT NULL DEFAULT 0, active boolean NOT NULL DEFAULT true);
CREATE TABLE mokoko.consultation (
    id text PRIMARY KEY, question jsonb NOT NULL, intro jsonb NOT NULL DEFAULT '{}',
    opens_on date NOT NULL, closes_on date);
CREATE TABLE mokoko.stop (
    id text PRIMARY KEY, place text NOT NULL, address text NOT NULL DEFAULT '',
    starts_on date NOT NULL, ends_on date NOT NULL, tour_order int NOT NULL DEFAULT 0);
CREATE TABLE mokoko.opportunity (id text PRIMARY KEY, data jsonb NOT NULL, active boolean NOT NULL DEFAULT true);
CREATE TABLE mokoko.status (
    code text PRIMARY KEY, label jsonb NOT NULL, needs_reason boolean NOT NULL DEFAULT false,
    sort_order int NOT NULL DEFAULT 0);


-- Submissions (kiosks insert; nobody but the office reads other kiosks' rows) --------------
-- device_id has no foreign key on purpose: the insert policy already pins it to the inserting
-- kiosk's own device row, and a per-row RI check would double the cost of a push.
CREATE TABLE mokoko.idea (
    id uuid PRIMARY KEY,
    device_role name NOT NULL DEFAULT current_user,
    device_id uuid NOT NULL DEFAULT mokoko.current_device_id(),
    receipt_code text NOT NULL UNIQUE,
    consultation_id text NOT NULL,
    theme_code text NOT NULL,
    text text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    contact_name text, contact_email text, contact_phone text,
    consent_version text,
    age_group text, home_area_code text,
    language text NOT NULL,
    stop_id text NOT NULL,
    created_at timestamptz NOT NULL,
    assisted boolean NOT NULL DEFAULT false,
    content_hash text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((contact_name IS NULL AND contact_email IS NULL AND contact_phone IS NULL) OR consent_version IS NOT NULL)
);
CREATE TABLE mokoko.signup (
    id uuid PRIMARY KEY,
    device_role name NOT NULL DEFAULT current_user,
    device_id uuid NOT NULL DEFAULT mokoko.current_device_id(),
    receipt_code text NOT NULL UNIQUE,
    data jsonb NOT NULL,
    created_at timestamptz NOT NULL,
    content_hash text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE mokoko.offer (
    id uuid PRIMARY KEY,
    device_role name NOT NULL DEFAULT current_user,
    device_id uuid NOT NULL DEFAULT mokoko.current_device_id(),
    data jsonb NOT NULL,
    created_at timestamptz NOT NULL,
    content_hash text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
-- The same id arriving again with other content: never dropped, never overwritten; kept here.
CREATE TABLE mokoko.push_conflict (
    id bigserial PRIMARY KEY,
    kind text NOT NULL,
    record_id uuid NOT NULL,
    device_role name NOT NULL DEFAULT current_user,
    content_hash text NOT NULL,
    payload jsonb NOT NULL,
    detected_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (kind, record_id, content_hash)
);

-- City hall's answers -----------------------------------------------------------------------
CREATE TABLE mokoko.status_update (
    id bigserial PRIMARY KEY,
    idea_id uuid NOT NULL REFERENCES mokoko.idea (id),
    status text NOT NULL REFERENCES mokoko.status (code),
    public_reply text NOT NULL DEFAULT '',
    reason text NOT NULL DEFAULT '',
    set_at timestamptz NOT NULL DEFAULT now(),
    set_by name NOT NULL DEFAULT current_user
);
CREATE TABLE mokoko.erasure_request (
    id bigserial PRIMARY KEY,
    kind text NOT NULL,
    record_id uuid NOT NULL,
    requested_at timestamptz NOT NULL DEFAULT now(),
    handled_at timestamptz,
    note text NOT NULL DEFAULT ''
);

-- The change log kiosks pull from: one row per change of a catalogue row or a status, written
-- by triggers in the changing transaction. Pulls are fenced by the snapshot's xmin so a change
-- whose transaction started earlier but committed later is never skipped.
CREATE TABLE mokoko.change_log (
    seq bigserial PRIMARY KEY,
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    table_name text NOT NULL,
    key text NOT NULL,
    op char(1) NOT NULL CHECK (op IN ('U', 'D')),
    row_data jsonb
);
CREATE INDEX change_log_position ON mokoko.change_log (txid, seq);
-- Changes older than this were pruned; a kiosk whose cursor is older starts over.
CREATE TABLE mokoko.change_log_horizon (id int PRIMARY KEY CHECK (id = 1), min_txid xid8 NOT NULL);
INSERT INTO mokoko.change_log_horizon VALUES (1, '0');

CREATE FUNCTION mokoko.log_catalogue_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, mokoko AS $f$
DECLARE
    key_column text := TG_ARGV[0];
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO mokoko.change_log (table_name, key, op, row_data)
        VALUES (TG_TABLE_NAME, to_jsonb(OLD) ->> key_column, 'D', NULL);
        RETURN OLD;
    END IF;
    IF TG_OP = 'UPDATE' AND (to_jsonb(OLD) ->> key_column) <> (to_jsonb(NEW) ->> key_column) THEN
        INSERT INTO mokoko.change_log (table_name, key, op, row_data)
        VALUES (TG_TABLE_NAME, to_jsonb(OLD) ->> key_column, 'D', NULL);
    END IF;
    INSERT INTO mokoko.change_log (table_name, key, op, row_data)
    VALUES (TG_TABLE_NAME, to_jsonb(NEW) ->> key_column, 'U', to_jsonb(NEW));
    RETURN NEW;
END $f$;

CREATE FUNCTION mokoko.log_status_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    INSERT INTO mokoko.change_log (table_name, key, op, row_data)
    SELECT 'idea_status', NEW.idea_id::text, 'U',
           jsonb_build_object('idea_id', NEW.idea_id, 'receipt_code', i.receipt_code, 'status', NEW.status,
                              'public_reply', NEW.public_reply, 'reason', NEW.reason, 'set_at', NEW.set_at)
    FROM mokoko.idea i WHERE i.id = NEW.idea_id;
    RETURN NEW;
END $f$;
CREATE TRIGGER log_change AFTER INSERT ON mokoko.status_update FOR EACH ROW EXECUTE FUNCTION mokoko.log_status_change();
"""

STATUSES = """
INSERT INTO mokoko.status (code, label, needs_reason, sort_order) VALUES
    ('received', '{"da": "Modtaget", "en": "Received"}', false, 0),
    ('being-looked-at', '{"da": "Bliver set på", "en": "Being looked at"}', false, 1),
    ('forwarded', '{"da": "Sendt videre til kontaktpersonen", "en": "Forwarded to the contact person"}', false, 2),
    ('in-progress', '{"da": "I gang", "en": "In progress"}', false, 3),
    ('done', '{"da": "Gennemført", "en": "Done"}', false, 4),
    ('not-taken-further', '{"da": "Ikke ført videre", "en": "Not taken further"}', true, 5);
"""

CATALOGUE_KEYS = {
    "admin_area": "code",
    "home_area": "code",
    "theme": "code",
    "consultation": "id",
    "stop": "id",
    "opportunity": "id",
    "status": "code",
}

SECURITY = """
REVOKE ALL ON SCHEMA mokoko FROM PUBLIC;
GRANT USAGE ON SCHEMA mokoko TO mokoko_office, mokoko_kiosk;
REVOKE ALL ON ALL TABLES IN SCHEMA mokoko FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA mokoko FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mokoko.current_device_id() TO mokoko_kiosk, mokoko_office;

-- The office: reads everything, answers ideas, handles erasure requests and conflicts.
GRANT SELECT ON ALL TABLES IN SCHEMA mokoko TO mokoko_office;
GRANT INSERT, UPDATE, DELETE ON mokoko.admin_area, mokoko.home_area, mokoko.theme, mokoko.consultation,
    mokoko.stop, mokoko.opportunity, mokoko.status, mokoko.erasure_request TO mokoko_office;
GRANT INSERT ON mokoko.status_update TO mokoko_office;
GRANT UPDATE (contact_name, contact_email, contact_phone) ON mokoko.idea TO mokoko_office;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA mokoko TO mokoko_office;
GRANT INSERT, DELETE ON mokoko.change_log TO mokoko_office;  -- triggers write as the office; pruning
GRANT UPDATE ON mokoko.change_log_horizon, mokoko.erasure_request TO mokoko_office;

-- Kiosks: read the catalogue and the change log; insert their own submissions; never
-- UPDATE, DELETE or TRUNCATE anything.
GRANT SELECT ON mokoko.admin_area, mokoko.home_area, mokoko.theme, mokoko.consultation, mokoko.stop,
    mokoko.opportunity, mokoko.status, mokoko.change_log, mokoko.change_log_horizon, mokoko.device TO mokoko_kiosk;
GRANT INSERT ON mokoko.idea, mokoko.signup, mokoko.offer, mokoko.push_conflict TO mokoko_kiosk;
-- Reading back their own rows: identity and hash only, never the contact details.
GRANT SELECT (id, device_role, device_id, receipt_code, content_hash, received_at) ON mokoko.idea TO mokoko_kiosk;
GRANT SELECT (id, device_role, device_id, receipt_code, content_hash, received_at) ON mokoko.signup TO mokoko_kiosk;
GRANT SELECT (id, device_role, device_id, content_hash, received_at) ON mokoko.offer TO mokoko_kiosk;
GRANT SELECT (id, kind, record_id, device_role, content_hash, detected_at) ON mokoko.push_conflict TO mokoko_kiosk;
GRANT USAGE ON SEQUENCE mokoko.push_conflict_id_seq TO mokoko_kiosk;
"""

POLICIES = """
ALTER TABLE mokoko.{table} ENABLE ROW LEVEL SECURITY;
ALTER TABLE mokoko.{table} FORCE ROW LEVEL SECURITY;
CREATE POLICY kiosk_inserts_own ON mokoko.{table} FOR INSERT TO mokoko_kiosk
    WITH CHECK (device_role = current_user {device_check});
CREATE POLICY kiosk_reads_own ON mokoko.{table} FOR SELECT TO mokoko_kiosk
    USING (device_role = current_user);
CREATE POLICY office_all ON mokoko.{table} FOR ALL TO mokoko_office, mokoko_owner USING (true) WITH CHECK (true);
"""


def upgrade() -> None:
    op.execute(ROLES)
    op.execute(TABLES)
    for table, key in CATALOGUE_KEYS.items():
        op.execute(
            f"CREATE TRIGGER log_change AFTER INSERT OR UPDATE OR DELETE ON mokoko.{table} "
            f"FOR EACH ROW EXECUTE FUNCTION mokoko.log_catalogue_change('{key}')"
        )
    op.execute(STATUSES)  # after the triggers, so the statuses reach kiosks through the change log
    op.execute(SECURITY)
    for table in ("idea", "signup", "offer"):
        # A scalar subquery: evaluated once per statement, not once per row.
        op.execute(POLICIES.format(table=table, device_check="AND device_id = (SELECT mokoko.current_device_id())"))
    op.execute(POLICIES.format(table="push_conflict", device_check=""))
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("DROP SCHEMA mokoko CASCADE")
