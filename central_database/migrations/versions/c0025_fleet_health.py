"""The fleet, watched (issue 29): each sync reports the kiosk's health.

Revision ID: c0025
Revises: c0024
Create Date: 2026-12-05

``mokoko.report_health(...)`` (kiosks only, SECURITY DEFINER) keeps one row per kiosk in
``mokoko.device_health``: its version and local schema revision, where it stands, how many records
wait and how many were set aside, its printer's state, free disk, its clock against the server's
(``clock_offset_s``: the kiosk's clock minus the server's, taken when the report arrives) and the
kind of its last sync problem; ``reported_at`` is the server's time. It returns the oldest kiosk
version city hall supports (``mokoko.fleet_policy``, which the administrator sets with
``mokoko central require-version``), so the kiosk can tell staff to have it updated. A kiosk
cannot read the fleet's rows nor write another kiosk's; city hall and the administrator read them.
"""

from central_database.migration_steps import as_owner

revision = "c0025"
down_revision = "c0024"
branch_labels = None
depends_on = None

PRINTER_STATES = ("ok", "out_of_paper", "not_accepted", "no_printer", "unreadable", "unknown")
PROBLEM_KINDS = ("", "unreachable", "not_allowed", "refused")
VERSION = r"^[0-9]{1,6}(\.[0-9]{1,6}){0,3}$"


def _listed(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{value}'" for value in values)


UPGRADE = f"""
CREATE TABLE mokoko.device_health (
    device_id uuid PRIMARY KEY REFERENCES mokoko.device (id) ON DELETE CASCADE,
    reported_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
    version text NOT NULL CHECK (version ~ '{VERSION}'),
    schema_revision text NOT NULL CHECK (pg_catalog.length(schema_revision) <= 32),
    stop_id text CHECK (pg_catalog.length(stop_id) <= 64),
    unsent integer NOT NULL CHECK (unsent >= 0),
    refused integer NOT NULL CHECK (refused >= 0),
    printer text NOT NULL CHECK (printer IN ({_listed(PRINTER_STATES)})),
    disk_free_mb bigint CHECK (disk_free_mb >= 0),
    clock_offset_s double precision NOT NULL,
    last_error text NOT NULL CHECK (last_error IN ({_listed(PROBLEM_KINDS)}))
);
REVOKE ALL ON mokoko.device_health FROM PUBLIC;
GRANT SELECT ON mokoko.device_health TO mokoko_office, mokoko_admin;

CREATE TABLE mokoko.fleet_policy (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    oldest_version text NOT NULL DEFAULT '0' CHECK (oldest_version ~ '{VERSION}')
);
INSERT INTO mokoko.fleet_policy DEFAULT VALUES;
REVOKE ALL ON mokoko.fleet_policy FROM PUBLIC;
GRANT SELECT ON mokoko.fleet_policy TO mokoko_office;
GRANT SELECT, UPDATE (oldest_version) ON mokoko.fleet_policy TO mokoko_admin;

CREATE FUNCTION mokoko.report_health(
    version pg_catalog.text, schema_revision pg_catalog.text, stop pg_catalog.text, unsent pg_catalog.int4,
    refused pg_catalog.int4, printer pg_catalog.text, disk_free_mb pg_catalog.int8, kiosk_clock pg_catalog.timestamptz,
    last_error pg_catalog.text
) RETURNS pg_catalog.text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
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
END $f$;
REVOKE ALL ON FUNCTION mokoko.report_health(text, text, text, integer, integer, text, bigint, timestamptz, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mokoko.report_health(text, text, text, integer, integer, text, bigint, timestamptz, text) TO mokoko_kiosk;
"""

DOWNGRADE = """
DROP FUNCTION mokoko.report_health(text, text, text, integer, integer, text, bigint, timestamptz, text);
DROP TABLE mokoko.fleet_policy;
DROP TABLE mokoko.device_health;
"""


def upgrade() -> None:
    as_owner(UPGRADE)


def downgrade() -> None:
    as_owner(DOWNGRADE)
