"""Central checks that do not trust kiosks, a change log that never freezes, and kiosks that read
only their own answers.

Revision ID: c0005
Revises: c0004
Create Date: 2026-11-29

- **Receipt codes.** Every code must be well formed (alphabet, length, check character) and,
  when a kiosk inserts it, carry that kiosk's tag. A kiosk that took ideas before it was
  registered made codes with a tag of its own drawing; the first time it pushes one, that tag is
  claimed for it (``mokoko.device_tag``) if no other kiosk has it, at most three per kiosk, and
  ``add-device`` never hands a claimed tag out again. A code with another kiosk's tag is refused
  with a check violation (so the kiosk sets that one record aside and goes on).
- **Limits and references.** Every text and jsonb column a kiosk fills has a length limit
  (``shared_kernel/limits.py``, the same declaration the kiosk checks against); an idea's theme,
  stop, consultation and home area, and a document's stop, must be codes the catalogue has ever
  had (``mokoko.catalogue_code``: a theme retired while a kiosk was offline still counts).
  ``received_at`` and ``detected_at`` are the server's: kiosks may no longer insert them.
- **Pulls that never freeze.** Every writer of the change log first takes one transaction-level
  advisory lock, so log sequence numbers follow commit order and a kiosk pulls by sequence alone,
  without the snapshot fence that any idle transaction on the server could hold back. The
  horizon gets a sequence (``min_seq``) beside its transaction id.
- **Own answers only.** A status change in the log carries the idea's device; a kiosk reads the
  log's catalogue changes and the statuses of its own ideas, no other kiosk's codes or replies.

Kiosks of the previous version keep working: they push the same columns (never ``received_at``),
their codes carry their tag, and they pull the same log with their snapshot fence. Existing rows
are not re-checked (the constraints are NOT VALID); the tags older kiosks used before they were
registered are claimed for them from the rows already here.
"""

from alembic import op

from shared_kernel import limits, receipt_codes

revision = "c0005"
down_revision = "c0004"
branch_labels = None
depends_on = None

CHANGE_LOG_LOCK = 0x4D4F4B4F  # "MOKO": the advisory lock every change-log writer takes
FORMER_TAGS_MAX = 3
CATALOGUE_TABLES = ("admin_area", "home_area", "theme", "consultation", "stop", "interest", "opportunity", "status")
CATALOGUE_KEYS = {
    "admin_area": "code",
    "home_area": "code",
    "theme": "code",
    "consultation": "id",
    "stop": "id",
    "interest": "code",
    "opportunity": "id",
    "status": "code",
}

# The check character's rule (shared_kernel/receipt_codes.py): the weighted sum of the values.
_WEIGHTED_SUM = " + ".join(
    f"{position} * (strpos('{receipt_codes.ALPHABET}', substr(code, {position}, 1)) - 1)"
    for position in range(1, receipt_codes.CODE_LENGTH + 1)
)

RECEIPT_CODES = f"""
-- A plain SQL expression (no loop, no settings), so PostgreSQL inlines it into the CHECK.
CREATE FUNCTION mokoko.receipt_code_valid(code text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
    SELECT code ~ '^[{receipt_codes.ALPHABET}]{{{receipt_codes.CODE_LENGTH}}}$' AND ({_WEIGHTED_SUM}) % {receipt_codes.MODULUS} = 0
$f$;
ALTER TABLE mokoko.idea ADD CONSTRAINT receipt_code_well_formed CHECK (mokoko.receipt_code_valid(receipt_code)) NOT VALID;
ALTER TABLE mokoko.signup ADD CONSTRAINT receipt_code_well_formed CHECK (mokoko.receipt_code_valid(receipt_code)) NOT VALID;
ALTER TABLE mokoko.offer ADD CONSTRAINT receipt_code_well_formed CHECK (mokoko.receipt_code_valid(receipt_code)) NOT VALID;

-- Tags a kiosk used before it was registered (its first offline days' receipt codes).
CREATE TABLE mokoko.device_tag (
    tag char(4) PRIMARY KEY,
    device_id uuid NOT NULL REFERENCES mokoko.device (id) ON DELETE CASCADE,
    claimed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO mokoko.device_tag (tag, device_id)
SELECT DISTINCT ON (x.tag) x.tag, d.id
FROM (SELECT left(receipt_code, 4) AS tag, device_id FROM mokoko.idea
      UNION SELECT left(receipt_code, 4), device_id FROM mokoko.signup
      UNION SELECT left(receipt_code, 4), device_id FROM mokoko.offer WHERE receipt_code IS NOT NULL) x
JOIN mokoko.device d ON d.id = x.device_id
WHERE x.tag <> d.tag AND NOT EXISTS (SELECT 1 FROM mokoko.device o WHERE o.tag = x.tag)
ORDER BY x.tag, d.id;

-- Runs as the owner (it must see every kiosk's tags); it trusts only what row-level security
-- has already pinned: a kiosk's rows carry its own role and device.
CREATE FUNCTION mokoko.check_kiosk_codes() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko AS $f$
DECLARE
    claim record;
    refused text;
BEGIN
    FOR claim IN
        SELECT DISTINCT left(n.receipt_code, 4) AS tag, d.id AS device_id
        FROM inserted n JOIN mokoko.device d ON d.id = n.device_id AND d.role_name = n.device_role
        WHERE n.receipt_code IS NOT NULL AND left(n.receipt_code, 4) <> d.tag
          AND NOT EXISTS (SELECT 1 FROM mokoko.device_tag f WHERE f.tag = left(n.receipt_code, 4))
          AND NOT EXISTS (SELECT 1 FROM mokoko.device o WHERE o.tag = left(n.receipt_code, 4))
    LOOP
        IF (SELECT count(*) FROM mokoko.device_tag f WHERE f.device_id = claim.device_id) < {FORMER_TAGS_MAX} THEN
            INSERT INTO mokoko.device_tag (tag, device_id) VALUES (claim.tag, claim.device_id) ON CONFLICT DO NOTHING;
        END IF;
    END LOOP;
    SELECT n.receipt_code INTO refused
    FROM inserted n JOIN mokoko.device d ON d.id = n.device_id AND d.role_name = n.device_role
    WHERE n.receipt_code IS NOT NULL AND left(n.receipt_code, 4) <> d.tag
      AND NOT EXISTS (SELECT 1 FROM mokoko.device_tag f WHERE f.tag = left(n.receipt_code, 4) AND f.device_id = d.id)
    LIMIT 1;
    IF refused IS NOT NULL THEN
        RAISE EXCEPTION 'receipt code % does not carry this kiosk''s tag', refused USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $f$;
"""

REFERENCES = """
-- Every code the catalogue has ever had: a theme or stop retired while a kiosk was offline
-- still counts for the ideas given there.
CREATE TABLE mokoko.catalogue_code (table_name text NOT NULL, code text NOT NULL, PRIMARY KEY (table_name, code));
INSERT INTO mokoko.catalogue_code SELECT 'theme', code FROM mokoko.theme
    UNION SELECT 'stop', id FROM mokoko.stop UNION SELECT 'consultation', id FROM mokoko.consultation
    UNION SELECT 'home_area', code FROM mokoko.home_area
    UNION SELECT 'theme', theme_code FROM mokoko.idea UNION SELECT 'stop', stop_id FROM mokoko.idea
    UNION SELECT 'consultation', consultation_id FROM mokoko.idea
    UNION SELECT 'home_area', home_area_code FROM mokoko.idea WHERE home_area_code IS NOT NULL
    UNION SELECT 'stop', data ->> 'stop_id' FROM mokoko.signup WHERE data ? 'stop_id'
    UNION SELECT 'stop', data ->> 'stop_id' FROM mokoko.offer WHERE data ? 'stop_id';

CREATE FUNCTION mokoko.remember_catalogue_code() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    INSERT INTO mokoko.catalogue_code VALUES (TG_TABLE_NAME, to_jsonb(NEW) ->> TG_ARGV[0]) ON CONFLICT DO NOTHING;
    RETURN NULL;
END $f$;

CREATE FUNCTION mokoko.check_idea_references() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, mokoko AS $f$
DECLARE
    refused text;
BEGIN
    -- One pass over the inserted rows (a batch uses a handful of codes), then the few codes.
    WITH used AS (SELECT DISTINCT theme_code, stop_id, consultation_id, home_area_code FROM inserted)
    SELECT format('%s %s is not in the catalogue', x.table_name, x.code) INTO refused
    FROM (SELECT 'theme' AS table_name, theme_code AS code FROM used
          UNION SELECT 'stop', stop_id FROM used UNION SELECT 'consultation', consultation_id FROM used
          UNION SELECT 'home_area', home_area_code FROM used WHERE home_area_code IS NOT NULL) x
    WHERE NOT EXISTS (SELECT 1 FROM mokoko.catalogue_code c WHERE c.table_name = x.table_name AND c.code = x.code)
    LIMIT 1;
    IF refused IS NOT NULL THEN
        RAISE EXCEPTION '%', left(refused, 200) USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $f$;

CREATE FUNCTION mokoko.check_document_references() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, mokoko AS $f$
DECLARE
    refused text;
BEGIN
    SELECT n.data ->> 'stop_id' INTO refused FROM inserted n
    WHERE n.data ? 'stop_id' AND NOT EXISTS (
        SELECT 1 FROM mokoko.catalogue_code c WHERE c.table_name = 'stop' AND c.code = n.data ->> 'stop_id')
    LIMIT 1;
    IF refused IS NOT NULL THEN
        RAISE EXCEPTION 'stop % is not in the catalogue', left(refused, 100) USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $f$;

CREATE TRIGGER check_references AFTER INSERT ON mokoko.idea REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION mokoko.check_idea_references();
CREATE TRIGGER check_references AFTER INSERT ON mokoko.signup REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION mokoko.check_document_references();
CREATE TRIGGER check_references AFTER INSERT ON mokoko.offer REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION mokoko.check_document_references();
"""


def _limits() -> str:
    """CHECK constraints from the one declaration of limits (NOT VALID: old rows stay)."""
    checks = [
        f"ALTER TABLE mokoko.idea ADD CONSTRAINT {column}_length CHECK (length({column}) <= {limit}) NOT VALID;"
        for column, limit in limits.CENTRAL_IDEA_COLUMNS.items()
        if column != "text"  # the idea's text has had its check (1 to 2000) from the start
    ]
    checks += [
        f"ALTER TABLE mokoko.{table} ADD CONSTRAINT data_size CHECK (length(data::text) <= {limits.DOCUMENT_MAX}) NOT VALID;"
        for table in ("signup", "offer")
    ]
    checks.append(
        f"ALTER TABLE mokoko.push_conflict ADD CONSTRAINT payload_size "
        f"CHECK (length(payload::text) <= {limits.CONFLICT_PAYLOAD_MAX}) NOT VALID;"
    )
    checks.append("ALTER TABLE mokoko.push_conflict ADD CONSTRAINT kind_known CHECK (kind IN ('idea', 'signup', 'offer')) NOT VALID;")
    return "\n".join(checks)


# What a kiosk may insert: every column but the server's own times.
KIOSK_INSERTS = """
REVOKE INSERT ON mokoko.idea, mokoko.signup, mokoko.offer, mokoko.push_conflict FROM mokoko_kiosk;
GRANT INSERT (id, device_role, device_id, receipt_code, consultation_id, theme_code, text, contact_name,
    contact_email, contact_phone, consent_version, age_group, home_area_code, language, stop_id, created_at,
    assisted, content_hash) ON mokoko.idea TO mokoko_kiosk;
GRANT INSERT (id, device_role, device_id, receipt_code, data, created_at, content_hash) ON mokoko.signup TO mokoko_kiosk;
GRANT INSERT (id, device_role, device_id, receipt_code, data, created_at, content_hash) ON mokoko.offer TO mokoko_kiosk;
GRANT INSERT (kind, record_id, device_role, content_hash, payload) ON mokoko.push_conflict TO mokoko_kiosk;
"""

CHANGE_LOG = f"""
CREATE FUNCTION mokoko.serialise_change_log() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    PERFORM pg_advisory_xact_lock({CHANGE_LOG_LOCK});
    RETURN NULL;
END $f$;
CREATE TRIGGER serialise BEFORE INSERT ON mokoko.change_log
    FOR EACH STATEMENT EXECUTE FUNCTION mokoko.serialise_change_log();
CREATE TRIGGER serialise BEFORE INSERT OR UPDATE OR DELETE ON mokoko.status_update
    FOR EACH STATEMENT EXECUTE FUNCTION mokoko.serialise_change_log();

ALTER TABLE mokoko.change_log ADD COLUMN device_id uuid;
ALTER TABLE mokoko.change_log_horizon ADD COLUMN min_seq bigint NOT NULL DEFAULT 0;
UPDATE mokoko.change_log c SET device_id = i.device_id FROM mokoko.idea i
    WHERE c.table_name = 'idea_status' AND i.id::text = c.key;
CREATE OR REPLACE FUNCTION mokoko.log_status_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    INSERT INTO mokoko.change_log (table_name, key, op, row_data, device_id)
    SELECT 'idea_status', NEW.idea_id::text, 'U',
           jsonb_build_object('idea_id', NEW.idea_id, 'receipt_code', i.receipt_code, 'status', NEW.status,
                              'public_reply', NEW.public_reply, 'set_at', NEW.set_at),
           i.device_id
    FROM mokoko.idea i WHERE i.id = NEW.idea_id;
    RETURN NEW;
END $f$;

ALTER TABLE mokoko.change_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE mokoko.change_log FORCE ROW LEVEL SECURITY;
CREATE POLICY kiosk_reads_catalogue_and_own ON mokoko.change_log FOR SELECT TO mokoko_kiosk
    USING (table_name <> 'idea_status' OR device_id = (SELECT mokoko.current_device_id()));
CREATE POLICY office_all ON mokoko.change_log FOR ALL TO mokoko_office, mokoko_owner USING (true) WITH CHECK (true);
"""

SECURITY = """
REVOKE ALL ON mokoko.device_tag, mokoko.catalogue_code FROM PUBLIC;
REVOKE ALL ON FUNCTION mokoko.receipt_code_valid(text), mokoko.check_kiosk_codes(), mokoko.remember_catalogue_code(),
    mokoko.check_idea_references(), mokoko.check_document_references(), mokoko.serialise_change_log() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mokoko.receipt_code_valid(text) TO mokoko_kiosk, mokoko_office;
GRANT SELECT ON mokoko.device_tag, mokoko.catalogue_code TO mokoko_office;
GRANT INSERT ON mokoko.catalogue_code TO mokoko_office;  -- written by the catalogue's triggers
GRANT SELECT ON mokoko.catalogue_code TO mokoko_kiosk;  -- read by the reference checks of a kiosk's insert
"""


def upgrade() -> None:
    op.execute("SET LOCAL ROLE mokoko_owner")
    op.execute(RECEIPT_CODES)
    for table in ("idea", "signup", "offer"):
        op.execute(
            f"CREATE TRIGGER check_codes AFTER INSERT ON mokoko.{table} REFERENCING NEW TABLE AS inserted "
            f"FOR EACH STATEMENT EXECUTE FUNCTION mokoko.check_kiosk_codes()"
        )
    op.execute(REFERENCES)
    op.execute(CHANGE_LOG)
    for table in CATALOGUE_TABLES:
        op.execute(
            f"CREATE TRIGGER remember_code AFTER INSERT OR UPDATE ON mokoko.{table} "
            f"FOR EACH ROW EXECUTE FUNCTION mokoko.remember_catalogue_code('{CATALOGUE_KEYS[table]}')"
        )
        op.execute(
            f"CREATE TRIGGER serialise BEFORE INSERT OR UPDATE OR DELETE ON mokoko.{table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION mokoko.serialise_change_log()"
        )
    op.execute(_limits())
    op.execute(KIOSK_INSERTS)
    op.execute(SECURITY)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE mokoko_owner")
    for table in CATALOGUE_TABLES:
        op.execute(f"DROP TRIGGER remember_code ON mokoko.{table}")
        op.execute(f"DROP TRIGGER serialise ON mokoko.{table}")
    for table in ("idea", "signup", "offer"):
        op.execute(f"DROP TRIGGER check_codes ON mokoko.{table}")
        op.execute(f"DROP TRIGGER check_references ON mokoko.{table}")
        op.execute(f"ALTER TABLE mokoko.{table} DROP CONSTRAINT receipt_code_well_formed")
    for column in limits.CENTRAL_IDEA_COLUMNS:
        if column != "text":
            op.execute(f"ALTER TABLE mokoko.idea DROP CONSTRAINT {column}_length")
    op.execute("ALTER TABLE mokoko.signup DROP CONSTRAINT data_size; ALTER TABLE mokoko.offer DROP CONSTRAINT data_size")
    op.execute("ALTER TABLE mokoko.push_conflict DROP CONSTRAINT payload_size, DROP CONSTRAINT kind_known")
    op.execute(
        "GRANT INSERT ON mokoko.idea, mokoko.signup, mokoko.offer, mokoko.push_conflict TO mokoko_kiosk;"
        "DROP POLICY kiosk_reads_catalogue_and_own ON mokoko.change_log; DROP POLICY office_all ON mokoko.change_log;"
        "ALTER TABLE mokoko.change_log NO FORCE ROW LEVEL SECURITY; ALTER TABLE mokoko.change_log DISABLE ROW LEVEL SECURITY;"
        "DROP TRIGGER serialise ON mokoko.change_log; DROP TRIGGER serialise ON mokoko.status_update;"
        "ALTER TABLE mokoko.change_log DROP COLUMN device_id; ALTER TABLE mokoko.change_log_horizon DROP COLUMN min_seq;"
        "DROP FUNCTION mokoko.serialise_change_log(); DROP TABLE mokoko.catalogue_code, mokoko.device_tag;"
        "DROP FUNCTION mokoko.check_kiosk_codes(), mokoko.check_idea_references(), mokoko.check_document_references(),"
        " mokoko.remember_catalogue_code(), mokoko.receipt_code_valid(text);"
    )
    op.execute(
        """CREATE OR REPLACE FUNCTION mokoko.log_status_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, mokoko AS $f$
BEGIN
    INSERT INTO mokoko.change_log (table_name, key, op, row_data)
    SELECT 'idea_status', NEW.idea_id::text, 'U',
           jsonb_build_object('idea_id', NEW.idea_id, 'receipt_code', i.receipt_code, 'status', NEW.status,
                              'public_reply', NEW.public_reply, 'set_at', NEW.set_at)
    FROM mokoko.idea i WHERE i.id = NEW.idea_id;
    RETURN NEW;
END $f$"""
    )
    op.execute("RESET ROLE")
