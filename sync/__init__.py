"""Sync between a kiosk's local SQLite store and the municipality's central PostgreSQL database.

Qt-free, like the core. The central schema (``migrations/``) is its own Alembic history,
separate from the kiosk's. Kiosks connect with their own PostgreSQL role; row-level security
decides what each may read and write, so no server of our own sits in between.
"""

SCHEMA = "mokoko"
OWNER_ROLE = "mokoko_owner"
OFFICE_ROLE = "mokoko_office"
KIOSK_GROUP_ROLE = "mokoko_kiosk"
KIOSK_ROLE_PREFIX = "mokoko_kiosk_"
