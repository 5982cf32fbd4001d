"""No login becomes another (issue 26, findings 1, 2 and 9): every function pins its search path
with ``pg_temp`` last, the change log is written by the database alone, and only kiosks may make
temporary tables.

Revision ID: c0018
Revises: c0017
Create Date: 2026-12-05

- **Search paths.** With ``search_path = pg_catalog, mokoko`` PostgreSQL searches the caller's
  temporary schema *first* for types and relations: a login that made ``pg_temp.text`` a domain
  whose CHECK calls its own function had that function run as the owner inside a SECURITY
  DEFINER function. Every function of the schema now ends its path with ``pg_temp``, and the
  SECURITY DEFINER functions that declare variables name their types with their schema
  (``receipt_code_valid``, a plain expression PostgreSQL inlines into a CHECK, keeps no settings:
  its operators and functions are never looked up in ``pg_temp``).
- **Temporary tables** only for kiosks (their push stages rows in one); connecting only for the
  MOKOKO roles (the database's PUBLIC grants are revoked).
- **The change log** is written only by SECURITY DEFINER trigger functions: city hall's logins
  lose INSERT on ``change_log`` (a forged ``sealing_key`` row made every kiosk seal to the
  attacker's key) and on ``catalogue_code``, and EXECUTE on the trigger helpers.
- **One writer at a time** by a lock on ``mokoko.change_log_turn``, a table no login holds any
  privilege on, so no login can take the lock and sit on it (``pg_advisory_xact_lock`` is
  anybody's). ``mokoko.take_change_log_turn()`` takes it for city hall's "nobody answers in between".
- City hall can no longer rewrite the clear contact columns of ideas from before sealing.
"""

from alembic import op

revision = "c0018"
down_revision = "c0017"
branch_labels = None
depends_on = None

PINNED = "pg_catalog, mokoko, pg_temp"
INLINED = ("receipt_code_valid",)  # plain SQL expressions inlined into CHECKs: no settings allowed

ALL_PATHS = """
DO $$
DECLARE
    f pg_catalog.regprocedure;
BEGIN
    FOR f IN SELECT p.oid::pg_catalog.regprocedure FROM pg_catalog.pg_proc p
             WHERE p.pronamespace = 'mokoko'::pg_catalog.regnamespace AND p.proname <> ALL ({inlined}) LOOP
        EXECUTE pg_catalog.format('ALTER FUNCTION %s SET search_path = {path}', f);
    END LOOP;
END $$;
"""


def all_paths(path: str) -> str:
    inlined = "ARRAY[" + ", ".join(f"'{name}'" for name in INLINED) + "]::pg_catalog.name[]"
    return ALL_PATHS.format(inlined=inlined, path=path)


DATABASE = """
DO $$
BEGIN
    EXECUTE pg_catalog.format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', pg_catalog.current_database());
    EXECUTE pg_catalog.format('GRANT CONNECT ON DATABASE %I TO mokoko_kiosk, mokoko_office, mokoko_web, mokoko_dpo',
                              pg_catalog.current_database());
    EXECUTE pg_catalog.format('GRANT TEMPORARY ON DATABASE %I TO mokoko_kiosk', pg_catalog.current_database());
END $$;
"""

DATABASE_DOWNGRADE = """
DO $$
BEGIN
    EXECUTE pg_catalog.format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO PUBLIC', pg_catalog.current_database());
    EXECUTE pg_catalog.format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM mokoko_kiosk, mokoko_office, mokoko_web, mokoko_dpo',
                              pg_catalog.current_database());
END $$;
"""

# The SECURITY DEFINER functions that declare variables, with every type named by its schema.
DEFINERS = """
CREATE OR REPLACE FUNCTION mokoko.check_kiosk_codes() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
DECLARE
    claim_tag pg_catalog.text;
    claim_device pg_catalog.uuid;
    refused pg_catalog.text;
BEGIN
    FOR claim_tag, claim_device IN
        SELECT DISTINCT pg_catalog.left(n.receipt_code, 4), d.id
        FROM inserted n JOIN mokoko.device d ON d.id = n.device_id AND d.role_name = n.device_role
        WHERE n.receipt_code IS NOT NULL AND pg_catalog.left(n.receipt_code, 4) <> d.tag
          AND NOT EXISTS (SELECT 1 FROM mokoko.device_tag f WHERE f.tag = pg_catalog.left(n.receipt_code, 4))
          AND NOT EXISTS (SELECT 1 FROM mokoko.device o WHERE o.tag = pg_catalog.left(n.receipt_code, 4))
    LOOP
        IF (SELECT pg_catalog.count(*) FROM mokoko.device_tag f WHERE f.device_id = claim_device) < 3 THEN
            INSERT INTO mokoko.device_tag (tag, device_id) VALUES (claim_tag, claim_device) ON CONFLICT DO NOTHING;
        END IF;
    END LOOP;
    SELECT n.receipt_code INTO refused
    FROM inserted n JOIN mokoko.device d ON d.id = n.device_id AND d.role_name = n.device_role
    WHERE n.receipt_code IS NOT NULL AND pg_catalog.left(n.receipt_code, 4) <> d.tag
      AND NOT EXISTS (SELECT 1 FROM mokoko.device_tag f WHERE f.tag = pg_catalog.left(n.receipt_code, 4) AND f.device_id = d.id)
    LIMIT 1;
    IF refused IS NOT NULL THEN
        RAISE EXCEPTION 'receipt code % does not carry this kiosk''s tag', refused USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $f$;

CREATE OR REPLACE FUNCTION mokoko.reveal_contact(kind pg_catalog.text, code pg_catalog.text, why pg_catalog.text)
    RETURNS pg_catalog.jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
DECLARE
    found pg_catalog.uuid;
    details pg_catalog.jsonb;
BEGIN
    IF NOT pg_catalog.pg_has_role(session_user, 'mokoko_office', 'MEMBER') THEN
        RAISE EXCEPTION 'only city hall may see contact details' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF pg_catalog.length(pg_catalog.btrim(coalesce(why, ''))) < 5 THEN
        RAISE EXCEPTION 'say why you need the contact details' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF kind = 'idea' THEN
        SELECT id, pg_catalog.jsonb_strip_nulls(pg_catalog.jsonb_build_object('name', contact_name, 'email', contact_email,
                   'phone', contact_phone, 'sealed', sealed_contact))
        INTO found, details FROM mokoko.idea WHERE receipt_code = code;
    ELSIF kind = 'signup' THEN
        SELECT id, pg_catalog.jsonb_strip_nulls(pg_catalog.jsonb_build_object('name', data -> 'name', 'phone', data -> 'phone',
                   'email', data -> 'email', 'guardian_name', data -> 'guardian_name',
                   'guardian_phone', data -> 'guardian_phone', 'message', NULLIF(data ->> 'message', ''),
                   'sealed', data -> 'sealed_contact'))
        INTO found, details FROM mokoko.signup WHERE receipt_code = code;
    ELSIF kind = 'offer' THEN
        SELECT id, pg_catalog.jsonb_strip_nulls(pg_catalog.jsonb_build_object('name', data -> 'name', 'phone', data -> 'phone',
                   'email', data -> 'email', 'sealed', data -> 'sealed_contact'))
        INTO found, details FROM mokoko.offer WHERE receipt_code = code;
    ELSE
        RAISE EXCEPTION 'unknown kind %', kind USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF found IS NULL THEN
        RETURN NULL;
    END IF;
    INSERT INTO mokoko.access_log (by_role, kind, record_id, receipt_code, why)
    VALUES (session_user, kind, found, code, pg_catalog.left(pg_catalog.btrim(why), 500));
    RETURN details;
END $f$;

CREATE OR REPLACE FUNCTION mokoko.erase_contact(code pg_catalog.text, note pg_catalog.text) RETURNS pg_catalog.int4
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
DECLARE
    found_kind pg_catalog.text;
    found_id pg_catalog.uuid;
    erased pg_catalog.int4 := 0;
BEGIN
    IF NOT pg_catalog.pg_has_role(session_user, 'mokoko_office', 'MEMBER') THEN
        RAISE EXCEPTION 'only city hall handles erasure requests' USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE mokoko.idea SET contact_name = NULL, contact_email = NULL, contact_phone = NULL, sealed_contact = NULL,
                           age_group = NULL, home_area_code = NULL
    WHERE receipt_code = code RETURNING 'idea', id INTO found_kind, found_id;
    IF found_id IS NULL THEN
        UPDATE mokoko.signup SET data = data - ARRAY['name', 'phone', 'email', 'guardian_name', 'guardian_phone', 'message',
                                                     'sealed_contact', 'age_group']
        WHERE receipt_code = code RETURNING 'signup', id INTO found_kind, found_id;
    END IF;
    IF found_id IS NULL THEN
        UPDATE mokoko.offer SET data = data - ARRAY['name', 'phone', 'email', 'guardian_name', 'guardian_phone', 'message',
                                                    'sealed_contact', 'age_group']
        WHERE receipt_code = code RETURNING 'offer', id INTO found_kind, found_id;
    END IF;
    IF found_id IS NULL THEN
        RAISE EXCEPTION 'nothing with the code % has reached the central database yet', code USING ERRCODE = 'no_data_found';
    END IF;
    UPDATE mokoko.push_conflict SET payload = CASE
            WHEN kind = 'idea' THEN payload - ARRAY['contact_name', 'contact_email', 'contact_phone', 'sealed_contact',
                                                    'age_group', 'home_area_code']
            ELSE pg_catalog.jsonb_set(payload, '{data}', (payload -> 'data') - ARRAY['name', 'phone', 'email', 'guardian_name',
                                      'guardian_phone', 'message', 'sealed_contact', 'age_group']) END
    WHERE record_id = found_id;
    UPDATE mokoko.erasure_request SET handled_at = pg_catalog.now(), handled_by = session_user, kind = found_kind,
                                      record_id = found_id, note = pg_catalog.left(coalesce(erase_contact.note, ''), 500)
    WHERE receipt_code = code AND handled_at IS NULL;
    GET DIAGNOSTICS erased = ROW_COUNT;
    INSERT INTO mokoko.change_log (table_name, key, op, row_data)
    VALUES ('erasure', code, 'U', pg_catalog.jsonb_build_object('receipt_code', code, 'done_at', pg_catalog.now()));
    RETURN erased;
END $f$;

CREATE OR REPLACE FUNCTION mokoko.public_followup(code pg_catalog.text) RETURNS pg_catalog.jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
DECLARE
    found pg_catalog.jsonb;
BEGIN
    SELECT pg_catalog.jsonb_build_object(
        'kind', 'idea', 'created_at', i.created_at, 'theme', t.title, 'stop_place', coalesce(p.place, i.stop_id),
        'status', s.status, 'status_label', st.label, 'status_at', s.status_at,
        'public_reply', coalesce((SELECT u.public_reply FROM mokoko.status_update u WHERE u.idea_id = i.id
                                  ORDER BY u.id DESC LIMIT 1), ''),
        'area', a.name, 'contact_names', mokoko.area_contact_names(coalesce(s.area_code, t.admin_area_code)))
    INTO found
    FROM mokoko.idea i
    LEFT JOIN mokoko.idea_state s ON s.idea_id = i.id
    LEFT JOIN mokoko.status st ON st.code = s.status
    LEFT JOIN mokoko.theme t ON t.code = i.theme_code
    LEFT JOIN mokoko.admin_area a ON a.code = coalesce(s.area_code, t.admin_area_code)
    LEFT JOIN mokoko.stop p ON p.id = i.stop_id
    WHERE i.receipt_code = public_followup.code;
    IF found IS NOT NULL THEN
        RETURN found;
    END IF;
    SELECT pg_catalog.jsonb_build_object(
        'kind', 'signup', 'created_at', g.created_at, 'opportunity', o.data -> 'title',
        'organisation', o.data -> 'organisation',
        'status', coalesce(x.status, 'new'), 'status_at', x.set_at)
    INTO found
    FROM mokoko.signup g
    LEFT JOIN mokoko.opportunity o ON o.id = g.data ->> 'opportunity_id'
    LEFT JOIN LATERAL (SELECT y.status, y.set_at FROM mokoko.signup_status y WHERE y.signup_id = g.id ORDER BY y.id DESC LIMIT 1) x
        ON true
    WHERE g.receipt_code = public_followup.code;
    IF found IS NOT NULL THEN
        RETURN found;
    END IF;
    SELECT pg_catalog.jsonb_build_object('kind', 'offer', 'created_at', f.created_at, 'offer_kind', f.data ->> 'kind')
    INTO found FROM mokoko.offer f WHERE f.receipt_code = public_followup.code;
    RETURN found;
END $f$;
"""

# The change log's writers: SECURITY DEFINER, so no login needs INSERT on the log; and one
# writer at a time, by a lock on a table nobody else may lock.
WRITERS = """
CREATE TABLE mokoko.change_log_turn ();
REVOKE ALL ON mokoko.change_log_turn FROM PUBLIC;

CREATE FUNCTION mokoko.take_change_log_turn() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
BEGIN
    LOCK TABLE mokoko.change_log_turn IN EXCLUSIVE MODE;
END $f$;

CREATE OR REPLACE FUNCTION mokoko.serialise_change_log() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
BEGIN
    LOCK TABLE mokoko.change_log_turn IN EXCLUSIVE MODE;
    RETURN NULL;
END $f$;

CREATE OR REPLACE FUNCTION mokoko.log_story_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
BEGIN
    LOCK TABLE mokoko.change_log_turn IN EXCLUSIVE MODE;
    IF TG_OP = 'DELETE' THEN
        INSERT INTO mokoko.change_log (table_name, key, op, row_data) VALUES ('story', OLD.idea_id::pg_catalog.text, 'D', NULL);
        RETURN OLD;
    END IF;
    INSERT INTO mokoko.change_log (table_name, key, op, row_data)
    VALUES ('story', NEW.idea_id::pg_catalog.text, 'U', mokoko.story_row(NEW));
    RETURN NEW;
END $f$;

CREATE OR REPLACE FUNCTION mokoko.log_voucher_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
BEGIN
    LOCK TABLE mokoko.change_log_turn IN EXCLUSIVE MODE;
    INSERT INTO mokoko.change_log (table_name, key, op, row_data) VALUES ('voucher', NEW.receipt_code, 'U', mokoko.voucher_row(NEW));
    RETURN NEW;
END $f$;

ALTER FUNCTION mokoko.log_catalogue_change() SECURITY DEFINER;
ALTER FUNCTION mokoko.log_status_change() SECURITY DEFINER;
ALTER FUNCTION mokoko.log_route_change() SECURITY DEFINER;
ALTER FUNCTION mokoko.log_signup_status() SECURITY DEFINER;
ALTER FUNCTION mokoko.remember_catalogue_code() SECURITY DEFINER;
"""

PRIVILEGES = """
REVOKE INSERT ON mokoko.change_log, mokoko.catalogue_code FROM mokoko_office;
REVOKE USAGE ON SEQUENCE mokoko.change_log_seq_seq FROM mokoko_office;
REVOKE UPDATE (contact_name, contact_email, contact_phone) ON mokoko.idea FROM mokoko_office;
REVOKE EXECUTE ON FUNCTION mokoko.stamp_author(), mokoko.idea_area(pg_catalog.uuid), mokoko.log_idea_status(pg_catalog.uuid),
    mokoko.log_route_change(), mokoko.log_signup_status(), mokoko.keep_idea_state() FROM mokoko_office;
REVOKE ALL ON FUNCTION mokoko.access_log_is_append_only(), mokoko.take_change_log_turn() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mokoko.take_change_log_turn() TO mokoko_office;

DROP POLICY office_all ON mokoko.change_log;
CREATE POLICY office_reads ON mokoko.change_log FOR SELECT TO mokoko_office USING (true);
CREATE POLICY owner_writes ON mokoko.change_log FOR ALL TO mokoko_owner USING (true) WITH CHECK (true);
"""

DOWNGRADE = """
DROP POLICY owner_writes ON mokoko.change_log;
DROP POLICY office_reads ON mokoko.change_log;
CREATE POLICY office_all ON mokoko.change_log FOR ALL TO mokoko_office, mokoko_owner USING (true) WITH CHECK (true);
GRANT INSERT ON mokoko.change_log, mokoko.catalogue_code TO mokoko_office;
GRANT USAGE ON SEQUENCE mokoko.change_log_seq_seq TO mokoko_office;
GRANT UPDATE (contact_name, contact_email, contact_phone) ON mokoko.idea TO mokoko_office;
GRANT EXECUTE ON FUNCTION mokoko.stamp_author(), mokoko.idea_area(uuid), mokoko.log_idea_status(uuid),
    mokoko.log_route_change(), mokoko.log_signup_status(), mokoko.keep_idea_state() TO mokoko_office;
GRANT EXECUTE ON FUNCTION mokoko.access_log_is_append_only() TO PUBLIC;

ALTER FUNCTION mokoko.log_catalogue_change() SECURITY INVOKER;
ALTER FUNCTION mokoko.log_status_change() SECURITY INVOKER;
ALTER FUNCTION mokoko.log_route_change() SECURITY INVOKER;
ALTER FUNCTION mokoko.log_signup_status() SECURITY INVOKER;
ALTER FUNCTION mokoko.remember_catalogue_code() SECURITY INVOKER;

CREATE OR REPLACE FUNCTION mokoko.serialise_change_log() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    PERFORM pg_advisory_xact_lock(1297043279);
    RETURN NULL;
END $f$;
CREATE OR REPLACE FUNCTION mokoko.log_story_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    PERFORM pg_advisory_xact_lock(1297043279);
    IF TG_OP = 'DELETE' THEN
        INSERT INTO mokoko.change_log (table_name, key, op, row_data) VALUES ('story', OLD.idea_id::text, 'D', NULL);
        RETURN OLD;
    END IF;
    INSERT INTO mokoko.change_log (table_name, key, op, row_data) VALUES ('story', NEW.idea_id::text, 'U', mokoko.story_row(NEW));
    RETURN NEW;
END $f$;
CREATE OR REPLACE FUNCTION mokoko.log_voucher_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    PERFORM pg_advisory_xact_lock(1297043279);
    INSERT INTO mokoko.change_log (table_name, key, op, row_data) VALUES ('voucher', NEW.receipt_code, 'U', mokoko.voucher_row(NEW));
    RETURN NEW;
END $f$;
DROP FUNCTION mokoko.take_change_log_turn();
DROP TABLE mokoko.change_log_turn;
"""


def upgrade() -> None:
    op.execute(DATABASE)  # as the migrating user, who owns or administers the database
    op.execute("SET LOCAL ROLE mokoko_owner")
    op.execute(DEFINERS)
    op.execute(WRITERS)
    op.execute(PRIVILEGES)
    op.execute(all_paths(PINNED))
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE mokoko_owner")
    op.execute(DOWNGRADE)
    op.execute(all_paths("pg_catalog, mokoko"))
    op.execute("ALTER FUNCTION mokoko.voucher_row(mokoko.voucher) RESET ALL")  # it had no settings before
    op.execute("RESET ROLE")
    op.execute(DATABASE_DOWNGRADE)
