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
