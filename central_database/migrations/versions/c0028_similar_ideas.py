"""Similar ideas together (issue 31): trigram similarity on ideas' text, and cases that group them.

Revision ID: c0028
Revises: c0027
Create Date: 2026-12-05

``pg_trgm`` (a trusted extension of PostgreSQL's own, in ``pg_catalog`` so that every login and
every function's ``search_path`` finds its operators) and a trigram index on ``mokoko.idea.text``:
"Flere bænke ved åen" finds "Bænke ved åen, tak" and "flere bænke ved aaen" among a million ideas.
A GiST index, nearest first (``<->``), with 256-byte signatures: at a million ideas the ten most
alike take 60–130 ms where nothing much is alike (the default 12 bytes: 450–700 ms; GIN: seconds,
rechecking every idea that shares common trigrams). ``benchmarks/office_search.py`` measures it.

``mokoko.idea_group`` is a case of similar ideas (its title city hall's words), and
``mokoko.idea_group_member`` says which ideas belong to it, each in one case at most, who put it
there and when (``added_by`` is the login that did, never what a client says). City hall reads and
writes them; no kiosk, web reader or partner sees them.
"""

from alembic import op

from central_database.migration_steps import as_owner

revision = "c0028"
down_revision = "c0027"
branch_labels = None
depends_on = None

UPGRADE = """
CREATE INDEX idea_text_trigrams ON mokoko.idea USING gist (text pg_catalog.gist_trgm_ops (siglen = 256));

CREATE TABLE mokoko.idea_group (
    id bigserial PRIMARY KEY,
    title text NOT NULL CHECK (pg_catalog.length(title) BETWEEN 1 AND 200),
    created_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
    created_by name NOT NULL DEFAULT CURRENT_USER
);
CREATE TABLE mokoko.idea_group_member (
    idea_id uuid PRIMARY KEY REFERENCES mokoko.idea (id) ON DELETE CASCADE,
    group_id bigint NOT NULL REFERENCES mokoko.idea_group (id) ON DELETE CASCADE,
    added_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
    added_by name NOT NULL DEFAULT CURRENT_USER
);
CREATE INDEX idea_group_member_group ON mokoko.idea_group_member (group_id);
REVOKE ALL ON mokoko.idea_group, mokoko.idea_group_member FROM PUBLIC;
GRANT SELECT, INSERT (title), UPDATE (title) ON mokoko.idea_group TO mokoko_office;
GRANT SELECT, INSERT (idea_id, group_id), DELETE ON mokoko.idea_group_member TO mokoko_office;
GRANT USAGE ON SEQUENCE mokoko.idea_group_id_seq TO mokoko_office;
"""

DOWNGRADE = """
DROP TABLE mokoko.idea_group_member;
DROP TABLE mokoko.idea_group;
DROP INDEX mokoko.idea_text_trigrams;
"""


def upgrade() -> None:
    # The superuser running 'mokoko central init' adds the extension (trusted: no other right needed).
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA pg_catalog")
    as_owner(UPGRADE)


def downgrade() -> None:
    as_owner(DOWNGRADE)
