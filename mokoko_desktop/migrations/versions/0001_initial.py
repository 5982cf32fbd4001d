"""Initial kiosk schema: device, catalogue, ideas, settings, staff PIN.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "device",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("tag", sa.String(4), nullable=False, unique=True),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "admin_area",
        sa.Column("code", sa.String(40), primary_key=True),
        sa.Column("name", sa.JSON, nullable=False),
        sa.Column("sort_order", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "home_area",
        sa.Column("code", sa.String(40), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("sort_order", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "theme",
        sa.Column("code", sa.String(40), primary_key=True),
        sa.Column("title", sa.JSON, nullable=False),
        sa.Column("description", sa.JSON, nullable=False),
        sa.Column("admin_area_code", sa.String(40), sa.ForeignKey("admin_area.code"), nullable=True),
        sa.Column("icon", sa.String(60), nullable=True),
        sa.Column("sort_order", sa.Integer, nullable=False, server_default="0"),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
    )
    op.create_table(
        "consultation",
        sa.Column("id", sa.String(60), primary_key=True),
        sa.Column("question", sa.JSON, nullable=False),
        sa.Column("intro", sa.JSON, nullable=False),
        sa.Column("opens_on", sa.Date, nullable=False),
        sa.Column("closes_on", sa.Date, nullable=True),
    )
    op.create_table(
        "stop",
        sa.Column("id", sa.String(60), primary_key=True),
        sa.Column("place", sa.String(100), nullable=False),
        sa.Column("address", sa.String(200), nullable=False, server_default=""),
        sa.Column("starts_on", sa.Date, nullable=False),
        sa.Column("ends_on", sa.Date, nullable=False),
        sa.Column("tour_order", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "idea",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("receipt_code", sa.String(10), nullable=False, unique=True),
        sa.Column("consultation_id", sa.String(60), sa.ForeignKey("consultation.id"), nullable=False),
        sa.Column("theme_code", sa.String(40), sa.ForeignKey("theme.code"), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("contact_name", sa.String(100), nullable=True),
        sa.Column("contact_email", sa.String(254), nullable=True),
        sa.Column("contact_phone", sa.String(20), nullable=True),
        sa.Column("consent_version", sa.String(40), nullable=True),
        sa.Column("age_group", sa.String(10), nullable=True),
        sa.Column("home_area_code", sa.String(40), sa.ForeignKey("home_area.code"), nullable=True),
        sa.Column("language", sa.String(10), nullable=False),
        sa.Column("stop_id", sa.String(60), sa.ForeignKey("stop.id"), nullable=False),
        sa.Column("device_id", sa.String(36), sa.ForeignKey("device.id"), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("assisted", sa.Boolean, nullable=False, server_default=sa.false()),
        # Contact details only together with the consent they were given under.
        sa.CheckConstraint(
            "(contact_name IS NULL AND contact_email IS NULL AND contact_phone IS NULL) OR consent_version IS NOT NULL",
            name="ck_idea_contact_needs_consent",
        ),
        sa.CheckConstraint("length(text) BETWEEN 1 AND 2000", name="ck_idea_text_length"),
    )
    op.create_index("ix_idea_created_at", "idea", ["created_at"])
    op.create_table(
        "setting",
        sa.Column("key", sa.String(60), primary_key=True),
        sa.Column("value", sa.JSON, nullable=True),
    )
    op.create_table(
        "staff_pin",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("pin_hash", sa.String(200), nullable=False),
        sa.Column("set_at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    for table in ("staff_pin", "setting", "idea", "stop", "consultation", "theme", "home_area", "admin_area", "device"):
        op.drop_table(table)
