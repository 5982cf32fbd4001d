"""Replies in the citizen's language, and routing that tells the area's contact person (issue 31).

Revision ID: c0030
Revises: c0029
Create Date: 2026-12-05

- ``status_update.translated_reply``: the public reply in the idea's own language, typed or pasted
  by a translator next to the Danish one (no machine translation). It is empty for a Danish idea,
  or when nobody translated it; every reader then shows the Danish reply with a line in the
  citizen's language saying so (:mod:`shared_kernel.replies`). It travels wherever the Danish
  reply goes: the change log to the idea's kiosk (``log_idea_status``, with the idea's language),
  the public follow-up (``public_followup``, so also ``kiosk_followup``), the wall
  (``story_row``) and the e-mail (``outbox.translated_reply``, copied by ``queue_idea_message``).
  Kiosks of the previous release ignore the new fields.
- ``office_user.email``: a city-hall person's work address (set by the administrator), and
  ``outbox`` kind ``routed``: an idea sent to an area queues one e-mail to each of its contact
  persons who has an address, except the person who routed it (``queue_routed_message``, a
  trigger, so no client can route without it or queue mail for anyone else). The recipient is
  ``outbox.recipient_role``; the message is built from the idea when it is sent.
"""

from central_database.migration_steps import as_owner

revision = "c0030"
down_revision = "c0029"
branch_labels = None
depends_on = None

UPGRADE = """
ALTER TABLE mokoko.status_update ADD COLUMN translated_reply text NOT NULL DEFAULT ''
    CHECK (pg_catalog.length(translated_reply) <= 2000);
GRANT INSERT (translated_reply) ON mokoko.status_update TO mokoko_office;

ALTER TABLE mokoko.office_user ADD COLUMN email text
    CHECK (email ~ '^[^@[:space:],;<>"]+@[^@[:space:],;<>"]+[.][^@[:space:],;<>"]+$' AND pg_catalog.length(email) <= 254);
GRANT UPDATE (email) ON mokoko.office_user TO mokoko_admin;

ALTER TABLE mokoko.outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE mokoko.outbox ADD CONSTRAINT outbox_kind_check CHECK (kind IN ('idea', 'signup', 'routed'));
ALTER TABLE mokoko.outbox ADD COLUMN translated_reply text NOT NULL DEFAULT '';
ALTER TABLE mokoko.outbox ADD COLUMN recipient_role name REFERENCES mokoko.office_user (role_name) ON DELETE CASCADE;
ALTER TABLE mokoko.outbox ADD CONSTRAINT routed_has_recipient CHECK ((kind = 'routed') = (recipient_role IS NOT NULL));

CREATE OR REPLACE FUNCTION mokoko.queue_idea_message() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
BEGIN
    INSERT INTO mokoko.outbox (kind, record_id, receipt_code, language, status, public_reply, translated_reply)
    SELECT 'idea', i.id, i.receipt_code, i.language, NEW.status, NEW.public_reply, NEW.translated_reply
    FROM mokoko.idea i WHERE i.id = NEW.idea_id AND i.notify_me AND i.sealed_contact IS NOT NULL;
    RETURN NEW;
END $f$;

CREATE FUNCTION mokoko.queue_routed_message() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
BEGIN
    INSERT INTO mokoko.outbox (kind, record_id, receipt_code, language, status, recipient_role)
    SELECT 'routed', i.id, i.receipt_code, 'da', NEW.admin_area_code, c.role_name
    FROM mokoko.idea i
    JOIN mokoko.area_contact c ON c.admin_area_code = NEW.admin_area_code
    JOIN mokoko.office_user u ON u.role_name = c.role_name
    WHERE i.id = NEW.idea_id AND u.email IS NOT NULL AND u.removed_at IS NULL AND c.role_name <> NEW.set_by;
    RETURN NEW;
END $f$;
CREATE TRIGGER queue_message AFTER INSERT ON mokoko.idea_route FOR EACH ROW EXECUTE FUNCTION mokoko.queue_routed_message();
REVOKE ALL ON FUNCTION mokoko.queue_routed_message() FROM PUBLIC;

CREATE OR REPLACE FUNCTION mokoko.log_idea_status(idea uuid) RETURNS void
    LANGUAGE sql SET search_path = pg_catalog, mokoko, pg_temp AS $f$
    INSERT INTO mokoko.change_log (table_name, key, op, row_data, device_id)
    SELECT 'idea_status', i.id::text, 'U',
           jsonb_build_object('idea_id', i.id, 'receipt_code', i.receipt_code, 'status', s.status,
                              'public_reply', s.public_reply, 'set_at', s.set_at,
                              'area_code', a.area, 'contact_name', mokoko.area_contact_names(a.area),
                              'translated_reply', s.translated_reply, 'language', i.language),
           i.device_id
    FROM mokoko.idea i
    CROSS JOIN LATERAL (SELECT mokoko.idea_area(i.id) AS area) a
    JOIN LATERAL (SELECT status, public_reply, translated_reply, set_at FROM mokoko.status_update u
                  WHERE u.idea_id = i.id ORDER BY u.id DESC LIMIT 1) s ON true
    WHERE i.id = idea
$f$;

CREATE OR REPLACE FUNCTION mokoko.story_row(story mokoko.published_story) RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
    SELECT jsonb_build_object(
        'idea_id', i.id, 'receipt_code', i.receipt_code, 'headline', story.headline, 'said', i.text,
        'did', coalesce(r.public_reply, ''), 'did_translated', coalesce(r.translated_reply, ''), 'language', i.language,
        'status', s.status, 'status_at', s.status_at, 'stop_id', i.stop_id, 'stop_place', coalesce(p.place, i.stop_id),
        'home_area_code', i.home_area_code, 'published_at', story.published_at)
    FROM mokoko.idea i
    LEFT JOIN mokoko.idea_state s ON s.idea_id = i.id
    LEFT JOIN mokoko.stop p ON p.id = i.stop_id
    LEFT JOIN LATERAL (SELECT u.public_reply, u.translated_reply FROM mokoko.status_update u
                       WHERE u.idea_id = i.id ORDER BY u.id DESC LIMIT 1) r ON true
    WHERE i.id = story.idea_id
$f$;
"""

# The public follow-up of an idea, a sign-up or a Byttebørs post; c0030 adds the translated reply.
_PUBLIC_FOLLOWUP = """
CREATE OR REPLACE FUNCTION mokoko.public_followup(code text) RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
DECLARE
    found pg_catalog.jsonb;
BEGIN
    SELECT pg_catalog.jsonb_build_object(
        'kind', 'idea', 'created_at', i.created_at, 'theme', t.title, 'stop_place', coalesce(p.place, i.stop_id),
        'status', s.status, 'status_label', st.label, 'status_at', s.status_at,
        'public_reply', coalesce(r.public_reply, ''),@TRANSLATED@
        'area', a.name, 'contact_names', mokoko.area_contact_names(coalesce(s.area_code, t.admin_area_code)))
    INTO found
    FROM mokoko.idea i
    LEFT JOIN mokoko.idea_state s ON s.idea_id = i.id
    LEFT JOIN mokoko.status st ON st.code = s.status
    LEFT JOIN mokoko.theme t ON t.code = i.theme_code
    LEFT JOIN mokoko.admin_area a ON a.code = coalesce(s.area_code, t.admin_area_code)
    LEFT JOIN mokoko.stop p ON p.id = i.stop_id
    LEFT JOIN LATERAL (SELECT u.public_reply, u.translated_reply FROM mokoko.status_update u
                       WHERE u.idea_id = i.id ORDER BY u.id DESC LIMIT 1) r ON true
    WHERE i.receipt_code = public_followup.code;
    IF found IS NOT NULL THEN
        RETURN found;
    END IF;
    SELECT pg_catalog.jsonb_build_object(
        'kind', 'signup', 'created_at', g.created_at, 'opportunity', o.data -> 'title',
        'organisation', o.data -> 'organisation',
        'status', coalesce(x.status, 'new'), 'status_at', x.set_at)
    INTO found
    FROM mokoko.signup g
    LEFT JOIN mokoko.opportunity o ON o.id = g.data ->> 'opportunity_id'
    LEFT JOIN LATERAL (SELECT y.status, y.set_at FROM mokoko.signup_status y WHERE y.signup_id = g.id ORDER BY y.id DESC LIMIT 1) x
        ON true
    WHERE g.receipt_code = public_followup.code;
    IF found IS NOT NULL THEN
        RETURN found;
    END IF;
    SELECT pg_catalog.jsonb_build_object('kind', 'offer', 'created_at', f.created_at, 'offer_kind', f.data ->> 'kind')
    INTO found FROM mokoko.offer f WHERE f.receipt_code = public_followup.code;
    RETURN found;
END $f$;
"""
UPGRADE += _PUBLIC_FOLLOWUP.replace("@TRANSLATED@", " 'translated_reply', coalesce(r.translated_reply, ''), 'language', i.language,")

# The functions as c0029 left them: the previous bodies, without the translated reply.
DOWNGRADE = """
DROP TRIGGER queue_message ON mokoko.idea_route;
DROP FUNCTION mokoko.queue_routed_message();
CREATE OR REPLACE FUNCTION mokoko.queue_idea_message() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
BEGIN
    INSERT INTO mokoko.outbox (kind, record_id, receipt_code, language, status, public_reply)
    SELECT 'idea', i.id, i.receipt_code, i.language, NEW.status, NEW.public_reply
    FROM mokoko.idea i WHERE i.id = NEW.idea_id AND i.notify_me AND i.sealed_contact IS NOT NULL;
    RETURN NEW;
END $f$;
CREATE OR REPLACE FUNCTION mokoko.log_idea_status(idea uuid) RETURNS void
    LANGUAGE sql SET search_path = pg_catalog, mokoko, pg_temp AS $f$
    INSERT INTO mokoko.change_log (table_name, key, op, row_data, device_id)
    SELECT 'idea_status', i.id::text, 'U',
           jsonb_build_object('idea_id', i.id, 'receipt_code', i.receipt_code, 'status', s.status,
                              'public_reply', s.public_reply, 'set_at', s.set_at,
                              'area_code', a.area, 'contact_name', mokoko.area_contact_names(a.area)),
           i.device_id
    FROM mokoko.idea i
    CROSS JOIN LATERAL (SELECT mokoko.idea_area(i.id) AS area) a
    JOIN LATERAL (SELECT status, public_reply, set_at FROM mokoko.status_update u
                  WHERE u.idea_id = i.id ORDER BY u.id DESC LIMIT 1) s ON true
    WHERE i.id = idea
$f$;
CREATE OR REPLACE FUNCTION mokoko.story_row(story mokoko.published_story) RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, mokoko, pg_temp AS $f$
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
"""
DOWNGRADE += _PUBLIC_FOLLOWUP.replace("@TRANSLATED@", "")
DOWNGRADE += """
DELETE FROM mokoko.outbox WHERE kind = 'routed';
ALTER TABLE mokoko.outbox DROP CONSTRAINT routed_has_recipient;
ALTER TABLE mokoko.outbox DROP COLUMN recipient_role;
ALTER TABLE mokoko.outbox DROP COLUMN translated_reply;
ALTER TABLE mokoko.outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE mokoko.outbox ADD CONSTRAINT outbox_kind_check CHECK (kind IN ('idea', 'signup'));
ALTER TABLE mokoko.office_user DROP COLUMN email;
ALTER TABLE mokoko.status_update DROP COLUMN translated_reply;
"""


def upgrade() -> None:
    as_owner(UPGRADE)


def downgrade() -> None:
    as_owner(DOWNGRADE)
