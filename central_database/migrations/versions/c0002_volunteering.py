"""Central schema for volunteering: the interests catalogue, receipt codes for Byttebørs posts.

Revision ID: c0002
Revises: c0001
Create Date: 2026-11-22

Older kiosks keep syncing: they never push posts, and they ignore the new catalogue table.
"""

from alembic import op

revision = "c0002"
down_revision = "c0001"
branch_labels = None
depends_on = None

UPGRADE = """
SET LOCAL ROLE mokoko_owner;
CREATE TABLE mokoko.interest (code text PRIMARY KEY, name jsonb NOT NULL, sort_order int NOT NULL DEFAULT 0);
CREATE TRIGGER log_change AFTER INSERT OR UPDATE OR DELETE ON mokoko.interest
    FOR EACH ROW EXECUTE FUNCTION mokoko.log_catalogue_change('code');
REVOKE ALL ON mokoko.interest FROM PUBLIC;
GRANT SELECT ON mokoko.interest TO mokoko_office, mokoko_kiosk;
GRANT INSERT, UPDATE, DELETE ON mokoko.interest TO mokoko_office;

-- A post's receipt code (NULL for none: posts are new with this revision, but stay optional).
ALTER TABLE mokoko.offer ADD COLUMN receipt_code text UNIQUE;
GRANT SELECT (receipt_code) ON mokoko.offer TO mokoko_kiosk;
RESET ROLE;
"""

DOWNGRADE = """
SET LOCAL ROLE mokoko_owner;
ALTER TABLE mokoko.offer DROP COLUMN receipt_code;
DROP TABLE mokoko.interest;
DELETE FROM mokoko.change_log WHERE table_name = 'interest';
RESET ROLE;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
