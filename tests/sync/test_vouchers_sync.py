"""Reward vouchers between kiosks of one stop: redeemed at one, refused at the other after their
next sync; a pull never undoes a redemption not sent yet; of two offline redemptions, the first
to arrive is the one city hall keeps."""

from __future__ import annotations

import pytest

from central_database.connection import connect
from central_database.devices import add_device
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from sync.engine import sync_once
from sync.pull import pull_changes
from tests.sync.conftest import central_rows


def _on_tour_today(owner_url: str, stop_id: str) -> None:
    """Put a stop on the tour plan for the central server's today: a kiosk serves (and pulls the
    vouchers of) only a stop the tour plan has today by the server's clock, which tests cannot set."""
    with connect(owner_url) as central:
        central.execute("UPDATE mokoko.stop SET starts_on = current_date - 1, ends_on = current_date + 1 WHERE id = %s", (stop_id,))


@pytest.fixture
def stop(owner_url, tmp_path, clock):
    """Two kiosks at Assentoft, on the tour plan today; the first gives food baskets."""
    _on_tour_today(owner_url, "assentoft")
    first = open_kiosk(tmp_path / "a", demo=True, clock=clock)
    second = open_kiosk(tmp_path / "b", demo=True, clock=clock)
    urls = (add_device(owner_url, "Container A").url, add_device(owner_url, "Container B").url)
    for kiosk in (first, second):
        kiosk.set_today_stop("assentoft")
    first.settings.set("reward_voucher", True)
    yield first, second, urls
    first.close()
    second.close()


def test_a_basket_redeemed_at_one_kiosk_is_refused_at_the_other_after_sync(stop, owner_url) -> None:
    first, second, (first_url, second_url) = stop
    code = first.submit(IdeaDraft(theme_code="aeldre", text="Bænke ved åen")).receipt_code
    assert second.redeem_voucher(code).outcome == "not_voucher"  # the other kiosk has not heard of it yet
    report = sync_once(first, first_url)
    assert report.vouchers == 1 and "reported 1 vouchers" in report.summary()
    sync_once(second, second_url)
    assert second.redeem_voucher(code).redeemed
    sync_once(second, second_url)
    sync_once(first, first_url)
    answer = first.redeem_voucher(code)
    assert answer.outcome == "already"
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.voucher WHERE redeemed_at IS NOT NULL") == [(1,)]
    assert sync_once(first, first_url).vouchers == 0  # nothing left to report


def test_a_pull_never_undoes_a_redemption_not_sent_yet(stop) -> None:
    first, _second, (first_url, _) = stop
    code = first.submit(IdeaDraft(theme_code="aeldre", text="Bænke ved åen")).receipt_code
    sync_once(first, first_url)  # central: issued, not redeemed
    assert first.redeem_voucher(code).redeemed
    with connect(first_url, autocommit=True) as central:
        pull_changes(first.store, central)  # as if the redemption came between a sync's push and its pull
    assert first.redeem_voucher(code).outcome == "already"
    assert sync_once(first, first_url).vouchers == 1  # and it still goes at the next sync


def test_of_two_offline_redemptions_the_first_to_arrive_stays(stop, owner_url, clock) -> None:
    first, second, (first_url, second_url) = stop
    code = first.submit(IdeaDraft(theme_code="aeldre", text="Bænke ved åen")).receipt_code
    sync_once(first, first_url)
    sync_once(second, second_url)
    assert second.redeem_voucher(code).redeemed  # both offline now
    clock.advance(minutes=2)
    assert first.redeem_voucher(code).redeemed
    sync_once(second, second_url)
    sync_once(first, first_url)
    [(redeemed_by,)] = central_rows(owner_url, "SELECT redeemed_by::text FROM mokoko.voucher")
    [(second_role,)] = central_rows(owner_url, "SELECT role_name::text FROM mokoko.device WHERE name = 'Container B'")
    assert redeemed_by == second_role


def test_a_hidden_ideas_voucher_is_void_at_the_other_kiosk_of_the_stop(stop, owner_url) -> None:
    """Issue 28, point 8: the kiosk that hid it knows at once; the other one after the next syncs."""
    first, second, (first_url, second_url) = stop
    code = first.submit(IdeaDraft(theme_code="aeldre", text="Test test")).receipt_code
    sync_once(first, first_url)
    sync_once(second, second_url)  # kiosk B may hand out the basket now
    first.hide_idea(code, "test")
    assert first.redeem_voucher(code).outcome == "void"
    sync_once(first, first_url)  # the moderation reaches city hall
    sync_once(second, second_url)
    answer = second.redeem_voucher(code)
    assert (answer.outcome, answer.params["reason"]) == ("void", "test")
    first.hide_idea(code, "")  # shown again after a mistake: the basket counts again, everywhere
    sync_once(first, first_url)
    sync_once(second, second_url)
    assert second.redeem_voucher(code).redeemed


def test_vouchers_go_in_committed_batches_and_an_interrupted_sync_keeps_the_batches_that_went(stop, owner_url, monkeypatch) -> None:
    """Issue 32: a kiosk back from a long offline period reports its vouchers in batches, each in
    one set-based statement (mokoko.report_vouchers) and committed by itself; a sync cut off after
    the first batch keeps it, and the next sync sends only the rest. (Redeemed before they went:
    a new idea's voucher not redeemed yet goes with the idea, tests/sync/test_idea_vouchers.py.)"""
    import sync.actions

    first, _second, (first_url, _) = stop
    codes = [first.submit(IdeaDraft(theme_code="aeldre", text=f"Idé nummer {number}")).receipt_code for number in range(5)]
    assert all(first.redeem_voucher(code).redeemed for code in codes)
    monkeypatch.setattr(sync.actions, "BATCH", 2)
    sent_sets: list[list[str]] = []
    real_send = sync.actions._send_set

    def cut_off_after_one_batch(central, action, rows, *how):
        if action.table == "voucher" and sent_sets:
            raise ConnectionError("the container lost its connection")
        refused = real_send(central, action, rows, *how)
        sent_sets.append([row[0] for row in rows])
        return refused

    monkeypatch.setattr(sync.actions, "_send_set", cut_off_after_one_batch)
    with pytest.raises(ConnectionError):
        sync_once(first, first_url)
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.voucher") == [(2,)]  # the first batch, committed
    monkeypatch.setattr(sync.actions, "_send_set", real_send)
    assert sync_once(first, first_url).vouchers == 3  # only the rest
    assert sorted(row[0] for row in central_rows(owner_url, "SELECT receipt_code FROM mokoko.voucher")) == sorted(codes)
    assert sent_sets == [sorted(codes)[:2]]


def test_refused_vouchers_are_set_aside_and_the_rest_of_the_batch_goes(stop, owner_url) -> None:
    """The set-based report says which vouchers it refused and why: those wait here (counted for
    staff), the others of the same statement are kept; no halving, one statement."""
    first, second, (first_url, second_url) = stop
    given = first.submit(IdeaDraft(theme_code="aeldre", text="Bænke ved åen")).receipt_code
    sync_once(first, first_url)
    sync_once(second, second_url)
    assert second.redeem_voucher(given).redeemed
    with connect(owner_url) as central:  # the second kiosk no longer serves the stop when its redemption arrives
        central.execute("DELETE FROM mokoko.device_stop WHERE device_id = (SELECT id FROM mokoko.device WHERE name = 'Container B')")
    report = sync_once(second, second_url)
    assert report.vouchers == 0 and report.refused == 1
    assert central_rows(owner_url, "SELECT redeemed_at FROM mokoko.voucher") == [(None,)]


def test_report_vouchers_is_a_kiosks_alone_and_refuses_what_is_not_its_own(stop, owner_url) -> None:
    import psycopg
    from psycopg import errors

    from central_database.office_users import add_office_user

    first, second, (first_url, second_url) = stop
    code = first.submit(IdeaDraft(theme_code="aeldre", text="Bænke ved åen")).receipt_code
    sync_once(first, first_url)
    call = "SELECT code, problem FROM mokoko.report_vouchers(%s::text[], %s::text[], %s::timestamptz[], %s::timestamptz[])"
    with psycopg.connect(second_url, autocommit=True) as kiosk:  # not its code, not its stop: issuing is refused
        refused = kiosk.execute(call, ([code], ["assentoft"], ["2026-11-20T12:00:00+00"], [None])).fetchall()
        assert refused == [(code, f"voucher {code} was not given at a stop this kiosk serves")]
        with pytest.raises(errors.ProgramLimitExceeded):
            kiosk.execute(call, (["X"] * 10001, ["s"] * 10001, [None] * 10001, [None] * 10001))
    office = add_office_user(owner_url, "Mette Østergård", None, login="office_vouchers_test")
    with psycopg.connect(office.url, autocommit=True) as city_hall, pytest.raises(errors.InsufficientPrivilege):
        city_hall.execute(call, ([code], ["assentoft"], [None], ["2026-11-20T12:00:00+00"]))
    kept = central_rows(owner_url, "SELECT redeemed_at, starts_with(issued_by::text, 'mokoko_kiosk_') FROM mokoko.voucher")
    assert kept == [(None, True)]  # as the first kiosk reported it


def test_a_kiosk_pulls_the_vouchers_of_its_stop_from_others_never_its_own_or_another_stops(stop, owner_url, tmp_path, clock) -> None:
    """Issue 32: the change log carries a voucher to the kiosks serving its stop, except the one
    that reported it (which has it): a kiosk beginning to serve a stop once pulled its own
    vouchers back, and a kiosk elsewhere pulls none of them."""
    first, second, (first_url, second_url) = stop
    codes = [first.submit(IdeaDraft(theme_code="aeldre", text=f"Idé {number}")).receipt_code for number in range(3)]
    sync_once(first, first_url)  # first serves Assentoft from this sync on, after its vouchers went
    sync_once(second, second_url)
    _on_tour_today(owner_url, "langaa")
    elsewhere = open_kiosk(tmp_path / "c", demo=True, clock=clock)
    try:
        elsewhere.set_today_stop("langaa")
        sync_once(elsewhere, add_device(owner_url, "Container C").url)
    finally:
        elsewhere.close()
    carried = central_rows(
        owner_url,
        "SELECT d.name, count(*) FROM mokoko.change_log c JOIN mokoko.device d ON d.id = c.device_id "
        "WHERE c.table_name = 'voucher' GROUP BY d.name ORDER BY d.name",
    )
    assert carried == [("Container B", len(codes))]  # the other kiosk at the stop; not A's own, not C at Langå
    assert all(second.redeem_voucher(code).redeemed for code in codes)


def test_a_kiosk_tells_the_central_database_its_stop_once_a_day(stop, owner_url, clock) -> None:
    """Issue 32: every sync asked the central database to take the kiosk's stop again (a round trip
    and a function call in an empty sync); once taken, a kiosk serves the stop for good, so it asks
    once a day, and again at once when staff choose another stop."""
    first, _second, (first_url, _) = stop
    served = "SELECT x.stop_id FROM mokoko.device_stop x JOIN mokoko.device d ON d.id = x.device_id WHERE d.name = 'Container A'"
    sync_once(first, first_url)
    assert central_rows(owner_url, served) == [("assentoft",)]
    with connect(owner_url) as central:  # only to see whether the kiosk asks again
        central.execute("DELETE FROM mokoko.device_stop")
    sync_once(first, first_url)
    assert central_rows(owner_url, served) == []  # taken today already: not asked again
    _on_tour_today(owner_url, "langaa")
    first.set_today_stop("langaa")
    sync_once(first, first_url)
    assert central_rows(owner_url, served) == [("langaa",)]
    with connect(owner_url) as central:
        central.execute("DELETE FROM mokoko.device_stop")
    clock.advance(days=1)
    first.set_today_stop("langaa")
    sync_once(first, first_url)
    assert central_rows(owner_url, served) == [("langaa",)]  # a new day: asked again
