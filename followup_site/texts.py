"""The follow-up site's words, marked for the Qt Linguist catalogues (context ``web``) so the
site speaks every kiosk language, and translated per request from Accept-Language."""

from __future__ import annotations

from shared_kernel.i18n import QT_TRANSLATE_NOOP, translate

TEXTS = {
    "site": QT_TRANSLATE_NOOP("web", "Follow your idea"),
    "municipality": QT_TRANSLATE_NOOP("web", "Mobile municipal office"),
    "code_label": QT_TRANSLATE_NOOP("web", "The code on your receipt"),
    "show": QT_TRANSLATE_NOOP("web", "Show"),
    "code": QT_TRANSLATE_NOOP("web", "Code {code}"),
    "your_idea": QT_TRANSLATE_NOOP("web", "Your idea about {theme}, given at {place} on {date}"),
    "no_reply": QT_TRANSLATE_NOOP("web", "No reply yet"),
    "no_reply_body": QT_TRANSLATE_NOOP(
        "web", "Your idea has been received. The contact person has not answered yet; please look again later."
    ),
    "status": QT_TRANSLATE_NOOP("web", "Status: {status}"),
    "status_since": QT_TRANSLATE_NOOP("web", "Since {date}"),
    "area": QT_TRANSLATE_NOOP("web", "Answered by: {area}"),
    "contact": QT_TRANSLATE_NOOP("web", "Contact person: {names}"),
    "your_signup": QT_TRANSLATE_NOOP("web", "Your sign-up from {date}"),
    "signup_new": QT_TRANSLATE_NOOP("web", "Received. The contact person will get in touch with you."),
    "signup_contacted": QT_TRANSLATE_NOOP("web", "The contact person has contacted you."),
    "signup_placed": QT_TRANSLATE_NOOP("web", "You have been given a place. Welcome!"),
    "signup_declined": QT_TRANSLATE_NOOP("web", "This time it did not work out. Thank you for wanting to help."),
    "your_post": QT_TRANSLATE_NOOP("web", "Your Byttebørs post from {date}"),
    "post_body": QT_TRANSLATE_NOOP("web", "The municipality contacts you when someone fits."),
    "not_yet": QT_TRANSLATE_NOOP("web", "Your idea has not arrived yet. It will, when the container is online."),
    "bad_code": QT_TRANSLATE_NOOP("web", "That code cannot be right"),
    "too_many": QT_TRANSLATE_NOOP("web", "Too many look-ups from here just now. Please try again in a minute."),
    "unavailable": QT_TRANSLATE_NOOP("web", "The page cannot answer just now. Please try again in a little while."),
    "not_found": QT_TRANSLATE_NOOP("web", "There is no such page."),
    "stories": QT_TRANSLATE_NOOP("web", "You said – we did"),
    "stories_intro": QT_TRANSLATE_NOOP("web", "Ideas citizens gave at MOKOKO, and what the municipality did with them."),
    "no_stories": QT_TRANSLATE_NOOP("web", "No stories yet."),
    "said": QT_TRANSLATE_NOOP("web", "A citizen said"),
    "did": QT_TRANSLATE_NOOP("web", "The municipality did"),
    "story_where": QT_TRANSLATE_NOOP("web", "Given at {place}"),
    "privacy": QT_TRANSLATE_NOOP("web", "This page sets no cookies and tracks nobody."),
    "privacy_link": QT_TRANSLATE_NOOP("web", "How we handle your information"),
    "accessibility_link": QT_TRANSLATE_NOOP("web", "Accessibility statement"),
    "skip": QT_TRANSLATE_NOOP("web", "Skip to the content"),
    "languages": QT_TRANSLATE_NOOP("web", "Languages"),
}


def texts_for(language: str) -> dict[str, str]:
    """Every text of the site in ``language`` (English where a text is not translated yet)."""
    return {key: translate(language, "web", source) for key, source in TEXTS.items()}
