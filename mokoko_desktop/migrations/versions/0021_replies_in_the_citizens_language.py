"""Replies in the citizen's language (issue 31, central migration c0030): an idea's status and a
story on the wall carry city hall's reply as a translator wrote it in the idea's language
(``translated_reply``, ``did_translated``; empty when there is none) and that language.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("idea_status", sa.Column("translated_reply", sa.Text, nullable=False, server_default=""))
    op.add_column("idea_status", sa.Column("language", sa.String(8), nullable=False, server_default="da"))
    op.add_column("story", sa.Column("did_translated", sa.Text, nullable=False, server_default=""))
    op.add_column("story", sa.Column("language", sa.String(8), nullable=False, server_default="da"))


def downgrade() -> None:
    for table, columns in (("idea_status", ("translated_reply", "language")), ("story", ("did_translated", "language"))):
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.drop_column(column)
