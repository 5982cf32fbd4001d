"""Issue 26: the central database's trust boundary, tried as each attacking login (a stolen kiosk,
the internet-facing web reader, a careless office PC) against a real PostgreSQL. Each test is a
finding of the issue; each failed before its fix."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from typing import TypeVar

import psycopg
import pytest
from psycopg import errors

from central_database.catalogue import load_catalogue
from central_database.change_log import prune_change_log
from central_database.devices import ProvisionedDevice, add_device
from central_database.office_users import OfficeUser, add_office_user
from central_database.web_readers import add_web_reader
from mokoko_desktop.ideas import IdeaDraft
from shared_kernel.receipt_codes import new_code
from sync.engine import sync_once
from tests.central_database.conftest import central_rows
from tests.conftest import office_of

T = TypeVar("T")

# A function of the attacker's own, in its temporary schema: run as the schema owner it leaves a
# table behind (the owner may create in its schema; no login may).
EVIL_FUNCTION = """
CREATE FUNCTION pg_temp.evil(value anyelement) RETURNS boolean LANGUAGE plpgsql AS $f$
BEGIN
    IF current_user = 'mokoko_owner' THEN
        EXECUTE 'CREATE TABLE IF NOT EXISTS mokoko.pwned (by_whom name)';
    END IF;
    RETURN true;
END $f$
"""


def _person(owner_url: str) -> OfficeUser:
    return add_office_user(owner_url, "Careless Clerk", login=f"office_t{uuid.uuid4().hex[:10]}")


def _web_reader(owner_url: str) -> str:
    return add_web_reader(owner_url, f"t{uuid.uuid4().hex[:10]}.example.dk")


@pytest.fixture
def kiosk_a(owner_url) -> ProvisionedDevice:
    return add_device(owner_url, "Kiosk A")


@pytest.fixture
def kiosk_b(owner_url) -> ProvisionedDevice:
    return add_device(owner_url, "Kiosk B")


def _try_to_become_owner(url: str, shadowed_type: str, call: str, params: tuple = ()) -> None:
    """Shadow ``shadowed_type`` with a domain of the login's own temporary schema whose CHECK runs
    the attacker's function, then make a SECURITY DEFINER function of ours declare a variable of
    that type. Every step may be refused; what counts is what the owner ended up doing."""
    with psycopg.connect(url, autocommit=True) as connection:
        for statement in (
            EVIL_FUNCTION,
            f"CREATE DOMAIN pg_temp.{shadowed_type} AS pg_catalog.{shadowed_type} CHECK (pg_temp.evil(VALUE))",
            call,
        ):
            with contextlib.suppress(psycopg.Error):
                connection.execute(statement, params if statement == call else ())


def _owner_ran_attackers_code(owner_url: str) -> bool:
    return central_rows(owner_url, "SELECT to_regclass('mokoko.pwned') IS NOT NULL") == [(True,)]


def test_finding_1_a_kiosk_cannot_run_its_code_as_the_owner(owner_url, kiosk_a) -> None:
    """A pg_temp.text domain reached the owner through check_kiosk_codes (``DECLARE refused text``)."""
    insert = (
        "INSERT INTO mokoko.idea (id, receipt_code, consultation_id, theme_code, text, language, stop_id, created_at, "
        "content_hash) VALUES (%s, %s, 'aktivt-medborgerskab-2026', 'andet', 'x', 'da', 'assentoft', now(), 'h')"
    )
    _try_to_become_owner(kiosk_a.url, "text", insert, (str(uuid.uuid4()), new_code(kiosk_a.tag)))
    assert not _owner_ran_attackers_code(owner_url)
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.idea") == [(1,)]  # the idea itself still went in


def test_finding_1_the_web_reader_cannot_run_its_code_as_the_owner(owner_url, kiosk, kiosk_a) -> None:
    idea = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="En bænk"), "assentoft")
    sync_once(kiosk, kiosk_a.url)
    _try_to_become_owner(_web_reader(owner_url), "jsonb", "SELECT mokoko.public_followup(%s)", (idea.receipt_code,))
    assert not _owner_ran_attackers_code(owner_url)


def test_finding_1_an_office_login_cannot_run_its_code_as_the_owner(owner_url, kiosk, kiosk_a) -> None:
    idea = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="En bænk", name="Åse", consent=True), "assentoft")
    sync_once(kiosk, kiosk_a.url)
    person = _person(owner_url)
    for shadowed in ("uuid", "jsonb"):
        _try_to_become_owner(person.url, shadowed, "SELECT mokoko.reveal_contact('idea', %s, 'Ring tilbage')", (idea.receipt_code,))
    _try_to_become_owner(person.url, "text", "SELECT mokoko.erase_contact(%s, 'anmodet')", (idea.receipt_code,))
    assert not _owner_ran_attackers_code(owner_url)


def test_finding_1_only_kiosks_may_make_temporary_tables(owner_url, kiosk_a) -> None:
    """Kiosks stage their pushes in temporary tables; nobody else needs any."""
    for url in (_person(owner_url).url, _web_reader(owner_url)):
        with psycopg.connect(url) as connection, pytest.raises(errors.InsufficientPrivilege):
            connection.execute("CREATE TEMP TABLE t (x int)")
    with psycopg.connect(kiosk_a.url) as connection:
        connection.execute("CREATE TEMP TABLE t (x int)")


@pytest.mark.parametrize(
    ("table", "row_data"),
    [
        ("sealing_key", {"key_id": "00000000deadbeef", "public_key": "A" * 44, "active": True}),
        ("idea_status", {"status": "done", "public_reply": "Forged"}),
        ("erasure", {"receipt_code": "XXXX", "done_at": "2026-12-01"}),
        ("story", {"headline": "Forged"}),
        ("retention", {"kind": "offer", "days": 3650}),
        ("theme", {"code": "forged"}),
    ],
)
def test_finding_2_an_office_login_cannot_write_the_change_log(owner_url, table, row_data) -> None:
    person = _person(owner_url)
    with psycopg.connect(person.url) as connection, pytest.raises(errors.InsufficientPrivilege):
        connection.execute(
            "INSERT INTO mokoko.change_log (table_name, key, op, row_data) VALUES (%s, 'k', 'U', %s)",
            (table, psycopg.types.json.Jsonb(row_data)),
        )
    with psycopg.connect(person.url) as connection, pytest.raises(errors.InsufficientPrivilege):
        connection.execute("INSERT INTO mokoko.catalogue_code VALUES ('theme', 'forged')")


def test_finding_2_what_the_office_does_still_reaches_the_kiosks(owner_url, kiosk, kiosk_a) -> None:
    """The triggers write the log in the office's place (as the database itself)."""
    idea = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="En bænk"), "assentoft")
    sync_once(kiosk, kiosk_a.url)
    person = _person(owner_url)
    office_of(person.url).reply(idea.receipt_code, "in-progress", "Vi ser på det.")
    sync_once(kiosk, kiosk_a.url)
    found = kiosk.follow_up(idea.receipt_code)
    assert found.status is not None and found.status.public_reply == "Vi ser på det."


def test_finding_9_an_office_login_cannot_rewrite_old_contact_details(owner_url) -> None:
    person = _person(owner_url)
    with psycopg.connect(person.url) as connection, pytest.raises(errors.InsufficientPrivilege):
        connection.execute("UPDATE mokoko.idea SET contact_name = 'Someone else'")


# Finding 3: kiosks act on their own records, and pull only what concerns them. ------------------


def _on_tour_today(owner_url: str, stop_id: str) -> None:
    """The server's today (tests cannot set its clock) is a day of ``stop_id`` in the tour plan."""
    with psycopg.connect(owner_url) as central:
        central.execute("UPDATE mokoko.stop SET starts_on = current_date - 1, ends_on = current_date + 1 WHERE id = %s", (stop_id,))


@pytest.fixture
def a_voucher(owner_url, kiosk, kiosk_a):
    """Kiosk A (the demo kiosk, at Assentoft, on today's tour) gave an idea with a food basket,
    published as a story, and asked for its erasure; everything has arrived centrally."""
    _on_tour_today(owner_url, "assentoft")
    kiosk.set_today_stop("assentoft")
    kiosk.settings.set("reward_voucher", True)
    idea = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="En bænk ved åen"), "assentoft")
    kiosk.request_erasure(idea.receipt_code)
    sync_once(kiosk, kiosk_a.url)
    office_of(owner_url).reply(idea.receipt_code, "done", "Bænken står der nu.")
    with psycopg.connect(owner_url) as central:
        central.execute("INSERT INTO mokoko.published_story (idea_id, headline) SELECT id, 'En bænk' FROM mokoko.idea")
    return idea.receipt_code


def test_finding_3_a_kiosk_cannot_act_on_another_kiosks_records(owner_url, a_voucher, kiosk_b) -> None:
    """Kiosk B redeemed A's voucher, hid A's idea (its story left the wall) and asked for its erasure."""
    refused = errors.CheckViolation
    with psycopg.connect(kiosk_b.url) as b, pytest.raises(refused, match="not given at a stop this kiosk serves"):
        b.execute("SELECT mokoko.report_voucher(%s, 'assentoft', now(), now())", (a_voucher,))
    with psycopg.connect(kiosk_b.url) as b, pytest.raises(refused, match="does not carry this kiosk's tag"):
        b.execute(
            "INSERT INTO mokoko.moderation (client_id, receipt_code, reason, at) VALUES (%s, %s, 'offensive', now())",
            (str(uuid.uuid4()), a_voucher),
        )
    with psycopg.connect(kiosk_b.url) as b, pytest.raises(refused, match="does not carry this kiosk's tag"):
        b.execute(
            "INSERT INTO mokoko.erasure_request (client_id, receipt_code, requested_at) VALUES (%s, %s, now())",
            (str(uuid.uuid4()), a_voucher),
        )
    assert central_rows(owner_url, "SELECT redeemed_at FROM mokoko.voucher") == [(None,)]
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.published_story") == [(1,)]
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.erasure_request") == [(1,)]  # A's own, only


def test_finding_3_a_kiosk_pulls_only_what_concerns_it(owner_url, a_voucher, kiosk_a, kiosk_b) -> None:
    """Every kiosk read every voucher row of the change log, and with it every receipt code."""
    with psycopg.connect(owner_url) as central:
        central.execute("SELECT mokoko.erase_contact(%s, 'asked at the kiosk')", (a_voucher,))  # as city hall does
    seen_by_b = central_rows(kiosk_b.url, "SELECT DISTINCT table_name FROM mokoko.change_log")
    assert {"voucher", "erasure", "idea_status"}.isdisjoint(table for (table,) in seen_by_b)
    assert {"theme", "stop", "story", "sealing_key"} <= {table for (table,) in seen_by_b}  # the catalogue and the wall
    assert not any(
        a_voucher in str(row)
        for row in central_rows(kiosk_b.url, "SELECT key, row_data FROM mokoko.change_log WHERE table_name <> 'story'")
    )
    seen_by_a = {table for (table,) in central_rows(kiosk_a.url, "SELECT DISTINCT table_name FROM mokoko.change_log")}
    assert {"erasure", "idea_status"} <= seen_by_a


def test_finding_3_a_kiosk_serves_only_a_stop_of_todays_tour(owner_url, a_voucher, kiosk_b) -> None:
    """A kiosk standing at the voucher's stop today pulls it and may redeem it; the tour's other
    stops cannot be claimed."""
    [(elsewhere,)] = central_rows(
        owner_url, "SELECT id FROM mokoko.stop WHERE current_date NOT BETWEEN starts_on - 1 AND ends_on + 1 ORDER BY starts_on DESC LIMIT 1"
    )
    with psycopg.connect(kiosk_b.url) as b:
        assert b.execute("SELECT mokoko.serve_stop(%s)", (elsewhere,)).fetchone() == (False,)
        assert b.execute("SELECT count(*) FROM mokoko.change_log WHERE table_name = 'voucher'").fetchone() == (0,)
        assert b.execute("SELECT mokoko.serve_stop('assentoft')").fetchone() == (True,)
        assert b.execute("SELECT key FROM mokoko.change_log WHERE table_name = 'voucher'").fetchall() == [(a_voucher,)]
        b.execute("SELECT mokoko.report_voucher(%s, 'assentoft', now(), now())", (a_voucher,))
    assert central_rows(owner_url, "SELECT redeemed_by::text FROM mokoko.voucher") == [(kiosk_b.role_name,)]


def test_finding_3_a_kiosk_cannot_flood_the_change_log_with_vouchers(owner_url, a_voucher, kiosk_b) -> None:
    """One kiosk wrote 20,000 change-log rows in 1.3 s with report_voucher; a voucher is now
    issued only for an idea of the kiosk's own that has arrived."""
    before = central_rows(owner_url, "SELECT count(*) FROM mokoko.change_log")
    with psycopg.connect(kiosk_b.url) as b:
        b.execute("SELECT mokoko.serve_stop('assentoft')")
    for _ in range(20):
        with psycopg.connect(kiosk_b.url) as b, pytest.raises(errors.ForeignKeyViolation, match="no idea of this kiosk"):
            b.execute("SELECT mokoko.report_voucher(%s, 'assentoft', now(), NULL)", (new_code(kiosk_b.tag),))
    after = central_rows(owner_url, "SELECT count(*) FROM mokoko.change_log")
    assert after[0][0] - before[0][0] == 1  # the one copy of A's voucher that serving the stop gave B


# Finding 5: a refused moderation, erasure request or voucher is set aside; the sync goes on. ------


def test_finding_5_a_refused_action_is_set_aside_and_the_sync_goes_on(owner_url, kiosk, kiosk_a) -> None:
    from sqlalchemy import text

    from mokoko_desktop.bootstrap import retry_refused as retry_everything
    from sync.engine import sync_status
    from sync.push import retry_refused

    first = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="Et skur"), "assentoft")
    second = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="Noget grimt"), "assentoft")
    sync_once(kiosk, kiosk_a.url)
    kiosk.hide_idea(first.receipt_code, "offensive")
    kiosk.hide_idea(second.receipt_code, "offensive")
    with kiosk.store.writing() as local:  # a row the central database refuses (its reason has at most 40 characters)
        local.execute(
            text("UPDATE moderation SET reason = :long WHERE receipt_code = :code"), {"long": "x" * 41, "code": first.receipt_code}
        )
    office_of(owner_url).reply(second.receipt_code, "in-progress", "Vi ser på det.")
    report = sync_once(kiosk, kiosk_a.url)
    assert (report.moderation, report.refused) == (1, 1)
    assert kiosk.follow_up(second.receipt_code).status is not None  # the pull went on after the refusal
    assert sync_status(kiosk).refused == 1  # staff see it on the panel
    with kiosk.store.engine.connect() as local:
        reason = local.execute(
            text("SELECT sync_refused FROM moderation WHERE receipt_code = :code"), {"code": first.receipt_code}
        ).scalar_one()
    assert "CheckViolation" in reason
    assert central_rows(owner_url, "SELECT receipt_code FROM mokoko.moderation") == [(second.receipt_code,)]
    assert retry_refused(kiosk.store) == 0  # the submissions' retry alone does not release actions
    with kiosk.store.writing() as local:  # fixed here, then sent again
        local.execute(text("UPDATE moderation SET reason = 'offensive' WHERE receipt_code = :code"), {"code": first.receipt_code})
    assert retry_everything(kiosk) == 1
    assert sync_once(kiosk, kiosk_a.url).moderation == 1 and sync_status(kiosk).refused == 0


# Finding 4: limits a kiosk cannot lift. ----------------------------------------------------------


@pytest.fixture
def watchdog(owner_url, admin_url):
    """The watchdog every quarter second, with a kiosk's limits short enough for a test: idle in a
    transaction 2 s, one statement 5 s, a whole transaction 10 s."""
    from central_database.watchdog import Watchdog

    with psycopg.connect(owner_url) as central:
        central.execute(
            "UPDATE mokoko.session_limit SET idle_in_transaction = '2 s', statement = '5 s', "
            "whole_transaction = '10 s' WHERE role_group = 'mokoko_kiosk'"
        )
    running = Watchdog(admin_url, every=0.25)
    running.start()
    yield running
    running.stop()


def _timed(job: Callable[[], T]) -> tuple[float, T]:
    import time

    started = time.monotonic()
    result = job()
    return time.monotonic() - started, result


def test_finding_4_a_kiosk_sitting_on_the_change_log_delays_the_fleet_by_its_limit_only(
    owner_url, kiosk, kiosk_a, kiosk_b, watchdog
) -> None:
    """Kiosk A lifts its own limits, takes the change log's turn and sits on it in an open
    transaction: B's whole sync (its ideas, its voucher, its stop, the pull) and city hall's reply
    wait for A's limit, not for ever."""
    from concurrent.futures import ThreadPoolExecutor

    _on_tour_today(owner_url, "assentoft")
    kiosk.set_today_stop("assentoft")
    kiosk.settings.set("reward_voucher", True)
    answered = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="En bænk"), "assentoft")
    sync_once(kiosk, kiosk_b.url)
    kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="Et træ"), "assentoft")  # a voucher to report, too
    person = _person(owner_url)
    sitting = psycopg.connect(kiosk_a.url)
    try:
        sitting.execute("SET statement_timeout = 0; SET idle_in_transaction_session_timeout = 0")  # accepted, as before
        assert sitting.execute("SELECT mokoko.serve_stop('assentoft')").fetchone() == (True,)  # holds the turn, uncommitted
        with ThreadPoolExecutor(max_workers=2) as pool:
            sync = pool.submit(_timed, lambda: sync_once(kiosk, kiosk_b.url, adopt_identity=False))
            reply = pool.submit(_timed, lambda: office_of(person.url).reply(answered.receipt_code, "in-progress", "Vi ser på det."))
            sync_seconds, report = sync.result(timeout=60)
            reply_seconds, _ = reply.result(timeout=60)
        assert report.vouchers == 1 and report.push.pushed == 1
        assert sync_seconds < 2 + 5 and reply_seconds < 2 + 5  # A's idle limit, and a round of the watchdog to spare
        with pytest.raises(psycopg.OperationalError):
            sitting.execute("SELECT 1")  # A's session was ended
    finally:
        sitting.close()


def test_finding_4_a_kiosks_long_statement_is_ended_at_its_limit(owner_url, kiosk_a, watchdog) -> None:
    """pg_sleep(33) ran past the 30 s limit once the kiosk had SET statement_timeout = 0."""
    with psycopg.connect(kiosk_a.url, autocommit=True) as connection:
        connection.execute("SET statement_timeout = 0")
        seconds, _ = _timed(lambda: pytest.raises(psycopg.OperationalError, connection.execute, "SELECT pg_sleep(60)"))
    assert seconds < 5 + 5


def test_finding_4_nobody_but_the_database_can_take_the_change_logs_turn(owner_url, kiosk_a) -> None:
    with psycopg.connect(kiosk_a.url) as connection, pytest.raises(errors.InsufficientPrivilege):
        connection.execute("LOCK TABLE mokoko.change_log_turn IN EXCLUSIVE MODE")
    with psycopg.connect(kiosk_a.url) as connection, pytest.raises(errors.InsufficientPrivilege):
        connection.execute("SELECT mokoko.take_change_log_turn()")
    with psycopg.connect(kiosk_a.url) as connection:  # the old advisory lock no longer holds anybody up
        connection.execute("SELECT pg_advisory_xact_lock(1297043279)")
        with psycopg.connect(owner_url) as central:
            central.execute("UPDATE mokoko.theme SET sort_order = sort_order WHERE code = 'andet'")


# Finding 8: the administrator is a person's login, not the superuser; access_log stays append-only. --


def test_finding_8_the_administrator_does_the_days_work(owner_url, kiosk, tmp_path) -> None:
    from central_database.devices import remove_device
    from central_database.keys import keygen
    from central_database.office_users import remove_office_user
    from central_database.retention import purge_expired
    from central_database.schema import ensure_admin_login
    from central_database.watchdog import end_overlong_sessions
    from shared_kernel.resources import DEMO_CATALOGUE

    earlier = add_device(owner_url, "Made by the superuser before the administrator")
    admin_url = ensure_admin_login(owner_url, f"mokoko_admin_t{uuid.uuid4().hex[:10]}")
    assert admin_url is not None
    device = add_device(admin_url, "Made by the administrator")
    sync_once(kiosk, device.url)
    person = add_office_user(admin_url, "Mette Østergård", ["aeldre-kultur"], login=f"office_t{uuid.uuid4().hex[:10]}")
    assert add_web_reader(admin_url, f"t{uuid.uuid4().hex[:10]}.example.dk").startswith("postgresql://")
    load_catalogue(admin_url, DEMO_CATALOGUE)
    keygen(admin_url, tmp_path / "key.json", "en lang og hemmelig sætning")
    assert prune_change_log(admin_url) >= 0
    assert set(purge_expired(admin_url)) >= {"ideas' contact details", "Byttebørs posts"}
    assert end_overlong_sessions(admin_url) == []
    for taken in (earlier, device):
        remove_device(admin_url, taken.tag)
    remove_office_user(admin_url, person.role_name)
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(device.url).close()


@pytest.mark.parametrize(
    ("statement", "error"),
    [
        ("ALTER TABLE mokoko.access_log DISABLE TRIGGER append_only", errors.InsufficientPrivilege),
        ("DELETE FROM mokoko.access_log", errors.InsufficientPrivilege),
        ("SET ROLE mokoko_owner", errors.InsufficientPrivilege),
        ("GRANT mokoko_owner TO CURRENT_USER", errors.InsufficientPrivilege),
        ("CREATE ROLE t_escalate SUPERUSER", errors.InsufficientPrivilege),
        ("CREATE ROLE t_escalate BYPASSRLS", errors.InsufficientPrivilege),
        ("CREATE ROLE t_escalate IN ROLE mokoko_owner", errors.InsufficientPrivilege),
        ("SELECT sealed_contact FROM mokoko.idea", errors.InsufficientPrivilege),
        ("SELECT mokoko.reveal_contact('idea', 'X', 'nysgerrig')", errors.InsufficientPrivilege),
        ("INSERT INTO mokoko.change_log (table_name, key, op) VALUES ('theme', 'x', 'U')", errors.InsufficientPrivilege),
        ("UPDATE mokoko.idea SET text = 'x'", errors.InsufficientPrivilege),
        ("DROP TABLE mokoko.access_log", errors.InsufficientPrivilege),
    ],
)
def test_finding_8_the_administrator_is_neither_owner_nor_superuser(admin_url, statement, error) -> None:
    with psycopg.connect(admin_url) as connection, pytest.raises(error):
        connection.execute(statement)


def test_finding_8_no_login_can_become_the_owner(owner_url, admin_url, kiosk_a) -> None:
    """The one who ran init was a member of mokoko_owner; no login is now but superusers, who
    are outside what a database can promise about itself."""
    members = central_rows(
        owner_url,
        "SELECT r.rolname FROM pg_roles r WHERE r.rolcanlogin AND NOT r.rolsuper AND pg_has_role(r.oid, 'mokoko_owner', 'MEMBER')",
    )
    assert members == []
    [(owner,)] = central_rows(owner_url, "SELECT tableowner FROM pg_tables WHERE schemaname = 'mokoko' AND tablename = 'access_log'")
    assert central_rows(owner_url, "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (owner,)) == [(False,)]


# Finding 9: privacy gaps. -------------------------------------------------------------------------


def test_finding_9_city_hall_sees_the_same_person_signed_up_twice_across_kiosks(
    owner_url, kiosk, kiosk_a, kiosk_b, tmp_path, capsys, monkeypatch
) -> None:
    """Sealing contact details at the kiosk took the duplicate check away; city hall finds them
    again with the municipality's key (the kiosk holds nothing it could be made to confirm)."""
    import json

    from mokoko_desktop.bootstrap import open_kiosk
    from mokoko_desktop.signups import SignupDraft
    from shared_kernel.command_line import main
    from shared_kernel.resources import DEMO_PRIVATE_KEY
    from tests.conftest import DEMO_KEY_PASSPHRASE

    def signup(at, opportunity: str, phone: str, email: str = "", name: str = "Åse") -> str:
        draft = SignupDraft(
            opportunity_id=opportunity,
            name=name,
            phone=phone,
            email=email,
            age_group="65-79",
            availability=["weekdays"],
            frequency="regular",
            consent=True,
        )
        return at.signups.submit(draft, "assentoft").receipt_code

    other = open_kiosk(tmp_path / "b", demo=True, clock=kiosk.clock)
    try:
        first = signup(kiosk, "bogvenner", "20 30 40 50")
        elsewhere = signup(kiosk, "besoegsven", "20304050")  # another task: not a duplicate
        stranger = signup(kiosk, "bogvenner", "20304059", name="Bo")
        again = signup(other, "bogvenner", "+45 20304050", email="ASE@eksempel.dk")  # at another kiosk, written otherwise
        sync_once(kiosk, kiosk_a.url)
        sync_once(other, kiosk_b.url)
    finally:
        other.close()
    person = _person(owner_url)
    monkeypatch.setenv("MOKOKO_KEY_PASSPHRASE", DEMO_KEY_PASSPHRASE)
    assert main(["office", "duplicates", "--key", str(DEMO_PRIVATE_KEY), "--json", "--url", person.url]) == 0
    [pair] = json.loads(capsys.readouterr().out)
    assert (pair["first"], pair["second"], pair["opportunity_id"], pair["same"]) == (first, again, "bogvenner", "phone")
    listed = {line.receipt_code: line.likely_same_as for line in office_of(person.url).signups()}
    assert listed[again] == [first] and listed[first] == [again] and listed[stranger] == listed[elsewhere] == []
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.access_log WHERE why LIKE 'Duplicate check%%'") == [(4,)]
    fingerprints = central_rows(owner_url, "SELECT phone FROM mokoko.signup_fingerprint")
    assert not any("20304050" in str(row) for row in fingerprints)  # nothing the database could read back
    with psycopg.connect(owner_url) as central:  # erased on request: the fingerprint goes with the details
        central.execute("SELECT mokoko.erase_contact(%s, 'asked')", (again,))
    assert {line.receipt_code: line.likely_same_as for line in office_of(person.url).signups()}[first] == []
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.signup_fingerprint") == [(3,)]


def test_finding_9_an_idea_never_answered_keeps_its_contact_details_no_longer_than_the_maximum(
    owner_url, admin_url, kiosk, kiosk_a, tmp_path
) -> None:
    import json

    from central_database.retention import purge_expired

    catalogue = tmp_path / "catalogue.json"
    catalogue.write_text(json.dumps({"retention": [{"kind": "idea-contact-max", "days": 30}]}))
    load_catalogue(admin_url, catalogue)
    old = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="En bænk", name="Åse", consent=True), "assentoft")
    sync_once(kiosk, kiosk_a.url)
    with psycopg.connect(owner_url) as central:
        central.execute("UPDATE mokoko.idea SET created_at = created_at - interval '31 days'")
    young = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="Et træ", name="Bo", consent=True), "assentoft")
    sync_once(kiosk, kiosk_a.url)
    assert purge_expired(admin_url)["ideas' contact details"] == 1
    held = central_rows(owner_url, "SELECT receipt_code, sealed_contact IS NOT NULL FROM mokoko.idea ORDER BY created_at")
    assert held == [(old.receipt_code, False), (young.receipt_code, True)]


def test_finding_8_init_is_the_superusers_and_names_the_way(admin_url, capsys, tmp_path) -> None:
    """Roles are the server's: only init needs the superuser, and it says so instead of failing half-way."""
    from shared_kernel.command_line import main

    url_file = tmp_path / "admin-url"
    url_file.write_text(admin_url + "\n")
    assert main(["central", "init", "--url-file", str(url_file)]) == 1
    assert "needs a superuser login" in capsys.readouterr().err
