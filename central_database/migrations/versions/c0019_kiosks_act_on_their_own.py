"""Kiosks act on their own records and pull only what concerns them (issue 26, finding 3).

Revision ID: c0019
Revises: c0018
Create Date: 2026-12-05

- **Acting.** A moderation row or an erasure request names a receipt code with the kiosk's own
  tag (``mokoko.code_is_mine``: its tag, or one it drew before it was registered); anything else
  is refused with a check violation, so the kiosk sets that row aside and goes on. A voucher is
  issued for an idea of the kiosk's own that has arrived, at that idea's stop; another kiosk's
  voucher may only be redeemed by a kiosk that serves the stop it was given at.
- **Serving a stop.** ``mokoko.serve_stop(stop)`` is how a kiosk says where it stands today; it is
  taken only for a stop whose days in the tour plan include today by the server's clock (a day's
  slack either side), so a stolen kiosk cannot claim the whole tour. The first time, the stop's
  vouchers so far are written to the change log for that kiosk.
- **Pulling.** A change-log row names the kiosk it concerns (``device_id``), or none for what
  every kiosk reads: the catalogue, the tour plan, the keys and periods, published stories. A
  voucher goes to the kiosk that issued it and to those serving its stop (not back to the one
  that reported it); an erasure to the kiosk whose record it is. Kiosks no longer read every
  voucher of the fleet, and with it every receipt code.
- The change log's voucher rows so far are dropped (every kiosk that pulled them keeps them);
  its erasure rows are given the kiosk of their record.
"""

from alembic import op

revision = "c0019"
down_revision = "c0018"
branch_labels = None
depends_on = None

PUBLIC_TABLES = (
    "admin_area",
    "home_area",
    "theme",
    "consultation",
    "stop",
    "interest",
    "opportunity",
    "status",
    "sealing_key",
    "retention",
    "story",
)
_PUBLIC = ", ".join(f"'{table}'" for table in PUBLIC_TABLES)


def erase_function(targeted: bool) -> str:
    """``mokoko.erase_contact``; ``targeted``: its change-log row names the kiosk of the record."""
    device, into, column, value = (", device_id", ", found_device", ", device_id", ", found_device") if targeted else ("",) * 4
    return f"""
CREATE OR REPLACE FUNCTION mokoko.erase_contact(code pg_catalog.text, note pg_catalog.text) RETURNS pg_catalog.int4
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
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
    WHERE receipt_code = code RETURNING 'idea', id{device} INTO found_kind, found_id{into};
    IF found_id IS NULL THEN
        UPDATE mokoko.signup SET data = data - ARRAY['name', 'phone', 'email', 'guardian_name', 'guardian_phone', 'message',
                                                     'sealed_contact', 'age_group']
        WHERE receipt_code = code RETURNING 'signup', id{device} INTO found_kind, found_id{into};
    END IF;
    IF found_id IS NULL THEN
        UPDATE mokoko.offer SET data = data - ARRAY['name', 'phone', 'email', 'guardian_name', 'guardian_phone', 'message',
                                                    'sealed_contact', 'age_group']
        WHERE receipt_code = code RETURNING 'offer', id{device} INTO found_kind, found_id{into};
    END IF;
    IF found_id IS NULL THEN
        RAISE EXCEPTION 'nothing with the code % has reached the central database yet', code USING ERRCODE = 'no_data_found';
    END IF;
    UPDATE mokoko.push_conflict SET payload = CASE
            WHEN kind = 'idea' THEN payload - ARRAY['contact_name', 'contact_email', 'contact_phone', 'sealed_contact',
                                                    'age_group', 'home_area_code']
            ELSE pg_catalog.jsonb_set(payload, '{{data}}', (payload -> 'data') - ARRAY['name', 'phone', 'email', 'guardian_name',
                                      'guardian_phone', 'message', 'sealed_contact', 'age_group']) END
    WHERE record_id = found_id;
    UPDATE mokoko.erasure_request SET handled_at = pg_catalog.now(), handled_by = session_user, kind = found_kind,
                                      record_id = found_id, note = pg_catalog.left(coalesce(erase_contact.note, ''), 500)
    WHERE receipt_code = code AND handled_at IS NULL;
    GET DIAGNOSTICS erased = ROW_COUNT;
    INSERT INTO mokoko.change_log (table_name, key, op, row_data{column})
    VALUES ('erasure', code, 'U', pg_catalog.jsonb_build_object('receipt_code', code, 'done_at', pg_catalog.now()){value});
    RETURN erased;
END $f$;
"""


UPGRADE = f"""
-- The device of the kiosk login that is asking, as a SECURITY DEFINER function sees it.
CREATE FUNCTION mokoko.calling_device() RETURNS pg_catalog.uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
    SELECT d.id FROM mokoko.device d WHERE d.role_name = session_user
$f$;

-- Whether a receipt code carries the asking kiosk's tag (or a tag it drew before registration).
CREATE FUNCTION mokoko.code_is_mine(code pg_catalog.text) RETURNS pg_catalog.bool
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
    SELECT EXISTS (SELECT 1 FROM mokoko.device d WHERE d.role_name = session_user
                   AND (d.tag = pg_catalog.left(code, 4)
                        OR EXISTS (SELECT 1 FROM mokoko.device_tag t WHERE t.device_id = d.id AND t.tag = pg_catalog.left(code, 4))))
$f$;

CREATE TABLE mokoko.device_stop (
    device_id uuid NOT NULL REFERENCES mokoko.device (id) ON DELETE CASCADE,
    stop_id text NOT NULL,
    since timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, stop_id)
);
CREATE INDEX device_stop_stop ON mokoko.device_stop (stop_id);

CREATE FUNCTION mokoko.serve_stop(stop pg_catalog.text) RETURNS pg_catalog.bool
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
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
    SELECT 'voucher', v.receipt_code, 'U', mokoko.voucher_row(v), me FROM mokoko.voucher v WHERE v.stop_id = stop;
    RETURN true;
END $f$;

CREATE OR REPLACE FUNCTION mokoko.report_voucher(code pg_catalog.text, stop pg_catalog.text, issued pg_catalog.timestamptz,
                                                 redeemed pg_catalog.timestamptz) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
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
END $f$;

-- A voucher's change goes to the kiosk that issued it and to those serving its stop, not back
-- to the kiosk that reported it.
CREATE OR REPLACE FUNCTION mokoko.log_voucher_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
BEGIN
    LOCK TABLE mokoko.change_log_turn IN EXCLUSIVE MODE;
    INSERT INTO mokoko.change_log (table_name, key, op, row_data, device_id)
    SELECT 'voucher', NEW.receipt_code, 'U', mokoko.voucher_row(NEW), concerned.id
    FROM (SELECT d.id FROM mokoko.device d WHERE d.role_name = NEW.issued_by
          UNION SELECT x.device_id FROM mokoko.device_stop x WHERE x.stop_id = NEW.stop_id) concerned
    WHERE concerned.id IS DISTINCT FROM mokoko.calling_device();
    RETURN NEW;
END $f$;

-- A kiosk's moderation or erasure request names one of its own codes. A trigger, not a policy,
-- so that a refusal is a check violation: the kiosk sets that one row aside and goes on.
CREATE FUNCTION mokoko.check_code_is_mine() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
BEGIN
    IF mokoko.calling_device() IS NOT NULL AND NOT mokoko.code_is_mine(NEW.receipt_code) THEN
        RAISE EXCEPTION 'receipt code % does not carry this kiosk''s tag', NEW.receipt_code USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $f$;
CREATE TRIGGER code_is_mine BEFORE INSERT ON mokoko.moderation FOR EACH ROW EXECUTE FUNCTION mokoko.check_code_is_mine();
ALTER TABLE mokoko.moderation ENABLE ROW LEVEL SECURITY;
ALTER TABLE mokoko.moderation FORCE ROW LEVEL SECURITY;
CREATE POLICY kiosk_inserts_own ON mokoko.moderation FOR INSERT TO mokoko_kiosk WITH CHECK (device_role = current_user);
CREATE POLICY office_reads ON mokoko.moderation FOR SELECT TO mokoko_office USING (true);
CREATE POLICY owner_all ON mokoko.moderation FOR ALL TO mokoko_owner USING (true) WITH CHECK (true);
CREATE TRIGGER code_is_mine BEFORE INSERT ON mokoko.erasure_request FOR EACH ROW EXECUTE FUNCTION mokoko.check_code_is_mine();
ALTER TABLE mokoko.erasure_request ENABLE ROW LEVEL SECURITY;
ALTER TABLE mokoko.erasure_request FORCE ROW LEVEL SECURITY;
CREATE POLICY kiosk_inserts_own ON mokoko.erasure_request FOR INSERT TO mokoko_kiosk WITH CHECK (device_role = current_user);
CREATE POLICY office_reads ON mokoko.erasure_request FOR SELECT TO mokoko_office USING (true);
CREATE POLICY owner_all ON mokoko.erasure_request FOR ALL TO mokoko_owner USING (true) WITH CHECK (true);

-- An erasure goes to the kiosk whose record it is.
UPDATE mokoko.change_log c SET device_id = r.device_id
FROM (SELECT receipt_code, device_id FROM mokoko.idea UNION ALL SELECT receipt_code, device_id FROM mokoko.signup
      UNION ALL SELECT receipt_code, device_id FROM mokoko.offer WHERE receipt_code IS NOT NULL) r
WHERE c.table_name = 'erasure' AND c.key = r.receipt_code;
DELETE FROM mokoko.change_log WHERE table_name = 'voucher';
{erase_function(targeted=True)}
DROP POLICY kiosk_reads_catalogue_and_own ON mokoko.change_log;
CREATE POLICY kiosk_reads_what_concerns_it ON mokoko.change_log FOR SELECT TO mokoko_kiosk
    USING (CASE WHEN device_id IS NULL THEN table_name IN ({_PUBLIC})
                ELSE device_id = (SELECT mokoko.current_device_id()) END);

REVOKE ALL ON mokoko.device_stop FROM PUBLIC;
GRANT SELECT ON mokoko.device_stop TO mokoko_office;
REVOKE ALL ON FUNCTION mokoko.calling_device(), mokoko.code_is_mine(pg_catalog.text), mokoko.serve_stop(pg_catalog.text),
    mokoko.check_code_is_mine() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mokoko.serve_stop(pg_catalog.text) TO mokoko_kiosk;
"""

DOWNGRADE = f"""
{erase_function(targeted=False)}
DROP POLICY kiosk_reads_what_concerns_it ON mokoko.change_log;
CREATE POLICY kiosk_reads_catalogue_and_own ON mokoko.change_log FOR SELECT TO mokoko_kiosk
    USING (table_name NOT IN ('idea_status', 'signup_status') OR device_id = (SELECT mokoko.current_device_id()));
DELETE FROM mokoko.change_log WHERE table_name = 'voucher';
UPDATE mokoko.change_log SET device_id = NULL WHERE table_name = 'erasure';
DROP TRIGGER code_is_mine ON mokoko.erasure_request;
DROP TRIGGER code_is_mine ON mokoko.moderation;
DROP FUNCTION mokoko.check_code_is_mine();
DROP POLICY kiosk_inserts_own ON mokoko.erasure_request;
DROP POLICY office_reads ON mokoko.erasure_request;
DROP POLICY owner_all ON mokoko.erasure_request;
ALTER TABLE mokoko.erasure_request NO FORCE ROW LEVEL SECURITY;
ALTER TABLE mokoko.erasure_request DISABLE ROW LEVEL SECURITY;
DROP POLICY kiosk_inserts_own ON mokoko.moderation;
DROP POLICY office_reads ON mokoko.moderation;
DROP POLICY owner_all ON mokoko.moderation;
ALTER TABLE mokoko.moderation NO FORCE ROW LEVEL SECURITY;
ALTER TABLE mokoko.moderation DISABLE ROW LEVEL SECURITY;
CREATE OR REPLACE FUNCTION mokoko.log_voucher_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
BEGIN
    LOCK TABLE mokoko.change_log_turn IN EXCLUSIVE MODE;
    INSERT INTO mokoko.change_log (table_name, key, op, row_data) VALUES ('voucher', NEW.receipt_code, 'U', mokoko.voucher_row(NEW));
    RETURN NEW;
END $f$;
CREATE OR REPLACE FUNCTION mokoko.report_voucher(code text, stop text, issued timestamptz, redeemed timestamptz) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
BEGIN
    INSERT INTO mokoko.voucher AS v (receipt_code, stop_id, issued_at, issued_by, redeemed_at, redeemed_by)
    VALUES (code, stop, issued, session_user, redeemed, CASE WHEN redeemed IS NOT NULL THEN session_user END)
    ON CONFLICT (receipt_code) DO UPDATE SET redeemed_at = excluded.redeemed_at, redeemed_by = session_user
        WHERE v.redeemed_at IS NULL AND excluded.redeemed_at IS NOT NULL;
END $f$;
DROP FUNCTION mokoko.serve_stop(text);
DROP TABLE mokoko.device_stop;
DROP FUNCTION mokoko.code_is_mine(text);
DROP FUNCTION mokoko.calling_device();
"""


def upgrade() -> None:
    op.execute("SET LOCAL ROLE mokoko_owner")
    op.execute(UPGRADE)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE mokoko_owner")
    op.execute(DOWNGRADE)
    op.execute("RESET ROLE")
