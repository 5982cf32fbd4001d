"""Follow-up at any kiosk (issue 28, point 2): a kiosk may ask about another kiosk's receipt code.

Revision ID: c0022
Revises: c0021
Create Date: 2026-12-05

Every receipt promises follow-up "at any MOKOKO kiosk", but a kiosk pulls the answers to its own
ideas only. ``mokoko.kiosk_followup(code)`` lets a kiosk's login read what the follow-up site shows
for any code (``mokoko.public_followup``: status, its date, the public reply, the area and its
contact person; never the idea's text or anyone's details), rate-limited in the database like the
site's look-ups are in the site: at most ``LOOKUPS_A_MINUTE`` per kiosk a minute, counted in
``mokoko.followup_budget`` (a kiosk cannot read or reset its count). A stolen kiosk can therefore
not guess codes in bulk any faster than anyone on the internet can at the follow-up site.
"""

from central_database.migration_steps import as_owner

revision = "c0022"
down_revision = "c0021"
branch_labels = None
depends_on = None

LOOKUPS_A_MINUTE = 30  # the follow-up site's RATE_LIMIT per client address

UPGRADE = f"""
CREATE TABLE mokoko.followup_budget (
    device_id uuid PRIMARY KEY REFERENCES mokoko.device (id) ON DELETE CASCADE,
    window_start timestamptz NOT NULL,
    used integer NOT NULL CHECK (used >= 0)
);
REVOKE ALL ON mokoko.followup_budget FROM PUBLIC;

-- What the follow-up site shows for ``code``, for the calling kiosk. Refused (SQLSTATE 54000,
-- program_limit_exceeded) past the budget: the refusal rolls the count back, so the kiosk waits
-- for the minute to pass, however often it asks meanwhile.
CREATE FUNCTION mokoko.kiosk_followup(code pg_catalog.text) RETURNS pg_catalog.jsonb
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
DECLARE
    asking pg_catalog.uuid := mokoko.calling_device();
    at pg_catalog.timestamptz := pg_catalog.clock_timestamp();
    used_now pg_catalog.int4;
BEGIN
    IF asking IS NULL THEN
        RAISE EXCEPTION 'only a registered kiosk may look up receipt codes' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO mokoko.followup_budget AS b (device_id, window_start, used) VALUES (asking, at, 1)
    ON CONFLICT (device_id) DO UPDATE SET
        window_start = CASE WHEN b.window_start <= at - interval '1 minute' THEN at ELSE b.window_start END,
        used = CASE WHEN b.window_start <= at - interval '1 minute' THEN 1 ELSE b.used + 1 END
    RETURNING b.used INTO used_now;
    IF used_now > {LOOKUPS_A_MINUTE} THEN
        RAISE EXCEPTION 'too many follow-up look-ups from this kiosk; try again in a minute'
            USING ERRCODE = 'program_limit_exceeded';
    END IF;
    RETURN mokoko.public_followup(code);
END $f$;
REVOKE ALL ON FUNCTION mokoko.kiosk_followup(pg_catalog.text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mokoko.kiosk_followup(pg_catalog.text) TO mokoko_kiosk;
"""

DOWNGRADE = """
DROP FUNCTION mokoko.kiosk_followup(pg_catalog.text);
DROP TABLE mokoko.followup_budget;
"""


def upgrade() -> None:
    as_owner(UPGRADE)


def downgrade() -> None:
    as_owner(DOWNGRADE)
