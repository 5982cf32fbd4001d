"""Translations for the Qt-free core, read from the same Qt Linguist ``.ts`` files the kiosk uses.

Source strings are English (what the log shows). Danish is the default language for citizens and
its translation must be complete. The kiosk loads the compiled ``.qm`` files with QTranslator; the
core (receipts, command line) reads the ``.ts`` XML directly, so there is one catalogue per
language and adding a language is adding one ``.ts`` file (see ``tools/translations.py``).

Mark a module-level string with :func:`QT_TRANSLATE_NOOP` so ``pyside6-lupdate`` finds it; it is
translated when shown.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from pathlib import Path

from shared_kernel.resources import TRANSLATIONS_DIR

SOURCE_LANGUAGE = "en"
DEFAULT_LANGUAGE = "da"
CATALOGUE_PREFIX = "mokoko_"
RTL_LANGUAGES = frozenset({"ar"})  # laid out right to left on screen and on the receipt
# Screens only staff see (behind the PIN, and city hall's office app): they speak Danish or
# English, so the other catalogues need not translate them; the kiosk shows them in Danish.
STAFF_LANGUAGES = ("da", "en")
STAFF_CONTEXTS = frozenset(
    {
        "ConflictsView",
        "ErasureView",
        "FleetView",
        "IdeaPanel",
        "InboxView",
        "KeyRing",
        "MailSender",
        "SimilarBox",
        "CaseBox",
        "TranslationBox",
        "DeskWindow",
        "PartnerWindow",
        "OfficeWindow",
        "signup_status",
        "OverviewView",
        "PostsView",
        "SignupsView",
        "PinGate",
        "PinPad",
        "StoreProblemScreen",
        "checklist",
        "city_hall",
        "day_report",
        "day_summary",
        "moderation",
        "printer_check",
        "readiness",
        "records",
        "voucher",
    }
)


def is_staff_context(context: str) -> bool:
    """True for a translation context only staff see (every ``Staff…`` screen is one)."""
    return context in STAFF_CONTEXTS or context.startswith("Staff")


def is_rtl_language(language: str) -> bool:
    return language in RTL_LANGUAGES


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - lupdate looks for this name
    """Mark ``source`` for translation in ``context`` without translating it now."""
    return source


# Each catalogue names its own language in that language (shown on the language button).
LANGUAGE_NAME = QT_TRANSLATE_NOOP("LanguageName", "English")


@functools.cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    path = TRANSLATIONS_DIR / f"{CATALOGUE_PREFIX}{language}.ts"
    if not path.exists():
        return {}
    messages: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if translation.text:
                messages[(name, source)] = translation.text
    return messages


def translate(language: str, context: str, source: str) -> str:
    """Return ``source`` translated to ``language`` (the English source when not translated)."""
    if language == SOURCE_LANGUAGE:
        return source
    return _catalogue(language).get((context, source), source)


def available_languages() -> list[str]:
    """Languages the kiosk offers: the default first, then the source language, then the rest."""
    return list(_shipped_languages())


@functools.cache
def _shipped_languages() -> tuple[str, ...]:
    # Read once: every submission's language is checked against it, and the shipped catalogues
    # do not change while the kiosk runs.
    found = sorted(p.stem.removeprefix(CATALOGUE_PREFIX) for p in Path(TRANSLATIONS_DIR).glob(f"{CATALOGUE_PREFIX}*.ts"))
    ordered = [DEFAULT_LANGUAGE, SOURCE_LANGUAGE]
    return tuple(ordered + [lang for lang in found if lang not in ordered])


# Each language's name in the others (an export in Danish says "arabisk", not "ar").
LANGUAGE_NAMES = {
    "da": QT_TRANSLATE_NOOP("languages", "Danish"),
    "en": QT_TRANSLATE_NOOP("languages", "English"),
    "uk": QT_TRANSLATE_NOOP("languages", "Ukrainian"),
    "ar": QT_TRANSLATE_NOOP("languages", "Arabic"),
}


def language_name_in(code: str, language: str) -> str:
    """The name of the language ``code`` in ``language`` (``arabisk`` for ``ar`` in Danish); the
    code itself for a language MOKOKO does not know."""
    return translate(language, "languages", LANGUAGE_NAMES[code]) if code in LANGUAGE_NAMES else code


def language_name(language: str) -> str:
    """The language's own name for itself, e.g. ``Dansk`` for ``da``."""
    return translate(language, "LanguageName", LANGUAGE_NAME)


def pick(texts: object, language: str) -> str:
    """Pick a catalogue text (a ``{language: text}`` mapping) for ``language``, falling back to
    Danish, then English, then whatever there is. Whatever else a damaged catalogue holds shows
    as a plain string or as nothing, never as an error on a citizen's screen."""
    if isinstance(texts, str):
        return texts
    if not isinstance(texts, dict):
        return ""
    for lang in (language, DEFAULT_LANGUAGE, SOURCE_LANGUAGE):
        if isinstance(texts.get(lang), str) and texts[lang]:
            return str(texts[lang])
    return next((text for text in texts.values() if isinstance(text, str)), "")
