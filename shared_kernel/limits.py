"""How long what citizens submit may be: one declaration for the kiosk's checks
(:mod:`mokoko_desktop.validation`, the sign-up and Byttebørs services), its SQLModel models and
the central schema's CHECK constraints (migration ``c0005``). A limit changed here needs a new
central migration; ``tests/sync/test_limits.py`` compares the live central schema with this file.
"""

from __future__ import annotations

IDEA_TEXT_MAX = 2000
NAME_MAX = 100
EMAIL_MAX = 254  # RFC 5321's longest path
PHONE_MAX = 20  # E.164 is at most 16 characters with the plus
CONSENT_VERSION_MAX = 40
AGE_GROUP_MAX = 10
LANGUAGE_MAX = 10
CODE_MAX = 60  # a catalogue code or id: theme, stop, consultation, home area, opportunity
OFFER_TEXT_MAX = 1000
PLACE_MAX = 100
GENERAL_TEXT_MAX = 1000
MESSAGE_MAX = 500
# A sealed value (local migration 0010, central c0009): a sign-up's personal fields at their
# limits, up to 4 bytes a character, sealed (48 bytes more) and in base64, with room to spare.
SEALED_MAX = 8000
# A sign-up's or Byttebørs post's JSON document, in characters: its free texts at their limits
# plus every other field, with room to spare for fields a newer kiosk adds.
DOCUMENT_MAX = 16_000
CONFLICT_PAYLOAD_MAX = 2 * DOCUMENT_MAX  # a record that came again with other content, as sent
REPLY_MAX = 2000  # city hall's public reply, its internal reason, a routing note (central migration c0006)

# The central idea columns and their limits (the central idea's text also has a minimum of 1).
CENTRAL_IDEA_COLUMNS = {
    "text": IDEA_TEXT_MAX,
    "contact_name": NAME_MAX,
    "contact_email": EMAIL_MAX,
    "contact_phone": PHONE_MAX,
    "consent_version": CONSENT_VERSION_MAX,
    "age_group": AGE_GROUP_MAX,
    "home_area_code": CODE_MAX,
    "language": LANGUAGE_MAX,
    "theme_code": CODE_MAX,
    "consultation_id": CODE_MAX,
    "stop_id": CODE_MAX,
}
