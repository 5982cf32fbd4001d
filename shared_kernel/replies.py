"""City hall's public reply as a citizen reads it: in their own language when a translator gave
one (``translated_reply``, central migration c0030), otherwise the Danish reply with a line in the
reader's language saying the answer is in Danish. The kiosk, the follow-up site, the e-mail and
the stories on the wall all show a reply through :func:`shown_reply`."""

from __future__ import annotations

from dataclasses import dataclass

from shared_kernel.i18n import DEFAULT_LANGUAGE, QT_TRANSLATE_NOOP, translate

IN_DANISH = QT_TRANSLATE_NOOP("reply", "The municipality's answer is in Danish.")


@dataclass(frozen=True)
class ShownReply:
    text: str
    language: str  # the language ``text`` is written in (for lang= and reading aloud)
    note: str  # "the answer is in Danish", in the reader's language; "" when not needed


def shown_reply(reader_language: str, idea_language: str, public_reply: str, translated_reply: str) -> ShownReply:
    """The reply for someone reading in ``reader_language`` about an idea given in ``idea_language``."""
    if translated_reply.strip() and reader_language == idea_language:
        return ShownReply(translated_reply, idea_language, "")
    danish = reader_language == DEFAULT_LANGUAGE or not public_reply.strip()
    return ShownReply(public_reply, DEFAULT_LANGUAGE, "" if danish else translate(reader_language, "reply", IN_DANISH))
