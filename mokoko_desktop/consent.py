"""The consent texts citizens accept, each with a version that is stored with what they gave.

Change a text only together with its version: a stored version must always name the exact words
the citizen said yes to.
"""

from __future__ import annotations

from mokoko_desktop.i18n import QT_TRANSLATE_NOOP

IDEA_CONTACT_VERSION = "idea-contact-2026-11"
IDEA_CONTACT_TEXT = QT_TRANSLATE_NOOP(
    "consent",
    "We keep your name and contact details only so that the municipality's contact person can "
    "answer you about your idea. They are used for nothing else. The kiosk deletes them a few "
    "days after they have reached the municipality, and the municipality deletes them when your "
    "idea has been dealt with. You can ask us to delete them at any time.",
)

SIGNUP_VERSION = "signup-2026-11"
SIGNUP_TEXT = QT_TRANSLATE_NOOP(
    "consent",
    "We give your name, your phone number or e-mail, your age group and when you can help to the "
    "contact person of what you signed up for (named above); for \"something else\" to the "
    "municipality's volunteer coordinator. They contact you about volunteering and use your details "
    "for nothing else. The kiosk deletes them a few days after they have reached the municipality; "
    "the organisation keeps them only while you volunteer with them, and at most 12 months if nothing "
    "comes of it. You can ask us to delete them at any time. Volunteering is always free and "
    "voluntary.",
)

GUARDIAN_VERSION = "signup-guardian-2026-11"
GUARDIAN_TEXT = QT_TRANSLATE_NOOP(
    "consent",
    "I am the child's parent or guardian. I agree to the sign-up, and the contact person may call me "
    "before the child starts.",
)

OFFER_VERSION = "offer-2026-11"
OFFER_TEXT = QT_TRANSLATE_NOOP(
    "consent",
    "MOKOKO's staff and the municipality's volunteer coordinator may show your post (without your "
    "phone number or e-mail) to people and associations it fits, and contact you to put you in touch. "
    "The kiosk deletes your contact details a few days after they have reached the municipality; the "
    "municipality deletes the post and your details after 3 months. You can ask us to delete them at "
    "any time.",
)
