"""Whether the kiosk can take citizens now, and if not, what staff must fix: checked before a
citizen starts, so nobody types a whole idea only to be turned away at "Send". (A damaged
database is the store's own screen; see ``ui/kiosk/store_problem.py``.) Light to import: the start
screen reads these codes from its snapshot before the database layer loads."""

from __future__ import annotations

from shared_kernel.i18n import QT_TRANSLATE_NOOP

PROBLEMS: dict[str, str] = {
    "no_catalogue": QT_TRANSLATE_NOOP("readiness", "No catalogue yet: connect to the municipality and sync (the catalogue comes with it)."),
    "no_stop": QT_TRANSLATE_NOOP("readiness", "No stop is planned for today: choose today's stop."),
    "no_consultation": QT_TRANSLATE_NOOP(
        "readiness", "No consultation is open today: ideas cannot be given (volunteering and the Byttebørs can)."
    ),
}
CLOSES_THE_KIOSK = ("no_catalogue", "no_stop")  # nothing can be given; "no_consultation" stops ideas only


def closed(problems: tuple[str, ...]) -> bool:
    """True when no citizen can give anything: the start screen says the kiosk opens soon."""
    return any(problem in CLOSES_THE_KIOSK for problem in problems)


def takes_ideas(problems: tuple[str, ...]) -> bool:
    return not problems
