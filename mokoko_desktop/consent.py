"""The consent texts citizens accept, each with a version that is stored with what they gave.

The texts promise how long the details are kept, and those periods live in one place: the
kiosk's own (setting ``contact_retention_days``, after the details reached the municipality) and
the municipality's (the catalogue's ``retention``, pulled from the central database, where
``mokoko central purge`` keeps them). The texts are built from :class:`Periods`, and the version
names the periods, so a stored version always names the exact words the citizen said yes to and
the receipt can repeat them. Change a text only together with its ``*_BASE`` version.
"""

from __future__ import annotations

import re

from shared_kernel.i18n import QT_TRANSLATE_NOOP
from shared_kernel.retention_periods import DEFAULT_DAYS, Periods, Translator, after_dealt_with, duration

IDEA_CONTACT_BASE = "idea-contact-2026-11-29"
IDEA_CONTACT_TEXT = QT_TRANSLATE_NOOP(
    "consent",
    "We keep your name and contact details only so that the municipality's contact person can "
    "answer you about your idea. They are used for nothing else. The kiosk deletes them {kiosk} "
    "after they have reached the municipality, and the municipality deletes them {after_answer}. "
    "You can ask us to delete them at any time.",
)

SIGNUP_BASE = "signup-2026-12-03"  # 2026-12-03: "free and voluntary" is said once, on the task list
SIGNUP_TEXT = QT_TRANSLATE_NOOP(
    "consent",
    "We give your name, your phone number or e-mail, your age group and when you can help to the "
    'contact person of what you signed up for (named above); for "something else" to the '
    "municipality's volunteer coordinator. They contact you about volunteering and use your details "
    "for nothing else. The kiosk deletes them {kiosk} after they have reached the municipality; "
    "the organisation keeps them only while you volunteer with them, and at most {signup} if nothing "
    "comes of it. You can ask us to delete them at any time.",
)

GUARDIAN_VERSION = "signup-guardian-2026-11"
GUARDIAN_TEXT = QT_TRANSLATE_NOOP(
    "consent",
    "I am the child's parent or guardian. I agree to the sign-up, and the contact person may call me before the child starts.",
)

OFFER_BASE = "offer-2026-11-29"
OFFER_TEXT = QT_TRANSLATE_NOOP(
    "consent",
    "The text of your post can be shown to anyone, so write no names or phone numbers in it. The "
    "municipality's volunteer coordinator may show it to people and associations it fits and "
    "contact you to put you in touch; your name, phone number and e-mail are never shown. The kiosk "
    "deletes your contact details {kiosk} after they have reached the municipality; the "
    "municipality deletes the post and your details after {offer}. You can ask us to delete them at "
    "any time.",
)

_VERSION = re.compile(r"^(?P<base>[a-z-]+-\d{4}-\d{2}(?:-\d{2})?)(?::(?P<first>\d+)/(?P<second>\d+))?$")


def idea_contact_version(periods: Periods) -> str:
    return f"{IDEA_CONTACT_BASE}:{periods.kiosk}/{periods.idea_after_answer}"


def signup_version(periods: Periods) -> str:
    return f"{SIGNUP_BASE}:{periods.kiosk}/{periods.signup}"


def offer_version(periods: Periods) -> str:
    return f"{OFFER_BASE}:{periods.kiosk}/{periods.offer}"


def idea_contact_text(periods: Periods, translated: Translator) -> str:
    after_answer = after_dealt_with(periods.idea_after_answer, translated)
    return translated("consent", IDEA_CONTACT_TEXT).format(kiosk=duration(periods.kiosk, translated), after_answer=after_answer)


def signup_text(periods: Periods, translated: Translator) -> str:
    return translated("consent", SIGNUP_TEXT).format(kiosk=duration(periods.kiosk, translated), signup=duration(periods.signup, translated))


def offer_text(periods: Periods, translated: Translator) -> str:
    return translated("consent", OFFER_TEXT).format(kiosk=duration(periods.kiosk, translated), offer=duration(periods.offer, translated))


def offer_days_of(version: str) -> int:
    """How long the municipality promised to keep a post, from the consent version it was given
    with (versions before 2026-11-29 promised 3 months)."""
    found = _VERSION.match(version)
    return int(found["second"]) if found and found["second"] else DEFAULT_DAYS["offer"]
