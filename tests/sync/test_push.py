"""Push: round trip, idempotent re-push, conflicts kept aside, a drop after the central commit,
and the purge of personal data."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text

from central_database.connection import CentralError
from mokoko_desktop.bootstrap import retry_refused
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.models import Idea, Offer, Signup
from shared_kernel.sealing import open_sealed
from sync.engine import sync_once, sync_status
from sync.push import KINDS, loss_is_harmless, push_pending
from tests.conftest import demo_key, opened, stored
from tests.sync.conftest import central_rows


def _ideas(kiosk, count: int, **contact):
    drafts = [IdeaDraft(theme_code="aeldre", text=f"Idé nummer {n} – bænke ved åen", **contact) for n in range(count)]
    return kiosk.ideas.submit_many(drafts, "assentoft")


def test_round_trip_exactly_as_stored(kiosk, owner_url, kiosk_url) -> None:
    [idea] = _ideas(kiosk, 1, name="Åse", email="ase@eksempel.dk", consent=True)
    report = sync_once(kiosk, kiosk_url)
    assert report.push.pushed == 1 and report.waiting == 0
    [row] = central_rows(
        owner_url,
        "SELECT id::text, receipt_code, text, sealed_contact, created_at, stop_id, device_role, contact_name FROM mokoko.idea",
    )
    assert row[:7] == (idea.id, idea.receipt_code, idea.text, idea.sealed_contact, idea.created_at, "assentoft", row[6])
    assert row[6].startswith("mokoko_kiosk_") and row[7] is None
    assert open_sealed(demo_key(), row[3]) == {"name": "Åse", "email": "ase@eksempel.dk"}
    status = sync_status(kiosk)
    assert status.waiting == 0 and status.last_success_at and status.last_error is None


def test_new_codes_use_the_tag_the_central_database_gave(kiosk, owner_url, kiosk_url) -> None:
    sync_once(kiosk, kiosk_url)
    [(tag,)] = central_rows(owner_url, "SELECT tag FROM mokoko.device")
    assert kiosk.device.tag == tag
    [idea] = _ideas(kiosk, 1)
    assert idea.receipt_code.startswith(tag)


def test_re_push_is_harmless(kiosk, owner_url, kiosk_url) -> None:
    _ideas(kiosk, 30)
    sync_once(kiosk, kiosk_url)
    with kiosk.store.engine.begin() as connection:  # as if the kiosk never heard of the commit
        connection.execute(text("UPDATE idea SET synced_at = NULL"))
    report = sync_once(kiosk, kiosk_url)
    assert report.push.pushed == 30 and report.push.conflicts == 0
    assert central_rows(owner_url, "SELECT count(*), count(DISTINCT id) FROM mokoko.idea") == [(30, 30)]
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.push_conflict") == [(0,)]


def test_an_idea_pushed_before_paper_forms_keeps_its_fingerprint(kiosk, owner_url, kiosk_url) -> None:
    """typed_at (local migration 0020) counts only when set: an idea that arrived before the
    upgrade and is pushed again after it is the same idea, not a conflict; so is a paper one."""
    import datetime as dt

    _ideas(kiosk, 3)
    kiosk.submit(IdeaDraft(theme_code="aeldre", text="Fra papir", written_on=dt.date(2026, 11, 17)), "langaa")
    sync_once(kiosk, kiosk_url)
    before = ", ".join(name for name in Idea.pushed_columns() if name != "typed_at")
    with psycopg.connect(owner_url) as central:
        central.execute("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'")  # as the push's session
        rows = central.execute(f"SELECT typed_at IS NULL, content_hash = md5(row({before})::text) FROM mokoko.idea").fetchall()
    assert sorted(rows) == [(False, False), (True, True), (True, True), (True, True)]  # the old formula, unless typed_at is set
    with kiosk.store.engine.begin() as connection:
        connection.execute(text("UPDATE idea SET synced_at = NULL"))
    report = sync_once(kiosk, kiosk_url)
    assert report.push.pushed == 4 and report.push.conflicts == 0


def test_same_id_with_other_content_is_kept_aside_as_a_conflict(kiosk, owner_url, kiosk_url) -> None:
    [idea] = _ideas(kiosk, 1)
    sync_once(kiosk, kiosk_url)
    with kiosk.store.engine.begin() as connection:
        connection.execute(text("UPDATE idea SET text = 'Ændret bagefter', synced_at = NULL"))
    report = sync_once(kiosk, kiosk_url)
    assert report.push.conflicts == 1
    assert central_rows(owner_url, "SELECT text FROM mokoko.idea") == [(idea.text,)]  # not overwritten
    [(kind, record_id, payload_text)] = central_rows(
        owner_url, "SELECT kind, record_id::text, payload ->> 'text' FROM mokoko.push_conflict"
    )
    assert (kind, record_id, payload_text) == ("idea", idea.id, "Ændret bagefter")  # not dropped
    assert sync_status(kiosk).conflicts == 1


def test_connection_lost_after_central_commit_before_local_mark(kiosk, owner_url, kiosk_url) -> None:
    _ideas(kiosk, 12)

    def drop(_ids: list[str]) -> None:
        raise ConnectionError("network gone right after COMMIT")

    with psycopg.connect(kiosk_url, autocommit=True) as central, pytest.raises(ConnectionError):
        push_pending(kiosk.store, central, after_central_commit=drop, batch_size=5)
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.idea") == [(5,)]  # first batch committed
    report = sync_once(kiosk, kiosk_url)
    assert report.push.pushed == 12 and report.push.conflicts == 0 and report.waiting == 0
    assert central_rows(owner_url, "SELECT count(*), count(DISTINCT id) FROM mokoko.idea") == [(12, 12)]


def test_ideas_given_while_a_push_runs_arrive_exactly_once(kiosk, owner_url, kiosk_url) -> None:
    _ideas(kiosk, 12)
    given_meanwhile: list[str] = []

    def citizen_submits(_ids: list[str]) -> None:  # between a batch's central commit and its mark
        if len(given_meanwhile) < 3:  # (a citizen after every batch would keep the push going forever)
            given_meanwhile.extend(_ideas(kiosk, 1))

    with psycopg.connect(kiosk_url, autocommit=True) as central:
        result = push_pending(kiosk.store, central, after_central_commit=citizen_submits, batch_size=5)
    # Each row sent once: the batch read while another is on its way starts after that one.
    assert (len(given_meanwhile), result.pushed, result.conflicts) == (3, 15, 0)
    assert central_rows(owner_url, "SELECT count(*), count(DISTINCT id) FROM mokoko.idea") == [(15, 15)]
    assert sync_once(kiosk, kiosk_url).waiting == 0


def test_a_re_push_mixed_with_new_ideas_inserts_the_new_ones(kiosk, owner_url, kiosk_url) -> None:
    _ideas(kiosk, 5)
    sync_once(kiosk, kiosk_url)
    with kiosk.store.engine.begin() as connection:  # the first five: as if the mark was lost
        connection.execute(text("UPDATE idea SET synced_at = NULL"))
    _ideas(kiosk, 5)
    report = sync_once(kiosk, kiosk_url)
    assert report.push.pushed == 10 and report.push.conflicts == 0 and report.waiting == 0
    assert central_rows(owner_url, "SELECT count(*), count(DISTINCT id) FROM mokoko.idea") == [(10, 10)]


def test_marks_do_not_wait_for_the_disk_and_everything_else_does(kiosk, kiosk_url) -> None:
    with loss_is_harmless(kiosk.store) as marking:  # 1 = NORMAL: a lost mark is a harmless re-push
        assert marking.exec_driver_sql("PRAGMA synchronous").scalar() == 1
    _ideas(kiosk, 12)
    with psycopg.connect(kiosk_url, autocommit=True) as central:
        push_pending(kiosk.store, central, batch_size=5)
    connections = [kiosk.store.engine.connect() for _ in range(3)]  # whichever the pool hands out
    try:
        assert [c.exec_driver_sql("PRAGMA synchronous").scalar() for c in connections] == [2, 2, 2]  # 2 = FULL
    finally:
        for connection in connections:
            connection.close()


def test_personal_data_is_purged_after_the_retention_days(kiosk, clock, owner_url, kiosk_url) -> None:
    [idea] = _ideas(kiosk, 1, name="Åse", phone="20123456", consent=True)
    sync_once(kiosk, kiosk_url)
    clock.advance(days=6)
    assert sync_once(kiosk, kiosk_url).purged == 0
    clock.advance(days=1, seconds=1)
    assert sync_once(kiosk, kiosk_url).purged == 1
    found = stored(kiosk, Idea, idea.receipt_code)
    assert (found.sealed_contact, found.text) == (None, idea.text)
    assert found.contact_purged_at == clock.now
    assert central_rows(owner_url, "SELECT sealed_contact FROM mokoko.idea") == [(idea.sealed_contact,)]  # kept centrally


def test_unsynced_contact_details_are_never_purged(kiosk, clock) -> None:
    from sync.engine import purge_contacts

    _ideas(kiosk, 1, name="Åse", consent=True)
    clock.advance(days=30)
    assert purge_contacts(kiosk, clock()) == 0


def test_unreachable_or_refusing_central_database_is_reported(kiosk, kiosk_url) -> None:
    _ideas(kiosk, 2)
    with pytest.raises(CentralError, match="cannot be reached"):
        sync_once(kiosk, "postgresql://nobody@/nowhere?host=/tmp/no-such-socket-dir")
    with pytest.raises(CentralError, match="refused|cannot be reached"):
        sync_once(kiosk, kiosk_url.replace("mokoko_kiosk_", "mokoko_kiosk_x"))
    status = sync_status(kiosk)
    assert status.waiting == 2 and status.last_error


def test_pushed_columns_come_from_the_models_in_the_order_the_central_fingerprints_use() -> None:
    """The central database hashes an idea's pushed columns in this order; a model whose fields
    were reordered would make every idea pushed before look changed (a conflict on re-push)."""
    assert Idea.pushed_columns() == (
        "id",
        "receipt_code",
        "consultation_id",
        "theme_code",
        "text",
        "contact_name",
        "contact_email",
        "contact_phone",
        "consent_version",
        "age_group",
        "home_area_code",
        "language",
        "stop_id",
        "created_at",
        "assisted",
        "sealed_contact",
        "notify_me",
        "typed_at",  # local migration 0020: fingerprinted only when set (Idea.FINGERPRINTED_WHEN_SET)
    )
    assert Idea.FINGERPRINTED_WHEN_SET == ("typed_at",)
    # A document's fields may come in any order (jsonb keeps its keys sorted); these are its keys.
    assert set(Signup.document_fields()) == {
        "opportunity_id",
        "general_text",
        "interests",
        "contact_name",
        "contact_phone",
        "contact_email",
        "sealed_contact",
        "age_group",
        "availability",
        "frequency",
        "message",
        "guardian_name",
        "guardian_phone",
        "consent_version",
        "guardian_consent_version",
        "notify_me",
        "language",
        "stop_id",
    }
    assert set(Offer.document_fields()) == {
        "kind",
        "text",
        "tags",
        "place",
        "contact_name",
        "contact_phone",
        "contact_email",
        "sealed_contact",
        "consent_version",
        "language",
        "stop_id",
    }
    assert [kind.table for kind in KINDS] == ["idea", "signup", "offer"]
    staging = KINDS[0].staging_types
    assert staging.startswith("id uuid")
    assert staging.endswith("created_at timestamptz, assisted boolean, sealed_contact text, notify_me boolean, typed_at timestamptz")


def test_one_refused_record_is_set_aside_and_everything_else_arrives(kiosk, clock, owner_url, kiosk_url) -> None:
    """A record the central database will not take (here: a NUL byte an older kiosk version let
    into the language, refused by the client library; a time the server cannot read) no longer stops the
    sync: it is found, set aside with the reason, the rest arrive, and the purge runs."""
    ideas = _ideas(kiosk, 5000, name="Åse", consent=True)
    nul, unknown = ideas[1234], ideas[4321]
    with kiosk.store.engine.begin() as connection:
        connection.execute(text("UPDATE idea SET language = 'da' || char(0) WHERE id = :id"), {"id": nul.id})
        connection.execute(text("UPDATE idea SET created_at = 'i går' WHERE id = :id"), {"id": unknown.id})
    report = sync_once(kiosk, kiosk_url)
    assert (report.push.pushed, report.push.refused, report.refused, report.waiting) == (4998, 2, 2, 0)
    assert "2 records could not be sent" in report.summary()
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.idea") == [(4998,)]
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.idea WHERE id = ANY(%s::uuid[])", ([nul.id, unknown.id],)) == [(0,)]
    with kiosk.store.engine.connect() as connection:
        refused = dict(connection.execute(text("SELECT id, sync_refused FROM idea WHERE sync_refused IS NOT NULL")).all())
    assert refused[nul.id].startswith("DataError:") and "NUL" in refused[nul.id]
    assert refused[unknown.id].startswith("InvalidDatetimeFormat:") and "Åse" not in refused[unknown.id]
    status = sync_status(kiosk)
    assert (status.waiting, status.refused, status.last_error) == (0, 2, None)
    clock.advance(days=8)
    assert sync_once(kiosk, kiosk_url).purged == 4998  # what arrived is purged; the two keep their contact
    assert opened(stored(kiosk, Idea, nul.receipt_code)) == {"name": "Åse"}

    with kiosk.store.engine.begin() as connection:  # the fix: staff correct the record ...
        connection.execute(
            text("UPDATE idea SET language = 'da', created_at = :at WHERE id IN (:a, :b)"),
            {"at": nul.created_at.isoformat(), "a": nul.id, "b": unknown.id},
        )
    assert retry_refused(kiosk) == 2  # ... and send them again
    report = sync_once(kiosk, kiosk_url)
    assert (report.push.pushed, report.refused) == (2, 0)
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.idea") == [(5000,)]


def test_a_batch_too_big_for_the_servers_limits_is_split_and_arrives(kiosk, owner_url, kiosk_url) -> None:
    """The central checks keep a statement's inserted rows; a batch of long ideas can spill to a
    temporary file beyond a kiosk's temp_file_limit. The batch is split until it fits: nothing is
    set aside, everything arrives."""
    ideas = _ideas(kiosk, 3000)
    with kiosk.store.engine.begin() as connection:
        connection.execute(text("UPDATE idea SET text = hex(randomblob(990))"))  # 1980 characters, hardly compressible
    role = central_rows(owner_url, "SELECT role_name FROM mokoko.device")[0][0]
    with psycopg.connect(owner_url, autocommit=True) as connection:  # as small as PostgreSQL allows
        connection.execute(f"ALTER ROLE {role} SET work_mem = '64kB'")
        connection.execute(f"ALTER ROLE {role} SET temp_file_limit = '256kB'")
    with psycopg.connect(kiosk_url, autocommit=True) as central:
        result = push_pending(kiosk.store, central)
    assert (result.pushed, result.refused) == (len(ideas), 0) and result.batches == 1
    assert central_rows(owner_url, "SELECT count(*), min(length(text)) FROM mokoko.idea") == [(3000, 1980)]


def test_the_purge_and_the_conflict_count_read_their_indexes(kiosk) -> None:
    """At a million records these run at every sync: they must not scan the tables."""
    from mokoko_desktop.personal_data import purge_condition

    with kiosk.store.engine.connect() as connection:
        for model in (Idea, Signup, Offer):
            table = model.__tablename__
            purge = connection.execute(
                text(
                    f"EXPLAIN QUERY PLAN SELECT id FROM {table} WHERE synced_at IS NOT NULL AND synced_at <= '2026' "
                    f"AND {purge_condition(model.personal_columns)}"
                )
            ).all()
            assert f"ix_{table}_purge_due" in str(purge), purge
            conflicts = connection.execute(text(f"EXPLAIN QUERY PLAN SELECT count(*) FROM {table} WHERE sync_conflict")).all()
            assert f"ix_{table}_conflict" in str(conflicts), conflicts
