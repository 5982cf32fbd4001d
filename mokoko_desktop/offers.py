"""The Byttebørs: what citizens and associations can offer and what they need, and the matches
staff can act on before the container moves on.

A match pairs something given (an offer, or a volunteer who signed up for "something else")
with something needed (a need, or an opportunity from the catalogue) that shares at least one
interest tag. Sharing the place (posted at the same stop, or an opportunity near that stop)
makes a match stronger.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import ClassVar

import uuid6
from sqlmodel import Session, col, select

from mokoko_desktop.clock import Clock, local_date, local_day_bounds, utc_now
from mokoko_desktop.consent import offer_days_of, offer_version
from mokoko_desktop.models import Device, Offer, Signup
from mokoko_desktop.opportunities import Opportunities
from mokoko_desktop.signups import UNKNOWN_INTEREST
from mokoko_desktop.store import Store
from mokoko_desktop.submissions import ReceiptBody, SubmissionService
from mokoko_desktop.validation import (
    FieldProblem,
    check_reachable,
    clean_line,
    clean_text,
    line_problem,
)
from shared_kernel import limits
from shared_kernel.byttebors import Match, MatchSide, match_sides
from shared_kernel.i18n import QT_TRANSLATE_NOOP, pick, translate
from shared_kernel.retention_periods import duration
from shared_kernel.texts import excerpt, quoted

KINDS = ("offer", "need")
TEXT_MAX = limits.OFFER_TEXT_MAX
PLACE_MAX = limits.PLACE_MAX


@dataclass
class OfferDraft:
    """A Byttebørs post before it is checked. Empty strings mean "not given"."""

    kind: str = "offer"
    text: str = ""
    tags: list[str] = field(default_factory=list)
    place: str = ""
    name: str = ""
    phone: str = ""
    email: str = ""
    consent: bool = False
    language: str = "da"
    submission_kind: ClassVar[str] = "offer"


class OfferService(SubmissionService[OfferDraft, Offer]):
    """Check and store Byttebørs posts; list the day's posts and suggest matches."""

    submission_kind = "offer"

    def __init__(self, store: Store, device: Device, opportunities: Opportunities, clock: Clock = utc_now) -> None:
        super().__init__(store, device, clock)
        self._opportunities = opportunities

    def check(self, draft: OfferDraft) -> list[FieldProblem]:
        problems: list[FieldProblem] = []
        self._clean(draft, problems)
        return problems

    def _clean(self, draft: OfferDraft, problems: list[FieldProblem]) -> tuple[str, str | None, str | None]:
        def problem(field_name: str, message: str, **params: object) -> None:
            problems.append(FieldProblem(field_name, message, params))

        if draft.kind not in KINDS:
            problem("kind", QT_TRANSLATE_NOOP("validation", "Please choose whether you offer something or need something."))
        text = clean_text(draft.text)
        if not text:
            problem("text", QT_TRANSLATE_NOOP("validation", "Please write what you offer or need."))
        elif len(text) > TEXT_MAX:
            problem("text", QT_TRANSLATE_NOOP("validation", "Please shorten this to at most {limit} characters."), limit=TEXT_MAX)
        if not draft.tags:
            problem("tags", QT_TRANSLATE_NOOP("validation", "Please choose at least one subject, so we can find a match."))
        elif unknown := self._opportunities.unknown_interests(draft.tags):
            problem("tags", UNKNOWN_INTEREST, codes=", ".join(unknown))
        issue = line_problem("place", clean_line(draft.place), PLACE_MAX, None)
        if issue:
            problems.append(issue)
        name, phone, email = check_reachable(
            draft.name,
            draft.phone,
            draft.email,
            QT_TRANSLATE_NOOP("validation", "Please write your name or your association's name."),
            problems,
        )
        if not draft.consent:
            problem(
                "consent",
                QT_TRANSLATE_NOOP(
                    "validation", "We can only show your post to others if you say yes to this. Without it, nothing is saved."
                ),
            )
        return name, phone, email

    def _build(self, session: Session, draft: OfferDraft, stop_id: str, now: dt.datetime) -> Offer:
        name, phone, email = self._clean(draft, [])
        return Offer(
            id=str(uuid6.uuid7()),
            receipt_code=self.new_code(),
            kind=draft.kind,
            text=clean_text(draft.text),
            tags=sorted(set(draft.tags)),
            place=clean_line(draft.place),
            sealed_contact=self._sealed(session, {"name": name, "phone": phone, "email": email}),
            consent_version=offer_version(self._periods(session)),
            language=draft.language,
            stop_id=stop_id,
            device_id=self._device.id,
            created_at=now,
        )

    def receipt_body(self, record: Offer) -> ReceiptBody:
        return ReceiptBody(sections=offer_receipt_sections(record))

    def of_day(self, day: dt.date) -> list[Offer]:
        """Posts made on ``day`` (local time), newest first."""
        start, end = local_day_bounds(day)
        with self._store.session() as session:
            statement = (
                select(Offer).where(col(Offer.created_at) >= start, col(Offer.created_at) < end).order_by(col(Offer.created_at).desc())
            )
            return list(session.exec(statement))

    def matches(self, day: dt.date | None = None, language: str = "da") -> list[Match]:
        """Suggested matches for ``day`` (default today): the day's offers and "something else"
        sign-ups against the day's needs and the open opportunities, best first."""
        day = day or local_date(self._clock())
        start, end = local_day_bounds(day)
        posts = self.of_day(day)
        with self._store.session() as session:
            helpers = list(
                session.exec(
                    select(Signup).where(
                        col(Signup.opportunity_id).is_(None), col(Signup.created_at) >= start, col(Signup.created_at) < end
                    )
                )
            )
        givers = [(_side_of_post(post), post.stop_id) for post in posts if post.kind == "offer"]
        givers += [(_side_of_helper(signup), signup.stop_id) for signup in helpers]
        takers: list[tuple[MatchSide, frozenset[str] | None]] = [
            (_side_of_post(post), frozenset({post.stop_id})) for post in posts if post.kind == "need"
        ]
        for opportunity in self._opportunities.browse(day):
            side = MatchSide(
                kind="opportunity",
                ref=opportunity.id,
                summary=f"{pick(opportunity.title, language)} ({pick(opportunity.organisation, language)})",
                contact=f"{opportunity.contact_name}, {opportunity.contact_how}".strip(", "),
                tags=frozenset(opportunity.tags),
            )
            takers.append((side, frozenset(opportunity.near_stops) or None))  # None: everywhere
        return match_sides(givers, takers)


def _side_of_post(post: Offer) -> MatchSide:
    return MatchSide(post.kind, post.receipt_code, excerpt(post.text, 90), "", frozenset(post.tags))


def _side_of_helper(signup: Signup) -> MatchSide:
    return MatchSide(
        "signup",
        signup.receipt_code,
        excerpt(signup.general_text or "", 90),
        "",
        frozenset(signup.interests),
    )


_RECEIPT = {
    "offer": QT_TRANSLATE_NOOP("receipt", "You offer"),
    "need": QT_TRANSLATE_NOOP("receipt", "You need"),
    "next": QT_TRANSLATE_NOOP("receipt", "What happens now?"),
    "next_body": QT_TRANSLATE_NOOP(
        "receipt",
        "The municipality looks for a match. If someone fits, you are contacted on the phone number or e-mail "
        "you gave. Your post is kept for {duration}.",
    ),
}


def offer_receipt_sections(offer: Offer) -> tuple[tuple[str, str], ...]:
    """What a Byttebørs post's receipt says, in the post's language (no contact details: the
    kiosk sealed them)."""

    def t(key: str) -> str:
        return translate(offer.language, "receipt", _RECEIPT[key])

    kept = duration(offer_days_of(offer.consent_version), lambda context, source: translate(offer.language, context, source))
    return ((t(offer.kind), quoted(excerpt(offer.text, 160), offer.language)), (t("next"), t("next_body").format(duration=kept)))
