"""Limits for every kiosk login: at most 3 connections, statements cut off after 30 s, a
transaction left idle cut off after 30 s, and (where the owner may set it) at most 16 MB of
temporary files. One stolen kiosk password can then no longer take every connection slot of the
server or hold locks and snapshots open for the whole fleet.

Revision ID: c0003
Revises: c0002
Create Date: 2026-11-29

New kiosks get the same limits from ``mokoko central add-device`` (central_database/devices.py).
"""

from alembic import op

revision = "c0003"
down_revision = "c0002"
branch_labels = None
depends_on = None

UPGRADE = """
DO $$
DECLARE
    kiosk record;
    may_limit_temp boolean := (SELECT rolsuper FROM pg_roles WHERE rolname = current_user);
BEGIN
    FOR kiosk IN SELECT role_name FROM mokoko.device LOOP
        EXECUTE format('ALTER ROLE %I CONNECTION LIMIT 3', kiosk.role_name);
        EXECUTE format('ALTER ROLE %I SET statement_timeout = %L', kiosk.role_name, '30s');
        EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', kiosk.role_name, '30s');
        IF may_limit_temp THEN
            EXECUTE format('ALTER ROLE %I SET temp_file_limit = %L', kiosk.role_name, '16MB');
        END IF;
    END LOOP;
END $$;
"""

DOWNGRADE = """
DO $$
DECLARE kiosk record;
BEGIN
    FOR kiosk IN SELECT role_name FROM mokoko.device LOOP
        EXECUTE format('ALTER ROLE %I CONNECTION LIMIT -1', kiosk.role_name);
        EXECUTE format('ALTER ROLE %I RESET ALL', kiosk.role_name);
    END LOOP;
END $$;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
