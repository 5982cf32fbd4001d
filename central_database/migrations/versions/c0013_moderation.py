"""Moderation at the stop (issue 15): staff hide an abusive idea at the kiosk, with a reason and
the time, or show it again; the rows sync here.

Revision ID: c0013
Revises: c0012
Create Date: 2026-12-03

- Kiosks insert moderation rows (``client_id`` makes a re-push harmless) and cannot read them.
  The newest row per receipt code counts (``mokoko.hidden_reason(code)``: NULL while shown).
- City hall still sees a hidden idea, with the flag (inbox and ``office show``).
- A hidden idea never appears on a public wall: its story, if published, is taken down when the
  row arrives (the change log tells the kiosks), and publishing one is refused by the database.
"""

from alembic import op

revision = "c0013"
down_revision = "c0012"
branch_labels = None
depends_on = None

UPGRADE = """
SET LOCAL ROLE mokoko_owner;
CREATE TABLE mokoko.moderation (
    id bigserial PRIMARY KEY,
    client_id uuid NOT NULL UNIQUE,
    receipt_code text NOT NULL CHECK (length(receipt_code) <= 10),
    reason text NOT NULL CHECK (length(reason) <= 40),
    at timestamptz NOT NULL,
    device_role name NOT NULL DEFAULT current_user,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX moderation_newest ON mokoko.moderation (receipt_code, at DESC, id DESC);
REVOKE ALL ON mokoko.moderation FROM PUBLIC;
GRANT SELECT ON mokoko.moderation TO mokoko_office;
GRANT INSERT (client_id, receipt_code, reason, at) ON mokoko.moderation TO mokoko_kiosk;
GRANT USAGE ON SEQUENCE mokoko.moderation_id_seq TO mokoko_kiosk;

CREATE FUNCTION mokoko.hidden_reason(code text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, mokoko AS $f$
    SELECT nullif(m.reason, '') FROM mokoko.moderation m WHERE m.receipt_code = code ORDER BY m.at DESC, m.id DESC LIMIT 1
$f$;

CREATE FUNCTION mokoko.take_hidden_off_the_wall() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    IF mokoko.hidden_reason(NEW.receipt_code) IS NOT NULL THEN
        DELETE FROM mokoko.published_story p USING mokoko.idea i WHERE i.id = p.idea_id AND i.receipt_code = NEW.receipt_code;
    END IF;
    RETURN NULL;
END $f$;
CREATE TRIGGER off_the_wall AFTER INSERT ON mokoko.moderation
    FOR EACH ROW EXECUTE FUNCTION mokoko.take_hidden_off_the_wall();

CREATE FUNCTION mokoko.refuse_hidden_story() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    IF mokoko.hidden_reason((SELECT i.receipt_code FROM mokoko.idea i WHERE i.id = NEW.idea_id)) IS NOT NULL THEN
        RAISE EXCEPTION 'this idea was hidden at the kiosk and cannot go on the wall' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $f$;
CREATE TRIGGER not_hidden BEFORE INSERT ON mokoko.published_story
    FOR EACH ROW EXECUTE FUNCTION mokoko.refuse_hidden_story();

REVOKE ALL ON FUNCTION mokoko.hidden_reason(text), mokoko.take_hidden_off_the_wall(), mokoko.refuse_hidden_story() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mokoko.hidden_reason(text) TO mokoko_office;
RESET ROLE;
"""

DOWNGRADE = """
SET LOCAL ROLE mokoko_owner;
DROP TRIGGER not_hidden ON mokoko.published_story;
DROP FUNCTION mokoko.refuse_hidden_story();
DROP TABLE mokoko.moderation;
DROP FUNCTION mokoko.take_hidden_off_the_wall();
DROP FUNCTION mokoko.hidden_reason(text);
RESET ROLE;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
