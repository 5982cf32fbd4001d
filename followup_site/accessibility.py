"""The follow-up site's accessibility statement (the Danish law on the accessibility of public
bodies' websites, implementing EU directive 2016/2102), written from how the site is checked.

``tests/followup_site/test_accessibility.py`` loads every page of the site in every language, at a
phone's and a computer's width, in Debian's Chromium, and fails on any WCAG 2.1 A or AA violation
axe-core finds, on a keyboard path that does not work and on horizontal scrolling at 200 % zoom.
What it checks is what this statement claims: :data:`STANDARD` at :data:`AXE_CORE`, and
:data:`KNOWN_EXCEPTIONS` are the only rules it leaves out (none today). ``CHECKED_ON`` is the day
that check last ran on a release; the municipality's own contact comes from its catalogue.
"""

from __future__ import annotations

import datetime as dt

from shared_kernel.dates import long_date
from shared_kernel.i18n import QT_TRANSLATE_NOOP, translate

PATH = "/tilgaengelighed"
STANDARD = "WCAG 2.1 AA"
AXE_CORE = "4.14.1"  # the axe-core release the test runs (tools/axe_core.py installs it from the npm registry)
CHECKED_ON = dt.date(2026, 12, 6)
KNOWN_EXCEPTIONS: tuple[str, ...] = ()  # axe-core rules the test leaves out, each with a reason here: none
COMPLAINT_BODY = "www.digst.dk"  # Digitaliseringsstyrelsen's  # supervises public bodies' web accessibility in Denmark

TEXTS = {
    "title": QT_TRANSLATE_NOOP("web", "Accessibility statement"),
    "intro": QT_TRANSLATE_NOOP(
        "web", "{name} wants everyone to be able to use this site, where citizens follow up on what they gave at MOKOKO."
    ),
    "status_heading": QT_TRANSLATE_NOOP("web", "How accessible the site is"),
    "status": QT_TRANSLATE_NOOP("web", "The site meets the standard {standard}. We know of no part of it that does not."),
    "checked_heading": QT_TRANSLATE_NOOP("web", "How we checked"),
    "checked": QT_TRANSLATE_NOOP(
        "web",
        "Every page, in every language of the site, on a phone's and a computer's screen, was tested with the tool "
        "axe-core {version}, used with the keyboard alone, and enlarged to 200 %. Last checked on {date}.",
    ),
    "limits_heading": QT_TRANSLATE_NOOP("web", "What we have not checked"),
    "limits": QT_TRANSLATE_NOOP(
        "web",
        "The site has not yet been tested by people who use a screen reader. City hall's answers are written by people: "
        "an answer may be in Danish only, and the page then says so.",
    ),
    "report_heading": QT_TRANSLATE_NOOP("web", "Tell us about a problem"),
    "report": QT_TRANSLATE_NOOP(
        "web", "If something on the site does not work for you, write to {email}. Tell us the page and what happened."
    ),
    "report_unknown": QT_TRANSLATE_NOOP("web", "If something on the site does not work for you, tell the staff at MOKOKO."),
    "complaint_heading": QT_TRANSLATE_NOOP("web", "Complaints"),
    "complaint": QT_TRANSLATE_NOOP(
        "web",
        "If you are not satisfied with our answer, you can complain to the Agency for Digital Government "
        "(Digitaliseringsstyrelsen): {body}.",
    ),
}


def statement_texts(language: str, name: str, email: str) -> dict[str, str]:
    """The statement in ``language`` for the municipality ``name`` (whose accessibility contact is
    ``email``; "" when the catalogue names none)."""
    t = {key: translate(language, "web", source) for key, source in TEXTS.items()}
    return {
        "title": t["title"],
        "intro": t["intro"].format(name=name),
        "status_heading": t["status_heading"],
        "status": t["status"].format(standard=STANDARD),
        "checked_heading": t["checked_heading"],
        "checked": t["checked"].format(version=AXE_CORE, date=long_date(CHECKED_ON, language)),
        "limits_heading": t["limits_heading"],
        "limits": t["limits"],
        "report_heading": t["report_heading"],
        "report": t["report"].format(email=email) if email else t["report_unknown"],
        "complaint_heading": t["complaint_heading"],
        "complaint": t["complaint"].format(body=COMPLAINT_BODY),
    }
