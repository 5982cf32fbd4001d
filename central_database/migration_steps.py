"""What central migrations share: running their SQL as the schema's owner (no login is a member
of it; the superuser running ``mokoko central init`` may SET ROLE to it), so everything they make
belongs to ``mokoko_owner``. For migrations from c0022 on (the earlier ones spell it out)."""

from __future__ import annotations

from alembic import op

from central_database.roles import OWNER_ROLE


def as_owner(statements: str) -> None:
    """Run ``statements`` in the migration's transaction as the schema's owner."""
    op.execute(f"SET LOCAL ROLE {OWNER_ROLE}")
    op.execute(statements)
    op.execute("RESET ROLE")
