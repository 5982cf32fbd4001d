"""The office's search index off the kiosk's path (issue 32): a kiosk's push of 50,000 ideas spent
two thirds of its time in the Danish words (``idea.text_search``, a generated column, and its GIN
index) and the trigram index of the similar ideas, both computed inside the push's transaction.

Revision ID: c0033
Revises: c0032
Create Date: 2026-12-05

- ``mokoko.idea.text_search`` (the Danish words, GIN-indexed) is a plain column now, filled by the
  indexer, not computed in a kiosk's insert; the inbox's search reads it with the idea's row as
  before (a side table of words made a search for a word in 1 % of a million ideas 4x slower).
  ``mokoko.idea_search`` holds each idea's text for the trigram index of the similar ideas. City
  hall reads it; no kiosk, web reader, partner or administrator does.
- A kiosk's insert only queues the new ideas' ids (``mokoko.idea_unindexed``, no index: one cheap
  statement per batch, by a statement trigger); ``mokoko.index_new_ideas(most)`` indexes what is
  queued (at most ``most``; concurrent callers take different rows) and returns how many. The
  watchdog service calls it every round (5 s) and city hall's search calls it before it searches,
  so a new idea is found at once, and within 5 s by the index.
- The vouchers' change log in one set-based statement (``log_voucher_changes``, c0032, asked who
  the caller is and looked up the concerned kiosks once per voucher: three quarters of a batch's
  time); the lock of the change log is taken only when there is something to log.
- A kiosk's receipt codes checked once per tag of the batch, not once per row
  (``check_kiosk_codes``, on every insert of ideas, sign-ups and posts): the same rules as c0018's.
- An idea deleted takes its search row with it (a foreign key with ``ON DELETE CASCADE``); a queued
  id whose idea is gone is dropped from the queue.
"""

from central_database.migration_steps import as_owner

revision = "c0033"
down_revision = "c0032"
branch_labels = None
depends_on = None

_LOG_VOUCHER_CHANGES = """
CREATE OR REPLACE FUNCTION mokoko.log_voucher_changes() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM changed) THEN
        RETURN NULL;
    END IF;
    LOCK TABLE mokoko.change_log_turn IN EXCLUSIVE MODE;
    INSERT INTO mokoko.change_log (table_name, key, op, row_data, device_id)
    SELECT 'voucher', n.receipt_code, 'U', mokoko.voucher_row(n), concerned.id
    FROM changed n
    CROSS JOIN LATERAL (SELECT d.id FROM mokoko.device d WHERE d.role_name = n.issued_by
                        UNION SELECT x.device_id FROM mokoko.device_stop x WHERE x.stop_id = n.stop_id) concerned
    WHERE concerned.id IS DISTINCT FROM mokoko.calling_device();
    RETURN NULL;
END $f$;
"""

# c0018's, for the downgrade.
_CHECK_CODES_BY_ROW = """
CREATE OR REPLACE FUNCTION mokoko.check_kiosk_codes() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
DECLARE
    claim_tag pg_catalog.text;
    claim_device pg_catalog.uuid;
    refused pg_catalog.text;
BEGIN
    FOR claim_tag, claim_device IN
        SELECT DISTINCT pg_catalog.left(n.receipt_code, 4), d.id
        FROM inserted n JOIN mokoko.device d ON d.id = n.device_id AND d.role_name = n.device_role
        WHERE n.receipt_code IS NOT NULL AND pg_catalog.left(n.receipt_code, 4) <> d.tag
          AND NOT EXISTS (SELECT 1 FROM mokoko.device_tag f WHERE f.tag = pg_catalog.left(n.receipt_code, 4))
          AND NOT EXISTS (SELECT 1 FROM mokoko.device o WHERE o.tag = pg_catalog.left(n.receipt_code, 4))
    LOOP
        IF (SELECT pg_catalog.count(*) FROM mokoko.device_tag f WHERE f.device_id = claim_device) < 3 THEN
            INSERT INTO mokoko.device_tag (tag, device_id) VALUES (claim_tag, claim_device) ON CONFLICT DO NOTHING;
        END IF;
    END LOOP;
    SELECT n.receipt_code INTO refused
    FROM inserted n JOIN mokoko.device d ON d.id = n.device_id AND d.role_name = n.device_role
    WHERE n.receipt_code IS NOT NULL AND pg_catalog.left(n.receipt_code, 4) <> d.tag
      AND NOT EXISTS (SELECT 1 FROM mokoko.device_tag f WHERE f.tag = pg_catalog.left(n.receipt_code, 4) AND f.device_id = d.id)
    LIMIT 1;
    IF refused IS NOT NULL THEN
        RAISE EXCEPTION 'receipt code % does not carry this kiosk''s tag', refused USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $f$;
"""

UPGRADE = """
-- A batch's receipt codes use one tag or two: the rules of c0018, once per tag and kiosk.
CREATE OR REPLACE FUNCTION mokoko.check_kiosk_codes() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
DECLARE
    claim_tag pg_catalog.text;
    claim_device pg_catalog.uuid;
    refused pg_catalog.text;
BEGIN
    FOR claim_tag, claim_device IN
        SELECT DISTINCT t.tag, d.id
        FROM (SELECT DISTINCT pg_catalog.left(i.receipt_code, 4) AS tag, i.device_id, i.device_role
              FROM inserted i WHERE i.receipt_code IS NOT NULL) t
        JOIN mokoko.device d ON d.id = t.device_id AND d.role_name = t.device_role
        WHERE t.tag <> d.tag
    LOOP
        IF NOT EXISTS (SELECT 1 FROM mokoko.device_tag f WHERE f.tag = claim_tag)
           AND NOT EXISTS (SELECT 1 FROM mokoko.device o WHERE o.tag = claim_tag)
           AND (SELECT pg_catalog.count(*) FROM mokoko.device_tag f WHERE f.device_id = claim_device) < 3 THEN
            INSERT INTO mokoko.device_tag (tag, device_id) VALUES (claim_tag, claim_device) ON CONFLICT DO NOTHING;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM mokoko.device_tag f WHERE f.tag = claim_tag AND f.device_id = claim_device) THEN
            SELECT n.receipt_code INTO refused FROM inserted n
            WHERE n.device_id = claim_device AND pg_catalog.left(n.receipt_code, 4) = claim_tag LIMIT 1;
            RAISE EXCEPTION 'receipt code % does not carry this kiosk''s tag', refused USING ERRCODE = 'check_violation';
        END IF;
    END LOOP;
    RETURN NULL;
END $f$;

CREATE OR REPLACE FUNCTION mokoko.log_voucher_changes() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
DECLARE
    me pg_catalog.uuid := mokoko.calling_device();
    codes pg_catalog.text[];
    devices pg_catalog.uuid[];
BEGIN
    -- Who must hear of each changed voucher: the kiosk that issued it and every kiosk serving its
    -- stop, never the kiosk that changed it; joined once for the whole statement (no temporary
    -- table: a login's own temporary schema is not for a SECURITY DEFINER function to trust).
    SELECT pg_catalog.array_agg(w.code), pg_catalog.array_agg(w.device_id) INTO codes, devices
    FROM (SELECT n.receipt_code AS code, d.id AS device_id
          FROM changed n JOIN mokoko.device d ON d.role_name = n.issued_by WHERE d.id IS DISTINCT FROM me
          UNION
          SELECT n.receipt_code, x.device_id
          FROM changed n JOIN mokoko.device_stop x ON x.stop_id = n.stop_id WHERE x.device_id IS DISTINCT FROM me) w;
    IF codes IS NULL THEN
        RETURN NULL;
    END IF;
    LOCK TABLE mokoko.change_log_turn IN EXCLUSIVE MODE;
    INSERT INTO mokoko.change_log (table_name, key, op, row_data, device_id)
    SELECT 'voucher', n.receipt_code, 'U', mokoko.voucher_row(n), w.device_id
    FROM unnest(codes, devices) AS w(code, device_id) JOIN changed n ON n.receipt_code = w.code;
    RETURN NULL;
END $f$;

CREATE TABLE mokoko.idea_search (
    idea_id uuid PRIMARY KEY REFERENCES mokoko.idea (id) ON DELETE CASCADE,
    text text NOT NULL
);
INSERT INTO mokoko.idea_search (idea_id, text) SELECT i.id, i.text FROM mokoko.idea i;
CREATE INDEX idea_search_trigrams ON mokoko.idea_search USING gist (text pg_catalog.gist_trgm_ops (siglen = 256));
DROP INDEX mokoko.idea_text_trigrams;
-- The Danish words stay on the idea (the inbox's search reads them with the idea's row), as a
-- plain column the indexer fills: a kiosk cannot write it (no grant), and its insert no longer
-- computes it. The ideas there already keep theirs.
ALTER TABLE mokoko.idea ALTER COLUMN text_search DROP EXPRESSION;
-- Only indexed words in the index: a kiosk's insert (words not yet there) adds nothing to it. A
-- search (text_search @@ …) implies the condition, so it uses the index as before. Rebuilt once:
-- about half a minute at a million ideas.
DROP INDEX mokoko.idea_text_search;
CREATE INDEX idea_text_search ON mokoko.idea USING gin (text_search) WHERE text_search IS NOT NULL;

CREATE TABLE mokoko.idea_unindexed (idea_id uuid NOT NULL);

CREATE FUNCTION mokoko.queue_for_search() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
BEGIN
    INSERT INTO mokoko.idea_unindexed (idea_id) SELECT n.id FROM inserted n;
    RETURN NULL;
END $f$;
REVOKE ALL ON FUNCTION mokoko.queue_for_search() FROM PUBLIC;
CREATE TRIGGER queue_for_search AFTER INSERT ON mokoko.idea REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION mokoko.queue_for_search();

CREATE FUNCTION mokoko.index_new_ideas(most integer DEFAULT 10000) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
DECLARE
    taken pg_catalog.uuid[];
    indexed pg_catalog.int4;
BEGIN
    WITH gone AS (
        DELETE FROM mokoko.idea_unindexed q
        WHERE q.ctid = ANY (ARRAY(SELECT u.ctid FROM mokoko.idea_unindexed u
                                  LIMIT least(greatest(most, 0), 100000) FOR UPDATE SKIP LOCKED))
        RETURNING q.idea_id)
    SELECT pg_catalog.array_agg(g.idea_id) INTO taken FROM gone g;
    IF taken IS NULL THEN
        RETURN 0;  -- nothing waits: no plan over a million ideas for none
    END IF;
    UPDATE mokoko.idea i SET text_search = pg_catalog.to_tsvector('pg_catalog.danish', i.text)
    WHERE i.id = ANY (taken) AND i.text_search IS NULL;
    INSERT INTO mokoko.idea_search (idea_id, text)
    SELECT i.id, i.text FROM mokoko.idea i WHERE i.id = ANY (taken)
    ON CONFLICT (idea_id) DO NOTHING;
    GET DIAGNOSTICS indexed = ROW_COUNT;
    RETURN indexed;
END $f$;
REVOKE ALL ON FUNCTION mokoko.index_new_ideas(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mokoko.index_new_ideas(integer) TO mokoko_admin, mokoko_office;
GRANT SELECT ON mokoko.idea_search TO mokoko_office;
"""

DOWNGRADE = (
    _CHECK_CODES_BY_ROW
    + _LOG_VOUCHER_CHANGES
    + """
DROP TRIGGER queue_for_search ON mokoko.idea;
DROP FUNCTION mokoko.index_new_ideas(integer);
DROP FUNCTION mokoko.queue_for_search();
DROP TABLE mokoko.idea_unindexed;
DROP TABLE mokoko.idea_search;
ALTER TABLE mokoko.idea DROP COLUMN text_search;  -- and its partial index
ALTER TABLE mokoko.idea ADD COLUMN text_search tsvector GENERATED ALWAYS AS (to_tsvector('danish', text)) STORED;
CREATE INDEX idea_text_search ON mokoko.idea USING gin (text_search);
CREATE INDEX idea_text_trigrams ON mokoko.idea USING gist (text pg_catalog.gist_trgm_ops (siglen = 256));
GRANT SELECT (text_search) ON mokoko.idea TO mokoko_office;
"""
)


def upgrade() -> None:
    as_owner(UPGRADE)


def downgrade() -> None:
    as_owner(DOWNGRADE)
