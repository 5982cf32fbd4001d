"""One naming for contact details: sign-ups and Byttebørs posts keep them in contact_name,
contact_phone and contact_email, as ideas do.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

RENAMED = {"name": "contact_name", "phone": "contact_phone", "email": "contact_email"}


def upgrade() -> None:
    for table in ("signup", "offer"):
        for old, new in RENAMED.items():
            op.execute(f"ALTER TABLE {table} RENAME COLUMN {old} TO {new}")  # SQLite 3.25+; keeps the data


def downgrade() -> None:
    for table in ("signup", "offer"):
        for old, new in RENAMED.items():
            op.execute(f"ALTER TABLE {table} RENAME COLUMN {new} TO {old}")
