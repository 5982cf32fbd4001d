"""What a receipt says: the content the kiosk decides, before anything is rendered."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


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
    privacy_url: str = ""  # the privacy notice's address on the follow-up site (its short line at the foot)
