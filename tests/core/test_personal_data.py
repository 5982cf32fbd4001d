"""Personal data at the kiosk (issue 13): sealed at submit to the newest key, refused without a
key (and said so), records written in clear by an older version sealed once a key is here."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlmodel import select

from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.kiosk import Kiosk
from mokoko_desktop.models import Idea, SealingKey, Signup
from mokoko_desktop.personal_data import NO_KEY_FOR_CITIZEN
from mokoko_desktop.sealing import new_key_pair, open_sealed, sealed_key_id
from mokoko_desktop.signups import SignupDraft
from mokoko_desktop.validation import SubmissionRejected
from tests.conftest import demo_key, opened, stored

SIGNUP = dict(opportunity_id="bogvenner", name="Åse", phone="20304050", age_group="65-79", availability=["weekdays"], consent=True)


def _drop_keys(kiosk: Kiosk) -> None:
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
        session.add(SealingKey(key_id=rotated.public.key_id, public_key=rotated.public.public_key,
                               created_at=(dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).isoformat()))  # fmt: skip
    assert kiosk.sealing_key() == rotated.public
    after = kiosk.submit(IdeaDraft(theme_code="andet", text="Efter", name="Efter Person", consent=True))
    new_sealed = stored(kiosk, Idea, after.receipt_code).sealed_contact or ""
    assert sealed_key_id(new_sealed) == rotated.public.key_id
    assert open_sealed([rotated, demo_key()], new_sealed) == {"name": "Efter Person"}
    assert opened(stored(kiosk, Idea, before.receipt_code)) == {"name": "Før Person"}  # the old key opens the old one


def test_details_an_older_version_wrote_in_clear_are_sealed_when_the_kiosk_opens(data_dir, kiosk) -> None:
    signup = kiosk.submit(SignupDraft(**SIGNUP, message="Ring efter kl. 16"))
    idea = kiosk.submit(IdeaDraft(theme_code="andet", text="Bænke", name="Bo", consent=True))
    with kiosk.store.writing() as connection:  # as version 0009 stored them
        connection.execute(text("UPDATE signup SET sealed_contact = NULL, contact_name = 'Åse', contact_phone = '+4520304050', "
                                "guardian_name = 'Mor', message = 'Ring efter kl. 16'"))  # fmt: skip
        connection.execute(text("UPDATE idea SET sealed_contact = NULL, contact_name = 'Bo'"))
    kiosk.close()
    reopened = Kiosk.open(data_dir)
    row = stored(reopened, Signup, signup.receipt_code)
    assert (row.contact_name, row.contact_phone, row.guardian_name, row.message) == (None, None, None, "")
    assert opened(row) == {"name": "Åse", "phone": "+4520304050", "guardian_name": "Mor", "message": "Ring efter kl. 16"}
    assert opened(stored(reopened, Idea, idea.receipt_code)) == {"name": "Bo"}
    assert b"Ring efter" not in (data_dir / "mokoko.sqlite3-wal").read_bytes()  # checkpointed after sealing
    reopened.close()
