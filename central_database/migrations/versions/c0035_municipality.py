"""The municipality's own facts, for the privacy notice and the accessibility statement (issue 33).

Revision ID: c0035
Revises: c0034
Create Date: 2026-12-06

- ``mokoko.municipality``: one row (key ``municipality``), loaded from the catalogue's
  ``municipality`` by the administrator: the data controller's name and address, its data
  protection officer's contact, where to report an accessibility problem. Kiosks pull it through
  the change log like the rest of the catalogue (the kiosks' policy on the log names it).
- ``mokoko.public_privacy()`` (the follow-up site's web reader, and nobody else besides the owner):
  those facts and the retention periods the purge keeps to (``mokoko.retention``), so the site's
  privacy notice says the numbers that are kept, and nothing more: no record, no login.
"""

from central_database.migration_steps import as_owner

revision = "c0035"
down_revision = "c0034"
branch_labels = None
depends_on = None

# The catalogue's tables every kiosk reads from the change log (c0019's list, as it stands here).
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


def _kiosks_read(tables: tuple[str, ...]) -> str:
    names = ", ".join(f"'{table}'" for table in tables)
    return f"""
DROP POLICY kiosk_reads_what_concerns_it ON mokoko.change_log;
CREATE POLICY kiosk_reads_what_concerns_it ON mokoko.change_log FOR SELECT TO mokoko_kiosk
    USING (CASE WHEN device_id IS NULL THEN table_name IN ({names})
                ELSE device_id = (SELECT mokoko.current_device_id()) END);
"""


UPGRADE = f"""
CREATE TABLE mokoko.municipality (
    key text PRIMARY KEY CHECK (key = 'municipality'),
    facts jsonb NOT NULL CHECK (pg_catalog.jsonb_typeof(facts) = 'object' AND pg_catalog.length(facts::text) <= 4000)
);
CREATE TRIGGER log_change AFTER INSERT OR UPDATE OR DELETE ON mokoko.municipality
    FOR EACH ROW EXECUTE FUNCTION mokoko.log_catalogue_change('key');
CREATE TRIGGER serialise BEFORE INSERT OR UPDATE OR DELETE ON mokoko.municipality
    FOR EACH STATEMENT EXECUTE FUNCTION mokoko.serialise_change_log();
REVOKE ALL ON mokoko.municipality FROM PUBLIC;
GRANT SELECT ON mokoko.municipality TO mokoko_kiosk, mokoko_office;
GRANT SELECT, INSERT, UPDATE ON mokoko.municipality TO mokoko_admin;
{_kiosks_read((*PUBLIC_TABLES, "municipality"))}
CREATE FUNCTION mokoko.public_privacy() RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
    SELECT pg_catalog.jsonb_build_object(
        'municipality', (SELECT m.facts FROM mokoko.municipality m WHERE m.key = 'municipality'),
        'retention', (SELECT COALESCE(pg_catalog.jsonb_object_agg(r.kind, r.days), '{{}}'::jsonb) FROM mokoko.retention r))
$f$;
REVOKE ALL ON FUNCTION mokoko.public_privacy() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mokoko.public_privacy() TO mokoko_web;
"""

DOWNGRADE = f"""
DROP FUNCTION mokoko.public_privacy();
{_kiosks_read(PUBLIC_TABLES)}
DROP TABLE mokoko.municipality;
DELETE FROM mokoko.change_log WHERE table_name = 'municipality';
"""


def upgrade() -> None:
    as_owner(UPGRADE)


def downgrade() -> None:
    as_owner(DOWNGRADE)
