"""The Byttebørs: posts are checked and stored; matches by shared tags and place."""

from __future__ import annotations

from typing import Any

import pytest
from sqlmodel import func, select

from mokoko_desktop.models import Offer
from mokoko_desktop.offers import OfferDraft
from mokoko_desktop.signups import SignupDraft
from mokoko_desktop.validation import SubmissionRejected
from tests.conftest import opened


def _post(kiosk, stop: str = "assentoft", **changes) -> Offer:
    values: dict[str, Any] = dict(
        kind="offer", text="Jeg har en trailer om lørdagen.", tags=["praktisk"], name="Bo Demo", email="bo@eksempel.dk", consent=True
    )
    values.update(changes)
    return kiosk.offers.submit(OfferDraft(**values), stop)


def _count(kiosk) -> int:
    with kiosk.store.session() as session:
        return session.exec(select(func.count()).select_from(Offer)).one()


def test_a_post_is_stored_with_consent_version(kiosk) -> None:
    post = _post(kiosk, place=" Assentoft  Hallen ", phone="20 30 40 50")
    assert post.kind == "offer" and post.tags == ["praktisk"] and post.place == "Assentoft Hallen"
    assert opened(post)["phone"] == "+4520304050" and post.consent_version == "offer-2026-11-29:7/90"  # the periods it promised


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"kind": "gift"}, "kind"),
        ({"text": " "}, "text"),
        ({"tags": []}, "tags"),
        ({"tags": ["ukendt"]}, "tags"),
        ({"name": ""}, "name"),
        ({"email": "", "phone": ""}, "phone"),
        ({"email": "bo@"}, "email"),
        ({"consent": False}, "consent"),
        ({"place": "p" * 101}, "place"),
    ],
)
def test_bad_posts_are_refused_and_nothing_is_stored(kiosk, changes, field) -> None:
    with pytest.raises(SubmissionRejected) as rejected:
        _post(kiosk, **changes)
    assert field in {problem.field for problem in rejected.value.problems}
    assert _count(kiosk) == 0


def test_matches_pair_offers_with_needs_and_opportunities_by_tag_and_place(kiosk, clock) -> None:
    trailer = _post(kiosk, tags=["praktisk"])
    tables = _post(
        kiosk,
        kind="need",
        text="Vi skal flytte borde i forsamlingshuset.",
        tags=["praktisk", "samvaer"],
        name="Asferg Forsamlingshus",
        email="hus@eksempel.dk",
    )
    elsewhere = _post(kiosk, "langaa", kind="need", text="Hjælp til at bære", tags=["praktisk"], name="Kim", phone="20 30 40 52")
    unrelated = _post(kiosk, kind="need", text="Et fodboldmål", tags=["sport"], name="IF", phone="20 30 40 53")
    matches = kiosk.offers.matches(clock.now.date())
    pairs = {(m.giver.ref, m.taker.ref): m for m in matches}
    assert (trailer.receipt_code, tables.receipt_code) in pairs
    assert (trailer.receipt_code, unrelated.receipt_code) not in pairs  # no shared tag
    here, there = pairs[(trailer.receipt_code, tables.receipt_code)], pairs[(trailer.receipt_code, elsewhere.receipt_code)]
    assert here.same_place and not there.same_place and here.score > there.score
    # Opportunities that share a tag are suggested too; one near today's stop counts as the same place
    festival = pairs[(trailer.receipt_code, "julemarked-langaa")]
    assert festival.shared_tags == ("praktisk",) and not festival.same_place
    assert matches == sorted(matches, key=lambda m: -m.score) and matches[0].score >= here.score
    # Citizens' details are sealed: staff see the organisation's contact, city hall the citizens'
    assert here.giver.contact == here.taker.contact == "" and festival.taker.contact.startswith("Kim Thomsen")


def test_volunteers_for_something_else_are_matched_by_their_interests(kiosk, clock) -> None:
    helper = kiosk.signups.submit(
        SignupDraft(
            general_text="Jeg vil gerne køre for ældre.",
            interests=["korsel"],
            name="Åse",
            phone="20 30 40 54",
            age_group="65-79",
            availability=["weekdays"],
            frequency="regular",
            consent=True,
        ),
        "havndal",
    )
    matches = kiosk.offers.matches(clock.now.date())
    drive = [m for m in matches if m.giver.ref == helper.receipt_code and m.taker.ref == "vennetjeneste-korsel"]
    assert drive and drive[0].same_place and drive[0].giver.kind == "signup"


def test_only_the_days_posts_are_matched(kiosk, clock) -> None:
    _post(kiosk)
    clock.advance(days=1)
    assert kiosk.offers.of_day(clock.now.date()) == [] and kiosk.offers.matches(clock.now.date()) == []


def test_a_purged_post_is_still_matched_without_contact_details(kiosk, clock) -> None:
    from sqlalchemy import text

    from sync.engine import purge_contacts

    post = _post(kiosk)
    _post(kiosk, kind="need", text="Flytte borde", name="Hus", phone="20304052")
    with kiosk.store.engine.begin() as connection:
        connection.execute(text("UPDATE offer SET synced_at = :at"), {"at": clock.now.isoformat(timespec="microseconds")})
    kiosk.settings.set("contact_retention_days", 0)  # a kiosk set to delete right after the sync
    assert purge_contacts(kiosk, clock.now) == 2
    [match] = [m for m in kiosk.offers.matches(clock.now.date()) if m.giver.ref == post.receipt_code and m.taker.kind == "need"]
    assert match.giver.contact == "" and match.taker.contact == ""
    assert match.giver.shown_ref == post.receipt_code[:4] + "-" + post.receipt_code[4:7] + "-" + post.receipt_code[7:]


def test_a_task_is_named_by_its_title_not_its_id(kiosk, clock) -> None:
    """Issue 28, point 6: staff read "Opgave: Kørsel for ældre (…)", not "Opgave vennetjeneste-korsel"."""
    post = _post(kiosk)
    matches = [m for m in kiosk.offers.matches(clock.now.date(), "da") if m.giver.ref == post.receipt_code]
    tasks = [m.taker for m in matches if m.taker.kind == "opportunity"]
    assert tasks, "the demo has tasks that fit an offer of practical help"
    for task in tasks:
        assert task.described == task.summary and task.ref not in task.described
    assert matches[0].giver.described.startswith(matches[0].giver.shown_ref + ": ")
