from __future__ import annotations

import pytest

from mokoko_desktop.validation import (
    TEXT_MAX,
    FieldProblem,
    check_contact,
    clean_line,
    clean_text,
    normalise_email,
    normalise_phone,
    text_problem,
)


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
