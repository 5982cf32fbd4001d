"""Dates as each language writes them ("21. november 2026", "November 21, 2026"): CLDR's long
date format through Babel, the same for the kiosk, the receipts and the follow-up site. Local
times are the municipality's (:mod:`shared_kernel.time_zone`)."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date, format_time

from shared_kernel.i18n import is_rtl_language

# The locale each kiosk language writes dates and times in (English as written in Europe).
_LOCALES = {"en": "en_GB", "uk": "uk_UA", "ar": "ar"}


def locale_for(language: str) -> str:
    """The CLDR locale for a kiosk language code (``da`` -> ``da``, ``en`` -> ``en_GB``)."""
    return _LOCALES.get(language, language)


def short_date(value: dt.date, language: str) -> str:
    """``value`` as ``language`` writes a short date ("03.12.2026", "03/12/2026"). Arabic gets
    its long date ("3 ديسمبر 2026"): its short one is digits held apart by direction marks, which
    read wrongly once they stand in a line with a Latin place name."""
    if is_rtl_language(language):
        return format_date(value, "long", locale=locale_for(language))
    return format_date(value, "short" if language != "da" else "dd.MM.y", locale=locale_for(language))


def short_time(value: dt.datetime | dt.time, language: str) -> str:
    """``value`` as ``language`` writes a time of day ("14.05", "14:05")."""
    return format_time(value, "short", locale=locale_for(language))


def long_date(value: dt.date | dt.datetime | str | None, language: str) -> str:
    """``value`` (a date, an aware time shown in local time, or ISO 8601 text) as ``language``
    writes a date; empty for nothing or for text that is not a date."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return ""
    if isinstance(value, dt.datetime):
        value = value.astimezone().date() if value.tzinfo else value.date()
    return format_date(value, "long", locale=locale_for(language))
