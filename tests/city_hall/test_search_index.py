"""Issue 32: the office's search index is filled off the kiosk's path (central c0033). A kiosk's
push only queues its ideas; the watchdog's round (every 5 s) and city hall's search index what is
queued, so a search finds an idea the moment it has arrived. Only city hall reads the index; no
kiosk, web reader or association reads it, the queue, or may fill it."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from psycopg import errors

from central_database.devices import add_device
from central_database.office_users import add_office_user
from central_database.partners import add_partner
from central_database.watchdog import end_overlong_sessions
from central_database.web_readers import add_web_reader
from city_hall.inbox import InboxFilter
from city_hall.similar_ideas import similar
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from sync.engine import sync_once
from tests.conftest import central_rows, office_of

TEXTS = ["Flere bænke ved åen", "Flere bænke ved åen, tak", "Bogbus hver uge"]


@pytest.fixture
def pushed(owner_url, data_dir, clock):
    """Three ideas pushed by a kiosk, not indexed yet; the kiosk's login."""
    kiosk = open_kiosk(data_dir, demo=True, clock=clock)
    codes = [kiosk.ideas.submit(IdeaDraft(theme_code="andet", text=text), "havndal").receipt_code for text in TEXTS]
    kiosk_url = add_device(owner_url, "Havndal").url
    sync_once(kiosk, kiosk_url)
    kiosk.close()
    return codes, kiosk_url


def _indexed(owner_url: str) -> tuple[int, int]:
    """(ideas in the search index, ids waiting for it)."""
    [(indexed, waiting)] = central_rows(
        owner_url, "SELECT (SELECT count(*) FROM mokoko.idea_search), (SELECT count(*) FROM mokoko.idea_unindexed)"
    )
    return int(indexed), int(waiting)


def test_a_push_only_queues_its_ideas_and_the_search_finds_them_at_once(pushed, owner_url) -> None:
    codes, _ = pushed
    assert _indexed(owner_url) == (0, 3)
    office = office_of(add_office_user(owner_url, "Søren Søg", None, login=f"office_t{uuid.uuid4().hex[:10]}").url)
    assert {idea.receipt_code for idea in office.inbox(InboxFilter(search="bænkene"))} == set(codes[:2])
    assert _indexed(owner_url) == (3, 0)
    assert office.count(InboxFilter(search="bogbus")) == 1


def test_the_similar_ideas_index_what_arrived_before_they_look(pushed, owner_url) -> None:
    codes, _ = pushed
    office = office_of(add_office_user(owner_url, "Søren Søg", None, login=f"office_t{uuid.uuid4().hex[:10]}").url)
    assert [found.receipt_code for found in similar(office, codes[0])] == [codes[1]]


def test_the_watchdogs_round_indexes_the_new_ideas(pushed, owner_url, admin_url) -> None:
    assert _indexed(owner_url) == (0, 3)
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.idea WHERE text_search IS NULL") == [(3,)]  # not in the push
    assert end_overlong_sessions(admin_url) == []
    assert _indexed(owner_url) == (3, 0)
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.idea WHERE text_search = to_tsvector('danish', text)") == [(3,)]
    assert central_rows(
        owner_url, "SELECT count(*) FROM mokoko.idea_search s JOIN mokoko.idea i ON i.id = s.idea_id WHERE s.text = i.text"
    ) == [(3,)]
    end_overlong_sessions(admin_url)  # nothing queued: nothing twice
    assert _indexed(owner_url) == (3, 0)


def test_a_deleted_idea_leaves_no_search_row_and_a_queued_one_is_dropped(pushed, owner_url, admin_url) -> None:
    codes, _ = pushed
    with psycopg.connect(owner_url) as connection:
        connection.execute("DELETE FROM mokoko.idea WHERE receipt_code = %s", (codes[2],))  # queued, not indexed yet
    end_overlong_sessions(admin_url)
    assert _indexed(owner_url) == (2, 0)
    with psycopg.connect(owner_url) as connection:
        connection.execute("DELETE FROM mokoko.idea WHERE receipt_code = %s", (codes[1],))  # indexed
    assert _indexed(owner_url) == (1, 0)


ATTACKS = [
    "SELECT text FROM mokoko.idea_search",
    "SELECT idea_id FROM mokoko.idea_unindexed",
    "INSERT INTO mokoko.idea_unindexed (idea_id) VALUES (gen_random_uuid())",
    "DELETE FROM mokoko.idea_unindexed",
    "INSERT INTO mokoko.idea_search (idea_id, text) SELECT gen_random_uuid(), 'x'",
    "UPDATE mokoko.idea SET text_search = to_tsvector('x')",
    "SELECT mokoko.index_new_ideas(10)",
    "SELECT mokoko.queue_for_search()",
]


def test_a_kiosk_cannot_write_its_ideas_search_words(pushed) -> None:
    _, kiosk_url = pushed
    with psycopg.connect(kiosk_url) as connection, pytest.raises(errors.InsufficientPrivilege):
        connection.execute(
            "INSERT INTO mokoko.idea (id, receipt_code, consultation_id, theme_code, text, language, stop_id, created_at, "
            "content_hash, text_search) VALUES (gen_random_uuid(), 'X', 'c', 't', 'x', 'da', 's', now(), 'h', to_tsvector('cykelsti'))"
        )


def test_no_kiosk_web_reader_or_association_reads_or_fills_the_index(pushed, owner_url, tmp_path) -> None:
    _, kiosk_url = pushed
    reader_url = add_web_reader(owner_url, f"t{uuid.uuid4().hex[:10]}")
    partner_url = add_partner(owner_url, "Bogvenner", ["bogvenner"], f"partner_t{uuid.uuid4().hex[:10]}").url
    for url in (kiosk_url, reader_url, partner_url):
        for statement in ATTACKS:
            with psycopg.connect(url) as connection, pytest.raises((errors.InsufficientPrivilege, errors.FeatureNotSupported)):
                connection.execute(statement)
    assert _indexed(owner_url) == (0, 3)


def test_city_hall_reads_the_index_but_cannot_write_it_or_read_the_queue(pushed, owner_url) -> None:
    office_url = add_office_user(owner_url, "Søren Søg", None, login=f"office_t{uuid.uuid4().hex[:10]}").url
    with psycopg.connect(office_url) as connection:
        assert connection.execute("SELECT mokoko.index_new_ideas(10)").fetchone() == (3,)
        assert connection.execute("SELECT count(*) FROM mokoko.idea_search").fetchone() == (3,)
    for statement in [*ATTACKS[1:6], "UPDATE mokoko.idea_search SET text = 'x'", "DELETE FROM mokoko.idea_search"]:
        with psycopg.connect(office_url) as connection, pytest.raises(errors.InsufficientPrivilege):
            connection.execute(statement)
    assert _indexed(owner_url) == (3, 0)
