"""Erasure on request (issue 13): a citizen asks at any kiosk, by receipt code, for their contact
details to be deleted ("Slet mine oplysninger"); the request syncs; city hall handles it.

Revision ID: c0010
Revises: c0009
Create Date: 2026-11-29

- Kiosks insert requests (``client_id`` makes a re-push harmless) and cannot read them.
- ``mokoko.erase_contact(code, note)`` (city hall) deletes the record's contact details (sealed
  and clear), its age group and home area, and those of its copies kept aside as conflicts;
  marks every request for the code as handled; and writes an ``erasure`` row to the change log,
  so the kiosk that still holds the details deletes them and every kiosk's follow-up says so.
- A record that has not reached the central database yet cannot be handled: the request waits.
"""

from alembic import op

revision = "c0010"
down_revision = "c0009"
branch_labels = None
depends_on = None

DOCUMENT_PERSONAL_KEYS = "ARRAY['name', 'phone', 'email', 'guardian_name', 'guardian_phone', 'message', 'sealed_contact', 'age_group']"

UPGRADE = f"""
SET LOCAL ROLE mokoko_owner;
ALTER TABLE mokoko.erasure_request ALTER COLUMN kind DROP NOT NULL, ALTER COLUMN record_id DROP NOT NULL,
    ADD COLUMN client_id uuid UNIQUE, ADD COLUMN receipt_code text CHECK (length(receipt_code) <= 10),
    ADD COLUMN device_role name NOT NULL DEFAULT current_user, ADD COLUMN handled_by name;
REVOKE ALL ON mokoko.erasure_request FROM mokoko_office;
GRANT SELECT ON mokoko.erasure_request TO mokoko_office;
GRANT INSERT (client_id, receipt_code, requested_at) ON mokoko.erasure_request TO mokoko_kiosk;
GRANT USAGE ON SEQUENCE mokoko.erasure_request_id_seq TO mokoko_kiosk;

CREATE FUNCTION mokoko.erase_contact(code text, note text) RETURNS int
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko AS $f$
DECLARE
    found_kind text;
    found_id uuid;
    erased int := 0;
BEGIN
    IF NOT pg_has_role(session_user, 'mokoko_office', 'MEMBER') THEN
        RAISE EXCEPTION 'only city hall handles erasure requests' USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE mokoko.idea SET contact_name = NULL, contact_email = NULL, contact_phone = NULL, sealed_contact = NULL,
                           age_group = NULL, home_area_code = NULL
    WHERE receipt_code = code RETURNING 'idea', id INTO found_kind, found_id;
    IF found_id IS NULL THEN
        UPDATE mokoko.signup SET data = data - {DOCUMENT_PERSONAL_KEYS} WHERE receipt_code = code
        RETURNING 'signup', id INTO found_kind, found_id;
    END IF;
    IF found_id IS NULL THEN
        UPDATE mokoko.offer SET data = data - {DOCUMENT_PERSONAL_KEYS} WHERE receipt_code = code
        RETURNING 'offer', id INTO found_kind, found_id;
    END IF;
    IF found_id IS NULL THEN
        RAISE EXCEPTION 'nothing with the code % has reached the central database yet', code USING ERRCODE = 'no_data_found';
    END IF;
    UPDATE mokoko.push_conflict SET payload = CASE
            WHEN kind = 'idea' THEN payload - ARRAY['contact_name', 'contact_email', 'contact_phone', 'sealed_contact',
                                                    'age_group', 'home_area_code']
            ELSE jsonb_set(payload, '{{data}}', (payload -> 'data') - {DOCUMENT_PERSONAL_KEYS}) END
    WHERE record_id = found_id;
    UPDATE mokoko.erasure_request SET handled_at = now(), handled_by = session_user, kind = found_kind, record_id = found_id,
                                      note = left(coalesce(erase_contact.note, ''), 500)
    WHERE receipt_code = code AND handled_at IS NULL;
    GET DIAGNOSTICS erased = ROW_COUNT;
    INSERT INTO mokoko.change_log (table_name, key, op, row_data)
    VALUES ('erasure', code, 'U', jsonb_build_object('receipt_code', code, 'done_at', now()));
    RETURN erased;
END $f$;
REVOKE ALL ON FUNCTION mokoko.erase_contact(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mokoko.erase_contact(text, text) TO mokoko_office;
RESET ROLE;
"""

DOWNGRADE = """
SET LOCAL ROLE mokoko_owner;
DROP FUNCTION mokoko.erase_contact(text, text);
DELETE FROM mokoko.change_log WHERE table_name = 'erasure';
REVOKE INSERT ON mokoko.erasure_request FROM mokoko_kiosk;
REVOKE USAGE ON SEQUENCE mokoko.erasure_request_id_seq FROM mokoko_kiosk;
GRANT INSERT, SELECT ON mokoko.erasure_request TO mokoko_office;
GRANT UPDATE ON mokoko.erasure_request TO mokoko_office;
ALTER TABLE mokoko.erasure_request DROP COLUMN handled_by, DROP COLUMN device_role, DROP COLUMN receipt_code,
    DROP COLUMN client_id;
RESET ROLE;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
