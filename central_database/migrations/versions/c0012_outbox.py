"""Replies by e-mail (issue 14): an outbox written in the same transaction as city hall's answer.

Revision ID: c0012
Revises: c0011
Create Date: 2026-11-29

- ``mokoko.idea.notify_me``: the citizen asked for an e-mail when city hall answers ("kontakt mig
  om min idé", a consent of its own); a sign-up carries ``notify_me`` in its document.
- A new status of such an idea, and a sign-up's "contacted" or "placed", put a message in
  ``mokoko.outbox`` in the same transaction: the answer can never be given without its message
  being due. The outbox holds what the message says (status, public reply, language, code), never
  the address: ``mokoko office notify`` opens that with the key when it sends, and the reveal is
  in the access log.
- The office marks a message sent (only after the SMTP server accepted it), retried later, or
  failed for good (an address the server refuses).
"""

from alembic import op

revision = "c0012"
down_revision = "c0011"
branch_labels = None
depends_on = None

UPGRADE = """
SET LOCAL ROLE mokoko_owner;
ALTER TABLE mokoko.idea ADD COLUMN notify_me boolean NOT NULL DEFAULT false;
GRANT INSERT (notify_me) ON mokoko.idea TO mokoko_kiosk;

CREATE TABLE mokoko.outbox (
    id bigserial PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('idea', 'signup')),
    record_id uuid NOT NULL,
    receipt_code text NOT NULL,
    language text NOT NULL,
    status text NOT NULL,
    public_reply text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    attempts int NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    sent_at timestamptz,
    failed_at timestamptz,
    last_error text NOT NULL DEFAULT '' CHECK (length(last_error) <= 300)
);
CREATE INDEX outbox_due ON mokoko.outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
REVOKE ALL ON mokoko.outbox FROM PUBLIC;
GRANT SELECT, UPDATE (attempts, next_attempt_at, sent_at, failed_at, last_error) ON mokoko.outbox TO mokoko_office;

CREATE FUNCTION mokoko.queue_idea_message() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    INSERT INTO mokoko.outbox (kind, record_id, receipt_code, language, status, public_reply)
    SELECT 'idea', i.id, i.receipt_code, i.language, NEW.status, NEW.public_reply
    FROM mokoko.idea i WHERE i.id = NEW.idea_id AND i.notify_me AND i.sealed_contact IS NOT NULL;
    RETURN NEW;
END $f$;
CREATE TRIGGER queue_message AFTER INSERT ON mokoko.status_update FOR EACH ROW EXECUTE FUNCTION mokoko.queue_idea_message();

CREATE FUNCTION mokoko.queue_signup_message() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    IF NEW.status IN ('contacted', 'placed') THEN
        INSERT INTO mokoko.outbox (kind, record_id, receipt_code, language, status)
        SELECT 'signup', g.id, g.receipt_code, coalesce(g.data ->> 'language', 'da'), NEW.status
        FROM mokoko.signup g
        WHERE g.id = NEW.signup_id AND (g.data ->> 'notify_me')::boolean IS TRUE AND g.data ? 'sealed_contact';
    END IF;
    RETURN NEW;
END $f$;
CREATE TRIGGER queue_message AFTER INSERT ON mokoko.signup_status FOR EACH ROW EXECUTE FUNCTION mokoko.queue_signup_message();
REVOKE ALL ON FUNCTION mokoko.queue_idea_message(), mokoko.queue_signup_message() FROM PUBLIC;
RESET ROLE;
"""

DOWNGRADE = """
SET LOCAL ROLE mokoko_owner;
DROP TRIGGER queue_message ON mokoko.status_update;
DROP TRIGGER queue_message ON mokoko.signup_status;
DROP FUNCTION mokoko.queue_idea_message();
DROP FUNCTION mokoko.queue_signup_message();
DROP TABLE mokoko.outbox;
ALTER TABLE mokoko.idea DROP COLUMN notify_me;
RESET ROLE;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
