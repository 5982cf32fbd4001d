"""Issue 32: a new idea's food-basket voucher goes in the idea's own central transaction (central
c0034, ``mokoko.report_idea_vouchers``), not in a second pass after the ideas. Only a voucher still
as it was given rides along; a redemption goes with the actions as before, and so does every
voucher against a central database before c0034. No login but a kiosk may call the function, and a
kiosk only for its own ideas."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import text

import sync.actions
from central_database.devices import add_device
from central_database.office_users import add_office_user
from central_database.partners import add_partner
from central_database.web_readers import add_web_reader
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from sync.actions import push_actions
from sync.engine import sync_once, sync_status
from sync.push import push_pending
from tests.conftest import central_rows

CALL = "SELECT mokoko.report_idea_vouchers(%s::text[])"


def _not_taken(connection: psycopg.Connection, codes: list[str]) -> list[str]:
    row = connection.execute(CALL, (codes,)).fetchone()
    assert row is not None
    return list(row[0])


@pytest.fixture
def giving(owner_url, tmp_path, clock):
    """A kiosk that gives a food basket with every idea, and its login."""
    kiosk = open_kiosk(tmp_path / "a", demo=True, clock=clock)
    kiosk.settings.set("reward_voucher", True)
    kiosk.set_today_stop("assentoft")
    yield kiosk, add_device(owner_url, "Container A").url
    kiosk.close()


def _ideas(kiosk, count: int) -> list[str]:
    return [kiosk.submit(IdeaDraft(theme_code="aeldre", text=f"Bænke ved åen nr. {n}")).receipt_code for n in range(count)]


def _unsent_vouchers(kiosk) -> int:
    with kiosk.store.reading() as local:
        return int(local.execute("SELECT count(*) FROM voucher WHERE synced_at IS NULL").fetchone()[0])


def test_a_new_ideas_voucher_goes_with_the_idea_not_after_it(giving, owner_url, monkeypatch) -> None:
    kiosk, url = giving
    codes = _ideas(kiosk, 3)
    sent_after: list[str] = []
    real_send = sync.actions._send_set

    def watched(central, action, rows, *how):
        sent_after.extend(row[0] for row in rows)
        return real_send(central, action, rows, *how)

    monkeypatch.setattr(sync.actions, "_send_set", watched)
    report = sync_once(kiosk, url)
    assert report.vouchers == 3 and "reported 3 vouchers" in report.summary()
    assert sent_after == []  # no second pass
    assert _unsent_vouchers(kiosk) == 0 and sync_status(kiosk).waiting == 0
    rows = central_rows(
        owner_url,
        "SELECT v.receipt_code, v.stop_id = i.stop_id, v.issued_at = i.created_at, v.issued_by = d.role_name, v.redeemed_at "
        "FROM mokoko.voucher v JOIN mokoko.idea i USING (receipt_code) JOIN mokoko.device d ON d.id = i.device_id ORDER BY 1",
    )
    assert rows == [(code, True, True, True, None) for code in sorted(codes)]


def test_a_basket_handed_out_while_its_idea_goes_is_sent_with_the_actions(giving, owner_url) -> None:
    """Redeemed after the kiosk read its idea, before it marked it: the voucher went unredeemed
    with the idea, and the redemption must not be marked as sent; it goes next, with the actions."""
    kiosk, url = giving
    [code] = _ideas(kiosk, 1)

    def handed_out_now(_ids: list[str]) -> None:
        assert kiosk.redeem_voucher(code).redeemed

    with psycopg.connect(url, autocommit=True) as central:
        pushed = push_pending(kiosk.store, central, after_central_commit=handed_out_now)
        assert (pushed.pushed, pushed.vouchers) == (1, 1)
        assert central_rows(owner_url, "SELECT redeemed_at FROM mokoko.voucher") == [(None,)]
        assert _unsent_vouchers(kiosk) == 1
        assert push_actions(kiosk.store, central, kiosk.clock()).sent["voucher"] == 1
    assert central_rows(owner_url, "SELECT redeemed_at IS NOT NULL FROM mokoko.voucher") == [(True,)]
    assert _unsent_vouchers(kiosk) == 0


def test_a_voucher_redeemed_before_its_idea_goes_arrives_redeemed(giving, owner_url) -> None:
    kiosk, url = giving
    codes = _ideas(kiosk, 2)
    assert kiosk.redeem_voucher(codes[0]).redeemed
    assert sync_once(kiosk, url).vouchers == 2
    assert central_rows(owner_url, "SELECT receipt_code, redeemed_at IS NOT NULL FROM mokoko.voucher ORDER BY 2 DESC") == [
        (codes[0], True),
        (codes[1], False),
    ]


def test_ideas_and_their_vouchers_pushed_again_are_harmless(giving, owner_url) -> None:
    """A crash between the central commit and the local mark: everything goes again, nothing changes."""
    kiosk, url = giving
    codes = _ideas(kiosk, 3)
    sync_once(kiosk, url)
    assert kiosk.redeem_voucher(codes[0]).redeemed
    sync_once(kiosk, url)
    before = central_rows(owner_url, "SELECT receipt_code, issued_at, redeemed_at FROM mokoko.voucher ORDER BY 1")
    with kiosk.store.writing() as local:
        local.execute(text("UPDATE idea SET synced_at = NULL"))
        local.execute(text("UPDATE voucher SET synced_at = NULL WHERE redeemed_at IS NULL"))
    report = sync_once(kiosk, url)
    assert (report.push.conflicts, report.refused, report.vouchers) == (0, 0, 2)
    assert central_rows(owner_url, "SELECT receipt_code, issued_at, redeemed_at FROM mokoko.voucher ORDER BY 1") == before
    assert sync_status(kiosk).waiting == 0 and _unsent_vouchers(kiosk) == 0


def test_against_a_central_database_before_c0034_the_vouchers_go_after_the_ideas(giving, owner_url) -> None:
    kiosk, url = giving
    codes = _ideas(kiosk, 3)
    with psycopg.connect(owner_url, autocommit=True) as central:
        central.execute("DROP FUNCTION mokoko.report_idea_vouchers(text[])")
    report = sync_once(kiosk, url)
    assert (report.push.vouchers, report.vouchers) == (0, 3)
    assert sorted(row[0] for row in central_rows(owner_url, "SELECT receipt_code FROM mokoko.voucher")) == sorted(codes)
    assert _unsent_vouchers(kiosk) == 0


def test_a_kiosk_reports_only_its_own_ideas_vouchers(giving, owner_url, tmp_path, clock) -> None:
    kiosk, url = giving
    codes = _ideas(kiosk, 2)
    sync_once(kiosk, url)
    assert kiosk.redeem_voucher(codes[0]).redeemed
    sync_once(kiosk, url)
    other = open_kiosk(tmp_path / "b", demo=True, clock=clock)
    other.set_today_stop("assentoft")
    [its_own] = _ideas(other, 1)
    other_url = add_device(owner_url, "Container B").url
    sync_once(other, other_url)
    other.close()
    before = central_rows(owner_url, "SELECT receipt_code, issued_at, issued_by, redeemed_at FROM mokoko.voucher ORDER BY 1")
    with psycopg.connect(other_url, autocommit=True) as stolen:
        # Another kiosk's codes (one of them redeemed) and a made-up one are not taken, and nothing changes.
        assert sorted(_not_taken(stolen, [*codes, "ZZZZ999999"])) == sorted([*codes, "ZZZZ999999"])
        assert _not_taken(stolen, [its_own, codes[1]]) == [codes[1]]  # its own idea: a basket after all
        with pytest.raises(errors.ProgramLimitExceeded):
            stolen.execute(CALL, ([its_own] * 10001,))
    after = central_rows(owner_url, "SELECT receipt_code, issued_at, issued_by, redeemed_at FROM mokoko.voucher ORDER BY 1")
    assert [row for row in after if row[0] != its_own] == [row for row in before if row[0] != its_own]
    with psycopg.connect(url, autocommit=True) as again:  # the first kiosk again: its redeemed voucher stays redeemed
        assert _not_taken(again, codes) == []
    assert central_rows(owner_url, "SELECT redeemed_at IS NOT NULL FROM mokoko.voucher WHERE receipt_code = %s", (codes[0],)) == [(True,)]


def test_no_login_but_a_kiosk_may_report_an_ideas_voucher(giving, owner_url) -> None:
    kiosk, url = giving
    [code] = _ideas(kiosk, 1)
    with kiosk.store.writing() as local:  # the idea goes, its voucher stays behind
        local.execute(text("UPDATE voucher SET synced_at = '2026-01-01T00:00:00.000000+00:00'"))
    sync_once(kiosk, url)
    logins = [
        add_office_user(owner_url, "Mette Østergård", None, login=f"office_t{uuid.uuid4().hex[:10]}").url,
        add_web_reader(owner_url, f"t{uuid.uuid4().hex[:10]}"),
        add_partner(owner_url, "Bogvenner", ["bogvenner"], f"partner_t{uuid.uuid4().hex[:10]}").url,
    ]
    for login in logins:
        with psycopg.connect(login, autocommit=True) as connection, pytest.raises(errors.InsufficientPrivilege):
            connection.execute(CALL, ([code],))
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.voucher") == [(0,)]


def test_more_vouchers_than_one_call_takes_go_in_several_calls(giving, owner_url, monkeypatch) -> None:
    import sync.idea_vouchers

    kiosk, url = giving
    codes = _ideas(kiosk, 5)
    monkeypatch.setattr(sync.idea_vouchers, "MOST", 2)
    assert sync_once(kiosk, url).vouchers == 5
    assert sorted(row[0] for row in central_rows(owner_url, "SELECT receipt_code FROM mokoko.voucher")) == sorted(codes)
    assert _unsent_vouchers(kiosk) == 0
