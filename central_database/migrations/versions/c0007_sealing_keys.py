"""The municipality's public keys for sealing personal data (issue 13). Kiosks pull them with the
catalogue and seal to the newest active one; the private keys never reach the database.

Revision ID: c0007
Revises: c0006
Create Date: 2026-11-29

Kiosks of the previous version ignore the new table.
"""

from alembic import op

revision = "c0007"
down_revision = "c0006"
branch_labels = None
depends_on = None

UPGRADE = """
SET LOCAL ROLE mokoko_owner;
CREATE TABLE mokoko.sealing_key (
    key_id text PRIMARY KEY CHECK (key_id ~ '^[0-9a-f]{16}$'),
    public_key text NOT NULL CHECK (length(public_key) = 44),
    created_at timestamptz NOT NULL DEFAULT now(),
    active boolean NOT NULL DEFAULT true
);
CREATE TRIGGER log_change AFTER INSERT OR UPDATE OR DELETE ON mokoko.sealing_key
    FOR EACH ROW EXECUTE FUNCTION mokoko.log_catalogue_change('key_id');
CREATE TRIGGER serialise BEFORE INSERT OR UPDATE OR DELETE ON mokoko.sealing_key
    FOR EACH STATEMENT EXECUTE FUNCTION mokoko.serialise_change_log();
REVOKE ALL ON mokoko.sealing_key FROM PUBLIC;
GRANT SELECT ON mokoko.sealing_key TO mokoko_kiosk, mokoko_office;
RESET ROLE;
"""

DOWNGRADE = """
SET LOCAL ROLE mokoko_owner;
DROP TABLE mokoko.sealing_key;
DELETE FROM mokoko.change_log WHERE table_name = 'sealing_key';
RESET ROLE;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
