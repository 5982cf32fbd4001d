"""How long the municipality keeps what citizens leave (issue 13): one row per kind, in days,
loaded from the catalogue's ``retention``; ``mokoko central purge`` deletes what is past it.

Revision ID: c0008
Revises: c0007
Create Date: 2026-11-29

The defaults keep within what the consent texts of 2026-11 promise: an idea's contact details
when it has been dealt with (0 days after done / not taken further), a sign-up's at most 12
months, a Byttebørs post and its details after 3 months.
"""

from alembic import op

revision = "c0008"
down_revision = "c0007"
branch_labels = None
depends_on = None

UPGRADE = """
SET LOCAL ROLE mokoko_owner;
CREATE TABLE mokoko.retention (
    kind text PRIMARY KEY CHECK (kind IN ('idea-contact-after-answer', 'signup-contact', 'offer')),
    days int NOT NULL CHECK (days BETWEEN 0 AND 3650)
);
INSERT INTO mokoko.retention VALUES ('idea-contact-after-answer', 0), ('signup-contact', 365), ('offer', 90);
CREATE TRIGGER log_change AFTER INSERT OR UPDATE OR DELETE ON mokoko.retention
    FOR EACH ROW EXECUTE FUNCTION mokoko.log_catalogue_change('kind');
CREATE TRIGGER serialise BEFORE INSERT OR UPDATE OR DELETE ON mokoko.retention
    FOR EACH STATEMENT EXECUTE FUNCTION mokoko.serialise_change_log();
REVOKE ALL ON mokoko.retention FROM PUBLIC;
GRANT SELECT ON mokoko.retention TO mokoko_kiosk, mokoko_office;
RESET ROLE;
"""

DOWNGRADE = """
SET LOCAL ROLE mokoko_owner;
DROP TABLE mokoko.retention;
DELETE FROM mokoko.change_log WHERE table_name = 'retention';
RESET ROLE;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
