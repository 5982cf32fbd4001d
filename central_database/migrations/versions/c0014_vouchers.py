"""Reward vouchers (issue 15, "Gratis mad for gode idéer"): kiosks report the vouchers they
issue and redeem; every kiosk pulls them, so a voucher redeemed at one kiosk of a stop is
refused at another after their next sync.

Revision ID: c0014
Revises: c0013
Create Date: 2026-12-03

- ``mokoko.report_voucher(code, stop, issued_at, redeemed_at)`` (kiosks) records a voucher, or
  its redemption: the first redemption that arrives stays (two kiosks that both handed over a
  basket while offline cannot be undone; the office sees both times in the log, not here).
- Kiosks cannot read or write the table otherwise; city hall reads it.
- Every change goes into the change log as a ``voucher`` row (code, stop, issued, redeemed).
"""

from alembic import op

from central_database.roles import CHANGE_LOG_LOCK

revision = "c0014"
down_revision = "c0013"
branch_labels = None
depends_on = None

UPGRADE = f"""
SET LOCAL ROLE mokoko_owner;
CREATE TABLE mokoko.voucher (
    receipt_code text PRIMARY KEY CHECK (length(receipt_code) <= 10),
    stop_id text NOT NULL CHECK (length(stop_id) <= 60),
    issued_at timestamptz NOT NULL,
    issued_by name NOT NULL,
    redeemed_at timestamptz,
    redeemed_by name
);
REVOKE ALL ON mokoko.voucher FROM PUBLIC;
GRANT SELECT ON mokoko.voucher TO mokoko_office;

CREATE FUNCTION mokoko.voucher_row(v mokoko.voucher) RETURNS jsonb
    LANGUAGE sql IMMUTABLE AS $f$
    SELECT jsonb_build_object('receipt_code', v.receipt_code, 'stop_id', v.stop_id, 'issued_at', v.issued_at,
                              'redeemed_at', v.redeemed_at)
$f$;

CREATE FUNCTION mokoko.log_voucher_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    PERFORM pg_advisory_xact_lock({CHANGE_LOG_LOCK});
    INSERT INTO mokoko.change_log (table_name, key, op, row_data) VALUES ('voucher', NEW.receipt_code, 'U', mokoko.voucher_row(NEW));
    RETURN NEW;
END $f$;
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON mokoko.voucher
    FOR EACH ROW EXECUTE FUNCTION mokoko.log_voucher_change();

CREATE FUNCTION mokoko.report_voucher(code text, stop text, issued timestamptz, redeemed timestamptz) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    INSERT INTO mokoko.voucher AS v (receipt_code, stop_id, issued_at, issued_by, redeemed_at, redeemed_by)
    VALUES (code, stop, issued, session_user, redeemed, CASE WHEN redeemed IS NOT NULL THEN session_user END)
    ON CONFLICT (receipt_code) DO UPDATE SET redeemed_at = excluded.redeemed_at, redeemed_by = session_user
        WHERE v.redeemed_at IS NULL AND excluded.redeemed_at IS NOT NULL;
END $f$;
REVOKE ALL ON FUNCTION mokoko.report_voucher(text, text, timestamptz, timestamptz), mokoko.log_voucher_change(),
    mokoko.voucher_row(mokoko.voucher) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mokoko.report_voucher(text, text, timestamptz, timestamptz) TO mokoko_kiosk;
RESET ROLE;
"""

DOWNGRADE = """
SET LOCAL ROLE mokoko_owner;
DROP FUNCTION mokoko.report_voucher(text, text, timestamptz, timestamptz);
DROP TRIGGER log_change ON mokoko.voucher;
DROP FUNCTION mokoko.log_voucher_change();
DROP FUNCTION mokoko.voucher_row(mokoko.voucher);
DROP TABLE mokoko.voucher;
DELETE FROM mokoko.change_log WHERE table_name = 'voucher';
RESET ROLE;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
