"""The citizen hears back (issue 14): the public follow-up page's one way into the database, and
the "I sagde – vi gjorde" stories city hall publishes.

Revision ID: c0011
Revises: c0010
Create Date: 2026-11-29

- ``mokoko_web`` (NOLOGIN; ``mokoko central add-web-reader`` makes its logins) may execute
  ``mokoko.public_followup(code)`` and ``mokoko.public_stories(n)`` and nothing else: no SELECT
  on any table. The first returns the public fields of one receipt code (never the idea's text,
  never a name but the contact person's); the second the published stories.
- ``mokoko.published_story``: an answered idea city hall shows on the kiosks' wall and the
  follow-up site, with a short public headline. Kiosks pull it through the change log.
"""

from alembic import op

from central_database.roles import CHANGE_LOG_LOCK

revision = "c0011"
down_revision = "c0010"
branch_labels = None
depends_on = None

UPGRADE = f"""
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mokoko_web') THEN
        CREATE ROLE mokoko_web NOLOGIN;
    END IF;
END $$;
SET LOCAL ROLE mokoko_owner;
CREATE TABLE mokoko.published_story (
    idea_id uuid PRIMARY KEY REFERENCES mokoko.idea (id),
    headline text NOT NULL CHECK (length(btrim(headline)) BETWEEN 3 AND 120),
    published_at timestamptz NOT NULL DEFAULT now(),
    published_by name NOT NULL DEFAULT session_user
);
REVOKE ALL ON mokoko.published_story FROM PUBLIC;
GRANT SELECT, INSERT, DELETE ON mokoko.published_story TO mokoko_office;

-- What a story shows: the headline, what the citizen said, what the municipality did, where.
CREATE FUNCTION mokoko.story_row(story mokoko.published_story) RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, mokoko AS $f$
    SELECT jsonb_build_object(
        'idea_id', i.id, 'receipt_code', i.receipt_code, 'headline', story.headline, 'said', i.text,
        'did', coalesce((SELECT u.public_reply FROM mokoko.status_update u WHERE u.idea_id = i.id ORDER BY u.id DESC LIMIT 1), ''),
        'status', s.status, 'status_at', s.status_at, 'stop_id', i.stop_id, 'stop_place', coalesce(p.place, i.stop_id),
        'home_area_code', i.home_area_code, 'published_at', story.published_at)
    FROM mokoko.idea i
    LEFT JOIN mokoko.idea_state s ON s.idea_id = i.id
    LEFT JOIN mokoko.stop p ON p.id = i.stop_id
    WHERE i.id = story.idea_id
$f$;

CREATE FUNCTION mokoko.log_story_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    PERFORM pg_advisory_xact_lock({CHANGE_LOG_LOCK});
    IF TG_OP = 'DELETE' THEN
        INSERT INTO mokoko.change_log (table_name, key, op, row_data) VALUES ('story', OLD.idea_id::text, 'D', NULL);
        RETURN OLD;
    END IF;
    INSERT INTO mokoko.change_log (table_name, key, op, row_data) VALUES ('story', NEW.idea_id::text, 'U', mokoko.story_row(NEW));
    RETURN NEW;
END $f$;
CREATE TRIGGER log_change AFTER INSERT OR DELETE ON mokoko.published_story
    FOR EACH ROW EXECUTE FUNCTION mokoko.log_story_change();

-- One receipt code's public fields, for the follow-up page. NULL when the code is not here.
CREATE FUNCTION mokoko.public_followup(code text) RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, mokoko AS $f$
DECLARE
    found jsonb;
BEGIN
    SELECT jsonb_build_object(
        'kind', 'idea', 'created_at', i.created_at, 'theme', t.title, 'stop_place', coalesce(p.place, i.stop_id),
        'status', s.status, 'status_label', st.label, 'status_at', s.status_at,
        'public_reply', coalesce((SELECT u.public_reply FROM mokoko.status_update u WHERE u.idea_id = i.id
                                  ORDER BY u.id DESC LIMIT 1), ''),
        'area', a.name, 'contact_names', mokoko.area_contact_names(coalesce(s.area_code, t.admin_area_code)))
    INTO found
    FROM mokoko.idea i
    LEFT JOIN mokoko.idea_state s ON s.idea_id = i.id
    LEFT JOIN mokoko.status st ON st.code = s.status
    LEFT JOIN mokoko.theme t ON t.code = i.theme_code
    LEFT JOIN mokoko.admin_area a ON a.code = coalesce(s.area_code, t.admin_area_code)
    LEFT JOIN mokoko.stop p ON p.id = i.stop_id
    WHERE i.receipt_code = public_followup.code;
    IF found IS NOT NULL THEN
        RETURN found;
    END IF;
    SELECT jsonb_build_object(
        'kind', 'signup', 'created_at', g.created_at, 'opportunity', o.data -> 'title',
        'organisation', o.data -> 'organisation',
        'status', coalesce(x.status, 'new'), 'status_at', x.set_at)
    INTO found
    FROM mokoko.signup g
    LEFT JOIN mokoko.opportunity o ON o.id = g.data ->> 'opportunity_id'
    LEFT JOIN LATERAL (SELECT status, set_at FROM mokoko.signup_status y WHERE y.signup_id = g.id ORDER BY y.id DESC LIMIT 1) x
        ON true
    WHERE g.receipt_code = public_followup.code;
    IF found IS NOT NULL THEN
        RETURN found;
    END IF;
    SELECT jsonb_build_object('kind', 'offer', 'created_at', f.created_at, 'offer_kind', f.data ->> 'kind')
    INTO found FROM mokoko.offer f WHERE f.receipt_code = public_followup.code;
    RETURN found;
END $f$;

CREATE FUNCTION mokoko.public_stories(how_many int) RETURNS SETOF jsonb
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, mokoko AS $f$
    SELECT mokoko.story_row(p) FROM mokoko.published_story p ORDER BY p.published_at DESC LIMIT least(how_many, 200)
$f$;

REVOKE ALL ON FUNCTION mokoko.public_followup(text), mokoko.public_stories(int), mokoko.story_row(mokoko.published_story),
    mokoko.log_story_change() FROM PUBLIC;
GRANT USAGE ON SCHEMA mokoko TO mokoko_web;
GRANT EXECUTE ON FUNCTION mokoko.public_followup(text), mokoko.public_stories(int) TO mokoko_web, mokoko_office;
RESET ROLE;
"""

DOWNGRADE = """
SET LOCAL ROLE mokoko_owner;
DROP FUNCTION mokoko.public_followup(text);
DROP FUNCTION mokoko.public_stories(int);
DROP FUNCTION mokoko.story_row(mokoko.published_story);
DROP TABLE mokoko.published_story;
DROP FUNCTION mokoko.log_story_change();
DELETE FROM mokoko.change_log WHERE table_name = 'story';
REVOKE USAGE ON SCHEMA mokoko FROM mokoko_web;
RESET ROLE;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
