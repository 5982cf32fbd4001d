"""Privacy gaps (issue 26, finding 9): a maximum age for any idea's contact details, duplicate
sign-ups found again at city hall, and what city hall never used taken away.

Revision ID: c0021
Revises: c0020
Create Date: 2026-12-05

- **Retention for unanswered ideas.** An idea never answered kept its sealed contact details for
  ever. The catalogue's retention gains ``idea-contact-max`` (days from when the idea was given,
  answered or not; 365 unless the catalogue says otherwise) and ``mokoko.purge_expired()``
  honours it.
- **Duplicate sign-ups.** Since contact details are sealed at the kiosk, the same person signing
  up twice for the same task went unnoticed. City hall's sign-up check (``mokoko office
  duplicates``, with the municipality's key) opens each new sign-up's details (logged in the
  access log, like any look) and stores a keyed fingerprint of its phone number and e-mail in
  ``mokoko.signup_fingerprint``; two sign-ups for the same task with the same fingerprint are
  likely the same person. The key of the fingerprint is derived from the municipality's private
  key, which the database never holds: a stolen copy of the database cannot test phone numbers
  against it. A fingerprint is deleted with the contact details it was made from.
- City hall no longer executes ``receipt_code_valid`` or the follow-up site's two functions.
- ``log_catalogue_change`` (SECURITY DEFINER since c0018) names its variable's type by schema.
"""

from alembic import op

revision = "c0021"
down_revision = "c0020"
branch_labels = None
depends_on = None

IDEA_CONTACT_MAX_DAYS = 365
_IDEA_HOLDS = "(i.contact_name IS NOT NULL OR i.contact_email IS NOT NULL OR i.contact_phone IS NOT NULL OR i.sealed_contact IS NOT NULL)"


def purge_function(with_max: bool) -> str:
    """``mokoko.purge_expired()``; ``with_max``: an idea's contact details also go at the maximum age."""
    max_age = (
        f"""
    UPDATE mokoko.idea i SET contact_name = NULL, contact_email = NULL, contact_phone = NULL, sealed_contact = NULL
    FROM mokoko.retention r
    WHERE r.kind = 'idea-contact-max' AND i.created_at < at - pg_catalog.make_interval(days => r.days) AND {_IDEA_HOLDS};
    GET DIAGNOSTICS n = ROW_COUNT;
    answered := answered + n;"""
        if with_max
        else ""
    )
    return f"""
CREATE OR REPLACE FUNCTION mokoko.purge_expired() RETURNS TABLE (what pg_catalog.text, deleted pg_catalog.int8)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
DECLARE
    at pg_catalog.timestamptz := pg_catalog.now();
    idea_contact pg_catalog.text[] := ARRAY['contact_name', 'contact_email', 'contact_phone', 'sealed_contact'];
    document_contact pg_catalog.text[] := ARRAY['name', 'phone', 'email', 'guardian_name', 'guardian_phone', 'message',
                                                'sealed_contact'];
    n pg_catalog.int8;
    answered pg_catalog.int8;
    copies pg_catalog.int8 := 0;
BEGIN
    UPDATE mokoko.idea i SET contact_name = NULL, contact_email = NULL, contact_phone = NULL, sealed_contact = NULL
    FROM mokoko.idea_state s, mokoko.retention r
    WHERE s.idea_id = i.id AND r.kind = 'idea-contact-after-answer'
      AND s.status IN ('done', 'not-taken-further') AND s.status_at < at - pg_catalog.make_interval(days => r.days)
      AND {_IDEA_HOLDS};
    GET DIAGNOSTICS answered = ROW_COUNT;{max_age}
    what := 'ideas'' contact details'; deleted := answered; RETURN NEXT;
    UPDATE mokoko.signup g SET data = g.data - document_contact
    FROM mokoko.retention r
    WHERE r.kind = 'signup-contact' AND g.created_at < at - pg_catalog.make_interval(days => r.days) AND g.data ?| document_contact;
    GET DIAGNOSTICS n = ROW_COUNT;
    what := 'sign-ups'' contact details'; deleted := n; RETURN NEXT;
    DELETE FROM mokoko.offer o USING mokoko.retention r
    WHERE r.kind = 'offer' AND o.created_at < at - pg_catalog.make_interval(days => r.days);
    GET DIAGNOSTICS n = ROW_COUNT;
    what := 'Byttebørs posts'; deleted := n; RETURN NEXT;
    -- Copies kept aside by the push (conflicts) lose what their record lost.
    UPDATE mokoko.push_conflict c SET payload = c.payload - idea_contact
    FROM mokoko.idea i
    WHERE c.kind = 'idea' AND c.record_id = i.id AND c.payload ?| idea_contact
      AND i.contact_name IS NULL AND i.contact_email IS NULL AND i.contact_phone IS NULL AND i.sealed_contact IS NULL;
    GET DIAGNOSTICS n = ROW_COUNT;
    copies := copies + n;
    UPDATE mokoko.push_conflict c SET payload = pg_catalog.jsonb_set(c.payload, '{{data}}', (c.payload -> 'data') - document_contact)
    FROM mokoko.signup g
    WHERE c.kind = 'signup' AND c.record_id = g.id AND NOT g.data ?| document_contact AND (c.payload -> 'data') ?| document_contact;
    GET DIAGNOSTICS n = ROW_COUNT;
    copies := copies + n;
    UPDATE mokoko.push_conflict c SET payload = '{{"deleted": "retention"}}'
    WHERE c.kind = 'offer' AND NOT EXISTS (SELECT 1 FROM mokoko.offer o WHERE o.id = c.record_id)
      AND c.payload <> '{{"deleted": "retention"}}';
    GET DIAGNOSTICS n = ROW_COUNT;
    what := 'copies kept aside as conflicts'; deleted := copies + n; RETURN NEXT;
END $f$;
"""


def catalogue_logger(qualified: bool) -> str:
    text = "pg_catalog.text" if qualified else "text"
    return f"""
CREATE OR REPLACE FUNCTION mokoko.log_catalogue_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
DECLARE
    key_column {text} := TG_ARGV[0];
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO mokoko.change_log (table_name, key, op, row_data)
        VALUES (TG_TABLE_NAME, pg_catalog.to_jsonb(OLD) ->> key_column, 'D', NULL);
        RETURN OLD;
    END IF;
    IF TG_OP = 'UPDATE' AND (pg_catalog.to_jsonb(OLD) ->> key_column) <> (pg_catalog.to_jsonb(NEW) ->> key_column) THEN
        INSERT INTO mokoko.change_log (table_name, key, op, row_data)
        VALUES (TG_TABLE_NAME, pg_catalog.to_jsonb(OLD) ->> key_column, 'D', NULL);
    END IF;
    INSERT INTO mokoko.change_log (table_name, key, op, row_data)
    VALUES (TG_TABLE_NAME, pg_catalog.to_jsonb(NEW) ->> key_column, 'U', pg_catalog.to_jsonb(NEW));
    RETURN NEW;
END $f$;
"""


UPGRADE = f"""
ALTER TABLE mokoko.retention DROP CONSTRAINT retention_kind_check;
ALTER TABLE mokoko.retention ADD CONSTRAINT retention_kind_check
    CHECK (kind IN ('idea-contact-after-answer', 'idea-contact-max', 'signup-contact', 'offer'));
INSERT INTO mokoko.retention VALUES ('idea-contact-max', {IDEA_CONTACT_MAX_DAYS}) ON CONFLICT DO NOTHING;
{purge_function(with_max=True)}

CREATE TABLE mokoko.signup_fingerprint (
    signup_id uuid PRIMARY KEY REFERENCES mokoko.signup (id) ON DELETE CASCADE,
    key_id text NOT NULL CHECK (key_id ~ '^[0-9a-f]{{16}}$'),
    phone text CHECK (phone ~ '^[0-9a-f]{{64}}$'),
    email text CHECK (email ~ '^[0-9a-f]{{64}}$'),
    made_at timestamptz NOT NULL DEFAULT now(),
    made_by name NOT NULL DEFAULT session_user
);
CREATE INDEX signup_fingerprint_phone ON mokoko.signup_fingerprint (key_id, phone) WHERE phone IS NOT NULL;
CREATE INDEX signup_fingerprint_email ON mokoko.signup_fingerprint (key_id, email) WHERE email IS NOT NULL;

-- A fingerprint is personal data made from the contact details: it goes when they go (the
-- purge, an erasure).
CREATE FUNCTION mokoko.forget_fingerprint() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
BEGIN
    IF NOT (NEW.data ? 'sealed_contact') THEN
        DELETE FROM mokoko.signup_fingerprint f WHERE f.signup_id = NEW.id;
    END IF;
    RETURN NULL;
END $f$;
CREATE TRIGGER forget_fingerprint AFTER UPDATE OF data ON mokoko.signup FOR EACH ROW EXECUTE FUNCTION mokoko.forget_fingerprint();
CREATE FUNCTION mokoko.stamp_fingerprint() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, mokoko, pg_temp AS $f$
BEGIN
    NEW.made_by := session_user;
    NEW.made_at := pg_catalog.now();
    RETURN NEW;
END $f$;
CREATE TRIGGER stamp_author BEFORE INSERT ON mokoko.signup_fingerprint FOR EACH ROW EXECUTE FUNCTION mokoko.stamp_fingerprint();

REVOKE ALL ON mokoko.signup_fingerprint FROM PUBLIC;
GRANT SELECT, INSERT (signup_id, key_id, phone, email) ON mokoko.signup_fingerprint TO mokoko_office;
REVOKE ALL ON FUNCTION mokoko.forget_fingerprint(), mokoko.stamp_fingerprint() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION mokoko.receipt_code_valid(pg_catalog.text), mokoko.public_followup(pg_catalog.text),
    mokoko.public_stories(pg_catalog.int4) FROM mokoko_office;
{catalogue_logger(qualified=True)}
"""

DOWNGRADE = f"""
{catalogue_logger(qualified=False)}
GRANT EXECUTE ON FUNCTION mokoko.receipt_code_valid(text), mokoko.public_followup(text), mokoko.public_stories(int)
    TO mokoko_office;
DROP TABLE mokoko.signup_fingerprint;
DROP TRIGGER forget_fingerprint ON mokoko.signup;
DROP FUNCTION mokoko.forget_fingerprint(), mokoko.stamp_fingerprint();
{purge_function(with_max=False)}
DELETE FROM mokoko.retention WHERE kind = 'idea-contact-max';
ALTER TABLE mokoko.retention DROP CONSTRAINT retention_kind_check;
ALTER TABLE mokoko.retention ADD CONSTRAINT retention_kind_check CHECK (kind IN ('idea-contact-after-answer', 'signup-contact', 'offer'));
"""


def upgrade() -> None:
    op.execute("SET LOCAL ROLE mokoko_owner")
    op.execute(UPGRADE)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE mokoko_owner")
    op.execute(DOWNGRADE)
    op.execute("RESET ROLE")
