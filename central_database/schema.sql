-- The central schema as the migrations build it (pg_dump --schema-only --schema=mokoko, normalised).
-- Written by: python tools/central_schema.py. Do not edit: change a migration, then write it again.

CREATE SCHEMA mokoko;

ALTER SCHEMA mokoko OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.access_log_is_append_only() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
BEGIN
    RAISE EXCEPTION 'the access log is never changed or emptied' USING ERRCODE = 'insufficient_privilege';
END $$;

ALTER FUNCTION mokoko.access_log_is_append_only() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.area_contact_names(area text) RETURNS text
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
    SELECT coalesce(string_agg(u.display_name, ', ' ORDER BY u.display_name), '')
    FROM mokoko.area_contact c JOIN mokoko.office_user u USING (role_name)
    WHERE c.admin_area_code = area AND u.removed_at IS NULL
$$;

ALTER FUNCTION mokoko.area_contact_names(area text) OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.calling_device() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
    SELECT d.id FROM mokoko.device d WHERE d.role_name = session_user
$$;

ALTER FUNCTION mokoko.calling_device() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.check_code_is_mine() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
BEGIN
    IF mokoko.calling_device() IS NOT NULL AND NOT mokoko.code_is_mine(NEW.receipt_code) THEN
        RAISE EXCEPTION 'receipt code % does not carry this kiosk''s tag', NEW.receipt_code USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

ALTER FUNCTION mokoko.check_code_is_mine() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.check_document_references() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
DECLARE
    refused text;
BEGIN
    SELECT n.data ->> 'stop_id' INTO refused FROM inserted n
    WHERE n.data ? 'stop_id' AND NOT EXISTS (
        SELECT 1 FROM mokoko.catalogue_code c WHERE c.table_name = 'stop' AND c.code = n.data ->> 'stop_id')
    LIMIT 1;
    IF refused IS NOT NULL THEN
        RAISE EXCEPTION 'stop % is not in the catalogue', left(refused, 100) USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$;

ALTER FUNCTION mokoko.check_document_references() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.check_idea_references() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
DECLARE
    refused text;
BEGIN
    -- One pass over the inserted rows (a batch uses a handful of codes), then the few codes.
    WITH used AS (SELECT DISTINCT theme_code, stop_id, consultation_id, home_area_code FROM inserted)
    SELECT format('%s %s is not in the catalogue', x.table_name, x.code) INTO refused
    FROM (SELECT 'theme' AS table_name, theme_code AS code FROM used
          UNION SELECT 'stop', stop_id FROM used UNION SELECT 'consultation', consultation_id FROM used
          UNION SELECT 'home_area', home_area_code FROM used WHERE home_area_code IS NOT NULL) x
    WHERE NOT EXISTS (SELECT 1 FROM mokoko.catalogue_code c WHERE c.table_name = x.table_name AND c.code = x.code)
    LIMIT 1;
    IF refused IS NOT NULL THEN
        RAISE EXCEPTION '%', left(refused, 200) USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$;

ALTER FUNCTION mokoko.check_idea_references() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.check_kiosk_codes() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
DECLARE
    claim_tag pg_catalog.text;
    claim_device pg_catalog.uuid;
    refused pg_catalog.text;
BEGIN
    FOR claim_tag, claim_device IN
        SELECT DISTINCT t.tag, d.id
        FROM (SELECT DISTINCT pg_catalog.left(i.receipt_code, 4) AS tag, i.device_id, i.device_role
              FROM inserted i WHERE i.receipt_code IS NOT NULL) t
        JOIN mokoko.device d ON d.id = t.device_id AND d.role_name = t.device_role
        WHERE t.tag <> d.tag
    LOOP
        IF NOT EXISTS (SELECT 1 FROM mokoko.device_tag f WHERE f.tag = claim_tag)
           AND NOT EXISTS (SELECT 1 FROM mokoko.device o WHERE o.tag = claim_tag)
           AND (SELECT pg_catalog.count(*) FROM mokoko.device_tag f WHERE f.device_id = claim_device) < 3 THEN
            INSERT INTO mokoko.device_tag (tag, device_id) VALUES (claim_tag, claim_device) ON CONFLICT DO NOTHING;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM mokoko.device_tag f WHERE f.tag = claim_tag AND f.device_id = claim_device) THEN
            SELECT n.receipt_code INTO refused FROM inserted n
            WHERE n.device_id = claim_device AND pg_catalog.left(n.receipt_code, 4) = claim_tag LIMIT 1;
            RAISE EXCEPTION 'receipt code % does not carry this kiosk''s tag', refused USING ERRCODE = 'check_violation';
        END IF;
    END LOOP;
    RETURN NULL;
END $$;

ALTER FUNCTION mokoko.check_kiosk_codes() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.code_is_mine(code text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
    SELECT EXISTS (SELECT 1 FROM mokoko.device d WHERE d.role_name = session_user
                   AND (d.tag = pg_catalog.left(code, 4)
                        OR EXISTS (SELECT 1 FROM mokoko.device_tag t WHERE t.device_id = d.id AND t.tag = pg_catalog.left(code, 4))))
$$;

ALTER FUNCTION mokoko.code_is_mine(code text) OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.current_device_id() RETURNS uuid
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$ SELECT id FROM mokoko.device WHERE role_name = current_user $$;

ALTER FUNCTION mokoko.current_device_id() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.end_overlong_sessions() RETURNS TABLE(ended_pid integer, ended_login name, reason text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
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
END $$;

ALTER FUNCTION mokoko.end_overlong_sessions() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.end_sessions_of(login name) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
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
END $$;

ALTER FUNCTION mokoko.end_sessions_of(login name) OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.erase_contact(code text, note text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
DECLARE
    found_kind pg_catalog.text;
    found_id pg_catalog.uuid;
    found_device pg_catalog.uuid;
    erased pg_catalog.int4 := 0;
BEGIN
    IF NOT pg_catalog.pg_has_role(session_user, 'mokoko_office', 'MEMBER') THEN
        RAISE EXCEPTION 'only city hall handles erasure requests' USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE mokoko.idea SET contact_name = NULL, contact_email = NULL, contact_phone = NULL, sealed_contact = NULL,
                           age_group = NULL, home_area_code = NULL
    WHERE receipt_code = code RETURNING 'idea', id, device_id INTO found_kind, found_id, found_device;
    IF found_id IS NULL THEN
        UPDATE mokoko.signup SET data = data - ARRAY['name', 'phone', 'email', 'guardian_name', 'guardian_phone', 'message',
                                                     'sealed_contact', 'age_group']
        WHERE receipt_code = code RETURNING 'signup', id, device_id INTO found_kind, found_id, found_device;
    END IF;
    IF found_id IS NULL THEN
        UPDATE mokoko.offer SET data = data - ARRAY['name', 'phone', 'email', 'guardian_name', 'guardian_phone', 'message',
                                                    'sealed_contact', 'age_group']
        WHERE receipt_code = code RETURNING 'offer', id, device_id INTO found_kind, found_id, found_device;
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
    INSERT INTO mokoko.change_log (table_name, key, op, row_data, device_id)
    VALUES ('erasure', code, 'U', pg_catalog.jsonb_build_object('receipt_code', code, 'done_at', pg_catalog.now()), found_device);
    RETURN erased;
END $$;

ALTER FUNCTION mokoko.erase_contact(code text, note text) OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.forget_fingerprint() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
BEGIN
    IF NOT (NEW.data ? 'sealed_contact') THEN
        DELETE FROM mokoko.signup_fingerprint f WHERE f.signup_id = NEW.id;
    END IF;
    RETURN NULL;
END $$;

ALTER FUNCTION mokoko.forget_fingerprint() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.forget_partner_contact() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
BEGIN
    IF NOT (NEW.data ?| ARRAY['sealed_contact', 'name', 'phone', 'email', 'guardian_name', 'guardian_phone']) THEN
        DELETE FROM mokoko.partner_contact c WHERE c.signup_id = NEW.id;
    END IF;
    RETURN NULL;
END $$;

ALTER FUNCTION mokoko.forget_partner_contact() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.forget_removed_partner() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
BEGIN
    IF NEW.removed_at IS NOT NULL THEN
        DELETE FROM mokoko.partner_contact c WHERE c.role_name = NEW.role_name;
    END IF;
    RETURN NULL;
END $$;

ALTER FUNCTION mokoko.forget_removed_partner() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.hidden_reason(code text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
    SELECT nullif(m.reason, '') FROM mokoko.moderation m WHERE m.receipt_code = code ORDER BY m.at DESC, m.id DESC LIMIT 1
$$;

ALTER FUNCTION mokoko.hidden_reason(code text) OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.idea_area(idea uuid) RETURNS text
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
    SELECT coalesce(
        (SELECT admin_area_code FROM mokoko.idea_route WHERE idea_id = idea ORDER BY id DESC LIMIT 1),
        (SELECT t.admin_area_code FROM mokoko.idea i JOIN mokoko.theme t ON t.code = i.theme_code WHERE i.id = idea))
$$;

ALTER FUNCTION mokoko.idea_area(idea uuid) OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.index_new_ideas(most integer DEFAULT 10000) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
DECLARE
    taken pg_catalog.uuid[];
    indexed pg_catalog.int4;
BEGIN
    WITH gone AS (
        DELETE FROM mokoko.idea_unindexed q
        WHERE q.ctid = ANY (ARRAY(SELECT u.ctid FROM mokoko.idea_unindexed u
                                  LIMIT least(greatest(most, 0), 100000) FOR UPDATE SKIP LOCKED))
        RETURNING q.idea_id)
    SELECT pg_catalog.array_agg(g.idea_id) INTO taken FROM gone g;
    IF taken IS NULL THEN
        RETURN 0;  -- nothing waits: no plan over a million ideas for none
    END IF;
    UPDATE mokoko.idea i SET text_search = pg_catalog.to_tsvector('pg_catalog.danish', i.text)
    WHERE i.id = ANY (taken) AND i.text_search IS NULL;
    INSERT INTO mokoko.idea_search (idea_id, text)
    SELECT i.id, i.text FROM mokoko.idea i WHERE i.id = ANY (taken)
    ON CONFLICT (idea_id) DO NOTHING;
    GET DIAGNOSTICS indexed = ROW_COUNT;
    RETURN indexed;
END $$;

ALTER FUNCTION mokoko.index_new_ideas(most integer) OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.keep_idea_state() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
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
END $$;

ALTER FUNCTION mokoko.keep_idea_state() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.kiosk_followup(code text) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
DECLARE
    asking pg_catalog.uuid := mokoko.calling_device();
    at pg_catalog.timestamptz := pg_catalog.clock_timestamp();
    used_now pg_catalog.int4;
BEGIN
    IF asking IS NULL THEN
        RAISE EXCEPTION 'only a registered kiosk may look up receipt codes' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO mokoko.followup_budget AS b (device_id, window_start, used) VALUES (asking, at, 1)
    ON CONFLICT (device_id) DO UPDATE SET
        window_start = CASE WHEN b.window_start <= at - interval '1 minute' THEN at ELSE b.window_start END,
        used = CASE WHEN b.window_start <= at - interval '1 minute' THEN 1 ELSE b.used + 1 END
    RETURNING b.used INTO used_now;
    IF used_now > 30 THEN
        RAISE EXCEPTION 'too many follow-up look-ups from this kiosk; try again in a minute'
            USING ERRCODE = 'program_limit_exceeded';
    END IF;
    RETURN mokoko.public_followup(code);
END $$;

ALTER FUNCTION mokoko.kiosk_followup(code text) OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.log_catalogue_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
DECLARE
    key_column pg_catalog.text := TG_ARGV[0];
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO mokoko.change_log (table_name, key, op, row_data)
        VALUES (TG_TABLE_NAME, pg_catalog.to_jsonb(OLD) ->> key_column, 'D', NULL);
        RETURN OLD;
    END IF;
    IF TG_OP = 'UPDATE' AND (pg_catalog.to_jsonb(OLD) ->> key_column) <> (pg_catalog.to_jsonb(NEW) ->> key_column) THEN
        INSERT INTO mokoko.change_log (table_name, key, op, row_data)
        VALUES (TG_TABLE_NAME, pg_catalog.to_jsonb(OLD) ->> key_column, 'D', NULL);
    END IF;
    INSERT INTO mokoko.change_log (table_name, key, op, row_data)
    VALUES (TG_TABLE_NAME, pg_catalog.to_jsonb(NEW) ->> key_column, 'U', pg_catalog.to_jsonb(NEW));
    RETURN NEW;
END $$;

ALTER FUNCTION mokoko.log_catalogue_change() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.log_idea_status(idea uuid) RETURNS void
    LANGUAGE sql
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
    INSERT INTO mokoko.change_log (table_name, key, op, row_data, device_id)
    SELECT 'idea_status', i.id::text, 'U',
           jsonb_build_object('idea_id', i.id, 'receipt_code', i.receipt_code, 'status', s.status,
                              'public_reply', s.public_reply, 'set_at', s.set_at,
                              'area_code', a.area, 'contact_name', mokoko.area_contact_names(a.area),
                              'translated_reply', s.translated_reply, 'language', i.language),
           i.device_id
    FROM mokoko.idea i
    CROSS JOIN LATERAL (SELECT mokoko.idea_area(i.id) AS area) a
    JOIN LATERAL (SELECT status, public_reply, translated_reply, set_at FROM mokoko.status_update u
                  WHERE u.idea_id = i.id ORDER BY u.id DESC LIMIT 1) s ON true
    WHERE i.id = idea
$$;

ALTER FUNCTION mokoko.log_idea_status(idea uuid) OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.log_route_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
BEGIN
    PERFORM mokoko.log_idea_status(NEW.idea_id);  -- nothing when the idea has no status yet
    RETURN NEW;
END $$;

ALTER FUNCTION mokoko.log_route_change() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.log_signup_status() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
BEGIN
    INSERT INTO mokoko.change_log (table_name, key, op, row_data, device_id)
    SELECT 'signup_status', s.id::text, 'U',
           jsonb_build_object('signup_id', s.id, 'receipt_code', s.receipt_code, 'status', NEW.status, 'set_at', NEW.set_at),
           s.device_id
    FROM mokoko.signup s WHERE s.id = NEW.signup_id;
    RETURN NEW;
END $$;

ALTER FUNCTION mokoko.log_signup_status() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.log_status_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
BEGIN
    PERFORM mokoko.log_idea_status(NEW.idea_id);
    RETURN NEW;
END $$;

ALTER FUNCTION mokoko.log_status_change() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.log_story_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
BEGIN
    LOCK TABLE mokoko.change_log_turn IN EXCLUSIVE MODE;
    IF TG_OP = 'DELETE' THEN
        INSERT INTO mokoko.change_log (table_name, key, op, row_data) VALUES ('story', OLD.idea_id::pg_catalog.text, 'D', NULL);
        RETURN OLD;
    END IF;
    INSERT INTO mokoko.change_log (table_name, key, op, row_data)
    VALUES ('story', NEW.idea_id::pg_catalog.text, 'U', mokoko.story_row(NEW));
    RETURN NEW;
END $$;

ALTER FUNCTION mokoko.log_story_change() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.log_voucher_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
BEGIN
    LOCK TABLE mokoko.change_log_turn IN EXCLUSIVE MODE;
    INSERT INTO mokoko.change_log (table_name, key, op, row_data, device_id)
    SELECT 'voucher', NEW.receipt_code, 'U', mokoko.voucher_row(NEW), concerned.id
    FROM (SELECT d.id FROM mokoko.device d WHERE d.role_name = NEW.issued_by
          UNION SELECT x.device_id FROM mokoko.device_stop x WHERE x.stop_id = NEW.stop_id) concerned
    WHERE concerned.id IS DISTINCT FROM mokoko.calling_device();
    RETURN NEW;
END $$;

ALTER FUNCTION mokoko.log_voucher_change() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.log_voucher_changes() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
DECLARE
    me pg_catalog.uuid := mokoko.calling_device();
    codes pg_catalog.text[];
    devices pg_catalog.uuid[];
BEGIN
    -- Who must hear of each changed voucher: the kiosk that issued it and every kiosk serving its
    -- stop, never the kiosk that changed it; joined once for the whole statement (no temporary
    -- table: a login's own temporary schema is not for a SECURITY DEFINER function to trust).
    SELECT pg_catalog.array_agg(w.code), pg_catalog.array_agg(w.device_id) INTO codes, devices
    FROM (SELECT n.receipt_code AS code, d.id AS device_id
          FROM changed n JOIN mokoko.device d ON d.role_name = n.issued_by WHERE d.id IS DISTINCT FROM me
          UNION
          SELECT n.receipt_code, x.device_id
          FROM changed n JOIN mokoko.device_stop x ON x.stop_id = n.stop_id WHERE x.device_id IS DISTINCT FROM me) w;
    IF codes IS NULL THEN
        RETURN NULL;
    END IF;
    LOCK TABLE mokoko.change_log_turn IN EXCLUSIVE MODE;
    INSERT INTO mokoko.change_log (table_name, key, op, row_data, device_id)
    SELECT 'voucher', n.receipt_code, 'U', mokoko.voucher_row(n), w.device_id
    FROM unnest(codes, devices) AS w(code, device_id) JOIN changed n ON n.receipt_code = w.code;
    RETURN NULL;
END $$;

ALTER FUNCTION mokoko.log_voucher_changes() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.log_voucher_moderation() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
BEGIN
    LOCK TABLE mokoko.change_log_turn IN EXCLUSIVE MODE;
    INSERT INTO mokoko.change_log (table_name, key, op, row_data, device_id)
    SELECT 'voucher', v.receipt_code, 'U', mokoko.voucher_row(v), concerned.id
    FROM mokoko.voucher v
    CROSS JOIN LATERAL (SELECT d.id FROM mokoko.device d WHERE d.role_name = v.issued_by
                        UNION SELECT x.device_id FROM mokoko.device_stop x WHERE x.stop_id = v.stop_id) concerned
    WHERE v.receipt_code = NEW.receipt_code AND concerned.id IS DISTINCT FROM mokoko.calling_device();
    RETURN NULL;
END $$;

ALTER FUNCTION mokoko.log_voucher_moderation() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.offered_update() RETURNS TABLE(version text, bundle_sha256 text, bundle_url text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
BEGIN
    IF mokoko.calling_device() IS NULL THEN
        RAISE EXCEPTION 'only a registered kiosk asks for its update' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY SELECT p.offered_version, p.bundle_sha256, p.bundle_url FROM mokoko.fleet_policy p WHERE p.offered_version IS NOT NULL;
END $$;

ALTER FUNCTION mokoko.offered_update() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.partner_reveal(code text, why text) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
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
END $$;

ALTER FUNCTION mokoko.partner_reveal(code text, why text) OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.partner_runs(signup uuid, partner name) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
    SELECT EXISTS (
        SELECT 1 FROM mokoko.signup g
        JOIN mokoko.partner_opportunity o ON o.opportunity_id = g.data ->> 'opportunity_id'
        JOIN mokoko.partner p ON p.role_name = o.role_name
        WHERE g.id = signup AND o.role_name = partner AND p.removed_at IS NULL)
$$;

ALTER FUNCTION mokoko.partner_runs(signup uuid, partner name) OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.prune_change_log() RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
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
END $$;

ALTER FUNCTION mokoko.prune_change_log() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.public_followup(code text) RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
DECLARE
    found pg_catalog.jsonb;
BEGIN
    SELECT pg_catalog.jsonb_build_object(
        'kind', 'idea', 'created_at', i.created_at, 'theme', t.title, 'stop_place', coalesce(p.place, i.stop_id),
        'status', s.status, 'status_label', st.label, 'status_at', s.status_at,
        'public_reply', coalesce(r.public_reply, ''), 'translated_reply', coalesce(r.translated_reply, ''), 'language', i.language,
        'area', a.name, 'contact_names', mokoko.area_contact_names(coalesce(s.area_code, t.admin_area_code)))
    INTO found
    FROM mokoko.idea i
    LEFT JOIN mokoko.idea_state s ON s.idea_id = i.id
    LEFT JOIN mokoko.status st ON st.code = s.status
    LEFT JOIN mokoko.theme t ON t.code = i.theme_code
    LEFT JOIN mokoko.admin_area a ON a.code = coalesce(s.area_code, t.admin_area_code)
    LEFT JOIN mokoko.stop p ON p.id = i.stop_id
    LEFT JOIN LATERAL (SELECT u.public_reply, u.translated_reply FROM mokoko.status_update u
                       WHERE u.idea_id = i.id ORDER BY u.id DESC LIMIT 1) r ON true
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
END $$;

ALTER FUNCTION mokoko.public_followup(code text) OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.public_privacy() RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
    SELECT pg_catalog.jsonb_build_object(
        'municipality', (SELECT m.facts FROM mokoko.municipality m WHERE m.key = 'municipality'),
        'retention', (SELECT COALESCE(pg_catalog.jsonb_object_agg(r.kind, r.days), '{}'::jsonb) FROM mokoko.retention r))
$$;

ALTER FUNCTION mokoko.public_privacy() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.public_stories(how_many integer) RETURNS SETOF jsonb
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
    SELECT mokoko.story_row(p) FROM mokoko.published_story p ORDER BY p.published_at DESC LIMIT least(how_many, 200)
$$;

ALTER FUNCTION mokoko.public_stories(how_many integer) OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.purge_expired() RETURNS TABLE(what text, deleted bigint)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
DECLARE
    at pg_catalog.timestamptz := pg_catalog.now();
    idea_contact pg_catalog.text[] := ARRAY['contact_name', 'contact_email', 'contact_phone', 'sealed_contact'];
    document_contact pg_catalog.text[] := ARRAY['name', 'phone', 'email', 'guardian_name', 'guardian_phone', 'message',
                                                'sealed_contact'];
    n pg_catalog.int8;
    answered pg_catalog.int8;
    copies pg_catalog.int8 := 0;
BEGIN
    UPDATE mokoko.idea i SET contact_name = NULL, contact_email = NULL, contact_phone = NULL, sealed_contact = NULL
    FROM mokoko.idea_state s, mokoko.retention r
    WHERE s.idea_id = i.id AND r.kind = 'idea-contact-after-answer'
      AND s.status IN ('done', 'not-taken-further') AND s.status_at < at - pg_catalog.make_interval(days => r.days)
      AND (i.contact_name IS NOT NULL OR i.contact_email IS NOT NULL OR i.contact_phone IS NOT NULL OR i.sealed_contact IS NOT NULL);
    GET DIAGNOSTICS answered = ROW_COUNT;
    UPDATE mokoko.idea i SET contact_name = NULL, contact_email = NULL, contact_phone = NULL, sealed_contact = NULL
    FROM mokoko.retention r
    WHERE r.kind = 'idea-contact-max' AND i.created_at < at - pg_catalog.make_interval(days => r.days) AND (i.contact_name IS NOT NULL OR i.contact_email IS NOT NULL OR i.contact_phone IS NOT NULL OR i.sealed_contact IS NOT NULL);
    GET DIAGNOSTICS n = ROW_COUNT;
    answered := answered + n;
    what := 'ideas'' contact details'; deleted := answered; RETURN NEXT;
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
END $$;

ALTER FUNCTION mokoko.purge_expired() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.queue_for_search() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
BEGIN
    INSERT INTO mokoko.idea_unindexed (idea_id) SELECT n.id FROM inserted n;
    RETURN NULL;
END $$;

ALTER FUNCTION mokoko.queue_for_search() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.queue_idea_message() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
BEGIN
    INSERT INTO mokoko.outbox (kind, record_id, receipt_code, language, status, public_reply, translated_reply)
    SELECT 'idea', i.id, i.receipt_code, i.language, NEW.status, NEW.public_reply, NEW.translated_reply
    FROM mokoko.idea i WHERE i.id = NEW.idea_id AND i.notify_me AND i.sealed_contact IS NOT NULL;
    RETURN NEW;
END $$;

ALTER FUNCTION mokoko.queue_idea_message() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.queue_routed_message() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
BEGIN
    INSERT INTO mokoko.outbox (kind, record_id, receipt_code, language, status, recipient_role)
    SELECT 'routed', i.id, i.receipt_code, 'da', NEW.admin_area_code, c.role_name
    FROM mokoko.idea i
    JOIN mokoko.area_contact c ON c.admin_area_code = NEW.admin_area_code
    JOIN mokoko.office_user u ON u.role_name = c.role_name
    WHERE i.id = NEW.idea_id AND u.email IS NOT NULL AND u.removed_at IS NULL AND c.role_name <> NEW.set_by;
    RETURN NEW;
END $$;

ALTER FUNCTION mokoko.queue_routed_message() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.queue_signup_message() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
BEGIN
    IF NEW.status IN ('contacted', 'placed') THEN
        INSERT INTO mokoko.outbox (kind, record_id, receipt_code, language, status)
        SELECT 'signup', g.id, g.receipt_code, coalesce(g.data ->> 'language', 'da'), NEW.status
        FROM mokoko.signup g
        WHERE g.id = NEW.signup_id AND (g.data ->> 'notify_me')::boolean IS TRUE AND g.data ? 'sealed_contact';
    END IF;
    RETURN NEW;
END $$;

ALTER FUNCTION mokoko.queue_signup_message() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.receipt_code_valid(code text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $_$
    SELECT code ~ '^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$' AND (1 * (strpos('23456789ABCDEFGHJKMNPQRSTUVWXYZ', substr(code, 1, 1)) - 1) + 2 * (strpos('23456789ABCDEFGHJKMNPQRSTUVWXYZ', substr(code, 2, 1)) - 1) + 3 * (strpos('23456789ABCDEFGHJKMNPQRSTUVWXYZ', substr(code, 3, 1)) - 1) + 4 * (strpos('23456789ABCDEFGHJKMNPQRSTUVWXYZ', substr(code, 4, 1)) - 1) + 5 * (strpos('23456789ABCDEFGHJKMNPQRSTUVWXYZ', substr(code, 5, 1)) - 1) + 6 * (strpos('23456789ABCDEFGHJKMNPQRSTUVWXYZ', substr(code, 6, 1)) - 1) + 7 * (strpos('23456789ABCDEFGHJKMNPQRSTUVWXYZ', substr(code, 7, 1)) - 1) + 8 * (strpos('23456789ABCDEFGHJKMNPQRSTUVWXYZ', substr(code, 8, 1)) - 1) + 9 * (strpos('23456789ABCDEFGHJKMNPQRSTUVWXYZ', substr(code, 9, 1)) - 1) + 10 * (strpos('23456789ABCDEFGHJKMNPQRSTUVWXYZ', substr(code, 10, 1)) - 1)) % 31 = 0
$_$;

ALTER FUNCTION mokoko.receipt_code_valid(code text) OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.refuse_hidden_story() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
BEGIN
    IF mokoko.hidden_reason((SELECT i.receipt_code FROM mokoko.idea i WHERE i.id = NEW.idea_id)) IS NOT NULL THEN
        RAISE EXCEPTION 'this idea was hidden at the kiosk and cannot go on the wall' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

ALTER FUNCTION mokoko.refuse_hidden_story() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.remember_catalogue_code() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
BEGIN
    INSERT INTO mokoko.catalogue_code VALUES (TG_TABLE_NAME, to_jsonb(NEW) ->> TG_ARGV[0]) ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

ALTER FUNCTION mokoko.remember_catalogue_code() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.report_health(version text, schema_revision text, stop text, unsent integer, refused integer, printer text, disk_free_mb bigint, kiosk_clock timestamp with time zone, last_error text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
DECLARE
    me pg_catalog.uuid := mokoko.calling_device();
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'only a registered kiosk reports its health' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF stop IS NOT NULL AND NOT EXISTS (SELECT 1 FROM mokoko.stop s WHERE s.id = stop) THEN
        stop := NULL;  -- a stop the tour plan does not have: where it stands is unknown
    END IF;
    INSERT INTO mokoko.device_health AS h
        (device_id, reported_at, version, schema_revision, stop_id, unsent, refused, printer, disk_free_mb, clock_offset_s, last_error)
    VALUES (me, pg_catalog.clock_timestamp(), version, schema_revision, stop, unsent, refused, printer, disk_free_mb,
            EXTRACT(EPOCH FROM kiosk_clock - pg_catalog.clock_timestamp()), last_error)
    ON CONFLICT (device_id) DO UPDATE SET
        reported_at = EXCLUDED.reported_at, version = EXCLUDED.version, schema_revision = EXCLUDED.schema_revision,
        stop_id = EXCLUDED.stop_id, unsent = EXCLUDED.unsent, refused = EXCLUDED.refused, printer = EXCLUDED.printer,
        disk_free_mb = EXCLUDED.disk_free_mb, clock_offset_s = EXCLUDED.clock_offset_s, last_error = EXCLUDED.last_error;
    RETURN (SELECT p.oldest_version FROM mokoko.fleet_policy p);
END $$;

ALTER FUNCTION mokoko.report_health(version text, schema_revision text, stop text, unsent integer, refused integer, printer text, disk_free_mb bigint, kiosk_clock timestamp with time zone, last_error text) OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.report_idea_vouchers(codes text[]) RETURNS text[]
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
DECLARE
    me pg_catalog.uuid := mokoko.calling_device();
    taken pg_catalog.int8;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'only a kiosk reports vouchers' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF pg_catalog.cardinality(codes) > 10000 THEN
        RAISE EXCEPTION 'at most 10000 vouchers in one call' USING ERRCODE = 'program_limit_exceeded';
    END IF;
    BEGIN  -- nearly always none is there yet: a plain insert (ON CONFLICT's work per row: 0.35 s, not 0.26 s, for 50,000)
        INSERT INTO mokoko.voucher (receipt_code, stop_id, issued_at, issued_by)
        SELECT i.receipt_code, i.stop_id, i.created_at, session_user
        FROM mokoko.idea i WHERE i.receipt_code = ANY (codes) AND i.device_id = me;
        GET DIAGNOSTICS taken = ROW_COUNT;
    EXCEPTION WHEN unique_violation THEN  -- some were reported before (a re-push): leave those as they are
        INSERT INTO mokoko.voucher (receipt_code, stop_id, issued_at, issued_by)
        SELECT i.receipt_code, i.stop_id, i.created_at, session_user
        FROM mokoko.idea i WHERE i.receipt_code = ANY (codes) AND i.device_id = me
        ON CONFLICT (receipt_code) DO NOTHING;
        taken := -1;  -- which were there already is found below
    END;
    IF taken = pg_catalog.cardinality(codes) THEN
        RETURN '{}';
    END IF;
    RETURN ARRAY(
        SELECT DISTINCT c.code FROM pg_catalog.unnest(codes) AS c(code)
        WHERE NOT EXISTS (SELECT 1 FROM mokoko.idea i WHERE i.receipt_code = c.code AND i.device_id = me));
END $$;

ALTER FUNCTION mokoko.report_idea_vouchers(codes text[]) OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.report_voucher(code text, stop text, issued timestamp with time zone, redeemed timestamp with time zone) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
DECLARE
    me pg_catalog.uuid := mokoko.calling_device();
    given_at pg_catalog.text;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'only a kiosk reports vouchers' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF mokoko.code_is_mine(code) THEN  -- its own voucher: issued (and perhaps redeemed) here
        IF NOT EXISTS (SELECT 1 FROM mokoko.idea i WHERE i.receipt_code = code AND i.device_id = me AND i.stop_id = stop) THEN
            RAISE EXCEPTION 'voucher %: no idea of this kiosk with that code and stop has arrived', code
                USING ERRCODE = 'foreign_key_violation';
        END IF;
        INSERT INTO mokoko.voucher AS v (receipt_code, stop_id, issued_at, issued_by, redeemed_at, redeemed_by)
        VALUES (code, stop, issued, session_user, redeemed, CASE WHEN redeemed IS NOT NULL THEN session_user END)
        ON CONFLICT (receipt_code) DO UPDATE SET redeemed_at = excluded.redeemed_at, redeemed_by = session_user
            WHERE v.redeemed_at IS NULL AND excluded.redeemed_at IS NOT NULL;
        RETURN;
    END IF;
    -- Another kiosk's voucher: only redeemed, and only where it was given.
    SELECT v.stop_id INTO given_at FROM mokoko.voucher v WHERE v.receipt_code = code;
    IF redeemed IS NULL OR given_at IS NULL
       OR NOT EXISTS (SELECT 1 FROM mokoko.device_stop x WHERE x.device_id = me AND x.stop_id = given_at) THEN
        RAISE EXCEPTION 'voucher % was not given at a stop this kiosk serves', code USING ERRCODE = 'check_violation';
    END IF;
    UPDATE mokoko.voucher SET redeemed_at = redeemed, redeemed_by = session_user
    WHERE receipt_code = code AND redeemed_at IS NULL;
END $$;

ALTER FUNCTION mokoko.report_voucher(code text, stop text, issued timestamp with time zone, redeemed timestamp with time zone) OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.report_vouchers(codes text[], stops text[], issued timestamp with time zone[], redeemed timestamp with time zone[]) RETURNS TABLE(code text, problem text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
DECLARE
    me pg_catalog.uuid := mokoko.calling_device();
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'only a kiosk reports vouchers' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF pg_catalog.cardinality(codes) > 10000 THEN
        RAISE EXCEPTION 'at most 10000 vouchers in one call' USING ERRCODE = 'program_limit_exceeded';
    END IF;
    RETURN QUERY
    WITH given AS (
        SELECT DISTINCT ON (g.code) g.code, g.stop, g.issued, g.redeemed
        FROM unnest(codes, stops, issued, redeemed) AS g(code, stop, issued, redeemed)
        ORDER BY g.code, g.redeemed NULLS LAST),
    tags AS (
        SELECT d.tag FROM mokoko.device d WHERE d.id = me
        UNION SELECT t.tag FROM mokoko.device_tag t WHERE t.device_id = me),
    own AS (SELECT g.* FROM given g WHERE pg_catalog.left(g.code, 4) IN (SELECT tags.tag FROM tags)),
    own_ok AS (
        SELECT o.* FROM own o
        WHERE EXISTS (SELECT 1 FROM mokoko.idea i WHERE i.receipt_code = o.code AND i.device_id = me AND i.stop_id = o.stop)),
    inserted AS (
        INSERT INTO mokoko.voucher AS v (receipt_code, stop_id, issued_at, issued_by, redeemed_at, redeemed_by)
        SELECT o.code, o.stop, o.issued, session_user, o.redeemed, CASE WHEN o.redeemed IS NOT NULL THEN session_user END
        FROM own_ok o
        ON CONFLICT (receipt_code) DO UPDATE SET redeemed_at = excluded.redeemed_at, redeemed_by = session_user
            WHERE v.redeemed_at IS NULL AND excluded.redeemed_at IS NOT NULL
        RETURNING v.receipt_code),
    others AS (SELECT g.* FROM given g WHERE pg_catalog.left(g.code, 4) NOT IN (SELECT tags.tag FROM tags)),
    others_ok AS (
        SELECT o.code, o.redeemed FROM others o JOIN mokoko.voucher v ON v.receipt_code = o.code
        WHERE o.redeemed IS NOT NULL AND EXISTS (SELECT 1 FROM mokoko.device_stop x WHERE x.device_id = me AND x.stop_id = v.stop_id)),
    redeemed_here AS (
        UPDATE mokoko.voucher v SET redeemed_at = r.redeemed, redeemed_by = session_user
        FROM others_ok r WHERE v.receipt_code = r.code AND v.redeemed_at IS NULL
        RETURNING v.receipt_code)
    SELECT o.code, 'voucher ' || o.code || ': no idea of this kiosk with that code and stop has arrived'
    FROM own o WHERE o.code NOT IN (SELECT k.code FROM own_ok k)
    UNION ALL
    SELECT o.code, 'voucher ' || o.code || ' was not given at a stop this kiosk serves'
    FROM others o WHERE o.code NOT IN (SELECT k.code FROM others_ok k);
END $$;

ALTER FUNCTION mokoko.report_vouchers(codes text[], stops text[], issued timestamp with time zone[], redeemed timestamp with time zone[]) OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.reveal_contact(kind text, code text, why text) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
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
END $$;

ALTER FUNCTION mokoko.reveal_contact(kind text, code text, why text) OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.serialise_change_log() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
BEGIN
    LOCK TABLE mokoko.change_log_turn IN EXCLUSIVE MODE;
    RETURN NULL;
END $$;

ALTER FUNCTION mokoko.serialise_change_log() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.serve_stop(stop text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
DECLARE
    me pg_catalog.uuid := mokoko.calling_device();
    today pg_catalog.date := (pg_catalog.now() AT TIME ZONE 'UTC')::pg_catalog.date;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'only a kiosk serves a stop' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM mokoko.stop s WHERE s.id = stop AND today BETWEEN s.starts_on - 1 AND s.ends_on + 1) THEN
        RETURN false;
    END IF;
    IF EXISTS (SELECT 1 FROM mokoko.device_stop x WHERE x.device_id = me AND x.stop_id = stop) THEN
        RETURN true;
    END IF;
    LOCK TABLE mokoko.change_log_turn IN EXCLUSIVE MODE;
    INSERT INTO mokoko.device_stop (device_id, stop_id) VALUES (me, stop) ON CONFLICT DO NOTHING;
    INSERT INTO mokoko.change_log (table_name, key, op, row_data, device_id)
    SELECT 'voucher', v.receipt_code, 'U', mokoko.voucher_row(v), me FROM mokoko.voucher v
    WHERE v.stop_id = stop AND v.issued_by <> session_user;
    RETURN true;
END $$;

ALTER FUNCTION mokoko.serve_stop(stop text) OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.signup_has_contact(signup uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
    SELECT coalesce((SELECT g.data ?| ARRAY['sealed_contact', 'name', 'phone', 'email', 'guardian_name', 'guardian_phone']
                     FROM mokoko.signup g WHERE g.id = signup), false)
$$;

ALTER FUNCTION mokoko.signup_has_contact(signup uuid) OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.stamp_author() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
BEGIN
    NEW.set_by := current_user;
    NEW.set_at := now();
    RETURN NEW;
END $$;

ALTER FUNCTION mokoko.stamp_author() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.stamp_fingerprint() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
BEGIN
    NEW.made_by := session_user;
    NEW.made_at := pg_catalog.now();
    RETURN NEW;
END $$;

ALTER FUNCTION mokoko.stamp_fingerprint() OWNER TO mokoko_owner;

CREATE TABLE mokoko.published_story (
    idea_id uuid NOT NULL,
    headline text NOT NULL,
    published_at timestamp with time zone DEFAULT now() NOT NULL,
    published_by name DEFAULT SESSION_USER NOT NULL,
    CONSTRAINT published_story_headline_check CHECK (((length(btrim(headline)) >= 3) AND (length(btrim(headline)) <= 120)))
);

ALTER TABLE mokoko.published_story OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.story_row(story mokoko.published_story) RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
    SELECT jsonb_build_object(
        'idea_id', i.id, 'receipt_code', i.receipt_code, 'headline', story.headline, 'said', i.text,
        'did', coalesce(r.public_reply, ''), 'did_translated', coalesce(r.translated_reply, ''), 'language', i.language,
        'status', s.status, 'status_at', s.status_at, 'stop_id', i.stop_id, 'stop_place', coalesce(p.place, i.stop_id),
        'home_area_code', i.home_area_code, 'published_at', story.published_at)
    FROM mokoko.idea i
    LEFT JOIN mokoko.idea_state s ON s.idea_id = i.id
    LEFT JOIN mokoko.stop p ON p.id = i.stop_id
    LEFT JOIN LATERAL (SELECT u.public_reply, u.translated_reply FROM mokoko.status_update u
                       WHERE u.idea_id = i.id ORDER BY u.id DESC LIMIT 1) r ON true
    WHERE i.id = story.idea_id
$$;

ALTER FUNCTION mokoko.story_row(story mokoko.published_story) OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.take_change_log_turn() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
BEGIN
    LOCK TABLE mokoko.change_log_turn IN EXCLUSIVE MODE;
END $$;

ALTER FUNCTION mokoko.take_change_log_turn() OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.take_hidden_off_the_wall() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
BEGIN
    IF mokoko.hidden_reason(NEW.receipt_code) IS NOT NULL THEN
        DELETE FROM mokoko.published_story p USING mokoko.idea i WHERE i.id = p.idea_id AND i.receipt_code = NEW.receipt_code;
    END IF;
    RETURN NULL;
END $$;

ALTER FUNCTION mokoko.take_hidden_off_the_wall() OWNER TO mokoko_owner;

CREATE TABLE mokoko.voucher (
    receipt_code text NOT NULL,
    stop_id text NOT NULL,
    issued_at timestamp with time zone NOT NULL,
    issued_by name NOT NULL,
    redeemed_at timestamp with time zone,
    redeemed_by name,
    CONSTRAINT voucher_receipt_code_check CHECK ((length(receipt_code) <= 10)),
    CONSTRAINT voucher_stop_id_check CHECK ((length(stop_id) <= 60))
);

ALTER TABLE mokoko.voucher OWNER TO mokoko_owner;

CREATE FUNCTION mokoko.voucher_row(v mokoko.voucher) RETURNS jsonb
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'mokoko', 'pg_temp'
    AS $$
    SELECT pg_catalog.jsonb_build_object('receipt_code', v.receipt_code, 'stop_id', v.stop_id, 'issued_at', v.issued_at,
                                         'redeemed_at', v.redeemed_at,
        'void_reason', coalesce((SELECT m.reason FROM mokoko.moderation m WHERE m.receipt_code = v.receipt_code
                                 ORDER BY m.at DESC, m.id DESC LIMIT 1), ''))
$$;

ALTER FUNCTION mokoko.voucher_row(v mokoko.voucher) OWNER TO mokoko_owner;

CREATE TABLE mokoko.access_log (
    id bigint NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    by_role name NOT NULL,
    kind text NOT NULL,
    record_id uuid NOT NULL,
    receipt_code text,
    why text NOT NULL,
    CONSTRAINT access_log_why_check CHECK (((length(why) >= 5) AND (length(why) <= 500)))
);

ALTER TABLE mokoko.access_log OWNER TO mokoko_owner;

CREATE SEQUENCE mokoko.access_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE mokoko.access_log_id_seq OWNER TO mokoko_owner;

ALTER SEQUENCE mokoko.access_log_id_seq OWNED BY mokoko.access_log.id;

CREATE TABLE mokoko.admin_area (
    code text NOT NULL,
    name jsonb NOT NULL,
    sort_order integer DEFAULT 0 NOT NULL,
    contact_name text DEFAULT ''::text NOT NULL,
    contact_how text DEFAULT ''::text NOT NULL,
    answer_days integer DEFAULT 30 NOT NULL,
    CONSTRAINT admin_area_answer_days_check CHECK (((answer_days >= 1) AND (answer_days <= 365)))
);

ALTER TABLE mokoko.admin_area OWNER TO mokoko_owner;

CREATE TABLE mokoko.area_contact (
    admin_area_code text NOT NULL,
    role_name name NOT NULL,
    since timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE mokoko.area_contact OWNER TO mokoko_owner;

CREATE TABLE mokoko.catalogue_code (
    table_name text NOT NULL,
    code text NOT NULL
);

ALTER TABLE mokoko.catalogue_code OWNER TO mokoko_owner;

CREATE TABLE mokoko.change_log (
    seq bigint NOT NULL,
    txid xid8 DEFAULT pg_current_xact_id() NOT NULL,
    table_name text NOT NULL,
    key text NOT NULL,
    op character(1) NOT NULL,
    row_data jsonb,
    device_id uuid,
    CONSTRAINT change_log_op_check CHECK ((op = ANY (ARRAY['U'::bpchar, 'D'::bpchar])))
);

ALTER TABLE ONLY mokoko.change_log FORCE ROW LEVEL SECURITY;

ALTER TABLE mokoko.change_log OWNER TO mokoko_owner;

CREATE TABLE mokoko.change_log_horizon (
    id integer NOT NULL,
    min_txid xid8 NOT NULL,
    min_seq bigint DEFAULT 0 NOT NULL,
    CONSTRAINT change_log_horizon_id_check CHECK ((id = 1))
);

ALTER TABLE mokoko.change_log_horizon OWNER TO mokoko_owner;

CREATE SEQUENCE mokoko.change_log_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE mokoko.change_log_seq_seq OWNER TO mokoko_owner;

ALTER SEQUENCE mokoko.change_log_seq_seq OWNED BY mokoko.change_log.seq;

CREATE TABLE mokoko.change_log_turn (
);

ALTER TABLE mokoko.change_log_turn OWNER TO mokoko_owner;

CREATE TABLE mokoko.conflict_decision (
    conflict_id bigint NOT NULL,
    decision text NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    set_at timestamp with time zone DEFAULT now() NOT NULL,
    set_by name DEFAULT CURRENT_USER NOT NULL,
    CONSTRAINT conflict_decision_decision_check CHECK ((decision = ANY (ARRAY['keep-central'::text, 'same-in-substance'::text, 'ask-the-citizen'::text]))),
    CONSTRAINT conflict_decision_note_check CHECK ((length(note) <= 2000))
);

ALTER TABLE mokoko.conflict_decision OWNER TO mokoko_owner;

CREATE TABLE mokoko.device (
    id uuid NOT NULL,
    name text NOT NULL,
    tag character(4) NOT NULL,
    role_name name NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE mokoko.device OWNER TO mokoko_owner;

CREATE TABLE mokoko.push_conflict (
    id bigint NOT NULL,
    kind text NOT NULL,
    record_id uuid NOT NULL,
    device_role name DEFAULT CURRENT_USER NOT NULL,
    content_hash text NOT NULL,
    payload jsonb NOT NULL,
    detected_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY mokoko.push_conflict FORCE ROW LEVEL SECURITY;

ALTER TABLE mokoko.push_conflict OWNER TO mokoko_owner;

CREATE VIEW mokoko.conflict_listing WITH (security_barrier='true') AS
 SELECT c.id,
    c.kind,
    c.record_id,
    c.detected_at,
    COALESCE(d.name, (c.device_role)::text) AS kiosk,
        CASE
            WHEN (c.kind = 'idea'::text) THEN (c.payload - ARRAY['contact_name'::text, 'contact_email'::text, 'contact_phone'::text, 'sealed_contact'::text])
            ELSE (c.payload || jsonb_build_object('data', ((c.payload -> 'data'::text) - ARRAY['name'::text, 'phone'::text, 'email'::text, 'guardian_name'::text, 'guardian_phone'::text, 'message'::text, 'sealed_contact'::text])))
        END AS sent
   FROM (mokoko.push_conflict c
     LEFT JOIN mokoko.device d ON ((d.role_name = c.device_role)));

ALTER VIEW mokoko.conflict_listing OWNER TO mokoko_owner;

CREATE TABLE mokoko.consultation (
    id text NOT NULL,
    question jsonb NOT NULL,
    intro jsonb DEFAULT '{}'::jsonb NOT NULL,
    opens_on date NOT NULL,
    closes_on date
);

ALTER TABLE mokoko.consultation OWNER TO mokoko_owner;

CREATE TABLE mokoko.device_health (
    device_id uuid NOT NULL,
    reported_at timestamp with time zone DEFAULT now() NOT NULL,
    version text NOT NULL,
    schema_revision text NOT NULL,
    stop_id text,
    unsent integer NOT NULL,
    refused integer NOT NULL,
    printer text NOT NULL,
    disk_free_mb bigint,
    clock_offset_s double precision NOT NULL,
    last_error text NOT NULL,
    CONSTRAINT device_health_disk_free_mb_check CHECK ((disk_free_mb >= 0)),
    CONSTRAINT device_health_last_error_check CHECK ((last_error = ANY (ARRAY[''::text, 'unreachable'::text, 'not_allowed'::text, 'refused'::text]))),
    CONSTRAINT device_health_printer_check CHECK ((printer = ANY (ARRAY['ok'::text, 'out_of_paper'::text, 'offline'::text, 'not_accepted'::text, 'no_printer'::text, 'unreadable'::text, 'unknown'::text]))),
    CONSTRAINT device_health_refused_check CHECK ((refused >= 0)),
    CONSTRAINT device_health_schema_revision_check CHECK ((length(schema_revision) <= 32)),
    CONSTRAINT device_health_stop_id_check CHECK ((length(stop_id) <= 64)),
    CONSTRAINT device_health_unsent_check CHECK ((unsent >= 0)),
    CONSTRAINT device_health_version_check CHECK ((version ~ '^[0-9]{1,6}(\.[0-9]{1,6}){0,3}$'::text))
);

ALTER TABLE mokoko.device_health OWNER TO mokoko_owner;

CREATE TABLE mokoko.device_stop (
    device_id uuid NOT NULL,
    stop_id text NOT NULL,
    since timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE mokoko.device_stop OWNER TO mokoko_owner;

CREATE TABLE mokoko.device_tag (
    tag character(4) NOT NULL,
    device_id uuid NOT NULL,
    claimed_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE mokoko.device_tag OWNER TO mokoko_owner;

CREATE TABLE mokoko.effect_goal (
    code text NOT NULL,
    area_code text NOT NULL,
    name jsonb NOT NULL,
    measure text NOT NULL,
    home_area text,
    age_group text,
    targets jsonb DEFAULT '{}'::jsonb NOT NULL,
    sort_order integer DEFAULT 0 NOT NULL,
    CONSTRAINT effect_goal_code_check CHECK ((length(code) <= 60)),
    CONSTRAINT effect_goal_name_check CHECK ((jsonb_typeof(name) = 'object'::text)),
    CONSTRAINT effect_goal_targets_check CHECK ((jsonb_typeof(targets) = 'object'::text))
);

ALTER TABLE mokoko.effect_goal OWNER TO mokoko_owner;

CREATE TABLE mokoko.erasure_request (
    id bigint NOT NULL,
    kind text,
    record_id uuid,
    requested_at timestamp with time zone DEFAULT now() NOT NULL,
    handled_at timestamp with time zone,
    note text DEFAULT ''::text NOT NULL,
    client_id uuid,
    receipt_code text,
    device_role name DEFAULT CURRENT_USER NOT NULL,
    handled_by name,
    CONSTRAINT erasure_request_receipt_code_check CHECK ((length(receipt_code) <= 10))
);

ALTER TABLE ONLY mokoko.erasure_request FORCE ROW LEVEL SECURITY;

ALTER TABLE mokoko.erasure_request OWNER TO mokoko_owner;

CREATE SEQUENCE mokoko.erasure_request_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE mokoko.erasure_request_id_seq OWNER TO mokoko_owner;

ALTER SEQUENCE mokoko.erasure_request_id_seq OWNED BY mokoko.erasure_request.id;

CREATE TABLE mokoko.fleet_policy (
    only_row boolean DEFAULT true NOT NULL,
    oldest_version text DEFAULT '0'::text NOT NULL,
    offered_version text,
    bundle_sha256 text,
    bundle_url text,
    CONSTRAINT fleet_policy_bundle_sha256_check CHECK ((bundle_sha256 ~ '^[0-9a-f]{64}$'::text)),
    CONSTRAINT fleet_policy_bundle_url_check CHECK (((bundle_url ~ '^https?://[^[:space:]]+$'::text) AND (length(bundle_url) <= 2000))),
    CONSTRAINT fleet_policy_offer_whole CHECK ((((offered_version IS NULL) AND (bundle_sha256 IS NULL) AND (bundle_url IS NULL)) OR ((offered_version IS NOT NULL) AND (bundle_sha256 IS NOT NULL)))),
    CONSTRAINT fleet_policy_offered_version_check CHECK ((offered_version ~ '^[0-9]{1,6}(\.[0-9]{1,6}){0,3}$'::text)),
    CONSTRAINT fleet_policy_oldest_version_check CHECK ((oldest_version ~ '^[0-9]{1,6}(\.[0-9]{1,6}){0,3}$'::text)),
    CONSTRAINT fleet_policy_only_row_check CHECK (only_row)
);

ALTER TABLE mokoko.fleet_policy OWNER TO mokoko_owner;

CREATE TABLE mokoko.followup_budget (
    device_id uuid NOT NULL,
    window_start timestamp with time zone NOT NULL,
    used integer NOT NULL,
    CONSTRAINT followup_budget_used_check CHECK ((used >= 0))
);

ALTER TABLE mokoko.followup_budget OWNER TO mokoko_owner;

CREATE TABLE mokoko.home_area (
    code text NOT NULL,
    name text NOT NULL,
    sort_order integer DEFAULT 0 NOT NULL
);

ALTER TABLE mokoko.home_area OWNER TO mokoko_owner;

CREATE TABLE mokoko.idea (
    id uuid NOT NULL,
    device_role name DEFAULT CURRENT_USER NOT NULL,
    device_id uuid DEFAULT mokoko.current_device_id() NOT NULL,
    receipt_code text NOT NULL,
    consultation_id text NOT NULL,
    theme_code text NOT NULL,
    text text NOT NULL,
    contact_name text,
    contact_email text,
    contact_phone text,
    consent_version text,
    age_group text,
    home_area_code text,
    language text NOT NULL,
    stop_id text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    assisted boolean DEFAULT false NOT NULL,
    content_hash text NOT NULL,
    received_at timestamp with time zone DEFAULT now() NOT NULL,
    text_search tsvector,
    sealed_contact text,
    notify_me boolean DEFAULT false NOT NULL,
    typed_at timestamp with time zone,
    CONSTRAINT idea_check CHECK ((((contact_name IS NULL) AND (contact_email IS NULL) AND (contact_phone IS NULL)) OR (consent_version IS NOT NULL))),
    CONSTRAINT idea_check1 CHECK (((typed_at IS NULL) OR (typed_at >= created_at))),
    CONSTRAINT idea_text_check CHECK (((length(text) >= 1) AND (length(text) <= 2000)))
);

ALTER TABLE ONLY mokoko.idea FORCE ROW LEVEL SECURITY;

ALTER TABLE mokoko.idea OWNER TO mokoko_owner;

CREATE TABLE mokoko.idea_assignment (
    id bigint NOT NULL,
    idea_id uuid NOT NULL,
    owner_role name,
    set_at timestamp with time zone DEFAULT now() NOT NULL,
    set_by name DEFAULT CURRENT_USER NOT NULL
);

ALTER TABLE mokoko.idea_assignment OWNER TO mokoko_owner;

CREATE SEQUENCE mokoko.idea_assignment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE mokoko.idea_assignment_id_seq OWNER TO mokoko_owner;

ALTER SEQUENCE mokoko.idea_assignment_id_seq OWNED BY mokoko.idea_assignment.id;

CREATE TABLE mokoko.idea_group (
    id bigint NOT NULL,
    title text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by name DEFAULT CURRENT_USER NOT NULL,
    CONSTRAINT idea_group_title_check CHECK (((length(title) >= 1) AND (length(title) <= 200)))
);

ALTER TABLE mokoko.idea_group OWNER TO mokoko_owner;

CREATE SEQUENCE mokoko.idea_group_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE mokoko.idea_group_id_seq OWNER TO mokoko_owner;

ALTER SEQUENCE mokoko.idea_group_id_seq OWNED BY mokoko.idea_group.id;

CREATE TABLE mokoko.idea_group_member (
    idea_id uuid NOT NULL,
    group_id bigint NOT NULL,
    added_at timestamp with time zone DEFAULT now() NOT NULL,
    added_by name DEFAULT CURRENT_USER NOT NULL
);

ALTER TABLE mokoko.idea_group_member OWNER TO mokoko_owner;

CREATE TABLE mokoko.idea_note (
    id bigint NOT NULL,
    idea_id uuid NOT NULL,
    text text NOT NULL,
    set_at timestamp with time zone DEFAULT now() NOT NULL,
    set_by name DEFAULT CURRENT_USER NOT NULL,
    CONSTRAINT idea_note_text_check CHECK (((length(text) >= 1) AND (length(text) <= 2000)))
);

ALTER TABLE mokoko.idea_note OWNER TO mokoko_owner;

CREATE SEQUENCE mokoko.idea_note_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE mokoko.idea_note_id_seq OWNER TO mokoko_owner;

ALTER SEQUENCE mokoko.idea_note_id_seq OWNED BY mokoko.idea_note.id;

CREATE TABLE mokoko.idea_route (
    id bigint NOT NULL,
    idea_id uuid NOT NULL,
    admin_area_code text NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    set_at timestamp with time zone DEFAULT now() NOT NULL,
    set_by name DEFAULT CURRENT_USER NOT NULL,
    CONSTRAINT idea_route_note_check CHECK ((length(note) <= 2000))
);

ALTER TABLE mokoko.idea_route OWNER TO mokoko_owner;

CREATE SEQUENCE mokoko.idea_route_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE mokoko.idea_route_id_seq OWNER TO mokoko_owner;

ALTER SEQUENCE mokoko.idea_route_id_seq OWNED BY mokoko.idea_route.id;

CREATE TABLE mokoko.idea_search (
    idea_id uuid NOT NULL,
    text text NOT NULL
);

ALTER TABLE mokoko.idea_search OWNER TO mokoko_owner;

CREATE TABLE mokoko.idea_state (
    idea_id uuid NOT NULL,
    area_code text,
    status text,
    status_at timestamp with time zone,
    status_by name,
    first_status_at timestamp with time zone,
    owner_role name
);

ALTER TABLE mokoko.idea_state OWNER TO mokoko_owner;

CREATE TABLE mokoko.idea_unindexed (
    idea_id uuid NOT NULL
);

ALTER TABLE mokoko.idea_unindexed OWNER TO mokoko_owner;

CREATE TABLE mokoko.interest (
    code text NOT NULL,
    name jsonb NOT NULL,
    sort_order integer DEFAULT 0 NOT NULL
);

ALTER TABLE mokoko.interest OWNER TO mokoko_owner;

CREATE TABLE mokoko.moderation (
    id bigint NOT NULL,
    client_id uuid NOT NULL,
    receipt_code text NOT NULL,
    reason text NOT NULL,
    at timestamp with time zone NOT NULL,
    device_role name DEFAULT CURRENT_USER NOT NULL,
    received_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT moderation_reason_check CHECK ((length(reason) <= 40)),
    CONSTRAINT moderation_receipt_code_check CHECK ((length(receipt_code) <= 10))
);

ALTER TABLE ONLY mokoko.moderation FORCE ROW LEVEL SECURITY;

ALTER TABLE mokoko.moderation OWNER TO mokoko_owner;

CREATE SEQUENCE mokoko.moderation_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE mokoko.moderation_id_seq OWNER TO mokoko_owner;

ALTER SEQUENCE mokoko.moderation_id_seq OWNED BY mokoko.moderation.id;

CREATE TABLE mokoko.municipality (
    key text NOT NULL,
    facts jsonb NOT NULL,
    CONSTRAINT municipality_facts_check CHECK (((jsonb_typeof(facts) = 'object'::text) AND (length((facts)::text) <= 4000))),
    CONSTRAINT municipality_key_check CHECK ((key = 'municipality'::text))
);

ALTER TABLE mokoko.municipality OWNER TO mokoko_owner;

CREATE TABLE mokoko.offer (
    id uuid NOT NULL,
    device_role name DEFAULT CURRENT_USER NOT NULL,
    device_id uuid DEFAULT mokoko.current_device_id() NOT NULL,
    data jsonb NOT NULL,
    created_at timestamp with time zone NOT NULL,
    content_hash text NOT NULL,
    received_at timestamp with time zone DEFAULT now() NOT NULL,
    receipt_code text
);

ALTER TABLE ONLY mokoko.offer FORCE ROW LEVEL SECURITY;

ALTER TABLE mokoko.offer OWNER TO mokoko_owner;

CREATE VIEW mokoko.offer_listing WITH (security_barrier='true') AS
 SELECT id,
    device_id,
    receipt_code,
    created_at,
    received_at,
    (data - ARRAY['name'::text, 'phone'::text, 'email'::text, 'sealed_contact'::text]) AS data
   FROM mokoko.offer;

ALTER VIEW mokoko.offer_listing OWNER TO mokoko_owner;

CREATE TABLE mokoko.office_user (
    role_name name NOT NULL,
    display_name text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    removed_at timestamp with time zone,
    email text,
    CONSTRAINT office_user_display_name_check CHECK (((length(display_name) >= 1) AND (length(display_name) <= 100))),
    CONSTRAINT office_user_email_check CHECK (((email ~ '^[^@[:space:],;<>"]+@[^@[:space:],;<>"]+[.][^@[:space:],;<>"]+$'::text) AND (length(email) <= 254)))
);

ALTER TABLE mokoko.office_user OWNER TO mokoko_owner;

CREATE TABLE mokoko.opportunity (
    id text NOT NULL,
    data jsonb NOT NULL,
    active boolean DEFAULT true NOT NULL
);

ALTER TABLE mokoko.opportunity OWNER TO mokoko_owner;

CREATE TABLE mokoko.outbox (
    id bigint NOT NULL,
    kind text NOT NULL,
    record_id uuid NOT NULL,
    receipt_code text NOT NULL,
    language text NOT NULL,
    status text NOT NULL,
    public_reply text DEFAULT ''::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    next_attempt_at timestamp with time zone DEFAULT now() NOT NULL,
    sent_at timestamp with time zone,
    failed_at timestamp with time zone,
    last_error text DEFAULT ''::text NOT NULL,
    translated_reply text DEFAULT ''::text NOT NULL,
    recipient_role name,
    CONSTRAINT outbox_kind_check CHECK ((kind = ANY (ARRAY['idea'::text, 'signup'::text, 'routed'::text]))),
    CONSTRAINT outbox_last_error_check CHECK ((length(last_error) <= 300)),
    CONSTRAINT routed_has_recipient CHECK (((kind = 'routed'::text) = (recipient_role IS NOT NULL)))
);

ALTER TABLE mokoko.outbox OWNER TO mokoko_owner;

CREATE SEQUENCE mokoko.outbox_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE mokoko.outbox_id_seq OWNER TO mokoko_owner;

ALTER SEQUENCE mokoko.outbox_id_seq OWNED BY mokoko.outbox.id;

CREATE TABLE mokoko.partner (
    role_name name NOT NULL,
    name text NOT NULL,
    key_id text,
    public_key text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    removed_at timestamp with time zone,
    CONSTRAINT partner_check CHECK (((key_id IS NULL) = (public_key IS NULL))),
    CONSTRAINT partner_key_id_check CHECK ((key_id ~ '^[0-9a-f]{16}$'::text)),
    CONSTRAINT partner_name_check CHECK (((length(name) >= 1) AND (length(name) <= 100))),
    CONSTRAINT partner_public_key_check CHECK ((length(public_key) = 44))
);

ALTER TABLE mokoko.partner OWNER TO mokoko_owner;

CREATE TABLE mokoko.partner_contact (
    signup_id uuid NOT NULL,
    role_name name NOT NULL,
    key_id text NOT NULL,
    sealed text NOT NULL,
    set_at timestamp with time zone DEFAULT now() NOT NULL,
    set_by name DEFAULT CURRENT_USER NOT NULL,
    CONSTRAINT partner_contact_sealed_check CHECK ((length(sealed) <= 8000))
);

ALTER TABLE mokoko.partner_contact OWNER TO mokoko_owner;

CREATE TABLE mokoko.partner_opportunity (
    role_name name NOT NULL,
    opportunity_id text NOT NULL,
    CONSTRAINT partner_opportunity_opportunity_id_check CHECK (((length(opportunity_id) >= 1) AND (length(opportunity_id) <= 60)))
);

ALTER TABLE mokoko.partner_opportunity OWNER TO mokoko_owner;

CREATE TABLE mokoko.signup (
    id uuid NOT NULL,
    device_role name DEFAULT CURRENT_USER NOT NULL,
    device_id uuid DEFAULT mokoko.current_device_id() NOT NULL,
    receipt_code text NOT NULL,
    data jsonb NOT NULL,
    created_at timestamp with time zone NOT NULL,
    content_hash text NOT NULL,
    received_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY mokoko.signup FORCE ROW LEVEL SECURITY;

ALTER TABLE mokoko.signup OWNER TO mokoko_owner;

CREATE VIEW mokoko.signup_listing WITH (security_barrier='true') AS
 SELECT id,
    device_id,
    receipt_code,
    created_at,
    received_at,
    (data - ARRAY['name'::text, 'phone'::text, 'email'::text, 'guardian_name'::text, 'guardian_phone'::text, 'message'::text, 'sealed_contact'::text]) AS data
   FROM mokoko.signup;

ALTER VIEW mokoko.signup_listing OWNER TO mokoko_owner;

CREATE TABLE mokoko.signup_status (
    id bigint NOT NULL,
    signup_id uuid NOT NULL,
    status text NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    set_at timestamp with time zone DEFAULT now() NOT NULL,
    set_by name DEFAULT CURRENT_USER NOT NULL,
    CONSTRAINT signup_status_note_check CHECK ((length(note) <= 2000)),
    CONSTRAINT signup_status_status_check CHECK ((status = ANY (ARRAY['new'::text, 'contacted'::text, 'placed'::text, 'declined'::text])))
);

ALTER TABLE mokoko.signup_status OWNER TO mokoko_owner;

CREATE VIEW mokoko.partner_signup_listing WITH (security_barrier='true') AS
 SELECT l.id,
    l.receipt_code,
    l.created_at,
    (l.data ->> 'stop_id'::text) AS stop_id,
    (l.data ->> 'opportunity_id'::text) AS opportunity_id,
    COALESCE((l.data ->> 'age_group'::text), ''::text) AS age_group,
    COALESCE((l.data -> 'availability'::text), '[]'::jsonb) AS availability,
    COALESCE(s.status, 'new'::text) AS status,
    s.set_at AS status_at,
    (EXISTS ( SELECT 1
           FROM mokoko.partner_contact c
          WHERE ((c.signup_id = l.id) AND (c.role_name = o.role_name)))) AS handed_over
   FROM (((mokoko.signup_listing l
     JOIN mokoko.partner_opportunity o ON (((o.opportunity_id = (l.data ->> 'opportunity_id'::text)) AND (o.role_name = CURRENT_USER))))
     JOIN mokoko.partner p ON (((p.role_name = o.role_name) AND (p.removed_at IS NULL))))
     LEFT JOIN LATERAL ( SELECT x.status,
            x.set_at
           FROM mokoko.signup_status x
          WHERE (x.signup_id = l.id)
          ORDER BY x.id DESC
         LIMIT 1) s ON (true));

ALTER VIEW mokoko.partner_signup_listing OWNER TO mokoko_owner;

CREATE SEQUENCE mokoko.push_conflict_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE mokoko.push_conflict_id_seq OWNER TO mokoko_owner;

ALTER SEQUENCE mokoko.push_conflict_id_seq OWNED BY mokoko.push_conflict.id;

CREATE TABLE mokoko.retention (
    kind text NOT NULL,
    days integer NOT NULL,
    CONSTRAINT retention_days_check CHECK (((days >= 0) AND (days <= 3650))),
    CONSTRAINT retention_kind_check CHECK ((kind = ANY (ARRAY['idea-contact-after-answer'::text, 'idea-contact-max'::text, 'signup-contact'::text, 'offer'::text])))
);

ALTER TABLE mokoko.retention OWNER TO mokoko_owner;

CREATE TABLE mokoko.sealing_key (
    key_id text NOT NULL,
    public_key text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    active boolean DEFAULT true NOT NULL,
    CONSTRAINT sealing_key_key_id_check CHECK ((key_id ~ '^[0-9a-f]{16}$'::text)),
    CONSTRAINT sealing_key_public_key_check CHECK ((length(public_key) = 44))
);

ALTER TABLE mokoko.sealing_key OWNER TO mokoko_owner;

CREATE TABLE mokoko.session_limit (
    role_group name NOT NULL,
    statement interval,
    idle_in_transaction interval,
    whole_transaction interval,
    CONSTRAINT session_limit_idle_in_transaction_check CHECK ((idle_in_transaction >= '00:00:01'::interval)),
    CONSTRAINT session_limit_role_group_check CHECK ((role_group = ANY (ARRAY['mokoko_kiosk'::name, 'mokoko_web'::name, 'mokoko_office'::name, 'mokoko_dpo'::name, 'mokoko_partner'::name]))),
    CONSTRAINT session_limit_statement_check CHECK ((statement >= '00:00:01'::interval)),
    CONSTRAINT session_limit_whole_transaction_check CHECK ((whole_transaction >= '00:00:01'::interval))
);

ALTER TABLE mokoko.session_limit OWNER TO mokoko_owner;

CREATE TABLE mokoko.signup_fingerprint (
    signup_id uuid NOT NULL,
    key_id text NOT NULL,
    phone text,
    email text,
    made_at timestamp with time zone DEFAULT now() NOT NULL,
    made_by name DEFAULT SESSION_USER NOT NULL,
    CONSTRAINT signup_fingerprint_email_check CHECK ((email ~ '^[0-9a-f]{64}$'::text)),
    CONSTRAINT signup_fingerprint_key_id_check CHECK ((key_id ~ '^[0-9a-f]{16}$'::text)),
    CONSTRAINT signup_fingerprint_phone_check CHECK ((phone ~ '^[0-9a-f]{64}$'::text))
);

ALTER TABLE mokoko.signup_fingerprint OWNER TO mokoko_owner;

CREATE SEQUENCE mokoko.signup_status_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE mokoko.signup_status_id_seq OWNER TO mokoko_owner;

ALTER SEQUENCE mokoko.signup_status_id_seq OWNED BY mokoko.signup_status.id;

CREATE TABLE mokoko.status (
    code text NOT NULL,
    label jsonb NOT NULL,
    needs_reason boolean DEFAULT false NOT NULL,
    sort_order integer DEFAULT 0 NOT NULL
);

ALTER TABLE mokoko.status OWNER TO mokoko_owner;

CREATE TABLE mokoko.status_update (
    id bigint NOT NULL,
    idea_id uuid NOT NULL,
    status text NOT NULL,
    public_reply text DEFAULT ''::text NOT NULL,
    reason text DEFAULT ''::text NOT NULL,
    set_at timestamp with time zone DEFAULT now() NOT NULL,
    set_by name DEFAULT CURRENT_USER NOT NULL,
    translated_reply text DEFAULT ''::text NOT NULL,
    CONSTRAINT reply_length CHECK (((length(public_reply) <= 2000) AND (length(reason) <= 2000))),
    CONSTRAINT status_update_translated_reply_check CHECK ((length(translated_reply) <= 2000))
);

ALTER TABLE mokoko.status_update OWNER TO mokoko_owner;

CREATE SEQUENCE mokoko.status_update_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE mokoko.status_update_id_seq OWNER TO mokoko_owner;

ALTER SEQUENCE mokoko.status_update_id_seq OWNED BY mokoko.status_update.id;

CREATE TABLE mokoko.stop (
    id text NOT NULL,
    place text NOT NULL,
    address text DEFAULT ''::text NOT NULL,
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    tour_order integer DEFAULT 0 NOT NULL,
    hours jsonb DEFAULT '{}'::jsonb NOT NULL,
    reward_voucher boolean DEFAULT false NOT NULL,
    CONSTRAINT stop_hours_check CHECK ((jsonb_typeof(hours) = 'object'::text))
);

ALTER TABLE mokoko.stop OWNER TO mokoko_owner;

CREATE TABLE mokoko.theme (
    code text NOT NULL,
    title jsonb NOT NULL,
    description jsonb DEFAULT '{}'::jsonb NOT NULL,
    admin_area_code text,
    icon text,
    sort_order integer DEFAULT 0 NOT NULL,
    active boolean DEFAULT true NOT NULL
);

ALTER TABLE mokoko.theme OWNER TO mokoko_owner;

ALTER TABLE ONLY mokoko.access_log ALTER COLUMN id SET DEFAULT nextval('mokoko.access_log_id_seq'::regclass);

ALTER TABLE ONLY mokoko.change_log ALTER COLUMN seq SET DEFAULT nextval('mokoko.change_log_seq_seq'::regclass);

ALTER TABLE ONLY mokoko.erasure_request ALTER COLUMN id SET DEFAULT nextval('mokoko.erasure_request_id_seq'::regclass);

ALTER TABLE ONLY mokoko.idea_assignment ALTER COLUMN id SET DEFAULT nextval('mokoko.idea_assignment_id_seq'::regclass);

ALTER TABLE ONLY mokoko.idea_group ALTER COLUMN id SET DEFAULT nextval('mokoko.idea_group_id_seq'::regclass);

ALTER TABLE ONLY mokoko.idea_note ALTER COLUMN id SET DEFAULT nextval('mokoko.idea_note_id_seq'::regclass);

ALTER TABLE ONLY mokoko.idea_route ALTER COLUMN id SET DEFAULT nextval('mokoko.idea_route_id_seq'::regclass);

ALTER TABLE ONLY mokoko.moderation ALTER COLUMN id SET DEFAULT nextval('mokoko.moderation_id_seq'::regclass);

ALTER TABLE ONLY mokoko.outbox ALTER COLUMN id SET DEFAULT nextval('mokoko.outbox_id_seq'::regclass);

ALTER TABLE ONLY mokoko.push_conflict ALTER COLUMN id SET DEFAULT nextval('mokoko.push_conflict_id_seq'::regclass);

ALTER TABLE ONLY mokoko.signup_status ALTER COLUMN id SET DEFAULT nextval('mokoko.signup_status_id_seq'::regclass);

ALTER TABLE ONLY mokoko.status_update ALTER COLUMN id SET DEFAULT nextval('mokoko.status_update_id_seq'::regclass);

ALTER TABLE ONLY mokoko.access_log
    ADD CONSTRAINT access_log_pkey PRIMARY KEY (id);

ALTER TABLE ONLY mokoko.admin_area
    ADD CONSTRAINT admin_area_pkey PRIMARY KEY (code);

ALTER TABLE mokoko.idea
    ADD CONSTRAINT age_group_length CHECK ((length(age_group) <= 10)) NOT VALID;

ALTER TABLE ONLY mokoko.area_contact
    ADD CONSTRAINT area_contact_pkey PRIMARY KEY (admin_area_code, role_name);

ALTER TABLE ONLY mokoko.catalogue_code
    ADD CONSTRAINT catalogue_code_pkey PRIMARY KEY (table_name, code);

ALTER TABLE ONLY mokoko.change_log_horizon
    ADD CONSTRAINT change_log_horizon_pkey PRIMARY KEY (id);

ALTER TABLE ONLY mokoko.change_log
    ADD CONSTRAINT change_log_pkey PRIMARY KEY (seq);

ALTER TABLE ONLY mokoko.conflict_decision
    ADD CONSTRAINT conflict_decision_pkey PRIMARY KEY (conflict_id);

ALTER TABLE mokoko.idea
    ADD CONSTRAINT consent_version_length CHECK ((length(consent_version) <= 40)) NOT VALID;

ALTER TABLE mokoko.idea
    ADD CONSTRAINT consultation_id_length CHECK ((length(consultation_id) <= 60)) NOT VALID;

ALTER TABLE ONLY mokoko.consultation
    ADD CONSTRAINT consultation_pkey PRIMARY KEY (id);

ALTER TABLE mokoko.idea
    ADD CONSTRAINT contact_email_length CHECK ((length(contact_email) <= 254)) NOT VALID;

ALTER TABLE mokoko.idea
    ADD CONSTRAINT contact_name_length CHECK ((length(contact_name) <= 100)) NOT VALID;

ALTER TABLE mokoko.idea
    ADD CONSTRAINT contact_phone_length CHECK ((length(contact_phone) <= 20)) NOT VALID;

ALTER TABLE mokoko.idea
    ADD CONSTRAINT contact_sealed CHECK (((contact_name IS NULL) AND (contact_email IS NULL) AND (contact_phone IS NULL))) NOT VALID;

ALTER TABLE mokoko.offer
    ADD CONSTRAINT contact_sealed CHECK ((NOT (jsonb_strip_nulls(data) ?| ARRAY['name'::text, 'phone'::text, 'email'::text]))) NOT VALID;

ALTER TABLE mokoko.signup
    ADD CONSTRAINT contact_sealed CHECK (((NOT (jsonb_strip_nulls(data) ?| ARRAY['name'::text, 'phone'::text, 'email'::text, 'guardian_name'::text, 'guardian_phone'::text])) AND (COALESCE((data ->> 'message'::text), ''::text) = ''::text))) NOT VALID;

ALTER TABLE mokoko.offer
    ADD CONSTRAINT data_size CHECK ((length((data)::text) <= 16000)) NOT VALID;

ALTER TABLE mokoko.signup
    ADD CONSTRAINT data_size CHECK ((length((data)::text) <= 16000)) NOT VALID;

ALTER TABLE ONLY mokoko.device_health
    ADD CONSTRAINT device_health_pkey PRIMARY KEY (device_id);

ALTER TABLE ONLY mokoko.device
    ADD CONSTRAINT device_pkey PRIMARY KEY (id);

ALTER TABLE ONLY mokoko.device
    ADD CONSTRAINT device_role_name_key UNIQUE (role_name);

ALTER TABLE ONLY mokoko.device_stop
    ADD CONSTRAINT device_stop_pkey PRIMARY KEY (device_id, stop_id);

ALTER TABLE ONLY mokoko.device
    ADD CONSTRAINT device_tag_key UNIQUE (tag);

ALTER TABLE ONLY mokoko.device_tag
    ADD CONSTRAINT device_tag_pkey PRIMARY KEY (tag);

ALTER TABLE ONLY mokoko.effect_goal
    ADD CONSTRAINT effect_goal_pkey PRIMARY KEY (code);

ALTER TABLE ONLY mokoko.erasure_request
    ADD CONSTRAINT erasure_request_client_id_key UNIQUE (client_id);

ALTER TABLE ONLY mokoko.erasure_request
    ADD CONSTRAINT erasure_request_pkey PRIMARY KEY (id);

ALTER TABLE ONLY mokoko.fleet_policy
    ADD CONSTRAINT fleet_policy_pkey PRIMARY KEY (only_row);

ALTER TABLE ONLY mokoko.followup_budget
    ADD CONSTRAINT followup_budget_pkey PRIMARY KEY (device_id);

ALTER TABLE mokoko.idea
    ADD CONSTRAINT home_area_code_length CHECK ((length(home_area_code) <= 60)) NOT VALID;

ALTER TABLE ONLY mokoko.home_area
    ADD CONSTRAINT home_area_pkey PRIMARY KEY (code);

ALTER TABLE ONLY mokoko.idea_assignment
    ADD CONSTRAINT idea_assignment_pkey PRIMARY KEY (id);

ALTER TABLE ONLY mokoko.idea_group_member
    ADD CONSTRAINT idea_group_member_pkey PRIMARY KEY (idea_id);

ALTER TABLE ONLY mokoko.idea_group
    ADD CONSTRAINT idea_group_pkey PRIMARY KEY (id);

ALTER TABLE ONLY mokoko.idea_note
    ADD CONSTRAINT idea_note_pkey PRIMARY KEY (id);

ALTER TABLE ONLY mokoko.idea
    ADD CONSTRAINT idea_pkey PRIMARY KEY (id);

ALTER TABLE ONLY mokoko.idea
    ADD CONSTRAINT idea_receipt_code_key UNIQUE (receipt_code);

ALTER TABLE ONLY mokoko.idea_route
    ADD CONSTRAINT idea_route_pkey PRIMARY KEY (id);

ALTER TABLE ONLY mokoko.idea_search
    ADD CONSTRAINT idea_search_pkey PRIMARY KEY (idea_id);

ALTER TABLE ONLY mokoko.idea_state
    ADD CONSTRAINT idea_state_pkey PRIMARY KEY (idea_id);

ALTER TABLE ONLY mokoko.interest
    ADD CONSTRAINT interest_pkey PRIMARY KEY (code);

ALTER TABLE mokoko.push_conflict
    ADD CONSTRAINT kind_known CHECK ((kind = ANY (ARRAY['idea'::text, 'signup'::text, 'offer'::text]))) NOT VALID;

ALTER TABLE mokoko.idea
    ADD CONSTRAINT language_length CHECK ((length(language) <= 10)) NOT VALID;

ALTER TABLE ONLY mokoko.moderation
    ADD CONSTRAINT moderation_client_id_key UNIQUE (client_id);

ALTER TABLE ONLY mokoko.moderation
    ADD CONSTRAINT moderation_pkey PRIMARY KEY (id);

ALTER TABLE ONLY mokoko.municipality
    ADD CONSTRAINT municipality_pkey PRIMARY KEY (key);

ALTER TABLE ONLY mokoko.offer
    ADD CONSTRAINT offer_pkey PRIMARY KEY (id);

ALTER TABLE ONLY mokoko.offer
    ADD CONSTRAINT offer_receipt_code_key UNIQUE (receipt_code);

ALTER TABLE ONLY mokoko.office_user
    ADD CONSTRAINT office_user_pkey PRIMARY KEY (role_name);

ALTER TABLE ONLY mokoko.opportunity
    ADD CONSTRAINT opportunity_pkey PRIMARY KEY (id);

ALTER TABLE ONLY mokoko.outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY (id);

ALTER TABLE ONLY mokoko.partner_contact
    ADD CONSTRAINT partner_contact_pkey PRIMARY KEY (signup_id, role_name);

ALTER TABLE ONLY mokoko.partner_opportunity
    ADD CONSTRAINT partner_opportunity_pkey PRIMARY KEY (role_name, opportunity_id);

ALTER TABLE ONLY mokoko.partner
    ADD CONSTRAINT partner_pkey PRIMARY KEY (role_name);

ALTER TABLE mokoko.push_conflict
    ADD CONSTRAINT payload_size CHECK ((length((payload)::text) <= 32000)) NOT VALID;

ALTER TABLE ONLY mokoko.published_story
    ADD CONSTRAINT published_story_pkey PRIMARY KEY (idea_id);

ALTER TABLE ONLY mokoko.push_conflict
    ADD CONSTRAINT push_conflict_kind_record_id_content_hash_key UNIQUE (kind, record_id, content_hash);

ALTER TABLE ONLY mokoko.push_conflict
    ADD CONSTRAINT push_conflict_pkey PRIMARY KEY (id);

ALTER TABLE mokoko.idea
    ADD CONSTRAINT receipt_code_well_formed CHECK (mokoko.receipt_code_valid(receipt_code)) NOT VALID;

ALTER TABLE mokoko.offer
    ADD CONSTRAINT receipt_code_well_formed CHECK (mokoko.receipt_code_valid(receipt_code)) NOT VALID;

ALTER TABLE mokoko.signup
    ADD CONSTRAINT receipt_code_well_formed CHECK (mokoko.receipt_code_valid(receipt_code)) NOT VALID;

ALTER TABLE ONLY mokoko.retention
    ADD CONSTRAINT retention_pkey PRIMARY KEY (kind);

ALTER TABLE mokoko.idea
    ADD CONSTRAINT sealed_contact_length CHECK ((length(sealed_contact) <= 8000)) NOT VALID;

ALTER TABLE ONLY mokoko.sealing_key
    ADD CONSTRAINT sealing_key_pkey PRIMARY KEY (key_id);

ALTER TABLE ONLY mokoko.session_limit
    ADD CONSTRAINT session_limit_pkey PRIMARY KEY (role_group);

ALTER TABLE ONLY mokoko.signup_fingerprint
    ADD CONSTRAINT signup_fingerprint_pkey PRIMARY KEY (signup_id);

ALTER TABLE ONLY mokoko.signup
    ADD CONSTRAINT signup_pkey PRIMARY KEY (id);

ALTER TABLE ONLY mokoko.signup
    ADD CONSTRAINT signup_receipt_code_key UNIQUE (receipt_code);

ALTER TABLE ONLY mokoko.signup_status
    ADD CONSTRAINT signup_status_pkey PRIMARY KEY (id);

ALTER TABLE ONLY mokoko.status
    ADD CONSTRAINT status_pkey PRIMARY KEY (code);

ALTER TABLE ONLY mokoko.status_update
    ADD CONSTRAINT status_update_pkey PRIMARY KEY (id);

ALTER TABLE mokoko.idea
    ADD CONSTRAINT stop_id_length CHECK ((length(stop_id) <= 60)) NOT VALID;

ALTER TABLE ONLY mokoko.stop
    ADD CONSTRAINT stop_pkey PRIMARY KEY (id);

ALTER TABLE mokoko.idea
    ADD CONSTRAINT theme_code_length CHECK ((length(theme_code) <= 60)) NOT VALID;

ALTER TABLE ONLY mokoko.theme
    ADD CONSTRAINT theme_pkey PRIMARY KEY (code);

ALTER TABLE ONLY mokoko.voucher
    ADD CONSTRAINT voucher_pkey PRIMARY KEY (receipt_code);

CREATE INDEX change_log_position ON mokoko.change_log USING btree (txid, seq);

CREATE INDEX device_stop_stop ON mokoko.device_stop USING btree (stop_id);

CREATE INDEX idea_assignment_idea ON mokoko.idea_assignment USING btree (idea_id);

CREATE INDEX idea_group_member_group ON mokoko.idea_group_member USING btree (group_id);

CREATE INDEX idea_newest ON mokoko.idea USING btree (created_at DESC, id DESC);

CREATE INDEX idea_note_idea ON mokoko.idea_note USING btree (idea_id);

CREATE INDEX idea_route_idea ON mokoko.idea_route USING btree (idea_id, id DESC);

CREATE INDEX idea_search_trigrams ON mokoko.idea_search USING gist (text gist_trgm_ops (siglen='256'));

CREATE INDEX idea_state_area ON mokoko.idea_state USING btree (area_code);

CREATE INDEX idea_stop_newest ON mokoko.idea USING btree (stop_id, created_at DESC, id DESC);

CREATE INDEX idea_text_search ON mokoko.idea USING gin (text_search) WHERE (text_search IS NOT NULL);

CREATE INDEX moderation_newest ON mokoko.moderation USING btree (receipt_code, at DESC, id DESC);

CREATE INDEX outbox_due ON mokoko.outbox USING btree (next_attempt_at) WHERE ((sent_at IS NULL) AND (failed_at IS NULL));

CREATE INDEX partner_opportunity_by_opportunity ON mokoko.partner_opportunity USING btree (opportunity_id);

CREATE INDEX signup_fingerprint_email ON mokoko.signup_fingerprint USING btree (key_id, email) WHERE (email IS NOT NULL);

CREATE INDEX signup_fingerprint_phone ON mokoko.signup_fingerprint USING btree (key_id, phone) WHERE (phone IS NOT NULL);

CREATE INDEX signup_status_signup ON mokoko.signup_status USING btree (signup_id, id DESC);

CREATE INDEX status_update_idea ON mokoko.status_update USING btree (idea_id, id DESC);

CREATE TRIGGER append_only BEFORE DELETE OR UPDATE ON mokoko.access_log FOR EACH ROW EXECUTE FUNCTION mokoko.access_log_is_append_only();

CREATE TRIGGER append_only_no_truncate BEFORE TRUNCATE ON mokoko.access_log FOR EACH STATEMENT EXECUTE FUNCTION mokoko.access_log_is_append_only();

CREATE TRIGGER check_codes AFTER INSERT ON mokoko.idea REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION mokoko.check_kiosk_codes();

CREATE TRIGGER check_codes AFTER INSERT ON mokoko.offer REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION mokoko.check_kiosk_codes();

CREATE TRIGGER check_codes AFTER INSERT ON mokoko.signup REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION mokoko.check_kiosk_codes();

CREATE TRIGGER check_references AFTER INSERT ON mokoko.idea REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION mokoko.check_idea_references();

CREATE TRIGGER check_references AFTER INSERT ON mokoko.offer REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION mokoko.check_document_references();

CREATE TRIGGER check_references AFTER INSERT ON mokoko.signup REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION mokoko.check_document_references();

CREATE TRIGGER code_is_mine BEFORE INSERT ON mokoko.erasure_request FOR EACH ROW EXECUTE FUNCTION mokoko.check_code_is_mine();

CREATE TRIGGER code_is_mine BEFORE INSERT ON mokoko.moderation FOR EACH ROW EXECUTE FUNCTION mokoko.check_code_is_mine();

CREATE TRIGGER forget_contacts AFTER UPDATE OF removed_at ON mokoko.partner FOR EACH ROW EXECUTE FUNCTION mokoko.forget_removed_partner();

CREATE TRIGGER forget_fingerprint AFTER UPDATE OF data ON mokoko.signup FOR EACH ROW EXECUTE FUNCTION mokoko.forget_fingerprint();

CREATE TRIGGER forget_partner_contact AFTER UPDATE OF data ON mokoko.signup FOR EACH ROW EXECUTE FUNCTION mokoko.forget_partner_contact();

CREATE TRIGGER keep_state AFTER INSERT ON mokoko.idea_assignment FOR EACH ROW EXECUTE FUNCTION mokoko.keep_idea_state();

CREATE TRIGGER keep_state AFTER INSERT ON mokoko.idea_route FOR EACH ROW EXECUTE FUNCTION mokoko.keep_idea_state();

CREATE TRIGGER keep_state AFTER INSERT ON mokoko.status_update FOR EACH ROW EXECUTE FUNCTION mokoko.keep_idea_state();

CREATE TRIGGER log_change AFTER INSERT OR DELETE OR UPDATE ON mokoko.admin_area FOR EACH ROW EXECUTE FUNCTION mokoko.log_catalogue_change('code');

CREATE TRIGGER log_change AFTER INSERT OR DELETE OR UPDATE ON mokoko.consultation FOR EACH ROW EXECUTE FUNCTION mokoko.log_catalogue_change('id');

CREATE TRIGGER log_change AFTER INSERT OR DELETE OR UPDATE ON mokoko.home_area FOR EACH ROW EXECUTE FUNCTION mokoko.log_catalogue_change('code');

CREATE TRIGGER log_change AFTER INSERT ON mokoko.idea_route FOR EACH ROW EXECUTE FUNCTION mokoko.log_route_change();

CREATE TRIGGER log_change AFTER INSERT OR DELETE OR UPDATE ON mokoko.interest FOR EACH ROW EXECUTE FUNCTION mokoko.log_catalogue_change('code');

CREATE TRIGGER log_change AFTER INSERT OR DELETE OR UPDATE ON mokoko.municipality FOR EACH ROW EXECUTE FUNCTION mokoko.log_catalogue_change('key');

CREATE TRIGGER log_change AFTER INSERT OR DELETE OR UPDATE ON mokoko.opportunity FOR EACH ROW EXECUTE FUNCTION mokoko.log_catalogue_change('id');

CREATE TRIGGER log_change AFTER INSERT OR DELETE ON mokoko.published_story FOR EACH ROW EXECUTE FUNCTION mokoko.log_story_change();

CREATE TRIGGER log_change AFTER INSERT OR DELETE OR UPDATE ON mokoko.retention FOR EACH ROW EXECUTE FUNCTION mokoko.log_catalogue_change('kind');

CREATE TRIGGER log_change AFTER INSERT OR DELETE OR UPDATE ON mokoko.sealing_key FOR EACH ROW EXECUTE FUNCTION mokoko.log_catalogue_change('key_id');

CREATE TRIGGER log_change AFTER INSERT ON mokoko.signup_status FOR EACH ROW EXECUTE FUNCTION mokoko.log_signup_status();

CREATE TRIGGER log_change AFTER INSERT OR DELETE OR UPDATE ON mokoko.status FOR EACH ROW EXECUTE FUNCTION mokoko.log_catalogue_change('code');

CREATE TRIGGER log_change AFTER INSERT ON mokoko.status_update FOR EACH ROW EXECUTE FUNCTION mokoko.log_status_change();

CREATE TRIGGER log_change AFTER INSERT OR DELETE OR UPDATE ON mokoko.stop FOR EACH ROW EXECUTE FUNCTION mokoko.log_catalogue_change('id');

CREATE TRIGGER log_change AFTER INSERT OR DELETE OR UPDATE ON mokoko.theme FOR EACH ROW EXECUTE FUNCTION mokoko.log_catalogue_change('code');

CREATE TRIGGER log_inserted AFTER INSERT ON mokoko.voucher REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION mokoko.log_voucher_changes();

CREATE TRIGGER log_updated AFTER UPDATE ON mokoko.voucher REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION mokoko.log_voucher_changes();

CREATE TRIGGER not_hidden BEFORE INSERT ON mokoko.published_story FOR EACH ROW EXECUTE FUNCTION mokoko.refuse_hidden_story();

CREATE TRIGGER off_the_wall AFTER INSERT ON mokoko.moderation FOR EACH ROW EXECUTE FUNCTION mokoko.take_hidden_off_the_wall();

CREATE TRIGGER queue_for_search AFTER INSERT ON mokoko.idea REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION mokoko.queue_for_search();

CREATE TRIGGER queue_message AFTER INSERT ON mokoko.idea_route FOR EACH ROW EXECUTE FUNCTION mokoko.queue_routed_message();

CREATE TRIGGER queue_message AFTER INSERT ON mokoko.signup_status FOR EACH ROW EXECUTE FUNCTION mokoko.queue_signup_message();

CREATE TRIGGER queue_message AFTER INSERT ON mokoko.status_update FOR EACH ROW EXECUTE FUNCTION mokoko.queue_idea_message();

CREATE TRIGGER remember_code AFTER INSERT OR UPDATE ON mokoko.admin_area FOR EACH ROW EXECUTE FUNCTION mokoko.remember_catalogue_code('code');

CREATE TRIGGER remember_code AFTER INSERT OR UPDATE ON mokoko.consultation FOR EACH ROW EXECUTE FUNCTION mokoko.remember_catalogue_code('id');

CREATE TRIGGER remember_code AFTER INSERT OR UPDATE ON mokoko.home_area FOR EACH ROW EXECUTE FUNCTION mokoko.remember_catalogue_code('code');

CREATE TRIGGER remember_code AFTER INSERT OR UPDATE ON mokoko.interest FOR EACH ROW EXECUTE FUNCTION mokoko.remember_catalogue_code('code');

CREATE TRIGGER remember_code AFTER INSERT OR UPDATE ON mokoko.opportunity FOR EACH ROW EXECUTE FUNCTION mokoko.remember_catalogue_code('id');

CREATE TRIGGER remember_code AFTER INSERT OR UPDATE ON mokoko.status FOR EACH ROW EXECUTE FUNCTION mokoko.remember_catalogue_code('code');

CREATE TRIGGER remember_code AFTER INSERT OR UPDATE ON mokoko.stop FOR EACH ROW EXECUTE FUNCTION mokoko.remember_catalogue_code('id');

CREATE TRIGGER remember_code AFTER INSERT OR UPDATE ON mokoko.theme FOR EACH ROW EXECUTE FUNCTION mokoko.remember_catalogue_code('code');

CREATE TRIGGER serialise BEFORE INSERT OR DELETE OR UPDATE ON mokoko.admin_area FOR EACH STATEMENT EXECUTE FUNCTION mokoko.serialise_change_log();

CREATE TRIGGER serialise BEFORE INSERT ON mokoko.change_log FOR EACH STATEMENT EXECUTE FUNCTION mokoko.serialise_change_log();

CREATE TRIGGER serialise BEFORE INSERT OR DELETE OR UPDATE ON mokoko.consultation FOR EACH STATEMENT EXECUTE FUNCTION mokoko.serialise_change_log();

CREATE TRIGGER serialise BEFORE INSERT OR DELETE OR UPDATE ON mokoko.home_area FOR EACH STATEMENT EXECUTE FUNCTION mokoko.serialise_change_log();

CREATE TRIGGER serialise BEFORE INSERT ON mokoko.idea_route FOR EACH STATEMENT EXECUTE FUNCTION mokoko.serialise_change_log();

CREATE TRIGGER serialise BEFORE INSERT OR DELETE OR UPDATE ON mokoko.interest FOR EACH STATEMENT EXECUTE FUNCTION mokoko.serialise_change_log();

CREATE TRIGGER serialise BEFORE INSERT OR DELETE OR UPDATE ON mokoko.municipality FOR EACH STATEMENT EXECUTE FUNCTION mokoko.serialise_change_log();

CREATE TRIGGER serialise BEFORE INSERT OR DELETE OR UPDATE ON mokoko.opportunity FOR EACH STATEMENT EXECUTE FUNCTION mokoko.serialise_change_log();

CREATE TRIGGER serialise BEFORE INSERT OR DELETE OR UPDATE ON mokoko.retention FOR EACH STATEMENT EXECUTE FUNCTION mokoko.serialise_change_log();

CREATE TRIGGER serialise BEFORE INSERT OR DELETE OR UPDATE ON mokoko.sealing_key FOR EACH STATEMENT EXECUTE FUNCTION mokoko.serialise_change_log();

CREATE TRIGGER serialise BEFORE INSERT ON mokoko.signup_status FOR EACH STATEMENT EXECUTE FUNCTION mokoko.serialise_change_log();

CREATE TRIGGER serialise BEFORE INSERT OR DELETE OR UPDATE ON mokoko.status FOR EACH STATEMENT EXECUTE FUNCTION mokoko.serialise_change_log();

CREATE TRIGGER serialise BEFORE INSERT OR DELETE OR UPDATE ON mokoko.status_update FOR EACH STATEMENT EXECUTE FUNCTION mokoko.serialise_change_log();

CREATE TRIGGER serialise BEFORE INSERT OR DELETE OR UPDATE ON mokoko.stop FOR EACH STATEMENT EXECUTE FUNCTION mokoko.serialise_change_log();

CREATE TRIGGER serialise BEFORE INSERT OR DELETE OR UPDATE ON mokoko.theme FOR EACH STATEMENT EXECUTE FUNCTION mokoko.serialise_change_log();

CREATE TRIGGER stamp_author BEFORE INSERT ON mokoko.conflict_decision FOR EACH ROW EXECUTE FUNCTION mokoko.stamp_author();

CREATE TRIGGER stamp_author BEFORE INSERT ON mokoko.idea_assignment FOR EACH ROW EXECUTE FUNCTION mokoko.stamp_author();

CREATE TRIGGER stamp_author BEFORE INSERT ON mokoko.idea_note FOR EACH ROW EXECUTE FUNCTION mokoko.stamp_author();

CREATE TRIGGER stamp_author BEFORE INSERT ON mokoko.idea_route FOR EACH ROW EXECUTE FUNCTION mokoko.stamp_author();

CREATE TRIGGER stamp_author BEFORE INSERT ON mokoko.partner_contact FOR EACH ROW EXECUTE FUNCTION mokoko.stamp_author();

CREATE TRIGGER stamp_author BEFORE INSERT ON mokoko.signup_fingerprint FOR EACH ROW EXECUTE FUNCTION mokoko.stamp_fingerprint();

CREATE TRIGGER stamp_author BEFORE INSERT ON mokoko.signup_status FOR EACH ROW EXECUTE FUNCTION mokoko.stamp_author();

CREATE TRIGGER stamp_author BEFORE INSERT ON mokoko.status_update FOR EACH ROW EXECUTE FUNCTION mokoko.stamp_author();

CREATE TRIGGER void_voucher AFTER INSERT ON mokoko.moderation FOR EACH ROW EXECUTE FUNCTION mokoko.log_voucher_moderation();

ALTER TABLE ONLY mokoko.area_contact
    ADD CONSTRAINT area_contact_admin_area_code_fkey FOREIGN KEY (admin_area_code) REFERENCES mokoko.admin_area(code);

ALTER TABLE ONLY mokoko.area_contact
    ADD CONSTRAINT area_contact_role_name_fkey FOREIGN KEY (role_name) REFERENCES mokoko.office_user(role_name);

ALTER TABLE ONLY mokoko.conflict_decision
    ADD CONSTRAINT conflict_decision_conflict_id_fkey FOREIGN KEY (conflict_id) REFERENCES mokoko.push_conflict(id);

ALTER TABLE ONLY mokoko.device_health
    ADD CONSTRAINT device_health_device_id_fkey FOREIGN KEY (device_id) REFERENCES mokoko.device(id) ON DELETE CASCADE;

ALTER TABLE ONLY mokoko.device_stop
    ADD CONSTRAINT device_stop_device_id_fkey FOREIGN KEY (device_id) REFERENCES mokoko.device(id) ON DELETE CASCADE;

ALTER TABLE ONLY mokoko.device_tag
    ADD CONSTRAINT device_tag_device_id_fkey FOREIGN KEY (device_id) REFERENCES mokoko.device(id) ON DELETE CASCADE;

ALTER TABLE ONLY mokoko.effect_goal
    ADD CONSTRAINT effect_goal_area_code_fkey FOREIGN KEY (area_code) REFERENCES mokoko.admin_area(code);

ALTER TABLE ONLY mokoko.followup_budget
    ADD CONSTRAINT followup_budget_device_id_fkey FOREIGN KEY (device_id) REFERENCES mokoko.device(id) ON DELETE CASCADE;

ALTER TABLE ONLY mokoko.idea_assignment
    ADD CONSTRAINT idea_assignment_idea_id_fkey FOREIGN KEY (idea_id) REFERENCES mokoko.idea(id) ON DELETE CASCADE;

ALTER TABLE ONLY mokoko.idea_assignment
    ADD CONSTRAINT idea_assignment_owner_role_fkey FOREIGN KEY (owner_role) REFERENCES mokoko.office_user(role_name);

ALTER TABLE ONLY mokoko.idea_group_member
    ADD CONSTRAINT idea_group_member_group_id_fkey FOREIGN KEY (group_id) REFERENCES mokoko.idea_group(id) ON DELETE CASCADE;

ALTER TABLE ONLY mokoko.idea_group_member
    ADD CONSTRAINT idea_group_member_idea_id_fkey FOREIGN KEY (idea_id) REFERENCES mokoko.idea(id) ON DELETE CASCADE;

ALTER TABLE ONLY mokoko.idea_note
    ADD CONSTRAINT idea_note_idea_id_fkey FOREIGN KEY (idea_id) REFERENCES mokoko.idea(id) ON DELETE CASCADE;

ALTER TABLE ONLY mokoko.idea_route
    ADD CONSTRAINT idea_route_admin_area_code_fkey FOREIGN KEY (admin_area_code) REFERENCES mokoko.admin_area(code);

ALTER TABLE ONLY mokoko.idea_route
    ADD CONSTRAINT idea_route_idea_id_fkey FOREIGN KEY (idea_id) REFERENCES mokoko.idea(id);

ALTER TABLE ONLY mokoko.idea_search
    ADD CONSTRAINT idea_search_idea_id_fkey FOREIGN KEY (idea_id) REFERENCES mokoko.idea(id) ON DELETE CASCADE;

ALTER TABLE ONLY mokoko.idea_state
    ADD CONSTRAINT idea_state_idea_id_fkey FOREIGN KEY (idea_id) REFERENCES mokoko.idea(id);

ALTER TABLE ONLY mokoko.outbox
    ADD CONSTRAINT outbox_recipient_role_fkey FOREIGN KEY (recipient_role) REFERENCES mokoko.office_user(role_name) ON DELETE CASCADE;

ALTER TABLE ONLY mokoko.partner_contact
    ADD CONSTRAINT partner_contact_role_name_fkey FOREIGN KEY (role_name) REFERENCES mokoko.partner(role_name) ON DELETE CASCADE;

ALTER TABLE ONLY mokoko.partner_contact
    ADD CONSTRAINT partner_contact_signup_id_fkey FOREIGN KEY (signup_id) REFERENCES mokoko.signup(id) ON DELETE CASCADE;

ALTER TABLE ONLY mokoko.partner_opportunity
    ADD CONSTRAINT partner_opportunity_role_name_fkey FOREIGN KEY (role_name) REFERENCES mokoko.partner(role_name) ON DELETE CASCADE;

ALTER TABLE ONLY mokoko.published_story
    ADD CONSTRAINT published_story_idea_id_fkey FOREIGN KEY (idea_id) REFERENCES mokoko.idea(id);

ALTER TABLE ONLY mokoko.signup_fingerprint
    ADD CONSTRAINT signup_fingerprint_signup_id_fkey FOREIGN KEY (signup_id) REFERENCES mokoko.signup(id) ON DELETE CASCADE;

ALTER TABLE ONLY mokoko.signup_status
    ADD CONSTRAINT signup_status_signup_id_fkey FOREIGN KEY (signup_id) REFERENCES mokoko.signup(id);

ALTER TABLE ONLY mokoko.status_update
    ADD CONSTRAINT status_update_idea_id_fkey FOREIGN KEY (idea_id) REFERENCES mokoko.idea(id);

ALTER TABLE ONLY mokoko.status_update
    ADD CONSTRAINT status_update_status_fkey FOREIGN KEY (status) REFERENCES mokoko.status(code);

CREATE POLICY admin_all ON mokoko.partner TO mokoko_admin USING (true) WITH CHECK (true);

CREATE POLICY admin_all ON mokoko.partner_opportunity TO mokoko_admin USING (true) WITH CHECK (true);

CREATE POLICY admin_registers ON mokoko.device TO mokoko_admin USING (true) WITH CHECK (true);

ALTER TABLE mokoko.change_log ENABLE ROW LEVEL SECURITY;

ALTER TABLE mokoko.device ENABLE ROW LEVEL SECURITY;

ALTER TABLE mokoko.erasure_request ENABLE ROW LEVEL SECURITY;

ALTER TABLE mokoko.idea ENABLE ROW LEVEL SECURITY;

CREATE POLICY kiosk_inserts_own ON mokoko.erasure_request FOR INSERT TO mokoko_kiosk WITH CHECK ((device_role = CURRENT_USER));

CREATE POLICY kiosk_inserts_own ON mokoko.idea FOR INSERT TO mokoko_kiosk WITH CHECK (((device_role = CURRENT_USER) AND (device_id = ( SELECT mokoko.current_device_id() AS current_device_id))));

CREATE POLICY kiosk_inserts_own ON mokoko.moderation FOR INSERT TO mokoko_kiosk WITH CHECK ((device_role = CURRENT_USER));

CREATE POLICY kiosk_inserts_own ON mokoko.offer FOR INSERT TO mokoko_kiosk WITH CHECK (((device_role = CURRENT_USER) AND (device_id = ( SELECT mokoko.current_device_id() AS current_device_id))));

CREATE POLICY kiosk_inserts_own ON mokoko.push_conflict FOR INSERT TO mokoko_kiosk WITH CHECK ((device_role = CURRENT_USER));

CREATE POLICY kiosk_inserts_own ON mokoko.signup FOR INSERT TO mokoko_kiosk WITH CHECK (((device_role = CURRENT_USER) AND (device_id = ( SELECT mokoko.current_device_id() AS current_device_id))));

CREATE POLICY kiosk_reads_own ON mokoko.device FOR SELECT TO mokoko_kiosk USING ((role_name = CURRENT_USER));

CREATE POLICY kiosk_reads_own ON mokoko.idea FOR SELECT TO mokoko_kiosk USING ((device_role = CURRENT_USER));

CREATE POLICY kiosk_reads_own ON mokoko.offer FOR SELECT TO mokoko_kiosk USING ((device_role = CURRENT_USER));

CREATE POLICY kiosk_reads_own ON mokoko.push_conflict FOR SELECT TO mokoko_kiosk USING ((device_role = CURRENT_USER));

CREATE POLICY kiosk_reads_own ON mokoko.signup FOR SELECT TO mokoko_kiosk USING ((device_role = CURRENT_USER));

CREATE POLICY kiosk_reads_what_concerns_it ON mokoko.change_log FOR SELECT TO mokoko_kiosk USING (
CASE
    WHEN (device_id IS NULL) THEN (table_name = ANY (ARRAY['admin_area'::text, 'home_area'::text, 'theme'::text, 'consultation'::text, 'stop'::text, 'interest'::text, 'opportunity'::text, 'status'::text, 'sealing_key'::text, 'retention'::text, 'story'::text, 'municipality'::text]))
    ELSE (device_id = ( SELECT mokoko.current_device_id() AS current_device_id))
END);

ALTER TABLE mokoko.moderation ENABLE ROW LEVEL SECURITY;

ALTER TABLE mokoko.offer ENABLE ROW LEVEL SECURITY;

CREATE POLICY office_all ON mokoko.device TO mokoko_office USING (true) WITH CHECK (true);

CREATE POLICY office_all ON mokoko.idea TO mokoko_owner, mokoko_office USING (true) WITH CHECK (true);

CREATE POLICY office_all ON mokoko.offer TO mokoko_owner, mokoko_office USING (true) WITH CHECK (true);

CREATE POLICY office_all ON mokoko.push_conflict TO mokoko_owner, mokoko_office USING (true) WITH CHECK (true);

CREATE POLICY office_all ON mokoko.signup TO mokoko_owner, mokoko_office USING (true) WITH CHECK (true);

CREATE POLICY office_all ON mokoko.signup_status TO mokoko_office USING (true) WITH CHECK (true);

CREATE POLICY office_hands_over ON mokoko.partner_contact FOR INSERT TO mokoko_office WITH CHECK ((mokoko.partner_runs(signup_id, role_name) AND (key_id = ( SELECT p.key_id
   FROM mokoko.partner p
  WHERE (p.role_name = partner_contact.role_name)))));

CREATE POLICY office_reads ON mokoko.erasure_request FOR SELECT TO mokoko_office USING (true);

CREATE POLICY office_reads ON mokoko.moderation FOR SELECT TO mokoko_office USING (true);

CREATE POLICY office_reads ON mokoko.partner FOR SELECT TO mokoko_office USING (true);

CREATE POLICY office_reads ON mokoko.partner_contact FOR SELECT TO mokoko_office USING (true);

CREATE POLICY office_reads ON mokoko.partner_opportunity FOR SELECT TO mokoko_office USING (true);

CREATE POLICY owner_all ON mokoko.erasure_request TO mokoko_owner USING (true) WITH CHECK (true);

CREATE POLICY owner_all ON mokoko.moderation TO mokoko_owner USING (true) WITH CHECK (true);

CREATE POLICY owner_writes ON mokoko.change_log TO mokoko_owner USING (true) WITH CHECK (true);

ALTER TABLE mokoko.partner ENABLE ROW LEVEL SECURITY;

ALTER TABLE mokoko.partner_contact ENABLE ROW LEVEL SECURITY;

CREATE POLICY partner_marks_own ON mokoko.signup_status FOR INSERT TO mokoko_partner WITH CHECK ((mokoko.partner_runs(signup_id, CURRENT_USER) AND (status = ANY (ARRAY['contacted'::text, 'placed'::text, 'declined'::text]))));

ALTER TABLE mokoko.partner_opportunity ENABLE ROW LEVEL SECURITY;

CREATE POLICY partner_reads_own ON mokoko.partner FOR SELECT TO mokoko_partner USING ((role_name = CURRENT_USER));

CREATE POLICY partner_reads_own ON mokoko.partner_opportunity FOR SELECT TO mokoko_partner USING ((role_name = CURRENT_USER));

CREATE POLICY partner_reads_own ON mokoko.signup_status FOR SELECT TO mokoko_partner USING (mokoko.partner_runs(signup_id, CURRENT_USER));

ALTER TABLE mokoko.push_conflict ENABLE ROW LEVEL SECURITY;

ALTER TABLE mokoko.signup ENABLE ROW LEVEL SECURITY;

ALTER TABLE mokoko.signup_status ENABLE ROW LEVEL SECURITY;

GRANT USAGE ON SCHEMA mokoko TO mokoko_office;
GRANT USAGE ON SCHEMA mokoko TO mokoko_kiosk;
GRANT USAGE ON SCHEMA mokoko TO mokoko_dpo;
GRANT USAGE ON SCHEMA mokoko TO mokoko_web;
GRANT USAGE ON SCHEMA mokoko TO mokoko_admin;
GRANT USAGE ON SCHEMA mokoko TO mokoko_partner;

REVOKE ALL ON FUNCTION mokoko.access_log_is_append_only() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.area_contact_names(area text) FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.area_contact_names(area text) TO mokoko_office;

REVOKE ALL ON FUNCTION mokoko.calling_device() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.check_code_is_mine() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.check_document_references() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.check_idea_references() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.check_kiosk_codes() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.code_is_mine(code text) FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.current_device_id() FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.current_device_id() TO mokoko_kiosk;

REVOKE ALL ON FUNCTION mokoko.end_overlong_sessions() FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.end_overlong_sessions() TO mokoko_admin;

REVOKE ALL ON FUNCTION mokoko.end_sessions_of(login name) FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.end_sessions_of(login name) TO mokoko_admin;

REVOKE ALL ON FUNCTION mokoko.erase_contact(code text, note text) FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.erase_contact(code text, note text) TO mokoko_office;

REVOKE ALL ON FUNCTION mokoko.forget_fingerprint() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.forget_partner_contact() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.forget_removed_partner() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.hidden_reason(code text) FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.hidden_reason(code text) TO mokoko_office;

REVOKE ALL ON FUNCTION mokoko.idea_area(idea uuid) FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.index_new_ideas(most integer) FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.index_new_ideas(most integer) TO mokoko_admin;
GRANT ALL ON FUNCTION mokoko.index_new_ideas(most integer) TO mokoko_office;

REVOKE ALL ON FUNCTION mokoko.keep_idea_state() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.kiosk_followup(code text) FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.kiosk_followup(code text) TO mokoko_kiosk;

REVOKE ALL ON FUNCTION mokoko.log_catalogue_change() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.log_idea_status(idea uuid) FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.log_route_change() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.log_signup_status() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.log_status_change() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.log_story_change() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.log_voucher_change() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.log_voucher_changes() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.log_voucher_moderation() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.offered_update() FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.offered_update() TO mokoko_kiosk;

REVOKE ALL ON FUNCTION mokoko.partner_reveal(code text, why text) FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.partner_reveal(code text, why text) TO mokoko_partner;

REVOKE ALL ON FUNCTION mokoko.partner_runs(signup uuid, partner name) FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.partner_runs(signup uuid, partner name) TO mokoko_office;
GRANT ALL ON FUNCTION mokoko.partner_runs(signup uuid, partner name) TO mokoko_partner;

REVOKE ALL ON FUNCTION mokoko.prune_change_log() FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.prune_change_log() TO mokoko_admin;

REVOKE ALL ON FUNCTION mokoko.public_followup(code text) FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.public_followup(code text) TO mokoko_web;

REVOKE ALL ON FUNCTION mokoko.public_privacy() FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.public_privacy() TO mokoko_web;

REVOKE ALL ON FUNCTION mokoko.public_stories(how_many integer) FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.public_stories(how_many integer) TO mokoko_web;

REVOKE ALL ON FUNCTION mokoko.purge_expired() FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.purge_expired() TO mokoko_admin;

REVOKE ALL ON FUNCTION mokoko.queue_for_search() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.queue_idea_message() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.queue_routed_message() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.queue_signup_message() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.receipt_code_valid(code text) FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.receipt_code_valid(code text) TO mokoko_kiosk;

REVOKE ALL ON FUNCTION mokoko.refuse_hidden_story() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.remember_catalogue_code() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.report_health(version text, schema_revision text, stop text, unsent integer, refused integer, printer text, disk_free_mb bigint, kiosk_clock timestamp with time zone, last_error text) FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.report_health(version text, schema_revision text, stop text, unsent integer, refused integer, printer text, disk_free_mb bigint, kiosk_clock timestamp with time zone, last_error text) TO mokoko_kiosk;

REVOKE ALL ON FUNCTION mokoko.report_idea_vouchers(codes text[]) FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.report_idea_vouchers(codes text[]) TO mokoko_kiosk;

REVOKE ALL ON FUNCTION mokoko.report_voucher(code text, stop text, issued timestamp with time zone, redeemed timestamp with time zone) FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.report_voucher(code text, stop text, issued timestamp with time zone, redeemed timestamp with time zone) TO mokoko_kiosk;

REVOKE ALL ON FUNCTION mokoko.report_vouchers(codes text[], stops text[], issued timestamp with time zone[], redeemed timestamp with time zone[]) FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.report_vouchers(codes text[], stops text[], issued timestamp with time zone[], redeemed timestamp with time zone[]) TO mokoko_kiosk;

REVOKE ALL ON FUNCTION mokoko.reveal_contact(kind text, code text, why text) FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.reveal_contact(kind text, code text, why text) TO mokoko_office;

REVOKE ALL ON FUNCTION mokoko.serialise_change_log() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.serve_stop(stop text) FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.serve_stop(stop text) TO mokoko_kiosk;

REVOKE ALL ON FUNCTION mokoko.signup_has_contact(signup uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.signup_has_contact(signup uuid) TO mokoko_office;

REVOKE ALL ON FUNCTION mokoko.stamp_author() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.stamp_fingerprint() FROM PUBLIC;

GRANT SELECT,INSERT,DELETE ON TABLE mokoko.published_story TO mokoko_office;

REVOKE ALL ON FUNCTION mokoko.story_row(story mokoko.published_story) FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.take_change_log_turn() FROM PUBLIC;
GRANT ALL ON FUNCTION mokoko.take_change_log_turn() TO mokoko_office;

REVOKE ALL ON FUNCTION mokoko.take_hidden_off_the_wall() FROM PUBLIC;

REVOKE ALL ON FUNCTION mokoko.voucher_row(v mokoko.voucher) FROM PUBLIC;

GRANT SELECT ON TABLE mokoko.access_log TO mokoko_office;
GRANT SELECT ON TABLE mokoko.access_log TO mokoko_dpo;

GRANT SELECT ON TABLE mokoko.admin_area TO mokoko_office;
GRANT SELECT ON TABLE mokoko.admin_area TO mokoko_kiosk;
GRANT SELECT,INSERT,UPDATE ON TABLE mokoko.admin_area TO mokoko_admin;

GRANT SELECT ON TABLE mokoko.area_contact TO mokoko_office;
GRANT SELECT,INSERT,DELETE ON TABLE mokoko.area_contact TO mokoko_admin;

GRANT SELECT ON TABLE mokoko.catalogue_code TO mokoko_kiosk;

GRANT SELECT ON TABLE mokoko.change_log TO mokoko_kiosk;

GRANT SELECT ON TABLE mokoko.change_log_horizon TO mokoko_kiosk;

GRANT SELECT ON TABLE mokoko.conflict_decision TO mokoko_office;

GRANT INSERT(conflict_id) ON TABLE mokoko.conflict_decision TO mokoko_office;

GRANT INSERT(decision) ON TABLE mokoko.conflict_decision TO mokoko_office;

GRANT INSERT(note) ON TABLE mokoko.conflict_decision TO mokoko_office;

GRANT SELECT ON TABLE mokoko.device TO mokoko_office;
GRANT SELECT ON TABLE mokoko.device TO mokoko_kiosk;
GRANT SELECT,INSERT ON TABLE mokoko.device TO mokoko_admin;

GRANT SELECT(id) ON TABLE mokoko.push_conflict TO mokoko_kiosk;
GRANT SELECT(id) ON TABLE mokoko.push_conflict TO mokoko_office;

GRANT SELECT(kind),INSERT(kind) ON TABLE mokoko.push_conflict TO mokoko_kiosk;
GRANT SELECT(kind) ON TABLE mokoko.push_conflict TO mokoko_office;

GRANT SELECT(record_id),INSERT(record_id) ON TABLE mokoko.push_conflict TO mokoko_kiosk;
GRANT SELECT(record_id) ON TABLE mokoko.push_conflict TO mokoko_office;

GRANT SELECT(device_role),INSERT(device_role) ON TABLE mokoko.push_conflict TO mokoko_kiosk;
GRANT SELECT(device_role) ON TABLE mokoko.push_conflict TO mokoko_office;

GRANT SELECT(content_hash),INSERT(content_hash) ON TABLE mokoko.push_conflict TO mokoko_kiosk;
GRANT SELECT(content_hash) ON TABLE mokoko.push_conflict TO mokoko_office;

GRANT INSERT(payload) ON TABLE mokoko.push_conflict TO mokoko_kiosk;

GRANT SELECT(detected_at) ON TABLE mokoko.push_conflict TO mokoko_kiosk;
GRANT SELECT(detected_at) ON TABLE mokoko.push_conflict TO mokoko_office;

GRANT SELECT ON TABLE mokoko.conflict_listing TO mokoko_office;

GRANT SELECT ON TABLE mokoko.consultation TO mokoko_office;
GRANT SELECT ON TABLE mokoko.consultation TO mokoko_kiosk;
GRANT SELECT,INSERT,UPDATE ON TABLE mokoko.consultation TO mokoko_admin;

GRANT SELECT ON TABLE mokoko.device_health TO mokoko_office;
GRANT SELECT ON TABLE mokoko.device_health TO mokoko_admin;

GRANT SELECT ON TABLE mokoko.device_tag TO mokoko_admin;

GRANT SELECT ON TABLE mokoko.effect_goal TO mokoko_office;
GRANT SELECT,INSERT,UPDATE ON TABLE mokoko.effect_goal TO mokoko_admin;

GRANT SELECT ON TABLE mokoko.erasure_request TO mokoko_office;

GRANT INSERT(requested_at) ON TABLE mokoko.erasure_request TO mokoko_kiosk;

GRANT INSERT(client_id) ON TABLE mokoko.erasure_request TO mokoko_kiosk;

GRANT INSERT(receipt_code) ON TABLE mokoko.erasure_request TO mokoko_kiosk;

GRANT USAGE ON SEQUENCE mokoko.erasure_request_id_seq TO mokoko_kiosk;

GRANT SELECT ON TABLE mokoko.fleet_policy TO mokoko_office;
GRANT SELECT ON TABLE mokoko.fleet_policy TO mokoko_admin;

GRANT UPDATE(oldest_version) ON TABLE mokoko.fleet_policy TO mokoko_admin;

GRANT UPDATE(offered_version) ON TABLE mokoko.fleet_policy TO mokoko_admin;

GRANT UPDATE(bundle_sha256) ON TABLE mokoko.fleet_policy TO mokoko_admin;

GRANT UPDATE(bundle_url) ON TABLE mokoko.fleet_policy TO mokoko_admin;

GRANT SELECT ON TABLE mokoko.home_area TO mokoko_office;
GRANT SELECT ON TABLE mokoko.home_area TO mokoko_kiosk;
GRANT SELECT,INSERT,UPDATE ON TABLE mokoko.home_area TO mokoko_admin;

GRANT SELECT(id),INSERT(id) ON TABLE mokoko.idea TO mokoko_kiosk;
GRANT SELECT(id) ON TABLE mokoko.idea TO mokoko_office;

GRANT SELECT(device_role),INSERT(device_role) ON TABLE mokoko.idea TO mokoko_kiosk;
GRANT SELECT(device_role) ON TABLE mokoko.idea TO mokoko_office;

GRANT SELECT(device_id),INSERT(device_id) ON TABLE mokoko.idea TO mokoko_kiosk;
GRANT SELECT(device_id) ON TABLE mokoko.idea TO mokoko_office;

GRANT SELECT(receipt_code),INSERT(receipt_code) ON TABLE mokoko.idea TO mokoko_kiosk;
GRANT SELECT(receipt_code) ON TABLE mokoko.idea TO mokoko_office;

GRANT INSERT(consultation_id) ON TABLE mokoko.idea TO mokoko_kiosk;
GRANT SELECT(consultation_id) ON TABLE mokoko.idea TO mokoko_office;

GRANT INSERT(theme_code) ON TABLE mokoko.idea TO mokoko_kiosk;
GRANT SELECT(theme_code) ON TABLE mokoko.idea TO mokoko_office;

GRANT INSERT(text) ON TABLE mokoko.idea TO mokoko_kiosk;
GRANT SELECT(text) ON TABLE mokoko.idea TO mokoko_office;

GRANT INSERT(contact_name) ON TABLE mokoko.idea TO mokoko_kiosk;

GRANT INSERT(contact_email) ON TABLE mokoko.idea TO mokoko_kiosk;

GRANT INSERT(contact_phone) ON TABLE mokoko.idea TO mokoko_kiosk;

GRANT INSERT(consent_version) ON TABLE mokoko.idea TO mokoko_kiosk;
GRANT SELECT(consent_version) ON TABLE mokoko.idea TO mokoko_office;

GRANT INSERT(age_group) ON TABLE mokoko.idea TO mokoko_kiosk;
GRANT SELECT(age_group) ON TABLE mokoko.idea TO mokoko_office;

GRANT INSERT(home_area_code) ON TABLE mokoko.idea TO mokoko_kiosk;
GRANT SELECT(home_area_code) ON TABLE mokoko.idea TO mokoko_office;

GRANT INSERT(language) ON TABLE mokoko.idea TO mokoko_kiosk;
GRANT SELECT(language) ON TABLE mokoko.idea TO mokoko_office;

GRANT INSERT(stop_id) ON TABLE mokoko.idea TO mokoko_kiosk;
GRANT SELECT(stop_id) ON TABLE mokoko.idea TO mokoko_office;

GRANT INSERT(created_at) ON TABLE mokoko.idea TO mokoko_kiosk;
GRANT SELECT(created_at) ON TABLE mokoko.idea TO mokoko_office;

GRANT INSERT(assisted) ON TABLE mokoko.idea TO mokoko_kiosk;
GRANT SELECT(assisted) ON TABLE mokoko.idea TO mokoko_office;

GRANT SELECT(content_hash),INSERT(content_hash) ON TABLE mokoko.idea TO mokoko_kiosk;
GRANT SELECT(content_hash) ON TABLE mokoko.idea TO mokoko_office;

GRANT SELECT(received_at) ON TABLE mokoko.idea TO mokoko_kiosk;
GRANT SELECT(received_at) ON TABLE mokoko.idea TO mokoko_office;

GRANT SELECT(text_search) ON TABLE mokoko.idea TO mokoko_office;

GRANT INSERT(sealed_contact) ON TABLE mokoko.idea TO mokoko_kiosk;

GRANT INSERT(notify_me) ON TABLE mokoko.idea TO mokoko_kiosk;

GRANT INSERT(typed_at) ON TABLE mokoko.idea TO mokoko_kiosk;
GRANT SELECT(typed_at) ON TABLE mokoko.idea TO mokoko_office;

GRANT SELECT ON TABLE mokoko.idea_assignment TO mokoko_office;

GRANT INSERT(idea_id) ON TABLE mokoko.idea_assignment TO mokoko_office;

GRANT INSERT(owner_role) ON TABLE mokoko.idea_assignment TO mokoko_office;

GRANT USAGE ON SEQUENCE mokoko.idea_assignment_id_seq TO mokoko_office;

GRANT SELECT ON TABLE mokoko.idea_group TO mokoko_office;

GRANT INSERT(title),UPDATE(title) ON TABLE mokoko.idea_group TO mokoko_office;

GRANT USAGE ON SEQUENCE mokoko.idea_group_id_seq TO mokoko_office;

GRANT SELECT,DELETE ON TABLE mokoko.idea_group_member TO mokoko_office;

GRANT INSERT(idea_id) ON TABLE mokoko.idea_group_member TO mokoko_office;

GRANT INSERT(group_id) ON TABLE mokoko.idea_group_member TO mokoko_office;

GRANT SELECT ON TABLE mokoko.idea_note TO mokoko_office;

GRANT INSERT(idea_id) ON TABLE mokoko.idea_note TO mokoko_office;

GRANT INSERT(text) ON TABLE mokoko.idea_note TO mokoko_office;

GRANT USAGE ON SEQUENCE mokoko.idea_note_id_seq TO mokoko_office;

GRANT SELECT ON TABLE mokoko.idea_route TO mokoko_office;

GRANT INSERT(idea_id) ON TABLE mokoko.idea_route TO mokoko_office;

GRANT INSERT(admin_area_code) ON TABLE mokoko.idea_route TO mokoko_office;

GRANT INSERT(note) ON TABLE mokoko.idea_route TO mokoko_office;

GRANT USAGE ON SEQUENCE mokoko.idea_route_id_seq TO mokoko_office;

GRANT SELECT ON TABLE mokoko.idea_search TO mokoko_office;

GRANT SELECT ON TABLE mokoko.idea_state TO mokoko_office;

GRANT SELECT ON TABLE mokoko.interest TO mokoko_office;
GRANT SELECT ON TABLE mokoko.interest TO mokoko_kiosk;
GRANT SELECT,INSERT,UPDATE ON TABLE mokoko.interest TO mokoko_admin;

GRANT SELECT ON TABLE mokoko.moderation TO mokoko_office;

GRANT INSERT(client_id) ON TABLE mokoko.moderation TO mokoko_kiosk;

GRANT INSERT(receipt_code) ON TABLE mokoko.moderation TO mokoko_kiosk;

GRANT INSERT(reason) ON TABLE mokoko.moderation TO mokoko_kiosk;

GRANT INSERT(at) ON TABLE mokoko.moderation TO mokoko_kiosk;

GRANT USAGE ON SEQUENCE mokoko.moderation_id_seq TO mokoko_kiosk;

GRANT SELECT ON TABLE mokoko.municipality TO mokoko_kiosk;
GRANT SELECT ON TABLE mokoko.municipality TO mokoko_office;
GRANT SELECT,INSERT,UPDATE ON TABLE mokoko.municipality TO mokoko_admin;

GRANT SELECT(id),INSERT(id) ON TABLE mokoko.offer TO mokoko_kiosk;
GRANT SELECT(id) ON TABLE mokoko.offer TO mokoko_office;

GRANT SELECT(device_role),INSERT(device_role) ON TABLE mokoko.offer TO mokoko_kiosk;
GRANT SELECT(device_role) ON TABLE mokoko.offer TO mokoko_office;

GRANT SELECT(device_id),INSERT(device_id) ON TABLE mokoko.offer TO mokoko_kiosk;
GRANT SELECT(device_id) ON TABLE mokoko.offer TO mokoko_office;

GRANT INSERT(data) ON TABLE mokoko.offer TO mokoko_kiosk;

GRANT INSERT(created_at) ON TABLE mokoko.offer TO mokoko_kiosk;
GRANT SELECT(created_at) ON TABLE mokoko.offer TO mokoko_office;

GRANT SELECT(content_hash),INSERT(content_hash) ON TABLE mokoko.offer TO mokoko_kiosk;
GRANT SELECT(content_hash) ON TABLE mokoko.offer TO mokoko_office;

GRANT SELECT(received_at) ON TABLE mokoko.offer TO mokoko_kiosk;
GRANT SELECT(received_at) ON TABLE mokoko.offer TO mokoko_office;

GRANT SELECT(receipt_code),INSERT(receipt_code) ON TABLE mokoko.offer TO mokoko_kiosk;
GRANT SELECT(receipt_code) ON TABLE mokoko.offer TO mokoko_office;

GRANT SELECT ON TABLE mokoko.offer_listing TO mokoko_office;

GRANT SELECT ON TABLE mokoko.office_user TO mokoko_office;
GRANT SELECT ON TABLE mokoko.office_user TO mokoko_dpo;
GRANT SELECT,INSERT ON TABLE mokoko.office_user TO mokoko_admin;

GRANT UPDATE(removed_at) ON TABLE mokoko.office_user TO mokoko_admin;

GRANT UPDATE(email) ON TABLE mokoko.office_user TO mokoko_admin;

GRANT SELECT ON TABLE mokoko.opportunity TO mokoko_office;
GRANT SELECT ON TABLE mokoko.opportunity TO mokoko_kiosk;
GRANT SELECT,INSERT,UPDATE ON TABLE mokoko.opportunity TO mokoko_admin;
GRANT SELECT ON TABLE mokoko.opportunity TO mokoko_partner;

GRANT SELECT ON TABLE mokoko.outbox TO mokoko_office;

GRANT UPDATE(attempts) ON TABLE mokoko.outbox TO mokoko_office;

GRANT UPDATE(next_attempt_at) ON TABLE mokoko.outbox TO mokoko_office;

GRANT UPDATE(sent_at) ON TABLE mokoko.outbox TO mokoko_office;

GRANT UPDATE(failed_at) ON TABLE mokoko.outbox TO mokoko_office;

GRANT UPDATE(last_error) ON TABLE mokoko.outbox TO mokoko_office;

GRANT SELECT,INSERT ON TABLE mokoko.partner TO mokoko_admin;
GRANT SELECT ON TABLE mokoko.partner TO mokoko_office;
GRANT SELECT ON TABLE mokoko.partner TO mokoko_partner;

GRANT UPDATE(key_id) ON TABLE mokoko.partner TO mokoko_admin;

GRANT UPDATE(public_key) ON TABLE mokoko.partner TO mokoko_admin;

GRANT UPDATE(removed_at) ON TABLE mokoko.partner TO mokoko_admin;

GRANT SELECT(signup_id),INSERT(signup_id) ON TABLE mokoko.partner_contact TO mokoko_office;

GRANT SELECT(role_name),INSERT(role_name) ON TABLE mokoko.partner_contact TO mokoko_office;

GRANT SELECT(key_id),INSERT(key_id) ON TABLE mokoko.partner_contact TO mokoko_office;

GRANT INSERT(sealed) ON TABLE mokoko.partner_contact TO mokoko_office;

GRANT SELECT(set_at) ON TABLE mokoko.partner_contact TO mokoko_office;

GRANT SELECT(set_by) ON TABLE mokoko.partner_contact TO mokoko_office;

GRANT SELECT,INSERT,DELETE ON TABLE mokoko.partner_opportunity TO mokoko_admin;
GRANT SELECT ON TABLE mokoko.partner_opportunity TO mokoko_office;
GRANT SELECT ON TABLE mokoko.partner_opportunity TO mokoko_partner;

GRANT SELECT(id),INSERT(id) ON TABLE mokoko.signup TO mokoko_kiosk;
GRANT SELECT(id) ON TABLE mokoko.signup TO mokoko_office;

GRANT SELECT(device_role),INSERT(device_role) ON TABLE mokoko.signup TO mokoko_kiosk;
GRANT SELECT(device_role) ON TABLE mokoko.signup TO mokoko_office;

GRANT SELECT(device_id),INSERT(device_id) ON TABLE mokoko.signup TO mokoko_kiosk;
GRANT SELECT(device_id) ON TABLE mokoko.signup TO mokoko_office;

GRANT SELECT(receipt_code),INSERT(receipt_code) ON TABLE mokoko.signup TO mokoko_kiosk;
GRANT SELECT(receipt_code) ON TABLE mokoko.signup TO mokoko_office;

GRANT INSERT(data) ON TABLE mokoko.signup TO mokoko_kiosk;

GRANT INSERT(created_at) ON TABLE mokoko.signup TO mokoko_kiosk;
GRANT SELECT(created_at) ON TABLE mokoko.signup TO mokoko_office;

GRANT SELECT(content_hash),INSERT(content_hash) ON TABLE mokoko.signup TO mokoko_kiosk;
GRANT SELECT(content_hash) ON TABLE mokoko.signup TO mokoko_office;

GRANT SELECT(received_at) ON TABLE mokoko.signup TO mokoko_kiosk;
GRANT SELECT(received_at) ON TABLE mokoko.signup TO mokoko_office;

GRANT SELECT ON TABLE mokoko.signup_listing TO mokoko_office;

GRANT SELECT ON TABLE mokoko.signup_status TO mokoko_office;

GRANT SELECT(id) ON TABLE mokoko.signup_status TO mokoko_partner;

GRANT INSERT(signup_id) ON TABLE mokoko.signup_status TO mokoko_office;
GRANT SELECT(signup_id),INSERT(signup_id) ON TABLE mokoko.signup_status TO mokoko_partner;

GRANT INSERT(status) ON TABLE mokoko.signup_status TO mokoko_office;
GRANT SELECT(status),INSERT(status) ON TABLE mokoko.signup_status TO mokoko_partner;

GRANT INSERT(note) ON TABLE mokoko.signup_status TO mokoko_office;

GRANT SELECT(set_at) ON TABLE mokoko.signup_status TO mokoko_partner;

GRANT SELECT ON TABLE mokoko.partner_signup_listing TO mokoko_partner;

GRANT USAGE ON SEQUENCE mokoko.push_conflict_id_seq TO mokoko_kiosk;

GRANT SELECT ON TABLE mokoko.retention TO mokoko_kiosk;
GRANT SELECT ON TABLE mokoko.retention TO mokoko_office;
GRANT SELECT,INSERT,UPDATE ON TABLE mokoko.retention TO mokoko_admin;

GRANT SELECT ON TABLE mokoko.sealing_key TO mokoko_kiosk;
GRANT SELECT ON TABLE mokoko.sealing_key TO mokoko_office;
GRANT SELECT,INSERT ON TABLE mokoko.sealing_key TO mokoko_admin;

GRANT UPDATE(active) ON TABLE mokoko.sealing_key TO mokoko_admin;

GRANT SELECT,UPDATE ON TABLE mokoko.session_limit TO mokoko_admin;

GRANT SELECT ON TABLE mokoko.signup_fingerprint TO mokoko_office;

GRANT INSERT(signup_id) ON TABLE mokoko.signup_fingerprint TO mokoko_office;

GRANT INSERT(key_id) ON TABLE mokoko.signup_fingerprint TO mokoko_office;

GRANT INSERT(phone) ON TABLE mokoko.signup_fingerprint TO mokoko_office;

GRANT INSERT(email) ON TABLE mokoko.signup_fingerprint TO mokoko_office;

GRANT USAGE ON SEQUENCE mokoko.signup_status_id_seq TO mokoko_office;
GRANT USAGE ON SEQUENCE mokoko.signup_status_id_seq TO mokoko_partner;

GRANT SELECT ON TABLE mokoko.status TO mokoko_office;
GRANT SELECT ON TABLE mokoko.status TO mokoko_kiosk;
GRANT SELECT,INSERT,UPDATE ON TABLE mokoko.status TO mokoko_admin;

GRANT SELECT ON TABLE mokoko.status_update TO mokoko_office;

GRANT INSERT(idea_id) ON TABLE mokoko.status_update TO mokoko_office;

GRANT INSERT(status) ON TABLE mokoko.status_update TO mokoko_office;

GRANT INSERT(public_reply) ON TABLE mokoko.status_update TO mokoko_office;

GRANT INSERT(reason) ON TABLE mokoko.status_update TO mokoko_office;

GRANT INSERT(translated_reply) ON TABLE mokoko.status_update TO mokoko_office;

GRANT USAGE ON SEQUENCE mokoko.status_update_id_seq TO mokoko_office;

GRANT SELECT ON TABLE mokoko.stop TO mokoko_office;
GRANT SELECT ON TABLE mokoko.stop TO mokoko_kiosk;
GRANT SELECT,INSERT,UPDATE ON TABLE mokoko.stop TO mokoko_admin;
GRANT SELECT ON TABLE mokoko.stop TO mokoko_partner;

GRANT SELECT ON TABLE mokoko.theme TO mokoko_office;
GRANT SELECT ON TABLE mokoko.theme TO mokoko_kiosk;
GRANT SELECT,INSERT,UPDATE ON TABLE mokoko.theme TO mokoko_admin;
