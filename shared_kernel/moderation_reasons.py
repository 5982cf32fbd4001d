"""Why staff hide an idea at the kiosk: the codes travel to city hall with the idea (the kiosk's
staff screen and day report, and city hall's office app, show them in the reader's language)."""

from __future__ import annotations

from shared_kernel.i18n import QT_TRANSLATE_NOOP

REASONS: dict[str, str] = {
    "offensive": QT_TRANSLATE_NOOP("moderation", "Offensive or hurtful"),
    "personal": QT_TRANSLATE_NOOP("moderation", "Names or details of other people"),
    "advertising": QT_TRANSLATE_NOOP("moderation", "Advertising or spam"),
    "test": QT_TRANSLATE_NOOP("moderation", "A test or a mistake"),
    "duplicate": QT_TRANSLATE_NOOP("moderation", "Given twice"),
}  # the codes travel to city hall: add, never rename
