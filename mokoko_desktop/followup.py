"""Follow-up by receipt code: what a citizen sees when they come back with their receipt.

Works for ideas given at this kiosk (the idea and its status) and at any other kiosk (the status
and public reply pulled from the central database; the idea's text stays where it was given).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlmodel import select

from mokoko_desktop import receipt_codes
from mokoko_desktop.i18n import pick
from mokoko_desktop.models import Idea, IdeaStatus, Offer, Signup, Status
from mokoko_desktop.store import Store

_CODE_IN_URL = re.compile(r"[?&/=]([" + receipt_codes.ALPHABET + r"\- ]{10,14})(?:[?&#/]|$)", re.IGNORECASE)


@dataclass(frozen=True)
class FollowUp:
    """What is known about a receipt code. ``idea`` is None for another kiosk's idea;
    ``status`` is None when city hall has not answered yet. A sign-up's or Byttebørs post's
    code (made here) finds ``signup`` or ``post`` instead; its personal data is not shown."""

    code: str
    idea: Idea | None
    status: IdeaStatus | None
    status_label: dict[str, str]
    signup: Signup | None = None
    post: Offer | None = None

    @property
    def known(self) -> bool:
        return any(found is not None for found in (self.idea, self.status, self.signup, self.post))

    def status_text(self, language: str) -> str:
        return pick(self.status_label, language) if self.status_label else (self.status.status if self.status else "")


def code_from_scan(scanned: str) -> str:
    """The receipt code in what a scanner typed (the whole follow-up URL) or a person typed."""
    text = scanned.strip()
    if "://" in text or "?" in text:
        for match in _CODE_IN_URL.finditer(text + "/"):
            candidate = match.group(1)
            if receipt_codes.problem_with(candidate) is None:
                return candidate
    return text


def look_up(store: Store, scanned: str) -> FollowUp:
    """Look up a scanned or typed code. Raises :class:`receipt_codes.InvalidReceiptCode`."""
    code = receipt_codes.normalise(code_from_scan(scanned))
    with store.session() as session:
        idea = session.exec(select(Idea).where(Idea.receipt_code == code)).first()
        status = session.exec(select(IdeaStatus).where(IdeaStatus.receipt_code == code)).first()
        known_status = session.get(Status, status.status) if status else None
        label = known_status.label if known_status else {}
        signup = session.exec(select(Signup).where(Signup.receipt_code == code)).first()
        post = session.exec(select(Offer).where(Offer.receipt_code == code)).first()
    return FollowUp(code, idea, status, dict(label), signup, post)
