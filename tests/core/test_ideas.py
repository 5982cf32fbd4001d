from __future__ import annotations

import sqlite3

import pytest
from sqlmodel import func, select

from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.models import Idea
from mokoko_desktop.paths import DATABASE_FILE
from mokoko_desktop.submissions import KioskNotReady
from mokoko_desktop.validation import SubmissionRejected
from shared_kernel.receipt_codes import format_code, problem_with
from tests.conftest import opened, present, stored


def _count(kiosk) -> int:
    with kiosk.store.session() as session:
        return session.exec(select(func.count()).select_from(Idea)).one()


def test_an_idea_is_stored_with_everything_it_needs(kiosk, clock) -> None:
    stop = kiosk.today_stop()
    idea = kiosk.ideas.submit(
        IdeaDraft(
            theme_code="aeldre",
            text="  Flere bænke ved åen\x00 ",
            name="Åse Ørnebjerg",
            email="ase@eksempel.dk",
            phone="20 12 34 56",
            consent=True,
            age_group="65-79",
            home_area_code="assentoft",
            language="da",
        ),
        stop.id,
    )
    with kiosk.store.session() as session:
        stored = session.get(Idea, idea.id)
    assert stored.text == "Flere bænke ved åen"
    assert (stored.contact_name, stored.contact_phone, stored.contact_email) == (None, None, None)  # sealed instead
    assert opened(stored)["phone"] == "+4520123456" and opened(stored)["email"] == "ase@eksempel.dk"
    assert stored.consent_version == "idea-contact-2026-11-29:7/0"  # the kiosk's 7 days, deleted when dealt with
    assert stored.stop_id == "assentoft" and stored.device_id == kiosk.device.id
    assert stored.consultation_id == "aktivt-medborgerskab-2026"
    assert stored.created_at == clock.now
    assert stored.id[14] == "7"  # UUID version 7
    assert problem_with(stored.receipt_code) is None
    assert stored.receipt_code.startswith(kiosk.device.tag)


def test_ids_are_time_ordered(kiosk, clock) -> None:
    ids = []
    for number in range(5):
        ids.append(kiosk.ideas.submit(IdeaDraft(theme_code="andet", text=f"idé {number}"), "assentoft").id)
    assert ids == sorted(ids)


@pytest.mark.parametrize(
    ("draft", "fields"),
    [
        (IdeaDraft(theme_code="aeldre", text="   "), ["text"]),
        (IdeaDraft(theme_code="aeldre", text="x" * 2001), ["text"]),
        (IdeaDraft(theme_code="nope", text="ok"), ["theme"]),
        (IdeaDraft(theme_code="aeldre", text="ok", email="ase@"), ["email", "consent"]),
        (IdeaDraft(theme_code="aeldre", text="ok", phone="12"), ["phone", "consent"]),
        (IdeaDraft(theme_code="aeldre", text="ok", name="Åse"), ["consent"]),
        (IdeaDraft(theme_code="aeldre", text="ok", age_group="42"), ["age_group"]),
        (IdeaDraft(theme_code="aeldre", text="ok", home_area_code="mars"), ["home_area"]),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(kiosk, draft, fields) -> None:
    with pytest.raises(SubmissionRejected) as raised:
        kiosk.ideas.submit(draft, "assentoft")
    assert sorted(p.field for p in raised.value.problems) == sorted(fields)
    assert _count(kiosk) == 0


def test_emoji_and_right_to_left_text_are_stored_exactly(kiosk) -> None:
    text = "Mere grønt 🌳👩‍👧 – فكرة جيدة – שלום"
    idea = kiosk.ideas.submit(IdeaDraft(theme_code="natur-miljo", text=text), "assentoft")
    assert present(kiosk.follow_up(format_code(idea.receipt_code)).idea).text == text


def test_no_stop_means_not_ready_and_nothing_stored(kiosk) -> None:
    with pytest.raises(KioskNotReady):
        kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="hej"), "")
    assert _count(kiosk) == 0


def test_a_stop_staff_choose_holds_for_that_day_only(kiosk, clock) -> None:
    assert kiosk.today_stop().id == "assentoft"  # the tour plan's on 20 November
    kiosk.set_today_stop("langaa")  # the container stayed a day longer, say
    assert kiosk.today_stop().id == "langaa"
    assert kiosk.submit(IdeaDraft(theme_code="andet", text="Lys på stien")).stop_id == "langaa"
    clock.advance(days=1)
    assert kiosk.today_stop().id == "assentoft"  # the next day follows the plan again
    assert kiosk.start_info().stop_place == "Assentoft"


def test_contact_details_cannot_be_stored_without_consent_even_bypassing_the_service(kiosk) -> None:
    connection = sqlite3.connect(kiosk.data_dir / DATABASE_FILE)
    with pytest.raises(sqlite3.IntegrityError, match="ck_idea_contact_needs_consent"):
        connection.execute(
            "INSERT INTO idea (id, receipt_code, consultation_id, theme_code, text, contact_email, language,"
            " stop_id, device_id, created_at) VALUES ('x', 'X', 'aktivt-medborgerskab-2026', 'andet', 't',"
            " 'a@b.dk', 'da', 'assentoft', ?, '2026-01-01T00:00:00+00:00')",
            (kiosk.device.id,),
        )
    connection.close()


def test_find_by_typed_code(kiosk) -> None:
    idea = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="hej"), "assentoft")
    typed = format_code(idea.receipt_code).lower().replace("-", " ")
    found = kiosk.follow_up(typed)
    assert found.code == idea.receipt_code and present(found.idea).text == idea.text


def test_kontakt_mig_om_min_ide_needs_an_e_mail_and_is_kept_with_the_idea(kiosk) -> None:
    without = IdeaDraft(theme_code="andet", text="Bænke", name="Åse", phone="20304050", consent=True, notify_me=True)
    assert [(p.field, p.message) for p in kiosk.check(without)] == [
        ("email", "To get an e-mail when the municipality answers, please write your e-mail.")
    ]
    idea = kiosk.submit(IdeaDraft(theme_code="andet", text="Bænke", email="ase@eksempel.dk", consent=True, notify_me=True))
    assert stored(kiosk, Idea, idea.receipt_code).notify_me is True
    plain = kiosk.submit(IdeaDraft(theme_code="andet", text="Lys", email="ase@eksempel.dk", consent=True))
    assert stored(kiosk, Idea, plain.receipt_code).notify_me is False  # a consent of its own
