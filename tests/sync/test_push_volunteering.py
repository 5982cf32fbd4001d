"""Sign-ups and Byttebørs posts travel to the central database like ideas: exactly once, their
personal data purged here after the retention days, conflicts kept aside; the catalogue of
opportunities and interests comes down."""

from __future__ import annotations

import json

import psycopg
import pytest
from sqlalchemy import text

from mokoko_desktop.models import Signup
from mokoko_desktop.offers import OfferDraft
from mokoko_desktop.signups import SignupDraft
from shared_kernel.sealing import open_sealed
from sync.engine import sync_once, sync_status
from sync.push import push_pending
from tests.conftest import demo_key, present, stored
from tests.sync.conftest import central_rows


def _signup(kiosk, **changes):
    values = dict(
        opportunity_id="bogvenner",
        name="Åse Ørsted",
        phone="20 30 40 50",
        age_group="65-79",
        availability=["weekdays", "evenings"],
        message="Jeg har bil.",
        consent=True,
    )
    values.update(changes)
    return kiosk.signups.submit(SignupDraft(**values), "assentoft")


def _post(kiosk, **changes):
    values = dict(kind="offer", text="Trailer om lørdagen", tags=["praktisk"], name="Bo", email="bo@eksempel.dk", consent=True)
    values.update(changes)
    return kiosk.offers.submit(OfferDraft(**values), "assentoft")


def test_signups_and_posts_arrive_exactly_as_stored(kiosk, owner_url, kiosk_url) -> None:
    signup = _signup(kiosk)
    child = _signup(
        kiosk,
        opportunity_id="",
        general_text="Cykler",
        interests=["praktisk"],
        frequency="once",
        age_group="under-15",
        guardian_name="Mette",
        guardian_phone="20304051",
        guardian_consent=True,
        phone="20304052",
    )
    post = _post(kiosk)
    report = sync_once(kiosk, kiosk_url)
    assert report.push.by_kind == {"signup": 2, "offer": 1} and report.waiting == 0
    assert "2 sign-ups, 1 Byttebørs posts" in report.summary()
    rows = dict(central_rows(owner_url, "SELECT id::text, data FROM mokoko.signup"))
    stored = rows[signup.id]
    assert stored["opportunity_id"] == "bogvenner" and stored["name"] is None and stored["message"] == ""
    assert open_sealed(demo_key(), stored["sealed_contact"]) == {"name": "Åse Ørsted", "phone": "+4520304050", "message": "Jeg har bil."}
    assert "contact_name" not in stored  # central documents keep their keys, whatever the kiosk's columns are called
    assert stored["availability"] == ["weekdays", "evenings"] and stored["consent_version"] == signup.consent_version
    assert open_sealed(demo_key(), rows[child.id]["sealed_contact"])["guardian_phone"] == "+4520304051"
    assert rows[child.id]["interests"] == ["praktisk"]
    [(code, created, data, device_role)] = central_rows(owner_url, "SELECT receipt_code, created_at, data, device_role FROM mokoko.offer")
    assert (code, created) == (post.receipt_code, post.created_at) and data["tags"] == ["praktisk"]
    assert device_role.startswith("mokoko_kiosk_")


def test_re_push_is_harmless_and_changed_content_is_kept_aside(kiosk, owner_url, kiosk_url) -> None:
    signup = _signup(kiosk)
    _post(kiosk)
    sync_once(kiosk, kiosk_url)
    with kiosk.store.engine.begin() as connection:  # as if the kiosk never heard of the commit
        connection.execute(text("UPDATE signup SET synced_at = NULL"))
        connection.execute(text("UPDATE offer SET synced_at = NULL, text = 'Ændret bagefter'"))
    report = sync_once(kiosk, kiosk_url)
    assert report.push.by_kind == {"signup": 1, "offer": 0} and report.push.conflicts == 1
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.signup") == [(1,)]
    assert central_rows(owner_url, "SELECT data ->> 'text' FROM mokoko.offer") == [("Trailer om lørdagen",)]
    assert central_rows(owner_url, "SELECT kind, payload -> 'data' ->> 'text' FROM mokoko.push_conflict") == [("offer", "Ændret bagefter")]
    assert sync_status(kiosk).conflicts == 1
    assert stored(kiosk, Signup, signup.receipt_code).synced_at is not None


def test_connection_lost_after_central_commit_before_local_mark(kiosk, owner_url, kiosk_url) -> None:
    for number in range(7):
        _signup(kiosk, phone=f"2030405{number}")

    def drop(_ids: list[str]) -> None:
        raise ConnectionError("network gone right after COMMIT")

    sync_once(kiosk, kiosk_url)  # provisions the kiosk's tag, pushes all 7
    with kiosk.store.engine.begin() as connection:
        connection.execute(text("UPDATE signup SET synced_at = NULL"))
    with psycopg.connect(kiosk_url, autocommit=True) as central, pytest.raises(ConnectionError):
        push_pending(kiosk.store, central, after_central_commit=drop, batch_size=3)
    report = sync_once(kiosk, kiosk_url)
    assert report.push.conflicts == 0 and report.waiting == 0
    assert central_rows(owner_url, "SELECT count(*), count(DISTINCT id) FROM mokoko.signup") == [(7, 7)]


def test_personal_data_of_signups_and_posts_is_purged_after_the_retention_days(kiosk, clock, owner_url, kiosk_url) -> None:
    signup = _signup(kiosk, email="ase@eksempel.dk")
    post = _post(kiosk)
    sync_once(kiosk, kiosk_url)
    clock.advance(days=6)
    assert sync_once(kiosk, kiosk_url).purged == 0
    clock.advance(days=1, seconds=1)
    assert sync_once(kiosk, kiosk_url).purged == 2
    with kiosk.store.engine.connect() as connection:
        signup_row = connection.execute(
            text("SELECT sealed_contact, contact_name, guardian_name, message, opportunity_id FROM signup")
        ).one()
        post_row = connection.execute(text("SELECT sealed_contact, contact_name, text FROM offer")).one()
    assert tuple(signup_row) == (None, None, None, "", "bogvenner")
    assert tuple(post_row) == (None, None, post.text)
    assert stored(kiosk, Signup, signup.receipt_code).contact_purged_at == clock.now
    assert central_rows(owner_url, "SELECT data ->> 'sealed_contact' FROM mokoko.signup") == [(signup.sealed_contact,)]


def test_opportunities_and_interests_come_down_and_stay_offline(kiosk, owner_url, kiosk_url, data_dir, clock) -> None:
    from mokoko_desktop.kiosk import Kiosk

    other = Kiosk.open(data_dir.parent / "other", clock=clock)  # not a demo: knows no catalogue
    sync_once(other, kiosk_url)
    day = clock.now.date()
    assert len(other.opportunities.browse(day)) >= 12 and "sport" in other.opportunities.interest_names("da")
    with psycopg.connect(owner_url) as connection:
        connection.execute(
            "UPDATE mokoko.opportunity SET data = jsonb_set(data, '{title,da}', %s) WHERE id = 'bogvenner'",
            (json.dumps("Bogven i hele kommunen"),),
        )
        connection.execute("DELETE FROM mokoko.opportunity WHERE id = 'rickshaw'")
    sync_once(other, kiosk_url)
    assert present(other.opportunities.get("bogvenner")).title["da"] == "Bogven i hele kommunen"
    assert other.opportunities.get("rickshaw") is None
    other.close()
    offline = Kiosk.open(data_dir.parent / "other", clock=clock)  # no network: what it last had
    assert len(offline.opportunities.browse(day)) >= 11
    offline.close()
