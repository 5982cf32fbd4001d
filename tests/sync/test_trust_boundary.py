"""Issue 26: the central database's trust boundary, tried as each attacking login (a stolen kiosk,
the internet-facing web reader, a careless office PC) against a real PostgreSQL. Each test is a
finding of the issue; each failed before its fix."""

from __future__ import annotations

import contextlib
import uuid

import psycopg
import pytest
from psycopg import errors

from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.receipt_codes import new_code
from sync import office
from sync.devices import ProvisionedDevice, add_device
from sync.engine import sync_once
from sync.office_users import OfficeUser, add_office_user
from sync.public import add_web_reader
from tests.sync.conftest import central_rows

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
        for statement in (EVIL_FUNCTION,
                          f"CREATE DOMAIN pg_temp.{shadowed_type} AS pg_catalog.{shadowed_type} CHECK (pg_temp.evil(VALUE))",
                          call):  # fmt: skip
            with contextlib.suppress(psycopg.Error):
                connection.execute(statement, params if statement == call else ())


def _owner_ran_attackers_code(owner_url: str) -> bool:
    return central_rows(owner_url, "SELECT to_regclass('mokoko.pwned') IS NOT NULL") == [(True,)]


def test_finding_1_a_kiosk_cannot_run_its_code_as_the_owner(owner_url, kiosk_a) -> None:
    """A pg_temp.text domain reached the owner through check_kiosk_codes (``DECLARE refused text``)."""
    insert = ("INSERT INTO mokoko.idea (id, receipt_code, consultation_id, theme_code, text, language, stop_id, created_at, "
              "content_hash) VALUES (%s, %s, 'aktivt-medborgerskab-2026', 'andet', 'x', 'da', 'assentoft', now(), 'h')")  # fmt: skip
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
        connection.execute("INSERT INTO mokoko.change_log (table_name, key, op, row_data) VALUES (%s, 'k', 'U', %s)",
                           (table, psycopg.types.json.Jsonb(row_data)))  # fmt: skip
    with psycopg.connect(person.url) as connection, pytest.raises(errors.InsufficientPrivilege):
        connection.execute("INSERT INTO mokoko.catalogue_code VALUES ('theme', 'forged')")


def test_finding_2_what_the_office_does_still_reaches_the_kiosks(owner_url, kiosk, kiosk_a) -> None:
    """The triggers write the log in the office's place (as the database itself)."""
    idea = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="En bænk"), "assentoft")
    sync_once(kiosk, kiosk_a.url)
    person = _person(owner_url)
    office.reply(person.url, idea.receipt_code, "in-progress", "Vi ser på det.")
    sync_once(kiosk, kiosk_a.url)
    found = kiosk.follow_up(idea.receipt_code)
    assert found.status is not None and found.status.public_reply == "Vi ser på det."


def test_finding_9_an_office_login_cannot_rewrite_old_contact_details(owner_url) -> None:
    person = _person(owner_url)
    with psycopg.connect(person.url) as connection, pytest.raises(errors.InsufficientPrivilege):
        connection.execute("UPDATE mokoko.idea SET contact_name = 'Someone else'")
