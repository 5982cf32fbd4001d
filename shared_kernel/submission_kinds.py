"""The kinds of submission, declared once: ideas, volunteer sign-ups and Byttebørs posts. Each
kind's name is its table at the kiosk and centrally, its ``submission_kind``, and the word the
commands take (``--kind idea``; ``export ideas`` takes the plural). Every list of kinds in the
programs is derived from this one; README "Adding a fourth kind" names what else a new kind needs."""

from __future__ import annotations

SUBMISSION_KINDS: tuple[str, ...] = ("idea", "signup", "offer")


def plural(kind: str) -> str:
    """The plural the commands use for ``kind`` (``ideas``)."""
    return kind + "s"


def plurals() -> tuple[str, ...]:
    return tuple(plural(kind) for kind in SUBMISSION_KINDS)
