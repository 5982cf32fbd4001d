"""Issue 31, search that understands Danish: "legepladsen" finds "legeplads", "motion" finds
"motionshold", inflected forms find each other, quotes and -word still work; and the inbox's count,
exact where it is quick, the database's estimate ("about") where counting would keep the person
waiting. Against a real PostgreSQL; the figures at a million ideas are benchmarks/office_search.py's."""

from __future__ import annotations

import uuid

import pytest

from central_database.devices import add_device
from central_database.office_users import add_office_user
from city_hall import inbox_count
from city_hall.inbox import InboxFilter
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from sync.engine import sync_once
from tests.conftest import office_of

TEXTS = {
    "playground": "Vi mangler en ny legeplads ved skolen",
    "playground_small": "Legepladsen i parken er for lille",
    "exercise": "Et motionshold for seniorer om tirsdagen",
    "exercise_walk": "Motion i det fri: gåture langs åen",
    "benches": "Flere bænke ved åen",
    "bus": "Bogbus hver uge",
}


@pytest.fixture
def searched(owner_url, data_dir, clock):
    kiosk = open_kiosk(data_dir, demo=True, clock=clock)
    codes = {key: kiosk.ideas.submit(IdeaDraft(theme_code="andet", text=text), "havndal").receipt_code for key, text in TEXTS.items()}
    sync_once(kiosk, add_device(owner_url, "Havndal").url)
    kiosk.close()
    person = add_office_user(owner_url, "Søren Søg", None, login=f"office_t{uuid.uuid4().hex[:10]}")
    return office_of(person.url), codes


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("legepladsen", {"playground", "playground_small"}),  # the stemmer's "legeplads" and "legeplad"
        ("legeplads", {"playground", "playground_small"}),
        ("legepladser", {"playground", "playground_small"}),
        ("motion", {"exercise", "exercise_walk"}),  # a word's beginning: "motionshold"
        ("motionshold", {"exercise"}),
        ("bænkene", {"benches"}),
        ("legeplads -skolen", {"playground_small"}),
        ('"ved åen"', {"benches"}),
        ("svømmehal", set()),
    ],
)
def test_danish_words_find_their_forms_beginnings_and_compounds(searched, words, found) -> None:
    office, codes = searched
    listed = {idea.receipt_code for idea in office.inbox(InboxFilter(search=words))}
    assert listed == {codes[key] for key in found}
    assert office.count(InboxFilter(search=words)) == len(found)


def test_a_count_is_exact_when_quick_and_an_estimate_said_so_when_not(searched, monkeypatch) -> None:
    office, _codes = searched
    assert office.count_quickly(InboxFilter(search="legepladsen")) == inbox_count.Counted(2, True)
    assert office.count_quickly() == inbox_count.Counted(len(TEXTS), True)
    monkeypatch.setattr(inbox_count, "ESTIMATE_ABOVE", 0)  # as if the filter found more than is quick to count
    estimated = office.count_quickly()
    assert estimated.exact is False and estimated.number > 0


def test_an_estimate_is_rounded_to_two_digits() -> None:
    assert [inbox_count._rounded(n) for n in (7, 99, 612_345, 1_049_999)] == [7, 99, 610_000, 1_000_000]
