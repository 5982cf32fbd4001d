"""Vouchers reported in sets (issue 32): a kiosk back from a long offline period reported each
voucher with its own ``report_voucher(...)`` call, all in one transaction that held the change
log's lock throughout; 50,000 vouchers took 5.1 s and blocked every other writer of the change log
meanwhile.

Revision ID: c0032
Revises: c0031
Create Date: 2026-12-05

- ``mokoko.report_vouchers(codes, stops, issued, redeemed)``: a batch in one set-based statement
  under the same rules as ``report_voucher`` (its own vouchers only for its own ideas at that
  stop; another kiosk's only redeemed, and only at a stop it serves), returning the refused ones
  with their reasons instead of failing the batch, so nothing has to be found by halving.
- The change log is written once per statement (transition tables), not once per voucher: the
  lock is taken once, at the end of the batch's statement, and held until the batch commits.
- ``serve_stop``: a kiosk that begins to serve a stop gets the other kiosks' vouchers of it, not its
  own back (a new kiosk pulled every voucher it had just reported).
``report_voucher`` stays for kiosks of the previous release.
"""

from central_database.migration_steps import as_owner

revision = "c0032"
down_revision = "c0031"
branch_labels = None
depends_on = None

_SERVE_STOP = """
-- A kiosk that begins to serve a stop gets the stop's vouchers of other kiosks (to redeem them),
-- never its own back: it has them (a new kiosk pulled every one of its own vouchers again).
CREATE OR REPLACE FUNCTION mokoko.serve_stop(stop text) RETURNS boolean
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
    SELECT 'voucher', v.receipt_code, 'U', mokoko.voucher_row(v), me FROM mokoko.voucher v
    WHERE v.stop_id = stop@OWN@;
    RETURN true;
END $f$;
"""

UPGRADE = """
CREATE FUNCTION mokoko.report_vouchers(codes text[], stops text[], issued timestamptz[], redeemed timestamptz[])
    RETURNS TABLE (code text, problem text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
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
END $f$;
REVOKE ALL ON FUNCTION mokoko.report_vouchers(text[], text[], timestamptz[], timestamptz[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mokoko.report_vouchers(text[], text[], timestamptz[], timestamptz[]) TO mokoko_kiosk;

-- The change log of vouchers, once per statement: to the kiosk that issued each and every kiosk
-- serving its stop, never back to the kiosk that reported it.
CREATE FUNCTION mokoko.log_voucher_changes() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM changed) THEN
        RETURN NULL;
    END IF;
    LOCK TABLE mokoko.change_log_turn IN EXCLUSIVE MODE;
    INSERT INTO mokoko.change_log (table_name, key, op, row_data, device_id)
    SELECT 'voucher', n.receipt_code, 'U', mokoko.voucher_row(n), concerned.id
    FROM changed n
    CROSS JOIN LATERAL (SELECT d.id FROM mokoko.device d WHERE d.role_name = n.issued_by
                        UNION SELECT x.device_id FROM mokoko.device_stop x WHERE x.stop_id = n.stop_id) concerned
    WHERE concerned.id IS DISTINCT FROM mokoko.calling_device();
    RETURN NULL;
END $f$;
REVOKE ALL ON FUNCTION mokoko.log_voucher_changes() FROM PUBLIC;
DROP TRIGGER log_change ON mokoko.voucher;
CREATE TRIGGER log_inserted AFTER INSERT ON mokoko.voucher REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION mokoko.log_voucher_changes();
CREATE TRIGGER log_updated AFTER UPDATE ON mokoko.voucher REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION mokoko.log_voucher_changes();
"""
UPGRADE += _SERVE_STOP.replace("@OWN@", " AND v.issued_by <> session_user")

DOWNGRADE = """
DROP TRIGGER log_inserted ON mokoko.voucher;
DROP TRIGGER log_updated ON mokoko.voucher;
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON mokoko.voucher FOR EACH ROW EXECUTE FUNCTION mokoko.log_voucher_change();
DROP FUNCTION mokoko.log_voucher_changes();
DROP FUNCTION mokoko.report_vouchers(text[], text[], timestamptz[], timestamptz[]);
""" + _SERVE_STOP.replace("@OWN@", "")


def upgrade() -> None:
    as_owner(UPGRADE)


def downgrade() -> None:
    as_owner(DOWNGRADE)
