"""Short texts made from longer ones: an excerpt of what a citizen wrote, and the follow-up link of a
receipt code."""

from __future__ import annotations

EXCERPT_LENGTH = 160


# Where a receipt's QR code leads until a municipality sets its own (the kiosk's followup_url_template).
DEFAULT_FOLLOWUP_URL_TEMPLATE = "https://mokoko.randers.dk/f/{code}"


def followup_url(template: str, code: str) -> str:
    """The follow-up URL for ``code`` from the configured template (which contains ``{code}``)."""
    return template.replace("{code}", code)


def excerpt(text: str, limit: int = EXCERPT_LENGTH) -> str:
    """The start of ``text`` on one paragraph, cut at a word boundary with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    if " " in cut[limit // 2 :]:  # end on a whole word unless that loses more than half
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:") + "…"
