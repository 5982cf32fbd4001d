"""Who took part: the age groups a citizen may choose (to see whether all ages were reached)."""

from __future__ import annotations

from shared_kernel.i18n import QT_TRANSLATE_NOOP, translate

AGE_GROUPS = ("under-15", "15-17", "18-29", "30-49", "50-64", "65-79", "80+")
AGE_GROUP_NAMES = {"under-15": QT_TRANSLATE_NOOP("forms", "Under 15"), "80+": QT_TRANSLATE_NOOP("forms", "80 or over")}


def age_group_name(value: str, language: str) -> str:
    """How an age group reads in ``language`` ("Under 15", "30–49", "80 or over")."""
    if value in AGE_GROUP_NAMES:
        return translate(language, "forms", AGE_GROUP_NAMES[value])
    return value.replace("-", "–")
