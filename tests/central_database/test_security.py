"""Connected as a kiosk: only its own submissions, only inserts, owns nothing, bypasses nothing."""

from __future__ import annotations

import json
import uuid

import psycopg
import pytest
from alembic import command
from psycopg import errors, sql
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from central_database.devices import add_device
from central_database.schema import _config, _sqlalchemy_url
from mokoko_desktop.ideas import IdeaDraft
from shared_kernel.receipt_codes import new_code
from shared_kernel.sealing import open_sealed
from sync.engine import sync_once, sync_status
from tests.central_database.conftest import central_rows
from tests.conftest import demo_key, office_of

INSERT = (
    "INSERT INTO mokoko.idea (id, receipt_code, consultation_id, theme_code, text, language, stop_id, "
    "created_at, content_hash{extra_columns}) VALUES (%s, %s, 'aktivt-medborgerskab-2026', 'andet', 'x', 'da', "
    "'assentoft', now(), 'h'{extra_values})"
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
    _fails(
        second.url, INSERT.format(extra_columns=", device_id", extra_values=", %s"), (str(uuid.uuid4()), new_code(first.tag), first_id), rls
    )
    _fails(
        second.url,
        INSERT.format(extra_columns=", device_role", extra_values=", %s"),
        (str(uuid.uuid4()), new_code(first.tag), first.role_name),
        rls,
    )
    with psycopg.connect(second.url) as connection:  # its own identity works
        connection.execute(INSERT.format(extra_columns="", extra_values=""), (str(uuid.uuid4()), new_code(second.tag)))


def _insert_as(url: str, code: str, **columns: object) -> None:
    """Insert an idea as the kiosk of ``url``, with ``columns`` instead of harmless defaults."""
    values: dict[str, object] = {
        "id": str(uuid.uuid4()),
        "receipt_code": code,
        "consultation_id": "aktivt-medborgerskab-2026",
        "theme_code": "andet",
        "text": "x",
        "language": "da",
        "stop_id": "assentoft",
        "created_at": "2026-11-29T10:00:00Z",
        "content_hash": "h",
    } | columns
    statement = sql.SQL("INSERT INTO mokoko.idea ({}) VALUES ({})").format(
        sql.SQL(", ").join(map(sql.Identifier, values)), sql.SQL(", ").join(sql.Placeholder() * len(values))
    )
    with psycopg.connect(url) as connection:
        connection.execute(statement, tuple(values.values()))


def test_a_kiosk_cannot_squat_another_kiosks_receipt_codes(two_kiosks) -> None:
    """Finding 3: kiosk B inserted kiosk A's next code, and A's real idea became a conflict."""
    first, second = two_kiosks
    squatted = new_code(first.tag)
    with pytest.raises(errors.CheckViolation, match="does not carry this kiosk's tag"):
        _insert_as(second.url, squatted)
    for malformed in ("X3", squatted[:-1] + ("2" if squatted[-1] != "2" else "3"), squatted.lower(), "A" * 10_000):
        with pytest.raises(errors.CheckViolation, match="receipt_code_well_formed"):
            _insert_as(second.url, malformed)
    _insert_as(first.url, squatted)  # the code is still free for its own kiosk


def test_a_forged_code_is_set_aside_at_the_kiosk_and_the_rest_arrive(kiosk, owner_url, kiosk_url) -> None:
    """A kiosk whose database holds another kiosk's code (a tampered file, a bug) sends
    everything else; the one record waits here with the central database's reason."""
    victim = add_device(owner_url, "Offer")
    ideas = [kiosk.ideas.submit(IdeaDraft(theme_code="andet", text=f"Idé {n}"), "assentoft") for n in range(5)]
    forged = new_code(victim.tag)
    with kiosk.store.engine.begin() as connection:
        connection.execute(text("UPDATE idea SET receipt_code = :code WHERE id = :id"), {"code": forged, "id": ideas[2].id})
    report = sync_once(kiosk, kiosk_url)
    assert (report.push.pushed, report.push.refused) == (4, 1)
    with kiosk.store.engine.connect() as connection:
        reason = connection.execute(text("SELECT sync_refused FROM idea WHERE id = :id"), {"id": ideas[2].id}).scalar_one()
    assert "does not carry this kiosk's tag" in reason and sync_status(kiosk).last_error is None
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.idea WHERE receipt_code = %s", (forged,)) == [(0,)]


def test_tags_drawn_before_registration_are_claimed_for_that_kiosk_only(kiosk, owner_url, kiosk_url) -> None:
    """A kiosk takes ideas before it ever synced (its own random tag); they arrive and the tag is
    its own from then on: no other kiosk may use it, add-device never hands it out, and one kiosk
    cannot claim more than three such tags."""
    early = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="Før registreringen"), "assentoft")
    sync_once(kiosk, kiosk_url)
    tag = early.receipt_code[:4]
    [(device_id, own_tag, claimed)] = central_rows(
        owner_url,
        "SELECT d.id, d.tag, array_agg(t.tag::text) FROM mokoko.device d JOIN mokoko.device_tag t ON t.device_id = d.id "
        "GROUP BY d.id, d.tag",
    )
    assert claimed == [tag] and own_tag != tag
    other = add_device(owner_url, "Anden")
    with pytest.raises(errors.CheckViolation, match="does not carry this kiosk's tag"):
        _insert_as(other.url, new_code(tag))
    more = ["2223", "2224", "2225"]
    for extra in more[:2]:
        _insert_as(kiosk_url, new_code(extra))
    with pytest.raises(errors.CheckViolation):
        _insert_as(kiosk_url, new_code(more[2]))
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.device_tag WHERE device_id = %s", (device_id,)) == [(3,)]


@pytest.mark.parametrize(
    ("columns", "error"),
    [
        ({"contact_name": "Å" * 5_000_000, "consent_version": "v1"}, errors.CheckViolation),
        ({"language": "da" * 1000}, errors.CheckViolation),
        ({"received_at": "2001-01-01T00:00:00Z"}, errors.InsufficientPrivilege),
        ({"theme_code": "ukendt"}, errors.ForeignKeyViolation),
        ({"stop_id": "ukendt"}, errors.ForeignKeyViolation),
    ],
)
def test_the_central_database_takes_only_what_fits(two_kiosks, columns, error) -> None:
    """Finding 4: 5 MB names, an arbitrary received_at and unknown theme or stop codes were taken."""
    _, second = two_kiosks
    with pytest.raises(error):
        _insert_as(second.url, new_code(second.tag), **columns)


def test_sign_up_documents_and_conflicts_have_a_size_limit(two_kiosks) -> None:
    _, second = two_kiosks
    big = json.dumps({"general_text": "x" * 5_000_000})
    with psycopg.connect(second.url) as connection, pytest.raises(errors.CheckViolation, match="data_size"):
        connection.execute(
            "INSERT INTO mokoko.signup (id, receipt_code, data, created_at, content_hash) VALUES (%s, %s, %s, now(), 'h')",
            (str(uuid.uuid4()), new_code(second.tag), big),
        )
    with psycopg.connect(second.url) as connection, pytest.raises(errors.CheckViolation, match="payload_size"):
        connection.execute(
            "INSERT INTO mokoko.push_conflict (kind, record_id, content_hash, payload) VALUES ('idea', %s, 'h', %s)",
            (str(uuid.uuid4()), big),
        )


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
        owner_url,
        "SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = %s",
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
        assert connection.execute("SELECT count(*) FROM mokoko.idea").fetchone() == (1,)
    _fails(office_url, "SELECT contact_name FROM mokoko.idea")  # contact details only on purpose:
    _fails(office_url, "SELECT sealed_contact FROM mokoko.idea")
    with psycopg.connect(office_url) as connection:
        sealed = connection.execute("SELECT mokoko.reveal_contact('idea', %s, 'Svar på idéen') ->> 'sealed'", (code,)).fetchone()
    assert sealed is not None and open_sealed(demo_key(), sealed[0])["name"] == "Åse"  # opened with the key, outside the database
    assert central_rows(owner_url, "SELECT by_role, kind, receipt_code FROM mokoko.access_log") == [("office_test", "idea", code)]
    with psycopg.connect(office_url) as connection:
        connection.execute(
            "INSERT INTO mokoko.status_update (idea_id, status, public_reply) "
            "SELECT id, 'received', 'Tak' FROM mokoko.idea WHERE receipt_code = %s",
            (code,),
        )
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.change_log WHERE table_name = 'idea_status'") == [(1,)]


def test_sign_ups_and_posts_are_as_closed_as_ideas(two_kiosks, kiosk) -> None:
    from mokoko_desktop.offers import OfferDraft
    from mokoko_desktop.signups import SignupDraft

    first, second = two_kiosks
    kiosk.signups.submit(
        SignupDraft(opportunity_id="bogvenner", name="Åse", phone="20304050", age_group="65-79", availability=["weekdays"], consent=True),
        "assentoft",
    )
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
            assert other.execute(
                "SELECT current_setting('statement_timeout'), "
                "current_setting('idle_in_transaction_session_timeout'), "
                "current_setting('temp_file_limit')"
            ).fetchone() == ("30s", "30s", "16MB")
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
    office_of(owner_url).reply(idea.receipt_code, "not-taken-further", "Det kan vi ikke i år.", reason="Budgettet er brugt")
    other_url = add_device(owner_url, "Anden kiosk").url
    with psycopg.connect(other_url) as other:
        logged = other.execute("SELECT row_data FROM mokoko.change_log WHERE table_name = 'idea_status'").fetchall()
        devices = other.execute("SELECT name FROM mokoko.device").fetchall()
    assert logged == []  # another kiosk's statuses are not its business (c0005)
    assert devices == [("Anden kiosk",)]
    with psycopg.connect(kiosk_url) as own:
        logged = own.execute("SELECT row_data FROM mokoko.change_log WHERE table_name = 'idea_status'").fetchall()
    assert logged and all("reason" not in row_data and "Budgettet" not in str(row_data) for (row_data,) in logged)
    assert logged[0][0]["public_reply"] == "Det kan vi ikke i år."
    sync_once(kiosk, kiosk_url)
    found = kiosk.follow_up(idea.receipt_code)
    assert found.status is not None and (found.status.public_reply, found.status.reason) == ("Det kan vi ikke i år.", "")
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.device") == [(2,)]  # city hall sees them all
