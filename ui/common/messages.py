"""One place for what the kiosk tells people: logged in English, shown translated.

Core messages (validation, receipt codes) arrive as English source strings with a Qt Linguist
context and parameters; this module turns them into the person's language.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QCoreApplication

log = logging.getLogger("mokoko.messages")


class SourceMessage(Protocol):
    @property
    def message(self) -> str: ...

    @property
    def params(self) -> dict[str, object]: ...


def translated(context: str, source: str, params: dict[str, object] | None = None) -> str:
    """``source`` in the current language, with ``{name}`` parameters filled in."""
    text = QCoreApplication.translate(context, source)
    return text.format(**params) if params else text


def for_person(context: str, problem: SourceMessage, *, level: int = logging.INFO) -> str:
    """Log a core message in English (no personal data goes into these) and return it
    translated for the screen."""
    log.log(level, "%s: %s", context, problem.message.format(**problem.params))
    return translated(context, problem.message, problem.params)


def moderation_reason(code: str) -> str:
    """Why staff hid an idea, in the current language (the office app and the staff screen)."""
    from shared_kernel.moderation_reasons import REASONS

    return translated("moderation", REASONS[code]) if code in REASONS else code
