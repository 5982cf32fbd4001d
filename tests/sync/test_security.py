"""Connected as a kiosk: only its own submissions, only inserts, owns nothing, bypasses nothing."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from alembic import command
from psycopg import errors, sql
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from mokoko_desktop.ideas import IdeaDraft
from sync import office
from sync.central import _config, _sqlalchemy_url
from sync.devices import add_device
from sync.engine import sync_once
from tests.sync.conftest import central_rows

INSERT = (
    "INSERT INTO mokoko.idea (id, receipt_code, consultation_id, theme_code, text, language, stop_id, "
    "created_at, content_hash{extra_columns}) VALUES (%s, %s, 'c', 't', 'x', 'da', 's', now(), 'h'{extra_values})"
)


@pytest.fixture
def two_kiosks(kiosk, owner_url):
    first = add_device(owner_url, "Første")
    second = add_device(owner_url, "Anden")
    kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="Fra den første", name="Åse", consent=True), "assentoft")
    sync_once(kiosk, first.url)
    return first, second


def _fails(url: str, statement: str, params: tuple = (), error=errors.InsufficientPrivilege) -> None:
    with psycopg.connect(url) as connection, pytest.raises(error):
        connection.execute(statement, params)


def test_a_kiosk_cannot_read_another_kiosks_submissions(two_kiosks) -> None:
    first, second = two_kiosks
    with psycopg.connect(second.url) as connection:
        assert connection.execute("SELECT count(*) FROM mokoko.idea").fetchone() == (0,)
    with psycopg.connect(first.url) as connection:
        assert connection.execute("SELECT count(*) FROM mokoko.idea").fetchone() == (1,)


def test_a_kiosk_cannot_read_contact_details_even_its_own(two_kiosks) -> None:
    first, _ = two_kiosks
    _fails(first.url, "SELECT contact_name FROM mokoko.idea")
    _fails(first.url, "SELECT payload FROM mokoko.push_conflict")


def test_a_kiosk_cannot_insert_with_another_devices_identity(two_kiosks, owner_url) -> None:
    first, second = two_kiosks
    [(first_id,)] = central_rows(owner_url, "SELECT id::text FROM mokoko.device WHERE role_name = %s", (first.role_name,))
    rls = errors.InsufficientPrivilege
    _fails(second.url, INSERT.format(extra_columns=", device_id", extra_values=", %s"),
           (str(uuid.uuid4()), "X1", first_id), rls)
    _fails(second.url, INSERT.format(extra_columns=", device_role", extra_values=", %s"),
           (str(uuid.uuid4()), "X2", first.role_name), rls)
    with psycopg.connect(second.url) as connection:  # its own identity works
        connection.execute(INSERT.format(extra_columns="", extra_values=""), (str(uuid.uuid4()), "X3"))


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE mokoko.idea SET text = 'hacked'",
        "DELETE FROM mokoko.idea",
        "TRUNCATE mokoko.idea",
        "UPDATE mokoko.theme SET active = false",
        "DELETE FROM mokoko.change_log",
        "INSERT INTO mokoko.status_update (idea_id, status) SELECT id, 'done' FROM mokoko.idea",
        "SET ROLE mokoko_kiosk",
        "SET ROLE mokoko_owner",
        "CREATE TABLE mokoko.mine (x int)",
    ],
)
def test_a_kiosk_can_never_change_or_destroy(two_kiosks, statement) -> None:
    first, _ = two_kiosks
    _fails(first.url, statement)


def test_a_kiosk_role_owns_nothing_and_bypasses_nothing(two_kiosks, owner_url) -> None:
    first, _ = two_kiosks
    [(superuser, bypass, create_role, create_db)] = central_rows(
        owner_url, "SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = %s",
        (first.role_name,),
    )
    assert not any((superuser, bypass, create_role, create_db))
    owned = central_rows(
        owner_url,
        "SELECT 'class', relname FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = %s) "
        "UNION ALL SELECT 'schema', nspname FROM pg_namespace WHERE nspowner = (SELECT oid FROM pg_roles WHERE rolname = %s) "
        "UNION ALL SELECT 'database', datname FROM pg_database WHERE datdba = (SELECT oid FROM pg_roles WHERE rolname = %s)",
        (first.role_name,) * 3,
    )
    assert owned == []
    [(can_set,)] = central_rows(
        owner_url,
        "SELECT bool_or(set_option) FROM pg_auth_members WHERE member = (SELECT oid FROM pg_roles WHERE rolname = %s)",
        (first.role_name,),
    )
    assert can_set is False


def test_every_table_with_submissions_forces_row_level_security(owner_url) -> None:
    rows = central_rows(
        owner_url,
        "SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class WHERE relnamespace = 'mokoko'::regnamespace "
        "AND relname IN ('idea', 'signup', 'offer', 'push_conflict') ORDER BY relname",
    )
    assert rows == [(name, True, True) for name in ("idea", "offer", "push_conflict", "signup")]


def test_the_office_reads_everything_and_answers(two_kiosks, owner_url) -> None:
    first, _ = two_kiosks
    [(code,)] = central_rows(owner_url, "SELECT receipt_code FROM mokoko.idea")
    with psycopg.connect(owner_url) as connection:
        connection.execute("CREATE ROLE office_test LOGIN IN ROLE mokoko_office")
    office_url = owner_url.replace("postgres:@", "office_test:@")
    with psycopg.connect(office_url) as connection:
        assert connection.execute("SELECT count(*), max(contact_name) FROM mokoko.idea").fetchone() == (1, "Åse")
        connection.execute(
            "INSERT INTO mokoko.status_update (idea_id, status, public_reply) "
            "SELECT id, 'received', 'Tak' FROM mokoko.idea WHERE receipt_code = %s", (code,)
        )
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.change_log WHERE table_name = 'idea_status'") == [(1,)]


def test_sign_ups_and_posts_are_as_closed_as_ideas(two_kiosks, kiosk) -> None:
    from mokoko_desktop.offers import OfferDraft
    from mokoko_desktop.signups import SignupDraft

    first, second = two_kiosks
    kiosk.signups.submit(SignupDraft(opportunity_id="bogvenner", name="Åse", phone="20304050", age_group="65-79",
                                     availability=["weekdays"], consent=True), "assentoft")  # fmt: skip
    kiosk.offers.submit(OfferDraft(text="Trailer", tags=["praktisk"], name="Bo", phone="20304051", consent=True), "assentoft")
    sync_once(kiosk, first.url)
    for table in ("signup", "offer"):
        with psycopg.connect(second.url) as connection:
            assert connection.execute(f"SELECT count(*) FROM mokoko.{table}").fetchone() == (0,)
        with psycopg.connect(first.url) as connection:
            assert connection.execute(f"SELECT count(*) FROM mokoko.{table}").fetchone() == (1,)
        _fails(first.url, f"SELECT data FROM mokoko.{table}")  # the personal data: never read back
        _fails(first.url, f"UPDATE mokoko.{table} SET content_hash = 'x'")
        _fails(first.url, f"DELETE FROM mokoko.{table}")
    _fails(first.url, "INSERT INTO mokoko.interest (code, name) VALUES ('x', '{}')")


def test_one_kiosk_login_cannot_take_every_connection_nor_hold_the_server(owner_url, kiosk_url) -> None:
    """A stolen kiosk password: its 4th connection is refused while another kiosk still connects,
    and its statements and idle transactions are cut off after seconds."""
    other_url = add_device(owner_url, "Anden kiosk").url
    held = [psycopg.connect(kiosk_url) for _ in range(3)]
    try:
        with pytest.raises(psycopg.OperationalError, match="too many connections for role"):
            psycopg.connect(kiosk_url)
        with psycopg.connect(other_url) as other:
            assert other.execute("SELECT current_setting('statement_timeout'), "
                                 "current_setting('idle_in_transaction_session_timeout'), "
                                 "current_setting('temp_file_limit')").fetchone() == ("30s", "30s", "16MB")  # fmt: skip
    finally:
        for connection in held:
            connection.close()


def test_kiosks_registered_before_the_limits_get_them_by_migration(owner_url) -> None:
    role = add_device(owner_url, "Gammel kiosk").role_name
    with psycopg.connect(owner_url, autocommit=True) as connection:  # as before migration c0003
        connection.execute(sql.SQL("ALTER ROLE {} CONNECTION LIMIT -1").format(sql.Identifier(role)))
        connection.execute(sql.SQL("ALTER ROLE {} RESET ALL").format(sql.Identifier(role)))
    _migrate(owner_url, command.downgrade, "c0002")
    _migrate(owner_url, command.upgrade, "head")
    [(limit, settings)] = central_rows(owner_url, "SELECT rolconnlimit, rolconfig FROM pg_roles WHERE rolname = %s", (role,))
    assert limit == 3 and set(settings) >= {"statement_timeout=30s", "idle_in_transaction_session_timeout=30s"}


def _migrate(owner_url: str, step, revision: str) -> None:
    engine = create_engine(_sqlalchemy_url(owner_url), poolclass=NullPool)
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        step(config, revision)
    engine.dispose()


def test_kiosks_read_no_internal_reason_and_no_other_kiosks_device(kiosk, owner_url, kiosk_url) -> None:
    idea = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="Et skur"), "assentoft")
    sync_once(kiosk, kiosk_url)
    office.reply(owner_url, idea.receipt_code, "not-taken-further", "Det kan vi ikke i år.", reason="Budgettet er brugt")
    other_url = add_device(owner_url, "Anden kiosk").url
    with psycopg.connect(other_url) as other:
        logged = other.execute("SELECT row_data FROM mokoko.change_log WHERE table_name = 'idea_status'").fetchall()
        devices = other.execute("SELECT name FROM mokoko.device").fetchall()
    assert logged and all("reason" not in row_data and "Budgettet" not in str(row_data) for (row_data,) in logged)
    assert logged[0][0]["public_reply"] == "Det kan vi ikke i år."
    assert devices == [("Anden kiosk",)]
    sync_once(kiosk, kiosk_url)
    found = kiosk.follow_up(idea.receipt_code)
    assert found.status is not None and (found.status.public_reply, found.status.reason) == ("Det kan vi ikke i år.", "")
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.device") == [(2,)]  # city hall sees them all
