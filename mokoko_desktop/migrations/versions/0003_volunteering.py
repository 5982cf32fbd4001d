"""Volunteering: interests, sign-ups and Byttebørs offers/needs.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _sync_columns() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("synced_at", sa.String(32), nullable=True),
        sa.Column("sync_conflict", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("contact_purged_at", sa.String(32), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "interest",
        sa.Column("code", sa.String(40), primary_key=True),
        sa.Column("name", sa.JSON, nullable=False),
        sa.Column("sort_order", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "signup",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("receipt_code", sa.String(10), nullable=False, unique=True),
        sa.Column("opportunity_id", sa.String(60), nullable=True, index=True),
        sa.Column("general_text", sa.Text, nullable=True),
        sa.Column("interests", sa.JSON, nullable=False),
        sa.Column("name", sa.String(100), nullable=True),
        sa.Column("phone", sa.String(20), nullable=True),
        sa.Column("email", sa.String(254), nullable=True),
        sa.Column("age_group", sa.String(10), nullable=False),
        sa.Column("availability", sa.JSON, nullable=False),
        sa.Column("frequency", sa.String(10), nullable=False),
        sa.Column("message", sa.Text, nullable=False, server_default=""),
        sa.Column("guardian_name", sa.String(100), nullable=True),
        sa.Column("guardian_phone", sa.String(20), nullable=True),
        sa.Column("consent_version", sa.String(40), nullable=False),
        sa.Column("guardian_consent_version", sa.String(40), nullable=True),
        sa.Column("language", sa.String(10), nullable=False),
        sa.Column("stop_id", sa.String(60), sa.ForeignKey("stop.id"), nullable=False),
        sa.Column("device_id", sa.String(36), sa.ForeignKey("device.id"), nullable=False),
        *_sync_columns(),
    )
    op.create_index("ix_signup_created_at", "signup", ["created_at"])
    op.create_index("ix_signup_unsynced", "signup", ["id"], sqlite_where=sa.text("synced_at IS NULL"))
    op.create_table(
        "offer",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("receipt_code", sa.String(10), nullable=False, unique=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("tags", sa.JSON, nullable=False),
        sa.Column("place", sa.String(100), nullable=False, server_default=""),
        sa.Column("name", sa.String(100), nullable=True),
        sa.Column("phone", sa.String(20), nullable=True),
        sa.Column("email", sa.String(254), nullable=True),
        sa.Column("consent_version", sa.String(40), nullable=False),
        sa.Column("language", sa.String(10), nullable=False),
        sa.Column("stop_id", sa.String(60), sa.ForeignKey("stop.id"), nullable=False),
        sa.Column("device_id", sa.String(36), sa.ForeignKey("device.id"), nullable=False),
        *_sync_columns(),
    )
    op.create_index("ix_offer_created_at", "offer", ["created_at"])
    op.create_index("ix_offer_unsynced", "offer", ["id"], sqlite_where=sa.text("synced_at IS NULL"))


def downgrade() -> None:
    for table in ("offer", "signup"):
        op.drop_index(f"ix_{table}_unsynced", table)
        op.drop_index(f"ix_{table}_created_at", table)
        op.drop_table(table)
    op.drop_table("interest")
