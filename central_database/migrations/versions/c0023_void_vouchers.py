"""A hidden idea's food-basket voucher is void (issue 28, point 8), at every kiosk of its stop.

Revision ID: c0023
Revises: c0022
Create Date: 2026-12-05

"Gratis mad for gode idéer": an idea staff hid ("En test eller en fejl", "Givet to gange", or
offensive, advertising, other people's details) still earned a food basket. The kiosk that hid it
voids its voucher at once; the others at the same stop learn it here: a voucher's row in the
change log carries ``void_reason``, the reason of the idea's newest moderation ("" while shown),
and every moderation that arrives logs its voucher again for the kiosks concerned (the one that
issued it and those at its stop; not the kiosk that hid it, which knows). A redemption reported
anyway (a kiosk that had not pulled yet) is still recorded: it happened.
"""

from central_database.migration_steps import as_owner

revision = "c0023"
down_revision = "c0022"
branch_labels = None
depends_on = None


def voucher_row(with_void: bool) -> str:
    void = (
        """,
        'void_reason', coalesce((SELECT m.reason FROM mokoko.moderation m WHERE m.receipt_code = v.receipt_code
                                 ORDER BY m.at DESC, m.id DESC LIMIT 1), '')"""
        if with_void
        else ""
    )
    return f"""
CREATE OR REPLACE FUNCTION mokoko.voucher_row(v mokoko.voucher) RETURNS pg_catalog.jsonb
    LANGUAGE sql {"STABLE" if with_void else "IMMUTABLE"} SET search_path = pg_catalog, mokoko, pg_temp AS $f$
    SELECT pg_catalog.jsonb_build_object('receipt_code', v.receipt_code, 'stop_id', v.stop_id, 'issued_at', v.issued_at,
                                         'redeemed_at', v.redeemed_at{void})
$f$;
"""


UPGRADE = f"""
{voucher_row(with_void=True)}
CREATE FUNCTION mokoko.log_voucher_moderation() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
BEGIN
    LOCK TABLE mokoko.change_log_turn IN EXCLUSIVE MODE;
    INSERT INTO mokoko.change_log (table_name, key, op, row_data, device_id)
    SELECT 'voucher', v.receipt_code, 'U', mokoko.voucher_row(v), concerned.id
    FROM mokoko.voucher v
    CROSS JOIN LATERAL (SELECT d.id FROM mokoko.device d WHERE d.role_name = v.issued_by
                        UNION SELECT x.device_id FROM mokoko.device_stop x WHERE x.stop_id = v.stop_id) concerned
    WHERE v.receipt_code = NEW.receipt_code AND concerned.id IS DISTINCT FROM mokoko.calling_device();
    RETURN NULL;
END $f$;
CREATE TRIGGER void_voucher AFTER INSERT ON mokoko.moderation FOR EACH ROW EXECUTE FUNCTION mokoko.log_voucher_moderation();
REVOKE ALL ON FUNCTION mokoko.log_voucher_moderation() FROM PUBLIC;
"""

DOWNGRADE = f"""
DROP TRIGGER void_voucher ON mokoko.moderation;
DROP FUNCTION mokoko.log_voucher_moderation();
{voucher_row(with_void=False)}
"""


def upgrade() -> None:
    as_owner(UPGRADE)


def downgrade() -> None:
    as_owner(DOWNGRADE)
