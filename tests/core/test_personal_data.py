"""Personal data at the kiosk (issue 13): sealed at submit to the newest key, refused without a
key (and said so), records written in clear by an older version sealed by the update."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import select

from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.models import SUBMISSION_MODELS, Idea, SealingKey, Signup
from mokoko_desktop.paths import DATABASE_FILE
from mokoko_desktop.personal_data import NO_KEY_FOR_CITIZEN, clear_condition, purge_condition
from mokoko_desktop.signups import SignupDraft
from mokoko_desktop.store import Store, create_sqlite_engine, migrate
from mokoko_desktop.validation import SubmissionRejected
from shared_kernel.sealing import new_key_pair, open_sealed, sealed_key_id
from tests.conftest import demo_key, opened, stored

SIGNUP: dict[str, Any] = dict(
    opportunity_id="bogvenner", name="Åse", phone="20304050", age_group="65-79", availability=["weekdays"], consent=True
)


def _drop_keys(kiosk) -> None:
    with kiosk.store.writing() as connection:
        connection.execute(text("DELETE FROM sealing_key"))


def test_every_personal_field_is_sealed_and_the_clear_columns_stay_empty(kiosk) -> None:
    idea = kiosk.submit(IdeaDraft(theme_code="andet", text="Bænke", name="Åse", email="ase@eksempel.dk", consent=True))
    row = stored(kiosk, Idea, idea.receipt_code)
    assert (row.contact_name, row.contact_email, row.contact_phone) == (None, None, None)
    assert sealed_key_id(row.sealed_contact or "") == demo_key().public.key_id
    assert opened(row) == {"name": "Åse", "email": "ase@eksempel.dk"}
    anonymous = kiosk.submit(IdeaDraft(theme_code="andet", text="Uden navn"))
    assert stored(kiosk, Idea, anonymous.receipt_code).sealed_contact is None  # nothing given, nothing sealed


def test_a_kiosk_without_a_key_takes_no_contact_details_and_says_so(kiosk) -> None:
    _drop_keys(kiosk)
    assert kiosk.sealing_key() is None
    with_contact = IdeaDraft(theme_code="andet", text="Bænke", name="Åse", phone="20304050", consent=True)
    assert [(p.field, p.message) for p in kiosk.check(with_contact)] == [("name", NO_KEY_FOR_CITIZEN)]
    with pytest.raises(SubmissionRejected):
        kiosk.submit(with_contact)
    with pytest.raises(SubmissionRejected):
        kiosk.submit(SignupDraft(**SIGNUP))  # a sign-up needs contact details: none can be taken
    idea = kiosk.submit(IdeaDraft(theme_code="andet", text="Bænke uden navn"))  # an idea without them still can
    assert stored(kiosk, Idea, idea.receipt_code).sealed_contact is None
    with kiosk.store.session() as session:
        assert session.exec(select(Signup)).all() == []


def test_a_rotated_key_is_used_for_the_next_submit_and_the_old_records_still_open(kiosk) -> None:
    before = kiosk.submit(IdeaDraft(theme_code="andet", text="Før", name="Før Person", consent=True))
    rotated = new_key_pair()
    with kiosk.store.session(writes=True) as session:  # as a sync pulls it from the central catalogue
        session.add(
            SealingKey(
                key_id=rotated.public.key_id,
                public_key=rotated.public.public_key,
                created_at=(dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).isoformat(),
            )
        )
    assert kiosk.sealing_key() == rotated.public
    after = kiosk.submit(IdeaDraft(theme_code="andet", text="Efter", name="Efter Person", consent=True))
    new_sealed = stored(kiosk, Idea, after.receipt_code).sealed_contact or ""
    assert sealed_key_id(new_sealed) == rotated.public.key_id
    assert open_sealed([rotated, demo_key()], new_sealed) == {"name": "Efter Person"}
    assert opened(stored(kiosk, Idea, before.receipt_code)) == {"name": "Før Person"}  # the old key opens the old one


def test_details_an_older_version_wrote_in_clear_are_sealed_by_the_update(data_dir) -> None:
    engine = create_sqlite_engine(data_dir / DATABASE_FILE)
    migrate(engine, "0009")
    demo = demo_key().public
    with engine.begin() as connection:  # a sign-up as version 0009 stored it, with the key pulled
        connection.execute(text("INSERT INTO device VALUES ('d1', 'kiosk', 'ABCD', '2026-11-01T10:00:00.000000+00:00')"))
        connection.execute(text("INSERT INTO stop VALUES ('s1', 'Langå', '', '2026-11-01', '2026-11-02', 0)"))
        connection.execute(text("INSERT INTO sealing_key VALUES (:id, :key, '2026-11-01', 1)"), {"id": demo.key_id, "key": demo.public_key})
        connection.execute(
            text(
                "INSERT INTO signup (id, receipt_code, interests, contact_name, contact_phone, guardian_name, age_group,"
                " availability, frequency, message, consent_version, language, stop_id, device_id, created_at, sync_conflict)"
                " VALUES ('u1', 'ABCD33333X', '[]', 'Åse Klarnavn', '+4520304050', 'Mor', '65-79', '[]', 'once',"
                " 'Ring efter kl. 16', 'v1', 'da', 's1', 'd1', '2026-11-01T10:05:00.000000+00:00', 0)"
            )
        )
    engine.dispose()
    store = Store(data_dir)  # the update seals them, and empties the -wal
    with store.session() as session:
        row = session.exec(select(Signup)).one()
    assert (row.contact_name, row.contact_phone, row.guardian_name, row.message) == (None, None, None, "")
    assert opened(row) == {"name": "Åse Klarnavn", "phone": "+4520304050", "guardian_name": "Mor", "message": "Ring efter kl. 16"}
    store.close()
    for path in (path for path in data_dir.rglob("*") if path.is_file()):  # the copy taken before the update too
        assert b"Klarnavn" not in path.read_bytes() and b"Ring efter" not in path.read_bytes(), path.name
    assert len(list((data_dir / "backups").iterdir())) == 1


def test_the_consent_texts_and_versions_follow_the_retention_periods(kiosk, tmp_path) -> None:
    import json

    from mokoko_desktop.catalogue import load_catalogue
    from mokoko_desktop.consent import idea_contact_text, offer_text
    from mokoko_desktop.offers import OfferDraft
    from shared_kernel.i18n import translate
    from shared_kernel.retention_periods import Periods

    def danish(context: str, source: str) -> str:
        return translate("da", context, source)

    periods = kiosk.consent_periods()
    assert periods == Periods(kiosk=7, idea_after_answer=0, signup=365, offer=90)  # the demo catalogue's
    text = idea_contact_text(periods, danish)
    assert "Kiosken sletter dem 7 dage efter" in text and "kommunen sletter dem, når din idé er færdigbehandlet" in text
    post_before = kiosk.submit(OfferDraft(text="Trailer", tags=["praktisk"], name="Bo", phone="20304051", consent=True))

    catalogue = tmp_path / "catalogue.json"  # the municipality changes its periods; the kiosk shows them
    catalogue.write_text(json.dumps({"retention": [{"kind": "idea-contact-after-answer", "days": 30}, {"kind": "offer", "days": 365}]}))
    load_catalogue(kiosk.store, catalogue)
    kiosk.settings.set("contact_retention_days", 3)
    periods = kiosk.consent_periods()
    assert "Kiosken sletter dem 3 dage efter" in idea_contact_text(periods, danish)
    assert "sletter dem, 30 dage efter, at din idé er færdigbehandlet" in idea_contact_text(periods, danish)
    assert "Kommunen sletter opslaget og dine oplysninger efter 1 år" in offer_text(periods, danish)
    idea = kiosk.submit(IdeaDraft(theme_code="andet", text="Bænke", name="Åse", consent=True))
    post_after = kiosk.submit(OfferDraft(text="Trailer", tags=["praktisk"], name="Bo", phone="20304051", consent=True))
    assert stored(kiosk, Idea, idea.receipt_code).consent_version == "idea-contact-2026-11-29:3/30"
    # Each receipt repeats what its citizen was promised, whatever the periods are now
    for post, kept in ((post_before, "3 måneder"), (post_after, "1 år")):
        [(_heading, next_steps)] = [section for section in kiosk.receipt_content(post).sections if "match" in section[1]]
        assert next_steps.endswith(f"Dit opslag gemmes i {kept}."), next_steps


def test_each_sync_finds_details_in_the_clear_through_their_own_index(kiosk) -> None:
    """Issue 32: each sync looks for contact details written without a key (to seal them); it reads
    only those (the index of local migration 0022), never every record that holds sealed ones."""
    with kiosk.store.engine.connect() as connection:
        for model in SUBMISSION_MODELS:
            table = model.local_table().name
            where = f"{purge_condition(model.personal_columns)} AND {clear_condition(table)}"
            plan = connection.execute(text(f"EXPLAIN QUERY PLAN SELECT id FROM {table} WHERE {where}")).all()
            assert f"USING INDEX ix_{table}_in_clear" in " ".join(str(row[3]) for row in plan), plan
