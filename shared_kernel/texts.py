"""Short texts made from longer ones: an excerpt of what a citizen wrote, and the follow-up link of a
receipt code."""

from __future__ import annotations

EXCERPT_LENGTH = 160


# Where a receipt's QR code leads until a municipality sets its own (the kiosk's followup_url_template).
DEFAULT_FOLLOWUP_URL_TEMPLATE = "https://mokoko.randers.dk/f/{code}"


# Quotation marks as each language writes them (Ukrainian and Arabic: « »); the others “ ”.
_QUOTES = {"uk": ("«", "»"), "ar": ("«", "»")}


def quoted(text: str, language: str) -> str:
    """``text`` in the quotation marks of ``language``."""
    opening, closing = _QUOTES.get(language, ("“", "”"))
    return f"{opening}{text}{closing}"


def followup_home(template: str) -> str:
    """The follow-up site's front page, from the follow-up URL template
    (``https://borger.randers.dk/f/{code}`` → ``https://borger.randers.dk/``): where a citizen
    types a code."""
    from urllib.parse import urlsplit

    home = template.split("{code}", 1)[0]
    if home.endswith("/f/"):  # the follow-up site's own shape: its front page is one step up
        return home[: -len("f/")]
    parts = urlsplit(home)
    return f"{parts.scheme}://{parts.netloc}/"  # another site's shape: its root


def followup_url(template: str, code: str) -> str:
    """The follow-up URL for ``code`` from the configured template (which contains ``{code}``)."""
    return template.replace("{code}", code)


OFFICE_LINK_SCHEME = "mokoko-office"  # a city-hall PC opens these links in the office app (deploy/office)


def office_link(code: str) -> str:
    """A link that opens the idea with ``code`` in the office app: ``mokoko-office://idea/CODE``."""
    return f"{OFFICE_LINK_SCHEME}://idea/{code}"


def code_in_office_link(text: str) -> str:
    """The code in an office link (:func:`office_link`), or ``text`` itself when it is not one
    (a code typed or pasted as it is)."""
    prefix = f"{OFFICE_LINK_SCHEME}://idea/"
    return text.strip()[len(prefix) :].strip("/") if text.strip().lower().startswith(prefix) else text.strip()


def excerpt(text: str, limit: int = EXCERPT_LENGTH) -> str:
    """The start of ``text`` on one paragraph, cut at a word boundary with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    if " " in cut[limit // 2 :]:  # end on a whole word unless that loses more than half
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:") + "…"
