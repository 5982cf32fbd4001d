"""Deleted when promised (issue 13): the municipality's copy of what citizens left is deleted when
the period the consent text promised is over: the sealed contact details (and the clear ones of
records from before sealing), or a whole Byttebørs post. Run ``mokoko central purge`` nightly (README).

The periods are in the catalogue (``retention``, days) and in ``mokoko.retention`` centrally:
- ``idea-contact-after-answer``: an idea's contact details, counted from the day it was done or
  not taken further;
- ``signup-contact``: a sign-up's contact details (the organisation keeps its own copy only while
  the person volunteers with it);
- ``offer``: a Byttebørs post, with its contact details.

Only counts are reported, never what was deleted.
"""

from __future__ import annotations

import datetime as dt

from sync.central import connect

IDEA_CONTACT = "ARRAY['contact_name', 'contact_email', 'contact_phone', 'sealed_contact']"
DOCUMENT_CONTACT = "ARRAY['name', 'phone', 'email', 'guardian_name', 'guardian_phone', 'message', 'sealed_contact']"
_IDEA_HOLDS = "(i.contact_name IS NOT NULL OR i.contact_email IS NOT NULL OR i.contact_phone IS NOT NULL OR i.sealed_contact IS NOT NULL)"

_IDEAS = f"""
UPDATE mokoko.idea i SET contact_name = NULL, contact_email = NULL, contact_phone = NULL, sealed_contact = NULL
FROM mokoko.idea_state s, mokoko.retention r
WHERE s.idea_id = i.id AND r.kind = 'idea-contact-after-answer'
  AND s.status IN ('done', 'not-taken-further') AND s.status_at < %(now)s - make_interval(days => r.days)
  AND {_IDEA_HOLDS}
"""
_SIGNUPS = f"""
UPDATE mokoko.signup g SET data = g.data - {DOCUMENT_CONTACT}
FROM mokoko.retention r
WHERE r.kind = 'signup-contact' AND g.created_at < %(now)s - make_interval(days => r.days) AND g.data ?| {DOCUMENT_CONTACT}
"""
_OFFERS = """
DELETE FROM mokoko.offer o USING mokoko.retention r
WHERE r.kind = 'offer' AND o.created_at < %(now)s - make_interval(days => r.days)
"""
# Copies kept aside by the push (conflicts) lose what their record lost.
_IDEA_COPIES = f"""
UPDATE mokoko.push_conflict c SET payload = c.payload - {IDEA_CONTACT}
FROM mokoko.idea i
WHERE c.kind = 'idea' AND c.record_id = i.id
  AND NOT {_IDEA_HOLDS} AND c.payload ?| {IDEA_CONTACT}
"""
_SIGNUP_COPIES = f"""
UPDATE mokoko.push_conflict c SET payload = jsonb_set(c.payload, '{{data}}', (c.payload -> 'data') - {DOCUMENT_CONTACT})
FROM mokoko.signup g
WHERE c.kind = 'signup' AND c.record_id = g.id AND NOT g.data ?| {DOCUMENT_CONTACT}
  AND (c.payload -> 'data') ?| {DOCUMENT_CONTACT}
"""
_OFFER_COPIES = """
UPDATE mokoko.push_conflict c SET payload = '{"deleted": "retention"}'
WHERE c.kind = 'offer' AND NOT EXISTS (SELECT 1 FROM mokoko.offer o WHERE o.id = c.record_id)
  AND c.payload <> '{"deleted": "retention"}'
"""


def purge_expired(owner_url: str, now: dt.datetime | None = None) -> dict[str, int]:
    """Delete what is past its promised period, in one transaction. Returns counts by what."""
    params = {"now": now or dt.datetime.now(dt.UTC)}
    with connect(owner_url) as connection:
        counts = {
            "ideas' contact details": connection.execute(_IDEAS, params).rowcount,
            "sign-ups' contact details": connection.execute(_SIGNUPS, params).rowcount,
            "Byttebørs posts": connection.execute(_OFFERS, params).rowcount,
        }
        copies = sum(connection.execute(query).rowcount for query in (_IDEA_COPIES, _SIGNUP_COPIES, _OFFER_COPIES))
        counts["copies kept aside as conflicts"] = copies
    return counts
