"""Volunteer sign-ups: what is asked, the guardian rule, adults-only tasks, the details sealed."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import pytest
from sqlmodel import func, select

from mokoko_desktop.consent import GUARDIAN_VERSION
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.models import Signup
from mokoko_desktop.signups import SignupDraft
from mokoko_desktop.validation import SubmissionRejected
from shared_kernel.receipt_codes import problem_with
from tests.conftest import opened


def _count(kiosk) -> int:
    with kiosk.store.session() as session:
        return session.exec(select(func.count()).select_from(Signup)).one()


def _draft(**changes) -> SignupDraft:
    values: dict[str, Any] = dict(
        opportunity_id="bogvenner",
        name="  Åse  Ørnebjerg ",
        phone="20 30 40 50",
        email="",
        age_group="65-79",
        availability=["weekdays", "weekends"],
        consent=True,
    )
    values.update(changes)
    return SignupDraft(**values)


def _fields(kiosk, draft: SignupDraft) -> set[str]:
    return {problem.field for problem in kiosk.signups.check(draft)}


def test_a_signup_is_stored_cleaned_with_its_consent_version(kiosk, clock) -> None:
    signup = kiosk.signups.submit(_draft(message=" Jeg har bil. "), "assentoft")
    with kiosk.store.session() as session:
        stored = session.get(Signup, signup.id)
    assert opened(stored) == {"name": "Åse Ørnebjerg", "phone": "+4520304050", "message": "Jeg har bil."}
    assert (stored.contact_name, stored.contact_phone, stored.contact_email, stored.message) == (None, None, None, "")
    assert stored.availability == ["weekdays", "weekends"] and stored.frequency == "regular"  # the task's
    assert stored.consent_version == "signup-2026-12-03:7/365"
    assert stored.guardian_consent_version is None and stored.created_at == clock.now
    assert problem_with(stored.receipt_code) is None and stored.receipt_code.startswith(kiosk.device.tag)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "   "}, "name"),
        ({"name": "x" * 101}, "name"),
        ({"phone": "", "email": ""}, "phone"),
        ({"phone": "1234"}, "phone"),
        ({"email": "ikke en adresse"}, "email"),
        ({"age_group": None}, "age_group"),
        ({"age_group": "40-ish"}, "age_group"),
        ({"availability": []}, "availability"),
        ({"availability": ["mondays"]}, "availability"),
        ({"consent": False}, "consent"),
        ({"message": "m" * 501}, "message"),
        ({"opportunity_id": "findes-ikke"}, "opportunity"),
        ({"opportunity_id": "", "general_text": "  "}, "general_text"),
        ({"opportunity_id": "", "general_text": "Hjælp", "frequency": None}, "frequency"),
        ({"opportunity_id": "", "general_text": "Hjælp", "frequency": "regular", "interests": ["ukendt"]}, "interests"),
    ],
)
def test_bad_input_is_refused_per_field_and_nothing_is_stored(kiosk, changes, field) -> None:
    draft = _draft(**changes)
    assert field in _fields(kiosk, draft)
    with pytest.raises(SubmissionRejected) as rejected:
        kiosk.signups.submit(draft, "assentoft")
    assert field in {problem.field for problem in rejected.value.problems}
    assert _count(kiosk) == 0


def test_phone_or_email_is_enough_and_foreign_numbers_need_their_country_code(kiosk) -> None:
    assert _fields(kiosk, _draft(phone="", email="Ase@Eksempel.DK")) == set()
    assert _fields(kiosk, _draft(phone="+45 20 30 40 50")) == set()
    assert _fields(kiosk, _draft(phone="+46 70 123 45 67")) == set()
    assert "phone" in _fields(kiosk, _draft(phone="070 123 45 67"))  # Swedish, without +46


def test_under_15_needs_a_guardian_with_phone_and_consent(kiosk) -> None:
    child = dict(opportunity_id="ryd-op", age_group="under-15")
    assert {"guardian_name", "guardian_phone", "guardian_consent"} <= _fields(kiosk, _draft(**child))
    assert "guardian_phone" in _fields(kiosk, _draft(**child, guardian_name="Mor", guardian_phone="99", guardian_consent=True))
    with pytest.raises(SubmissionRejected):
        kiosk.signups.submit(_draft(**child, guardian_name="Mette Hansen", guardian_phone="20 30 40 51"), "assentoft")
    assert _count(kiosk) == 0
    signup = kiosk.signups.submit(
        _draft(**child, guardian_name="Mette Hansen", guardian_phone="20 30 40 51", guardian_consent=True), "assentoft"
    )
    assert opened(signup)["guardian_phone"] == "+4520304051" and signup.guardian_consent_version == GUARDIAN_VERSION
    # From 15 on, no guardian is asked for
    assert _fields(kiosk, _draft(opportunity_id="ryd-op", age_group="15-17")) == set()


def test_adults_only_tasks_are_neither_offered_nor_taken_for_children(kiosk, clock) -> None:
    today = clock.now.date()
    for_children = {info.id for info in kiosk.opportunities.browse(today, age_group="under-15")}
    assert "ryd-op" in for_children and "bogvenner" not in for_children  # min_age 0 / 18
    assert "fortaellestund" not in for_children  # from 15
    teens = {info.id for info in kiosk.opportunities.browse(today, age_group="15-17")}
    assert "fortaellestund" in teens and "bogvenner" not in teens
    with pytest.raises(SubmissionRejected) as rejected:
        kiosk.signups.submit(_draft(age_group="15-17"), "assentoft")  # bogvenner: 18 and over
    assert [problem.params for problem in rejected.value.problems if problem.field == "age_group"] == [{"age": 18}]
    assert _count(kiosk) == 0


def test_the_same_person_twice_is_stored_twice_for_city_hall_to_see(kiosk) -> None:
    """The kiosk cannot read back what it sealed, so it no longer refuses a second sign-up by
    the same phone (README: duplicates are found at city hall)."""
    first = kiosk.signups.submit(_draft(phone="20 30 40 50", email="ase@eksempel.dk"), "assentoft")
    second = kiosk.signups.submit(_draft(phone="+4520304050", email=""), "assentoft")
    assert _count(kiosk) == 2 and first.sealed_contact != second.sealed_contact
    assert opened(first)["phone"] == opened(second)["phone"] == "+4520304050"


def test_something_else_keeps_text_and_interests(kiosk) -> None:
    signup = kiosk.signups.submit(
        _draft(opportunity_id="", general_text="Jeg kan reparere cykler.", interests=["praktisk", "born-unge"], frequency="once"),
        "assentoft",
    )
    assert signup.opportunity_id is None and signup.general_text == "Jeg kan reparere cykler."
    assert signup.interests == ["born-unge", "praktisk"] and signup.frequency == "once"
    assert "opportunity" in _fields(kiosk, _draft(general_text="begge dele"))


def test_a_task_that_has_ended_takes_no_more_signups(kiosk, clock) -> None:
    clock.now = dt.datetime(2026, 12, 20, 12, tzinfo=dt.UTC)  # the Christmas market was on the 13th
    assert "opportunity" in _fields(kiosk, _draft(opportunity_id="julemarked-langaa"))
    assert "julemarked-langaa" not in {info.id for info in kiosk.opportunities.browse(clock.now.date())}


def test_codes_are_unique_across_ideas_and_signups(kiosk, monkeypatch) -> None:
    idea = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="Bænke"), "assentoft")
    from shared_kernel import receipt_codes

    codes = iter([idea.receipt_code, idea.receipt_code])  # then real, random ones
    real = receipt_codes.new_code
    monkeypatch.setattr(receipt_codes, "new_code", lambda tag: next(codes, None) or real(tag))
    signup = kiosk.signups.submit(_draft(), "assentoft")
    assert signup.receipt_code != idea.receipt_code and problem_with(signup.receipt_code) is None


def test_personal_data_never_reaches_the_log(kiosk, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    for _twice in range(2):
        kiosk.signups.submit(_draft(name="Hemmelig Person", email="hemmelig@eksempel.dk"), "assentoft")
    assert "Hemmelig" not in caplog.text and "hemmelig@" not in caplog.text and "20304050" not in caplog.text
