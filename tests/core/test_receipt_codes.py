from __future__ import annotations

import random

import pytest

from shared_kernel import receipt_codes as rc
from tests.conftest import present


def test_codes_are_ten_characters_from_the_alphabet_with_the_device_tag_first() -> None:
    code = rc.new_code("K7QM")
    assert len(code) == rc.CODE_LENGTH == 10
    assert code.startswith("K7QM")
    assert set(code) <= set(rc.ALPHABET)
    assert rc.problem_with(code) is None


def test_alphabet_has_no_look_alikes() -> None:
    for char in "0O1IL":
        assert char not in rc.ALPHABET
    assert len(rc.ALPHABET) == 31


def test_typing_ignores_case_spaces_and_dashes() -> None:
    code = rc.new_code("ABCD")
    typed = " " + rc.format_code(code).lower().replace("-", " - ") + " "
    assert rc.normalise(typed) == code


def _all_single_substitutions(code: str):
    for position, original in enumerate(code):
        for replacement in rc.ALPHABET:
            if replacement != original:
                yield code[:position] + replacement + code[position + 1 :]


def test_every_single_mistyped_character_is_caught() -> None:
    rng = random.Random(7)
    for _ in range(200):
        code = rc.new_code("".join(rng.choice(rc.ALPHABET) for _ in range(4)))
        for wrong in _all_single_substitutions(code):
            assert rc.problem_with(wrong) is not None, wrong


def test_every_swap_of_two_different_neighbours_is_caught() -> None:
    rng = random.Random(11)
    checked = 0
    for _ in range(2000):
        code = rc.new_code("".join(rng.choice(rc.ALPHABET) for _ in range(4)))
        for position in range(len(code) - 1):
            if code[position] != code[position + 1]:
                swapped = code[:position] + code[position + 1] + code[position] + code[position + 2 :]
                assert rc.problem_with(swapped) is not None, (code, swapped)
                checked += 1
    assert checked > 15000


def test_codes_of_kiosks_with_different_tags_never_collide() -> None:
    first = {rc.new_code("AAAA") for _ in range(2000)}
    second = {rc.new_code("AAAB") for _ in range(2000)}
    assert not first & second


@pytest.mark.parametrize(
    ("typed", "expected_words"),
    [
        ("", "Please type"),
        ("ABCD-EFG-H0K", "never contain 0"),
        ("ABCD-EFG-H?K", "only letters and digits"),
        ("ABCD-EFG-HJ", "has 10 characters; this one has 9"),
    ],
)
def test_mistyped_codes_get_a_helpful_message(typed: str, expected_words: str) -> None:
    problem = rc.problem_with(typed)
    assert problem is not None
    assert expected_words in problem.english()
    with pytest.raises(rc.InvalidReceiptCode):
        rc.normalise(typed)


def test_a_bad_check_character_says_a_character_is_mistyped() -> None:
    code = rc.new_code("WXYZ")
    wrong = code[:5] + ("2" if code[5] != "2" else "3") + code[6:]
    assert "mistyped" in present(rc.problem_with(wrong)).english()


def test_the_follow_up_sites_front_page_comes_from_the_receipts_link() -> None:
    from shared_kernel.texts import followup_home

    assert followup_home("https://mokoko.randers.dk/f/{code}") == "https://mokoko.randers.dk/"
    assert followup_home("https://borger.randers.dk/mokoko/f/{code}") == "https://borger.randers.dk/mokoko/"
    assert followup_home("https://x.dk/sag?kode={code}") == "https://x.dk/"  # another shape: the site's root
