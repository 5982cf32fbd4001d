"""What a receipt says: the content the kiosk decides, before anything is rendered."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

EXCERPT_LENGTH = 160


@dataclass(frozen=True)
class ReceiptContent:
    """Everything printed on a receipt. An idea's receipt quotes ``excerpt_source``; a sign-up's
    or a Byttebørs post's (``kind`` "signup"/"offer") prints ``sections`` instead: (heading,
    text) pairs already in the receipt's language."""

    municipality: str
    stop_place: str
    created_at: dt.datetime
    receipt_code: str
    followup_url: str
    excerpt_source: str
    language: str
    kind: str = "idea"
    sections: tuple[tuple[str, str], ...] = ()
    voucher: bool = False  # "Gratis mad for gode idéer": the food-basket line


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
