"""Roles for people, not the superuser, and limits no login can lift (issue 26, findings 4 and 8).

Revision ID: c0020
Revises: c0019
Create Date: 2026-12-05

- **The administrator** (``mokoko_admin``, NOLOGIN; ``mokoko central init`` makes its login) does
  the day-to-day work that needed the owner's or the superuser's URL: registering kiosks, city-hall
  people and web readers (CREATEROLE, with ADMIN OPTION on the four groups only), loading the
  catalogue and keys, purging what is past its period, pruning the change log and ending overlong
  sessions (the last three through SECURITY DEFINER functions). It is neither the owner nor a
  superuser: it cannot read contact details, write the change log, or switch off a trigger of
  ``access_log``. No login is a member of ``mokoko_owner`` any more (the one running ``init`` was).
- **City hall** no longer changes the catalogue and tour plan every kiosk pulls (that is the
  administrator's ``load-catalogue``), and loses what it never used: the change log, the tags,
  the vouchers, two sequences.
- **Limits a login cannot lift.** A kiosk may ``SET statement_timeout = 0``; the server's own
  watchdog cannot be talked out of anything. ``mokoko.session_limit`` holds each group's limits
  (statement, idle in a transaction, whole transaction); ``mokoko.end_overlong_sessions()``,
  called every few seconds by ``mokoko central watchdog``, ends the sessions past them. A kiosk
  left sitting on a lock delays the others by at most its limit.
"""

from alembic import op

revision = "c0020"
down_revision = "c0019"
branch_labels = None
depends_on = None

GROUPS = ("mokoko_kiosk", "mokoko_office", "mokoko_dpo", "mokoko_web")
CATALOGUE = ("admin_area", "home_area", "theme", "consultation", "stop", "interest", "opportunity", "status")
PUBLIC_SERVER_ROLES = ("pg_signal_backend", "pg_read_all_stats")  # the owner's, for its two session functions

ROLES = f"""
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'mokoko_admin') THEN
        CREATE ROLE mokoko_admin NOLOGIN;
    END IF;
END $$;
GRANT {", ".join(GROUPS)} TO mokoko_admin WITH ADMIN TRUE, INHERIT FALSE, SET FALSE;
GRANT {", ".join(PUBLIC_SERVER_ROLES)} TO mokoko_owner;
DO $$
DECLARE
    login pg_catalog.name;
BEGIN
    FOR login IN SELECT r.rolname FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles r ON r.oid = m.member
                 WHERE m.roleid = 'mokoko_owner'::pg_catalog.regrole AND r.rolcanlogin LOOP
        EXECUTE pg_catalog.format('REVOKE mokoko_owner FROM %I', login);
    END LOOP;
    EXECUTE pg_catalog.format('GRANT CONNECT ON DATABASE %I TO mokoko_admin', pg_catalog.current_database());
END $$;
"""

ROLES_DOWNGRADE = f"""
REVOKE {", ".join(PUBLIC_SERVER_ROLES)} FROM mokoko_owner;
GRANT mokoko_owner TO CURRENT_USER;
DO $$
BEGIN
    EXECUTE pg_catalog.format('REVOKE CONNECT ON DATABASE %I FROM mokoko_admin', pg_catalog.current_database());
END $$;
"""

LIMITS = """
CREATE TABLE mokoko.session_limit (
    role_group name PRIMARY KEY CHECK (role_group IN ('mokoko_kiosk', 'mokoko_web', 'mokoko_office', 'mokoko_dpo')),
    statement interval CHECK (statement >= interval '1 second'),
    idle_in_transaction interval CHECK (idle_in_transaction >= interval '1 second'),
    whole_transaction interval CHECK (whole_transaction >= interval '1 second')
);
-- A kiosk's pushes commit in batches of seconds; a look-up of the follow-up site takes
-- milliseconds; city hall's reports may read long, but nobody at city hall sits on a transaction.
INSERT INTO mokoko.session_limit VALUES
    ('mokoko_kiosk', '30 seconds', '30 seconds', '2 minutes'),
    ('mokoko_web', '5 seconds', '5 seconds', '30 seconds'),
    ('mokoko_office', NULL, '1 minute', NULL),
    ('mokoko_dpo', NULL, '1 minute', NULL);

-- Ends every session of a limited group that is past one of its limits. Returns who and why.
-- (A loop, so that nothing is ended before its row has passed every condition.)
CREATE FUNCTION mokoko.end_overlong_sessions()
    RETURNS TABLE (ended_pid pg_catalog.int4, ended_login pg_catalog.name, reason pg_catalog.text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
BEGIN
    FOR ended_pid, ended_login, reason IN
        SELECT DISTINCT ON (a.pid) a.pid, a.usename, CASE
                WHEN a.state LIKE 'idle in transaction%' AND pg_catalog.clock_timestamp() - a.state_change > l.idle_in_transaction
                    THEN 'idle in a transaction longer than ' || l.idle_in_transaction
                WHEN a.state = 'active' AND pg_catalog.clock_timestamp() - a.query_start > l.statement
                    THEN 'one statement longer than ' || l.statement
                WHEN pg_catalog.clock_timestamp() - a.xact_start > l.whole_transaction
                    THEN 'a transaction longer than ' || l.whole_transaction
            END
        FROM pg_catalog.pg_stat_activity a
        JOIN pg_catalog.pg_roles r ON r.oid = a.usesysid AND NOT r.rolsuper
        JOIN mokoko.session_limit l ON pg_catalog.pg_has_role(a.usesysid, l.role_group, 'USAGE')
        WHERE a.datname = pg_catalog.current_database() AND a.pid <> pg_catalog.pg_backend_pid()
        ORDER BY a.pid, 3 NULLS LAST
    LOOP
        IF reason IS NOT NULL AND pg_catalog.pg_terminate_backend(ended_pid) THEN
            RETURN NEXT;
        END IF;
    END LOOP;
END $f$;

-- Ends the sessions of one login of the four groups (a kiosk or a person whose login was taken away).
CREATE FUNCTION mokoko.end_sessions_of(login pg_catalog.name) RETURNS pg_catalog.int4
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
DECLARE
    session pg_catalog.int4;
    ended pg_catalog.int4 := 0;
BEGIN
    FOR session IN
        SELECT a.pid FROM pg_catalog.pg_stat_activity a JOIN pg_catalog.pg_roles r ON r.oid = a.usesysid AND NOT r.rolsuper
        WHERE a.usename = login AND a.datname = pg_catalog.current_database()
          AND EXISTS (SELECT 1 FROM mokoko.session_limit l WHERE pg_catalog.pg_has_role(a.usesysid, l.role_group, 'USAGE'))
    LOOP
        IF pg_catalog.pg_terminate_backend(session) THEN
            ended := ended + 1;
        END IF;
    END LOOP;
    RETURN ended;
END $f$;
"""

# The change log without superseded entries, and the horizon raised (kiosks with an older cursor
# start over). An entry is superseded only by a newer one for the same row *and the same kiosk*.
PRUNE = """
CREATE FUNCTION mokoko.prune_change_log() RETURNS pg_catalog.int8
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
DECLARE
    fence pg_catalog.xid8 := pg_catalog.pg_snapshot_xmin(pg_catalog.pg_current_snapshot());
    dropped pg_catalog.int8;
    highest pg_catalog.int8;
BEGIN
    LOCK TABLE mokoko.change_log_turn IN EXCLUSIVE MODE;
    WITH gone AS (
        DELETE FROM mokoko.change_log c WHERE c.txid < fence AND (c.op = 'D' OR EXISTS (
            SELECT 1 FROM mokoko.change_log n WHERE n.table_name = c.table_name AND n.key = c.key
            AND n.device_id IS NOT DISTINCT FROM c.device_id AND n.seq > c.seq))
        RETURNING c.seq)
    SELECT pg_catalog.count(*), coalesce(pg_catalog.max(seq), 0) INTO dropped, highest FROM gone;
    UPDATE mokoko.change_log_horizon SET min_txid = fence, min_seq = GREATEST(min_seq, highest) WHERE id = 1;
    RETURN dropped;
END $f$;
"""

# What the nightly purge deletes (the rules of the retention module before, now the database's own,
# so the administrator needs no rights on the records themselves).
PURGE = """
CREATE FUNCTION mokoko.purge_expired() RETURNS TABLE (what pg_catalog.text, deleted pg_catalog.int8)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
DECLARE
    at pg_catalog.timestamptz := pg_catalog.now();
    idea_contact pg_catalog.text[] := ARRAY['contact_name', 'contact_email', 'contact_phone', 'sealed_contact'];
    document_contact pg_catalog.text[] := ARRAY['name', 'phone', 'email', 'guardian_name', 'guardian_phone', 'message',
                                                'sealed_contact'];
    n pg_catalog.int8;
    copies pg_catalog.int8 := 0;
BEGIN
    UPDATE mokoko.idea i SET contact_name = NULL, contact_email = NULL, contact_phone = NULL, sealed_contact = NULL
    FROM mokoko.idea_state s, mokoko.retention r
    WHERE s.idea_id = i.id AND r.kind = 'idea-contact-after-answer'
      AND s.status IN ('done', 'not-taken-further') AND s.status_at < at - pg_catalog.make_interval(days => r.days)
      AND (i.contact_name IS NOT NULL OR i.contact_email IS NOT NULL OR i.contact_phone IS NOT NULL OR i.sealed_contact IS NOT NULL);
    GET DIAGNOSTICS n = ROW_COUNT;
    what := 'ideas'' contact details'; deleted := n; RETURN NEXT;
    UPDATE mokoko.signup g SET data = g.data - document_contact
    FROM mokoko.retention r
    WHERE r.kind = 'signup-contact' AND g.created_at < at - pg_catalog.make_interval(days => r.days) AND g.data ?| document_contact;
    GET DIAGNOSTICS n = ROW_COUNT;
    what := 'sign-ups'' contact details'; deleted := n; RETURN NEXT;
    DELETE FROM mokoko.offer o USING mokoko.retention r
    WHERE r.kind = 'offer' AND o.created_at < at - pg_catalog.make_interval(days => r.days);
    GET DIAGNOSTICS n = ROW_COUNT;
    what := 'Byttebørs posts'; deleted := n; RETURN NEXT;
    -- Copies kept aside by the push (conflicts) lose what their record lost.
    UPDATE mokoko.push_conflict c SET payload = c.payload - idea_contact
    FROM mokoko.idea i
    WHERE c.kind = 'idea' AND c.record_id = i.id AND c.payload ?| idea_contact
      AND i.contact_name IS NULL AND i.contact_email IS NULL AND i.contact_phone IS NULL AND i.sealed_contact IS NULL;
    GET DIAGNOSTICS n = ROW_COUNT;
    copies := copies + n;
    UPDATE mokoko.push_conflict c SET payload = pg_catalog.jsonb_set(c.payload, '{data}', (c.payload -> 'data') - document_contact)
    FROM mokoko.signup g
    WHERE c.kind = 'signup' AND c.record_id = g.id AND NOT g.data ?| document_contact AND (c.payload -> 'data') ?| document_contact;
    GET DIAGNOSTICS n = ROW_COUNT;
    copies := copies + n;
    UPDATE mokoko.push_conflict c SET payload = '{"deleted": "retention"}'
    WHERE c.kind = 'offer' AND NOT EXISTS (SELECT 1 FROM mokoko.offer o WHERE o.id = c.record_id)
      AND c.payload <> '{"deleted": "retention"}';
    GET DIAGNOSTICS n = ROW_COUNT;
    what := 'copies kept aside as conflicts'; deleted := copies + n; RETURN NEXT;
END $f$;
"""

PRIVILEGES = f"""
-- The administrator.
GRANT USAGE ON SCHEMA mokoko TO mokoko_admin;
GRANT SELECT, INSERT, UPDATE ON {", ".join(f"mokoko.{table}" for table in CATALOGUE)},
    mokoko.retention, mokoko.effect_goal TO mokoko_admin;
GRANT SELECT, INSERT, UPDATE (active) ON mokoko.sealing_key TO mokoko_admin;
GRANT SELECT, INSERT ON mokoko.device TO mokoko_admin;
GRANT SELECT ON mokoko.device_tag TO mokoko_admin;
GRANT SELECT, INSERT, UPDATE (removed_at) ON mokoko.office_user TO mokoko_admin;
GRANT SELECT, INSERT, DELETE ON mokoko.area_contact TO mokoko_admin;
GRANT SELECT, UPDATE ON mokoko.session_limit TO mokoko_admin;
CREATE POLICY admin_registers ON mokoko.device FOR ALL TO mokoko_admin USING (true) WITH CHECK (true);
REVOKE ALL ON FUNCTION mokoko.end_overlong_sessions(), mokoko.end_sessions_of(pg_catalog.name), mokoko.prune_change_log(),
    mokoko.purge_expired() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mokoko.end_overlong_sessions(), mokoko.end_sessions_of(pg_catalog.name), mokoko.prune_change_log(),
    mokoko.purge_expired() TO mokoko_admin;
REVOKE ALL ON mokoko.session_limit FROM PUBLIC;

-- City hall: the catalogue is read, not written; what it never used is gone.
REVOKE INSERT, UPDATE, DELETE ON {", ".join(f"mokoko.{table}" for table in CATALOGUE)} FROM mokoko_office;
REVOKE SELECT ON mokoko.change_log, mokoko.change_log_horizon, mokoko.catalogue_code, mokoko.device_tag,
    mokoko.voucher, mokoko.device_stop FROM mokoko_office;
DROP POLICY office_reads ON mokoko.change_log;
REVOKE USAGE ON SEQUENCE mokoko.push_conflict_id_seq, mokoko.erasure_request_id_seq FROM mokoko_office;
REVOKE EXECUTE ON FUNCTION mokoko.current_device_id() FROM mokoko_office;
"""

PRIVILEGES_DOWNGRADE = f"""
GRANT EXECUTE ON FUNCTION mokoko.current_device_id() TO mokoko_office;
GRANT USAGE ON SEQUENCE mokoko.push_conflict_id_seq, mokoko.erasure_request_id_seq TO mokoko_office;
CREATE POLICY office_reads ON mokoko.change_log FOR SELECT TO mokoko_office USING (true);
GRANT SELECT ON mokoko.change_log, mokoko.change_log_horizon, mokoko.catalogue_code, mokoko.device_tag,
    mokoko.voucher, mokoko.device_stop TO mokoko_office;
GRANT INSERT, UPDATE, DELETE ON {", ".join(f"mokoko.{table}" for table in CATALOGUE)} TO mokoko_office;
DROP POLICY admin_registers ON mokoko.device;
DROP FUNCTION mokoko.purge_expired(), mokoko.prune_change_log(), mokoko.end_sessions_of(name), mokoko.end_overlong_sessions();
DROP TABLE mokoko.session_limit;
REVOKE ALL ON ALL TABLES IN SCHEMA mokoko FROM mokoko_admin;
REVOKE USAGE ON SCHEMA mokoko FROM mokoko_admin;
"""


def upgrade() -> None:
    op.execute(ROLES)  # as the migrating superuser: roles are the server's
    op.execute("SET LOCAL ROLE mokoko_owner")
    op.execute(LIMITS)
    op.execute(PRUNE)
    op.execute(PURGE)
    op.execute(PRIVILEGES)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE mokoko_owner")
    op.execute(PRIVILEGES_DOWNGRADE)
    op.execute("RESET ROLE")
    op.execute(ROLES_DOWNGRADE)
