"""Follow-up at any kiosk (issue 28, point 2): a receipt from kiosk A, looked up at kiosk B, shows
city hall's status and reply through kiosk B's own login (mokoko.kiosk_followup, rate-limited in
the database); offline, kiosk B says it cannot see the answer now. Against a real PostgreSQL."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors

from central_database.devices import add_device
from mokoko_desktop import bootstrap
from mokoko_desktop.followup import NO_CONNECTION, TOO_MANY, UNREACHABLE
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.signups import SignupDraft
from shared_kernel.command_line import main
from shared_kernel.receipt_codes import format_code
from sync.engine import sync_once
from tests.conftest import central_rows, office_of, present

LOOKUPS_A_MINUTE = 30
CLOSED_PORT_URL = "postgresql://mokoko_kiosk_x:secret@127.0.0.1:9/mokoko"  # the discard port: nothing listens


@pytest.fixture
def town(kiosk, owner_url, kiosk_url, tmp_path, clock):
    """Kiosk A (``kiosk``) gave an idea, answered at city hall, and a sign-up; kiosk B is new."""
    idea = kiosk.ideas.submit(IdeaDraft(theme_code="aeldre", text="Bænke ved åen", name="Åse", consent=True), "assentoft")
    signup = kiosk.signups.submit(
        SignupDraft(
            opportunity_id="bogvenner", name="Bodil Sørensen", phone="20304050", age_group="65-79", availability=["weekdays"], consent=True
        ),
        "assentoft",
    )
    sync_once(kiosk, kiosk_url)
    office_of(owner_url).reply(idea.receipt_code, "in-progress", "Tak! Vi sætter to bænke op til foråret.")
    other_dir = tmp_path / "other"
    other = bootstrap.open_kiosk(other_dir, demo=True, clock=clock)
    other_url = add_device(owner_url, "Kiosk i Langå").url
    sync_once(other, other_url)
    yield {"idea": idea.receipt_code, "signup": signup.receipt_code, "other": other, "other_url": other_url, "other_dir": other_dir}
    other.close()


def test_another_kiosks_idea_shows_city_halls_reply(town) -> None:
    found = bootstrap.follow_up(town["other"], f"https://mokoko.randers.dk/f/{town['idea']}", town["other_url"])
    assert found.from_other_kiosk and found.known and found.central_problem is None
    status, elsewhere = present(found.status), present(found.elsewhere)
    assert (status.status, status.public_reply) == ("in-progress", "Tak! Vi sætter to bænke op til foråret.")
    assert found.status_text("da") and status.set_at
    assert (elsewhere.kind, elsewhere.stop_place, elsewhere.theme_title["da"]) == ("idea", "Assentoft", "Ældre og fællesskab")
    assert elsewhere.created_at is not None
    assert found.idea is None  # the text stays where it was given and centrally
    assert "Bænke" not in repr(found) and "Åse" not in repr(found)


def test_another_kiosks_sign_up_shows_its_task(town) -> None:
    found = bootstrap.follow_up(town["other"], town["signup"], town["other_url"])
    elsewhere = present(found.elsewhere)
    assert elsewhere.kind == "signup" and elsewhere.opportunity_title["da"]
    assert found.signup is None and "Bodil" not in repr(found) and "20304050" not in repr(found)


def test_a_code_nobody_has_sent_yet_is_not_known_anywhere(town, owner_url) -> None:
    unsent = town["other"].ideas.submit(IdeaDraft(theme_code="aeldre", text="Et bord"), "assentoft").receipt_code
    stranger = add_device(owner_url, "Kiosk i Havndal")
    third = bootstrap.open_kiosk(town["other_dir"].parent / "third", demo=True)
    try:
        sync_once(third, stranger.url)
        found = bootstrap.follow_up(third, unsent, stranger.url)
    finally:
        third.close()
    assert found.from_other_kiosk and not found.known and found.central_problem is None


@pytest.mark.parametrize(("url", "problem"), [("", NO_CONNECTION), (CLOSED_PORT_URL, UNREACHABLE)])
def test_offline_the_kiosk_says_it_cannot_see_the_answer_now(town, url, problem) -> None:
    found = bootstrap.follow_up(town["other"], town["idea"], url)
    assert found.from_other_kiosk and found.central_problem == problem and not found.known


def test_a_kiosk_may_look_up_thirty_codes_a_minute(town, owner_url) -> None:
    """A stolen kiosk guesses codes no faster than anyone can at the follow-up site."""
    for _ in range(LOOKUPS_A_MINUTE):
        assert bootstrap.follow_up(town["other"], town["idea"], town["other_url"]).central_problem is None
    refused = bootstrap.follow_up(town["other"], town["idea"], town["other_url"])
    assert refused.central_problem == TOO_MANY and refused.status is None
    assert central_rows(owner_url, "SELECT used FROM mokoko.followup_budget") == [(LOOKUPS_A_MINUTE,)]  # refusals do not count
    central_rows(owner_url, "UPDATE mokoko.followup_budget SET window_start = window_start - interval '61 seconds' RETURNING 1")
    assert bootstrap.follow_up(town["other"], town["idea"], town["other_url"]).central_problem is None  # the next minute


def test_a_kiosk_cannot_read_or_reset_its_count(town) -> None:
    with psycopg.connect(town["other_url"], autocommit=True) as central:
        for statement in (
            "SELECT * FROM mokoko.followup_budget",
            "DELETE FROM mokoko.followup_budget",
            "UPDATE mokoko.followup_budget SET used = 0",
            "INSERT INTO mokoko.followup_budget VALUES (gen_random_uuid(), now(), 0)",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                central.execute(statement)


def test_only_a_registered_kiosk_may_ask(town, owner_url) -> None:
    """The web reader and city hall have no EXECUTE; the owner's own login is no kiosk (refused inside)."""
    import uuid

    from central_database.office_users import add_office_user
    from central_database.web_readers import add_web_reader

    web = add_web_reader(owner_url, "borger.test.dk")
    office = add_office_user(owner_url, "Careless Clerk", login=f"office_t{uuid.uuid4().hex[:10]}").url
    for url in (web, office, owner_url):
        with psycopg.connect(url, autocommit=True) as central, pytest.raises(errors.InsufficientPrivilege):
            central.execute("SELECT mokoko.kiosk_followup(%s)", (town["idea"],))
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.followup_budget") == [(0,)]


def test_idea_show_at_kiosk_b_shows_the_reply_given_to_kiosk_a(town, capsys) -> None:
    town["other"].close()  # the command opens the store itself
    data_dir = str(town["other_dir"])
    assert main(["idea", "show", format_code(town["idea"]), "--data-dir", data_dir, "--central-url", town["other_url"]]) == 0
    shown = capsys.readouterr().out
    assert "Tak! Vi sætter to bænke op til foråret." in shown and "Assentoft" in shown and "in-progress" in shown
    assert "Bænke ved åen" not in shown
    assert main(["idea", "show", town["idea"], "--data-dir", data_dir, "--central-url", CLOSED_PORT_URL]) == 1
    assert "cannot be reached now" in capsys.readouterr().err
