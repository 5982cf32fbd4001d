"""Associations see their volunteers (issue 31): a login per association (``mokoko central
add-partner``) that sees only the sign-ups for its own opportunities, opens a volunteer's contact
details through a logged reveal with a reason, and marks them contacted, placed or declined.

Revision ID: c0031
Revises: c0030
Create Date: 2026-12-05

- ``mokoko_partner``: the group of association logins (NOLOGIN; the administrator grants it).
- ``mokoko.partner``: an association, its login, and its own public key (contact details are handed
  over sealed to it: an association never holds the municipality's key). ``partner_opportunity``:
  which opportunities it runs. Row-level security: an association reads its own rows only.
- ``mokoko.partner_signup_listing``: the sign-ups of the asking association's opportunities, without
  contact details (the view's join on ``current_user``).
- ``mokoko.signup_status`` gets row-level security: city hall as before; an association reads and
  inserts statuses of its own opportunities' sign-ups only (``partner_runs``), never the notes.
  The status then flows to the citizen's follow-up and e-mail by the triggers it always had.
- ``mokoko.partner_contact``: a sign-up's contact details sealed to the association's key, written
  by city hall (``mokoko office hand-over``, run with the e-mails) only for an association that runs
  the sign-up's opportunity; read by the association only through ``partner_reveal(code, why)``,
  which writes the access log first. Deleted with the details themselves (erasure, purge), and
  all of an association's when its login is taken away.
"""

from alembic import op

from central_database.migration_steps import as_owner

revision = "c0031"
down_revision = "c0030"
branch_labels = None
depends_on = None

ROLE = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'mokoko_partner') THEN
        CREATE ROLE mokoko_partner NOLOGIN;
    END IF;
    EXECUTE pg_catalog.format('GRANT CONNECT ON DATABASE %I TO mokoko_partner', pg_catalog.current_database());
END $$;
GRANT mokoko_partner TO mokoko_admin WITH ADMIN TRUE, INHERIT FALSE, SET FALSE;
"""

UPGRADE = """
GRANT USAGE ON SCHEMA mokoko TO mokoko_partner;

CREATE TABLE mokoko.partner (
    role_name name PRIMARY KEY,
    name text NOT NULL CHECK (pg_catalog.length(name) BETWEEN 1 AND 100),
    key_id text CHECK (key_id ~ '^[0-9a-f]{16}$'),
    public_key text CHECK (pg_catalog.length(public_key) = 44),
    created_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
    removed_at timestamptz,
    CHECK ((key_id IS NULL) = (public_key IS NULL))
);
CREATE TABLE mokoko.partner_opportunity (
    role_name name NOT NULL REFERENCES mokoko.partner (role_name) ON DELETE CASCADE,
    opportunity_id text NOT NULL CHECK (pg_catalog.length(opportunity_id) BETWEEN 1 AND 60),
    PRIMARY KEY (role_name, opportunity_id)
);
CREATE INDEX partner_opportunity_by_opportunity ON mokoko.partner_opportunity (opportunity_id);
CREATE TABLE mokoko.partner_contact (
    signup_id uuid NOT NULL REFERENCES mokoko.signup (id) ON DELETE CASCADE,
    role_name name NOT NULL REFERENCES mokoko.partner (role_name) ON DELETE CASCADE,
    key_id text NOT NULL,
    sealed text NOT NULL CHECK (pg_catalog.length(sealed) <= 8000),
    set_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
    set_by name NOT NULL DEFAULT CURRENT_USER,
    PRIMARY KEY (signup_id, role_name)
);
CREATE TRIGGER stamp_author BEFORE INSERT ON mokoko.partner_contact FOR EACH ROW EXECUTE FUNCTION mokoko.stamp_author();

-- Whether the association ``partner`` (a login) runs the opportunity of the sign-up ``signup``.
CREATE FUNCTION mokoko.partner_runs(signup uuid, partner name) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
    SELECT EXISTS (
        SELECT 1 FROM mokoko.signup g
        JOIN mokoko.partner_opportunity o ON o.opportunity_id = g.data ->> 'opportunity_id'
        JOIN mokoko.partner p ON p.role_name = o.role_name
        WHERE g.id = signup AND o.role_name = partner AND p.removed_at IS NULL)
$f$;

ALTER TABLE mokoko.partner ENABLE ROW LEVEL SECURITY;
CREATE POLICY admin_all ON mokoko.partner TO mokoko_admin USING (true) WITH CHECK (true);
CREATE POLICY office_reads ON mokoko.partner FOR SELECT TO mokoko_office USING (true);
CREATE POLICY partner_reads_own ON mokoko.partner FOR SELECT TO mokoko_partner USING (role_name = CURRENT_USER);
ALTER TABLE mokoko.partner_opportunity ENABLE ROW LEVEL SECURITY;
CREATE POLICY admin_all ON mokoko.partner_opportunity TO mokoko_admin USING (true) WITH CHECK (true);
CREATE POLICY office_reads ON mokoko.partner_opportunity FOR SELECT TO mokoko_office USING (true);
CREATE POLICY partner_reads_own ON mokoko.partner_opportunity FOR SELECT TO mokoko_partner USING (role_name = CURRENT_USER);
ALTER TABLE mokoko.partner_contact ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_reads ON mokoko.partner_contact FOR SELECT TO mokoko_office USING (true);
CREATE POLICY office_hands_over ON mokoko.partner_contact FOR INSERT TO mokoko_office
    WITH CHECK (mokoko.partner_runs(signup_id, role_name)
                AND key_id = (SELECT p.key_id FROM mokoko.partner p WHERE p.role_name = partner_contact.role_name));
ALTER TABLE mokoko.signup_status ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_all ON mokoko.signup_status TO mokoko_office USING (true) WITH CHECK (true);
CREATE POLICY partner_reads_own ON mokoko.signup_status FOR SELECT TO mokoko_partner
    USING (mokoko.partner_runs(signup_id, CURRENT_USER));
CREATE POLICY partner_marks_own ON mokoko.signup_status FOR INSERT TO mokoko_partner
    WITH CHECK (mokoko.partner_runs(signup_id, CURRENT_USER) AND status IN ('contacted', 'placed', 'declined'));

CREATE VIEW mokoko.partner_signup_listing WITH (security_barrier) AS
SELECT l.id, l.receipt_code, l.created_at, l.data ->> 'stop_id' AS stop_id, l.data ->> 'opportunity_id' AS opportunity_id,
       coalesce(l.data ->> 'age_group', '') AS age_group, coalesce(l.data -> 'availability', '[]') AS availability,
       coalesce(s.status, 'new') AS status, s.set_at AS status_at,
       EXISTS (SELECT 1 FROM mokoko.partner_contact c WHERE c.signup_id = l.id AND c.role_name = o.role_name) AS handed_over
FROM mokoko.signup_listing l
JOIN mokoko.partner_opportunity o ON o.opportunity_id = l.data ->> 'opportunity_id' AND o.role_name = CURRENT_USER
JOIN mokoko.partner p ON p.role_name = o.role_name AND p.removed_at IS NULL
LEFT JOIN LATERAL (SELECT x.status, x.set_at FROM mokoko.signup_status x WHERE x.signup_id = l.id ORDER BY x.id DESC LIMIT 1) s ON true;

-- An association opens one of its volunteers' contact details: written in the access log first.
-- Another association's code, or an unknown one, gives NULL alike; {} when city hall has not handed
-- them over yet (or they were deleted as promised).
CREATE FUNCTION mokoko.partner_reveal(code text, why text) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
DECLARE
    found pg_catalog.uuid;
    details pg_catalog.jsonb;
BEGIN
    IF NOT pg_catalog.pg_has_role(session_user, 'mokoko_partner', 'MEMBER') THEN
        RAISE EXCEPTION 'only an association may use this' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF pg_catalog.length(pg_catalog.btrim(coalesce(why, ''))) < 5 THEN
        RAISE EXCEPTION 'say why you need the contact details' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT g.id INTO found FROM mokoko.signup g WHERE g.receipt_code = code AND mokoko.partner_runs(g.id, session_user);
    IF found IS NULL THEN
        RETURN NULL;
    END IF;
    INSERT INTO mokoko.access_log (by_role, kind, record_id, receipt_code, why)
    VALUES (session_user, 'signup', found, code, pg_catalog.left(pg_catalog.btrim(why), 500));
    SELECT pg_catalog.jsonb_build_object('sealed', c.sealed) INTO details
    FROM mokoko.partner_contact c WHERE c.signup_id = found AND c.role_name = session_user;
    RETURN coalesce(details, '{}'::pg_catalog.jsonb);
END $f$;

-- Whether a sign-up still has contact details (for city hall's hand-over; no value leaves).
CREATE FUNCTION mokoko.signup_has_contact(signup uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
    SELECT coalesce((SELECT g.data ?| ARRAY['sealed_contact', 'name', 'phone', 'email', 'guardian_name', 'guardian_phone']
                     FROM mokoko.signup g WHERE g.id = signup), false)
$f$;

CREATE FUNCTION mokoko.forget_partner_contact() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
BEGIN
    IF NOT (NEW.data ?| ARRAY['sealed_contact', 'name', 'phone', 'email', 'guardian_name', 'guardian_phone']) THEN
        DELETE FROM mokoko.partner_contact c WHERE c.signup_id = NEW.id;
    END IF;
    RETURN NULL;
END $f$;
CREATE TRIGGER forget_partner_contact AFTER UPDATE OF data ON mokoko.signup FOR EACH ROW EXECUTE FUNCTION mokoko.forget_partner_contact();

-- An association whose login is taken away keeps none of the contact details handed over to it.
CREATE FUNCTION mokoko.forget_removed_partner() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
BEGIN
    IF NEW.removed_at IS NOT NULL THEN
        DELETE FROM mokoko.partner_contact c WHERE c.role_name = NEW.role_name;
    END IF;
    RETURN NULL;
END $f$;
CREATE TRIGGER forget_contacts AFTER UPDATE OF removed_at ON mokoko.partner FOR EACH ROW EXECUTE FUNCTION mokoko.forget_removed_partner();

ALTER TABLE mokoko.session_limit DROP CONSTRAINT session_limit_role_group_check;
ALTER TABLE mokoko.session_limit ADD CONSTRAINT session_limit_role_group_check
    CHECK (role_group IN ('mokoko_kiosk', 'mokoko_web', 'mokoko_office', 'mokoko_dpo', 'mokoko_partner'));
INSERT INTO mokoko.session_limit VALUES ('mokoko_partner', '30 seconds', '1 minute', '10 minutes');

REVOKE ALL ON mokoko.partner, mokoko.partner_opportunity, mokoko.partner_contact, mokoko.partner_signup_listing FROM PUBLIC;
REVOKE ALL ON FUNCTION mokoko.partner_runs(uuid, name), mokoko.partner_reveal(text, text), mokoko.forget_partner_contact(),
    mokoko.signup_has_contact(uuid), mokoko.forget_removed_partner() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mokoko.signup_has_contact(uuid) TO mokoko_office;
GRANT SELECT ON mokoko.opportunity, mokoko.stop TO mokoko_partner;  -- the catalogue's names, public anyway
GRANT SELECT, INSERT, UPDATE (removed_at, key_id, public_key) ON mokoko.partner TO mokoko_admin;
GRANT SELECT ON mokoko.partner TO mokoko_office, mokoko_partner;
GRANT SELECT, INSERT, DELETE ON mokoko.partner_opportunity TO mokoko_admin;
GRANT SELECT ON mokoko.partner_opportunity TO mokoko_office, mokoko_partner;
GRANT SELECT (signup_id, role_name, key_id, set_at, set_by), INSERT (signup_id, role_name, key_id, sealed)
    ON mokoko.partner_contact TO mokoko_office;
GRANT SELECT ON mokoko.partner_signup_listing TO mokoko_partner;
GRANT SELECT (id, signup_id, status, set_at), INSERT (signup_id, status) ON mokoko.signup_status TO mokoko_partner;
GRANT USAGE ON SEQUENCE mokoko.signup_status_id_seq TO mokoko_partner;
GRANT EXECUTE ON FUNCTION mokoko.partner_runs(uuid, name) TO mokoko_office, mokoko_partner;
GRANT EXECUTE ON FUNCTION mokoko.partner_reveal(text, text) TO mokoko_partner;
"""

DOWNGRADE = """
DELETE FROM mokoko.session_limit WHERE role_group = 'mokoko_partner';
ALTER TABLE mokoko.session_limit DROP CONSTRAINT session_limit_role_group_check;
ALTER TABLE mokoko.session_limit ADD CONSTRAINT session_limit_role_group_check
    CHECK (role_group IN ('mokoko_kiosk', 'mokoko_web', 'mokoko_office', 'mokoko_dpo'));
DROP TRIGGER forget_partner_contact ON mokoko.signup;
DROP FUNCTION mokoko.forget_partner_contact();
DROP FUNCTION mokoko.partner_reveal(text, text);
DROP FUNCTION mokoko.signup_has_contact(uuid);
REVOKE SELECT ON mokoko.opportunity, mokoko.stop FROM mokoko_partner;
DROP VIEW mokoko.partner_signup_listing;
REVOKE ALL ON mokoko.signup_status FROM mokoko_partner;
REVOKE ALL ON SEQUENCE mokoko.signup_status_id_seq FROM mokoko_partner;
DROP POLICY office_all ON mokoko.signup_status;
DROP POLICY partner_reads_own ON mokoko.signup_status;
DROP POLICY partner_marks_own ON mokoko.signup_status;
ALTER TABLE mokoko.signup_status DISABLE ROW LEVEL SECURITY;
DROP TABLE mokoko.partner_contact;
DROP TRIGGER forget_contacts ON mokoko.partner;
DROP FUNCTION mokoko.forget_removed_partner();
DROP TABLE mokoko.partner_opportunity;
DROP TABLE mokoko.partner;
DROP FUNCTION mokoko.partner_runs(uuid, name);
REVOKE USAGE ON SCHEMA mokoko FROM mokoko_partner;
"""

ROLE_DOWNGRADE = """
DO $$
BEGIN
    EXECUTE pg_catalog.format('REVOKE CONNECT ON DATABASE %I FROM mokoko_partner', pg_catalog.current_database());
END $$;
"""


def upgrade() -> None:
    op.execute(ROLE)
    as_owner(UPGRADE)


def downgrade() -> None:
    as_owner(DOWNGRADE)
    op.execute(ROLE_DOWNGRADE)
