"""Dates as each language writes them ("21. november 2026", "November 21, 2026"): CLDR's long
date format through Babel, the same for the kiosk, the receipts and the follow-up site."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date


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
    return format_date(value, "long", locale=language)
