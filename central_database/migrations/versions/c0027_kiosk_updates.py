"""Updates for the fleet (issue 30): city hall offers a kiosk version, and kiosks learn it at sync.

Revision ID: c0027
Revises: c0026
Create Date: 2026-12-05

``mokoko.fleet_policy`` gains the offered version (``offered_version``), the SHA-256 of its
bundle's manifest (``bundle_sha256``: a kiosk installs a bundle only if it is byte for byte this
one, whether from a USB stick or the web) and, optionally, the address of the bundle's folder on a
web server (``bundle_url``). The administrator sets them (``mokoko central offer-update``); a kiosk
reads them through ``mokoko.offered_update()`` (kiosks only, SECURITY DEFINER), a new function, so
kiosks of the previous release, which call ``report_health`` as before, are not affected.
"""

from central_database.migration_steps import as_owner

revision = "c0027"
down_revision = "c0026"
branch_labels = None
depends_on = None

VERSION = r"^[0-9]{1,6}(\.[0-9]{1,6}){0,3}$"

UPGRADE = f"""
ALTER TABLE mokoko.fleet_policy
    ADD COLUMN offered_version text CHECK (offered_version ~ '{VERSION}'),
    ADD COLUMN bundle_sha256 text CHECK (bundle_sha256 ~ '^[0-9a-f]{{64}}$'),
    ADD COLUMN bundle_url text CHECK (bundle_url ~ '^https?://[^[:space:]]+$' AND pg_catalog.length(bundle_url) <= 2000),
    ADD CONSTRAINT fleet_policy_offer_whole CHECK (
        (offered_version IS NULL AND bundle_sha256 IS NULL AND bundle_url IS NULL)
        OR (offered_version IS NOT NULL AND bundle_sha256 IS NOT NULL)
    );
GRANT UPDATE (offered_version, bundle_sha256, bundle_url) ON mokoko.fleet_policy TO mokoko_admin;

CREATE FUNCTION mokoko.offered_update() RETURNS TABLE (version pg_catalog.text, bundle_sha256 pg_catalog.text, bundle_url pg_catalog.text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
BEGIN
    IF mokoko.calling_device() IS NULL THEN
        RAISE EXCEPTION 'only a registered kiosk asks for its update' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY SELECT p.offered_version, p.bundle_sha256, p.bundle_url FROM mokoko.fleet_policy p WHERE p.offered_version IS NOT NULL;
END $f$;
REVOKE ALL ON FUNCTION mokoko.offered_update() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mokoko.offered_update() TO mokoko_kiosk;
"""

DOWNGRADE = """
DROP FUNCTION mokoko.offered_update();
REVOKE UPDATE (offered_version, bundle_sha256, bundle_url) ON mokoko.fleet_policy FROM mokoko_admin;
ALTER TABLE mokoko.fleet_policy DROP CONSTRAINT fleet_policy_offer_whole,
    DROP COLUMN bundle_url, DROP COLUMN bundle_sha256, DROP COLUMN offered_version;
"""


def upgrade() -> None:
    as_owner(UPGRADE)


def downgrade() -> None:
    as_owner(DOWNGRADE)
