"""How long what citizens leave is kept, in days, and how a period is said in each language.

The periods are the municipality's (the catalogue's ``retention``, kept centrally in
``mokoko.retention``, where ``mokoko central purge`` deletes by them, and pulled by every kiosk)
and the kiosk's own (setting ``contact_retention_days``: how long a kiosk keeps contact details
after they reached the municipality). The consent texts (``mokoko_desktop/consent.py``) and the
privacy notice (``shared_kernel/privacy_notice.py``) are written from these, so what they promise
is what the purges do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, get_args

from shared_kernel.catalogue_file import RetentionEntry
from shared_kernel.i18n import QT_TRANSLATE_NOOP

Translator = Callable[[str, str], str]  # (context, source) -> text: QCoreApplication.translate, or i18n.translate

# Every kind the purge knows (the catalogue's, and central migration c0021's CHECK), in order.
KINDS: tuple[str, ...] = get_args(RetentionEntry.model_fields["kind"].annotation)
# The municipality's periods when the catalogue names none (as central migrations c0008 and c0021).
DEFAULT_DAYS = {"idea-contact-after-answer": 0, "idea-contact-max": 365, "signup-contact": 365, "offer": 90}
KIOSK_DEFAULT_DAYS = 7  # the kiosk's setting contact_retention_days, when not changed


@dataclass(frozen=True)
class Periods:
    """How long contact details are kept, in days: on the kiosk after they reached the
    municipality, and by the municipality (an idea's after it was dealt with, and at most after
    it was given; a sign-up's; a Byttebørs post's)."""

    kiosk: int = KIOSK_DEFAULT_DAYS
    idea_after_answer: int = DEFAULT_DAYS["idea-contact-after-answer"]
    signup: int = DEFAULT_DAYS["signup-contact"]
    offer: int = DEFAULT_DAYS["offer"]
    idea_max: int = DEFAULT_DAYS["idea-contact-max"]

    @classmethod
    def of(cls, days: dict[str, Any], kiosk: int = KIOSK_DEFAULT_DAYS) -> Periods:
        """The periods from the catalogue's ``{kind: days}`` (defaults where it names none)."""
        known = {kind: int(days[kind]) if kind in days else DEFAULT_DAYS[kind] for kind in KINDS}
        return cls(
            kiosk=kiosk,
            idea_after_answer=known["idea-contact-after-answer"],
            signup=known["signup-contact"],
            offer=known["offer"],
            idea_max=known["idea-contact-max"],
        )

    def by_kind(self) -> dict[str, int]:
        """The municipality's periods by the purge's kinds."""
        return {
            "idea-contact-after-answer": self.idea_after_answer,
            "idea-contact-max": self.idea_max,
            "signup-contact": self.signup,
            "offer": self.offer,
        }


WHEN_DEALT_WITH = QT_TRANSLATE_NOOP("consent", "when your idea has been dealt with")
AFTER_DEALT_WITH = QT_TRANSLATE_NOOP("consent", "{duration} after your idea has been dealt with")
# Each catalogue translates this to the CLDR locale its durations are written in ("da", "uk"),
# so "3 måneder", "3 місяці" and "3 أشهر" get the plural form their language needs (Babel).
DURATION_LOCALE = QT_TRANSLATE_NOOP("consent", "en_GB")


def duration(days: int, translated: Translator) -> str:
    """``days`` as people say it: "1 år", "3 måneder", "7 dage"."""
    if days >= 365 and days % 365 == 0:
        unit, n = "duration-year", days // 365
    elif days >= 60 and days % 30 == 0:
        unit, n = "duration-month", days // 30
    else:
        unit, n = "duration-day", days
    from babel.core import UnknownLocaleError
    from babel.units import format_unit

    locale = translated("consent", DURATION_LOCALE)
    try:
        return str(format_unit(n, unit, length="long", locale=locale))
    except (ValueError, UnknownLocaleError):  # a catalogue with a wrong locale name: still readable
        return str(format_unit(n, unit, length="long", locale="en_GB"))


def after_dealt_with(days: int, translated: Translator) -> str:
    """When an idea's contact details go, counted from the day it was dealt with."""
    if days == 0:
        return translated("consent", WHEN_DEALT_WITH)
    return translated("consent", AFTER_DEALT_WITH).format(duration=duration(days, translated))
