"""Pull: catalogue and statuses come down incrementally, deletions too, and no change is ever
skipped, even when central transactions commit in another order than they started."""

from __future__ import annotations

import json

import psycopg
import pytest
from sqlalchemy import text

from central_database.change_log import prune_change_log
from central_database.devices import add_device
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.models import SyncState
from sync.engine import sync_once, sync_status
from sync.pull import CURSOR_KEY, pull_changes
from tests.conftest import central_rows, office_of, present


def _central(url: str, *statements: str) -> None:
    with psycopg.connect(url) as connection:
        for statement in statements:
            connection.execute(statement)


def test_first_pull_brings_the_catalogue_and_statuses(kiosk, kiosk_url) -> None:
    report = sync_once(kiosk, kiosk_url)
    assert report.pull.started_over and report.pull.applied >= 45
    with kiosk.store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM status")).scalar_one() == 6
        label = connection.execute(text("SELECT label FROM status WHERE code = 'not-taken-further'")).scalar_one()
    assert json.loads(label)["da"] == "Ikke ført videre"


def test_changes_and_deletions_come_down(kiosk, owner_url, kiosk_url) -> None:
    sync_once(kiosk, kiosk_url)
    _central(
        owner_url,
        "UPDATE mokoko.theme SET title = '{\"da\": \"Ældre, unge og fællesskab\"}' WHERE code = 'aeldre'",
        "DELETE FROM mokoko.stop WHERE id = 'vorup'",
        "INSERT INTO mokoko.stop (id, place, starts_on, ends_on) VALUES ('gjerlev', 'Gjerlev', '2027-02-01', '2027-02-07')",
    )
    report = sync_once(kiosk, kiosk_url)
    assert report.pull.applied == 3 and not report.pull.started_over
    assert kiosk.catalogue.theme("aeldre").title["da"] == "Ældre, unge og fællesskab"
    assert kiosk.catalogue.stop("vorup") is None and kiosk.catalogue.stop("gjerlev").place == "Gjerlev"


def test_a_deleted_theme_that_ideas_use_is_kept_but_no_longer_offered(kiosk, owner_url, kiosk_url) -> None:
    kiosk.ideas.submit(IdeaDraft(theme_code="byttebors", text="Byt værktøj"), "assentoft")
    sync_once(kiosk, kiosk_url)
    _central(owner_url, "DELETE FROM mokoko.theme WHERE code = 'byttebors'")
    sync_once(kiosk, kiosk_url)
    assert kiosk.catalogue.theme("byttebors") is not None
    assert "byttebors" not in [theme.code for theme in kiosk.catalogue.themes()]


def test_a_change_committed_after_a_pull_is_never_skipped(kiosk, owner_url, kiosk_url) -> None:
    """A change-log writer holds the log's lock until it commits: a second writer waits (here it
    gives up after 200 ms), and the first change, once committed, reaches the kiosk."""
    sync_once(kiosk, kiosk_url)
    first = psycopg.connect(owner_url)
    try:
        first.execute("UPDATE mokoko.theme SET title = '{\"da\": \"Først startet\"}' WHERE code = 'sundhed'")
        with psycopg.connect(owner_url) as second, pytest.raises(psycopg.errors.LockNotAvailable):
            second.execute("SET lock_timeout = '200ms'")
            second.execute("UPDATE mokoko.theme SET title = '{\"da\": \"Sidst startet\"}' WHERE code = 'dialog'")
        assert sync_once(kiosk, kiosk_url).pull.applied == 0
        first.commit()
        _central(owner_url, "UPDATE mokoko.theme SET title = '{\"da\": \"Sidst startet\"}' WHERE code = 'dialog'")
        assert sync_once(kiosk, kiosk_url).pull.applied == 2
    finally:
        first.close()
    assert kiosk.catalogue.theme("sundhed").title["da"] == "Først startet"
    assert kiosk.catalogue.theme("dialog").title["da"] == "Sidst startet"


def test_an_open_transaction_anywhere_does_not_hold_replies_back(kiosk, owner_url, kiosk_url) -> None:
    """A session idle in a transaction (a kiosk whose link dropped mid-push, a long report, a
    backup's snapshot) used to fence every kiosk's pull; now the reply still comes down."""
    idea = kiosk.ideas.submit(IdeaDraft(theme_code="aeldre", text="Lys på stien"), "assentoft")
    sync_once(kiosk, kiosk_url)
    other_kiosk = add_device(owner_url, "Kiosk i Langå")
    with psycopg.connect(other_kiosk.url) as stuck, psycopg.connect(owner_url) as report:
        stuck.execute("SELECT count(*) FROM mokoko.theme")  # its transaction stays open
        report.execute("SELECT count(*) FROM mokoko.idea")
        office_of(owner_url).reply(idea.receipt_code, "in-progress", "Vi ser på det.")
        report_ = sync_once(kiosk, kiosk_url)
        assert report_.pull.applied == 1
        assert present(kiosk.follow_up(idea.receipt_code).status).public_reply == "Vi ser på det."
        [(open_sessions,)] = central_rows(owner_url, "SELECT count(*) FROM pg_stat_activity WHERE state = 'idle in transaction'")
        assert open_sessions >= 2  # both transactions were still open while the kiosk pulled


def test_every_page_and_its_cursor_are_saved_together(kiosk, owner_url, kiosk_url) -> None:
    sync_once(kiosk, kiosk_url)
    _central(owner_url, *[f"UPDATE mokoko.stop SET address = 'Adresse {n}' WHERE id = 'langaa'" for n in range(7)])
    with psycopg.connect(kiosk_url, autocommit=True) as central:
        result = pull_changes(kiosk.store, central, page_size=3)
    assert (result.applied, result.pages) == (7, 3)
    assert kiosk.catalogue.stop("langaa").address == "Adresse 6"


def test_a_kiosk_behind_the_pruned_horizon_starts_over_cleanly(kiosk, owner_url, kiosk_url) -> None:
    sync_once(kiosk, kiosk_url)
    with kiosk.store.session() as session:
        old_cursor = session.get(SyncState, CURSOR_KEY).value
    _central(owner_url, "DELETE FROM mokoko.stop WHERE id = 'harridslev'", "UPDATE mokoko.stop SET place = 'Langå by' WHERE id = 'langaa'")
    assert prune_change_log(owner_url) > 0
    with kiosk.store.session() as session:  # a kiosk that was away while the log was pruned
        session.merge(SyncState(key=CURSOR_KEY, value=old_cursor))
    report = sync_once(kiosk, kiosk_url)
    assert report.pull.started_over
    assert kiosk.catalogue.stop("harridslev") is None and kiosk.catalogue.stop("langaa").place == "Langå by"
    assert len(kiosk.catalogue.stops()) == 8


def test_the_whole_loop_idea_reply_follow_up_and_no_other_kiosk_gets_the_reply(kiosk, owner_url, kiosk_url, tmp_path, clock) -> None:
    idea = kiosk.ideas.submit(IdeaDraft(theme_code="aeldre", text="Bænke ved åen"), "assentoft")
    sync_once(kiosk, kiosk_url)
    office_of(owner_url).reply(idea.receipt_code, "in-progress", "Tak! Vi sætter to bænke op til foråret.")
    other = open_kiosk(tmp_path / "other", demo=True, clock=clock)
    try:
        other_url = add_device(owner_url, "Kiosk i Langå").url
        sync_once(other, other_url)
        found = other.follow_up(f"https://mokoko.randers.dk/f/{idea.receipt_code}")
        assert found.from_other_kiosk and found.status is None and not found.known
        with psycopg.connect(other_url) as central:
            assert central.execute("SELECT count(*) FROM mokoko.change_log WHERE table_name = 'idea_status'").fetchone() == (0,)
        own = other.ideas.submit(IdeaDraft(theme_code="aeldre", text="Et bord"), "assentoft")
        assert not other.follow_up(own.receipt_code).from_other_kiosk  # its own code, before it was sent
    finally:
        other.close()
    sync_once(kiosk, kiosk_url)
    here = kiosk.follow_up(idea.receipt_code.lower())
    assert present(here.idea).text == "Bænke ved åen" and present(here.status).status == "in-progress"


def test_a_catalogue_row_the_kiosk_cannot_use_is_kept_out_and_the_kiosk_goes_on(kiosk, owner_url, kiosk_url) -> None:
    """Typos centrally (a title that is a plain string, a question that is a string, a stop that
    ends before it starts, a theme of an unknown area) never brick a kiosk: the rows are kept out,
    their previous versions stay, the sync succeeds, staff see how many, and ideas can be given."""
    sync_once(kiosk, kiosk_url)
    _central(
        owner_url,
        "UPDATE mokoko.theme SET title = '\"Bare en tekst\"' WHERE code = 'aeldre'",
        "UPDATE mokoko.consultation SET question = '\"Et spørgsmål\"'",
        "UPDATE mokoko.stop SET ends_on = starts_on - 3 WHERE id = 'assentoft'",
        "INSERT INTO mokoko.theme (code, title, admin_area_code) VALUES ('ny', '{\"da\": \"Ny\"}', 'ukendt-omraade')",
    )
    report = sync_once(kiosk, kiosk_url)
    assert report.pull.applied >= 4
    status = sync_status(kiosk)
    assert (status.last_error, status.catalogue_problems) == (None, 4)
    assert kiosk.catalogue.theme("aeldre").title["da"] == "Ældre og fællesskab"  # the previous version stays
    assert kiosk.catalogue.theme("ny") is None
    stop = present(kiosk.catalogue.stop("assentoft"))
    assert stop.starts_on <= stop.ends_on
    assert kiosk.start_info().question["da"].startswith("Hvordan")
    kiosk.submit(IdeaDraft(theme_code="aeldre", text="Stadig muligt"), "assentoft")

    _central(owner_url, "UPDATE mokoko.theme SET title = '{\"da\": \"Ældre og kultur\"}' WHERE code = 'aeldre'")  # the fix
    sync_once(kiosk, kiosk_url)
    assert kiosk.catalogue.theme("aeldre").title["da"] == "Ældre og kultur"
    assert sync_status(kiosk).catalogue_problems == 3


def test_opening_hours_and_the_voucher_per_stop_come_with_the_tour_plan(kiosk, owner_url, kiosk_url) -> None:
    assert central_rows(owner_url, "SELECT hours->>'sat', reward_voucher FROM mokoko.stop WHERE id = 'asferg'") == [("10:00-14:00", True)]
    _central(owner_url, "UPDATE mokoko.stop SET hours = '{\"daily\": \"09:00-15:00\"}', reward_voucher = true WHERE id = 'assentoft'")
    sync_once(kiosk, kiosk_url)
    assentoft = present(kiosk.catalogue.stop("assentoft"))
    assert (assentoft.hours, assentoft.reward_voucher) == ({"daily": "09:00-15:00"}, True)
    assert kiosk.day_plan().has_hours  # the fixed clock's stop: its hours apply from now on
    code = kiosk.submit(IdeaDraft(theme_code="aeldre", text="Bænke ved hallen")).receipt_code
    assert kiosk.redeem_voucher(code).redeemed  # the tour plan gave Assentoft vouchers


def test_hours_a_kiosk_cannot_read_are_kept_out(kiosk, owner_url, kiosk_url) -> None:
    sync_once(kiosk, kiosk_url)
    _central(owner_url, "UPDATE mokoko.stop SET hours = '{\"mon\": \"all day\"}' WHERE id = 'asferg'")
    report = sync_once(kiosk, kiosk_url)
    assert report.pull.applied == 1 and sync_status(kiosk).catalogue_problems == 1
    assert present(kiosk.catalogue.stop("asferg")).hours["sat"] == "10:00-14:00"  # the previous version stays
