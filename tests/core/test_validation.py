from __future__ import annotations

from typing import Any

import pytest
from sqlmodel import select

from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.models import Idea, Offer, Signup
from mokoko_desktop.offers import OfferDraft
from mokoko_desktop.signups import SignupDraft
from mokoko_desktop.validation import (
    TEXT_MAX,
    FieldProblem,
    SubmissionRejected,
    check_contact,
    clean_line,
    clean_text,
    normalise_email,
    normalise_phone,
    text_problem,
)
from tests.conftest import opened, stored


def test_control_characters_and_nul_are_removed_and_line_breaks_kept() -> None:
    assert clean_text("  Bænke\x00 ved\x07 åen\r\nog\x1b stier\t!  ") == "Bænke ved åen\nog stier !"


def test_emoji_and_right_to_left_text_are_kept_exactly() -> None:
    text = "فكرة جيدة 👩‍👩‍👧 שלום \u200f!"
    assert clean_text(text) == text


def test_decomposed_danish_letters_are_composed() -> None:
    assert clean_text("a\u030aen") == "åen"


@pytest.mark.parametrize("text", ["", "   ", "\n\t \x00"])
def test_empty_or_blank_text_is_refused(text: str) -> None:
    problem = text_problem(clean_text(text))
    assert problem is not None and problem.field == "text"


def test_text_limit_counts_characters_as_stored() -> None:
    assert text_problem("x" * TEXT_MAX) is None
    problem = text_problem("x" * (TEXT_MAX + 3))
    assert problem is not None and "3 characters too long" in problem.english()


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("20123456", "+4520123456"),
        ("20 12 34 56", "+4520123456"),
        ("+45 20 12 34 56", "+4520123456"),
        ("0045 20123456", "+4520123456"),
        ("+46 70 123 45 67", "+46701234567"),
    ],
)
def test_phone_numbers_danish_and_foreign(typed: str, stored: str) -> None:
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize("typed", ["1234", "hello", "+999 123", "123456789012345"])
def test_bad_phone_numbers_are_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        normalise_phone(typed)


def test_email_is_checked_for_shape_not_deliverability() -> None:
    assert normalise_email(" Aase@Eksempel.dk ") == "Aase@eksempel.dk"
    for bad in ("aase", "aase@", "@eksempel.dk", "aase@eksempel"):
        with pytest.raises(ValueError):
            normalise_email(bad)


def test_contact_details_without_consent_are_a_problem() -> None:
    problems: list[FieldProblem] = []
    check_contact("Åse", "", "", consent=False, problems=problems)
    assert [p.field for p in problems] == ["consent"]


def test_consent_without_contact_details_is_fine_and_stores_nothing() -> None:
    problems: list[FieldProblem] = []
    contact = check_contact("", "", "", consent=True, problems=problems)
    assert problems == [] and not contact.given


def test_names_are_one_clean_line() -> None:
    assert clean_line("  Åse \n  Ørne\x00bjerg ") == "Åse Ørnebjerg"


# What every kind of submission refuses at the boundary, before any cleaning ------------------


def _idea(**changes: object) -> IdeaDraft:
    values: dict[str, Any] = {"theme_code": "andet", "text": "Bænke ved åen", **changes}
    return IdeaDraft(**values)


@pytest.mark.parametrize("language", ["da\x00", "x" * 1_000_000, "klingon", ""])
def test_an_unknown_language_is_refused_for_every_kind(kiosk, language: str) -> None:
    drafts = [
        _idea(language=language),
        SignupDraft(
            opportunity_id="bogvenner",
            name="Åse",
            phone="20304050",
            age_group="65-79",
            availability=["weekdays"],
            consent=True,
            language=language,
        ),
        OfferDraft(text="Trailer", tags=["praktisk"], name="Bo", phone="20304051", consent=True, language=language),
    ]
    for draft in drafts:
        with pytest.raises(SubmissionRejected) as rejected:
            kiosk.submit(draft)
        assert [problem.field for problem in rejected.value.problems] == ["language"]
        assert "\x00" not in rejected.value.problems[0].english() and len(rejected.value.problems[0].english()) < 200
    assert _stored_count(kiosk) == 0


def test_a_huge_paste_is_refused_before_it_is_cleaned(kiosk) -> None:
    huge = "Bænke ved åen. " * 7_000_000  # about 100 MB
    with pytest.raises(SubmissionRejected) as rejected:
        kiosk.submit(_idea(text=huge))
    assert [(problem.field, problem.params) for problem in rejected.value.problems] == [("text", {"limit": 2000})]
    assert _stored_count(kiosk) == 0


def test_bidi_overrides_are_removed_from_names_and_places(kiosk) -> None:
    post = kiosk.submit(
        OfferDraft(
            text="Trailer",
            tags=["praktisk"],
            name="\u202eBo Hansen\u202c",
            phone="20304051",
            place="Assentoft \u2067hallen\u2069",
            consent=True,
        )
    )
    stored_post = stored(kiosk, Offer, post.receipt_code)
    assert (opened(stored_post)["name"], stored_post.place) == ("Bo Hansen", "Assentoft hallen")


def test_combining_marks_piled_on_one_letter_are_cut(kiosk) -> None:
    zalgo = "A" + "\u0301" * 99 + "se"
    cut = "\u00c1" + "\u0301" * 4 + "se"  # NFC makes the first mark part of the letter: Á, then four more
    assert clean_line(zalgo) == cut
    assert clean_text("Nguyễn " + zalgo) == "Nguyễn " + cut  # ordinary diacritics stay
    idea = kiosk.submit(_idea(name=zalgo, consent=True))
    assert opened(stored(kiosk, Idea, idea.receipt_code))["name"] == cut


def _stored_count(kiosk) -> int:
    with kiosk.store.session() as session:
        return sum(len(session.exec(select(model)).all()) for model in (Idea, Signup, Offer))
