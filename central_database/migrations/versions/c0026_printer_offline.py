"""A kiosk's printer may be reported "offline" (issue 30): a CUPS queue that is stopped or whose
printer cannot be reached, as the kiosk now reads it from CUPS.

Revision ID: c0026
Revises: c0025
Create Date: 2026-12-05
"""

from central_database.migration_steps import as_owner

revision = "c0026"
down_revision = "c0025"
branch_labels = None
depends_on = None

STATES = ("ok", "out_of_paper", "offline", "not_accepted", "no_printer", "unreadable", "unknown")
LISTED = ", ".join(f"'{state}'" for state in STATES)

UPGRADE = f"""
ALTER TABLE mokoko.device_health DROP CONSTRAINT device_health_printer_check;
ALTER TABLE mokoko.device_health ADD CONSTRAINT device_health_printer_check CHECK (printer IN ({LISTED}));
"""

DOWNGRADE = """
UPDATE mokoko.device_health SET printer = 'unknown' WHERE printer = 'offline';
ALTER TABLE mokoko.device_health DROP CONSTRAINT device_health_printer_check;
ALTER TABLE mokoko.device_health ADD CONSTRAINT device_health_printer_check
    CHECK (printer IN ('ok', 'out_of_paper', 'not_accepted', 'no_printer', 'unreadable', 'unknown'));
"""


def upgrade() -> None:
    as_owner(UPGRADE)


def downgrade() -> None:
    as_owner(DOWNGRADE)
