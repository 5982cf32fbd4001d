"""The consent texts citizens accept, each with a version that is stored with what they gave.

Change a text only together with its version: a stored version must always name the exact words
the citizen said yes to.
"""

from __future__ import annotations

from mokoko_desktop.i18n import QT_TRANSLATE_NOOP

IDEA_CONTACT_VERSION = "idea-contact-2026-11"
IDEA_CONTACT_TEXT = QT_TRANSLATE_NOOP(
    "consent",
    "Yes, you may keep my name and contact details so that the municipality's contact person "
    "can answer me about my idea. They are used for nothing else. The kiosk deletes them a few "
    "days after they have reached the municipality, and the municipality deletes them when my "
    "idea has been dealt with. I can ask for them to be deleted at any time.",
)
