"""Contact details arrive sealed (issue 13): kiosks seal every personal field to the
municipality's public key, and the central database takes no clear ones any more.

Revision ID: c0009
Revises: c0008
Create Date: 2026-11-29

- ``mokoko.idea.sealed_contact`` (text); sign-ups and posts carry ``sealed_contact`` in their
  document. Nobody but the owner can SELECT it; ``reveal_contact`` returns it after the access
  log has recorded who asked, when, for which record and why. It is opened on a city-hall machine
  with the private key (``mokoko office contact``): the database never holds what opens it.
- New records may not carry clear contact details (NOT VALID: records from before stay until
  their retention period ends); a kiosk of an older version gets its records refused and set
  aside, with the reason, until it is updated.
- The office's listings leave sealed values and sign-ups' messages out, as they left the clear
  details out before.
"""

from alembic import op

from shared_kernel import limits

revision = "c0009"
down_revision = "c0008"
branch_labels = None
depends_on = None

SIGNUP_PERSONAL_KEYS = "ARRAY['name', 'phone', 'email', 'guardian_name', 'guardian_phone', 'message', 'sealed_contact']"
OFFER_PERSONAL_KEYS = "ARRAY['name', 'phone', 'email', 'sealed_contact']"
IDEA_PERSONAL_COLUMNS = "ARRAY['contact_name', 'contact_email', 'contact_phone', 'sealed_contact']"


def reveal_function(sealed: bool) -> str:
    """``reveal_contact``: with ``sealed``, it also returns the sealed value (and a sign-up's
    message, which older kiosks sent in clear)."""
    idea_sealed = ", 'sealed', sealed_contact" if sealed else ""
    document_sealed = ", 'sealed', data -> 'sealed_contact'" if sealed else ""
    return f"""
-- What the office may see of a person, on purpose and for a reason: the access log row is
-- written first. ``sealed`` is opened on the city-hall machine; the clear fields are those of
-- records that arrived before sealing (until their retention period ends).
CREATE OR REPLACE FUNCTION mokoko.reveal_contact(kind text, code text, why text) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko AS $f$
DECLARE
    found uuid;
    details jsonb;
BEGIN
    IF NOT pg_has_role(session_user, 'mokoko_office', 'MEMBER') THEN
        RAISE EXCEPTION 'only city hall may see contact details' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF length(btrim(coalesce(why, ''))) < 5 THEN
        RAISE EXCEPTION 'say why you need the contact details' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF kind = 'idea' THEN
        SELECT id, jsonb_strip_nulls(jsonb_build_object('name', contact_name, 'email', contact_email, 'phone', contact_phone{idea_sealed}))
        INTO found, details FROM mokoko.idea WHERE receipt_code = code;
    ELSIF kind = 'signup' THEN
        SELECT id, jsonb_strip_nulls(jsonb_build_object('name', data -> 'name', 'phone', data -> 'phone',
                   'email', data -> 'email', 'guardian_name', data -> 'guardian_name',
                   'guardian_phone', data -> 'guardian_phone', 'message', nullif(data ->> 'message', ''){document_sealed}))
        INTO found, details FROM mokoko.signup WHERE receipt_code = code;
    ELSIF kind = 'offer' THEN
        SELECT id, jsonb_strip_nulls(jsonb_build_object('name', data -> 'name', 'phone', data -> 'phone',
                   'email', data -> 'email'{document_sealed}))
        INTO found, details FROM mokoko.offer WHERE receipt_code = code;
    ELSE
        RAISE EXCEPTION 'unknown kind %', kind USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF found IS NULL THEN
        RETURN NULL;
    END IF;
    INSERT INTO mokoko.access_log (by_role, kind, record_id, receipt_code, why)
    VALUES (session_user, kind, found, code, left(btrim(why), 500));
    RETURN details;
END $f$;
"""


UPGRADE = f"""
SET LOCAL ROLE mokoko_owner;
ALTER TABLE mokoko.idea ADD COLUMN sealed_contact text;
ALTER TABLE mokoko.idea ADD CONSTRAINT sealed_contact_length CHECK (length(sealed_contact) <= {limits.SEALED_MAX}) NOT VALID;
ALTER TABLE mokoko.idea ADD CONSTRAINT contact_sealed
    CHECK (contact_name IS NULL AND contact_email IS NULL AND contact_phone IS NULL) NOT VALID;
ALTER TABLE mokoko.signup ADD CONSTRAINT contact_sealed
    CHECK (NOT jsonb_strip_nulls(data) ?| ARRAY['name', 'phone', 'email', 'guardian_name', 'guardian_phone']
           AND coalesce(data ->> 'message', '') = '') NOT VALID;
ALTER TABLE mokoko.offer ADD CONSTRAINT contact_sealed
    CHECK (NOT jsonb_strip_nulls(data) ?| ARRAY['name', 'phone', 'email']) NOT VALID;
GRANT INSERT (sealed_contact) ON mokoko.idea TO mokoko_kiosk;

CREATE OR REPLACE VIEW mokoko.conflict_listing WITH (security_barrier) AS
    SELECT c.id, c.kind, c.record_id, c.detected_at, coalesce(d.name, c.device_role::text) AS kiosk,
           CASE WHEN c.kind = 'idea' THEN c.payload - {IDEA_PERSONAL_COLUMNS}
                ELSE c.payload || jsonb_build_object('data', (c.payload -> 'data') - {SIGNUP_PERSONAL_KEYS}) END AS sent
    FROM mokoko.push_conflict c LEFT JOIN mokoko.device d ON d.role_name = c.device_role;
CREATE OR REPLACE VIEW mokoko.signup_listing WITH (security_barrier) AS
    SELECT id, device_id, receipt_code, created_at, received_at, data - {SIGNUP_PERSONAL_KEYS} AS data FROM mokoko.signup;
CREATE OR REPLACE VIEW mokoko.offer_listing WITH (security_barrier) AS
    SELECT id, device_id, receipt_code, created_at, received_at, data - {OFFER_PERSONAL_KEYS} AS data FROM mokoko.offer;
{reveal_function(sealed=True)}
RESET ROLE;
"""


DOWNGRADE = f"""
SET LOCAL ROLE mokoko_owner;
ALTER TABLE mokoko.offer DROP CONSTRAINT contact_sealed;
ALTER TABLE mokoko.signup DROP CONSTRAINT contact_sealed;
ALTER TABLE mokoko.idea DROP CONSTRAINT contact_sealed;
ALTER TABLE mokoko.idea DROP CONSTRAINT sealed_contact_length;
{reveal_function(sealed=False)}
ALTER TABLE mokoko.idea DROP COLUMN sealed_contact;
RESET ROLE;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
