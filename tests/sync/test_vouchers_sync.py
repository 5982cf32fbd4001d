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
