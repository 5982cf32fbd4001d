"""City hall answers (issue 12): two people with their own logins answer ideas from two kiosks
at two stops, on the command line and through the same functions the office app uses; the
database records who did what; bad input is refused in plain words, nothing half-written."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import psycopg
import pytest

from central_database.connection import CentralError
from central_database.devices import add_device
from central_database.office_users import OfficeUser, add_office_user, login_for, remove_office_user
from city_hall import inbox
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.kiosk import Kiosk
from mokoko_desktop.signups import SignupDraft
from shared_kernel.command_line import main
from shared_kernel.receipt_codes import format_code
from sync.engine import sync_once
from tests.city_hall.conftest import central_rows
from tests.conftest import FixedClock, demo_key, office_of


def _person(owner_url: str, name: str, areas: list[str] | None = None) -> OfficeUser:
    """A city-hall person with a login unique on the shared test server (roles are server-wide)."""
    return add_office_user(owner_url, name, areas, login=f"office_t{uuid.uuid4().hex[:10]}")


def _kiosk(owner_url: str, folder: Path, clock: FixedClock) -> tuple[Kiosk, str]:
    kiosk = open_kiosk(folder, demo=True, clock=clock)
    return kiosk, add_device(owner_url, folder.name).url


@pytest.fixture
def town(owner_url, tmp_path, clock):
    """Two kiosks at two stops; each has synced ideas (one about cycle paths)."""
    first, first_url = _kiosk(owner_url, tmp_path / "havndal", clock)
    second, second_url = _kiosk(owner_url, tmp_path / "langaa", clock)
    codes = {
        "bike": first.ideas.submit(IdeaDraft(theme_code="natur-miljo", text="Flere cykelstierne ud til skolen"), "assentoft").receipt_code,
        "bench": first.ideas.submit(IdeaDraft(theme_code="aeldre", text="En bænk ved kirken"), "assentoft").receipt_code,
        "library": second.ideas.submit(
            IdeaDraft(theme_code="kultur-fritid", text="Bogbus hver uge", name="Åse", email="aase@example.dk", consent=True), "langaa"
        ).receipt_code,
    }
    sync_once(first, first_url)
    sync_once(second, second_url)
    yield {"kiosks": ((first, first_url), (second, second_url)), "codes": codes}
    first.close()
    second.close()


def test_add_office_user_prints_the_url_last_and_makes_a_contact_person(owner_url, tmp_path, capsys) -> None:
    login = f"office_t{uuid.uuid4().hex[:10]}"
    assert main(["central", "add-office-user", "Mette Østergård", "--area", "aeldre-kultur", "--login", login, "--url", owner_url]) == 0
    url = capsys.readouterr().out.strip().splitlines()[-1]
    with psycopg.connect(url) as connection:
        assert connection.execute("SELECT current_user, pg_has_role('mokoko_office', 'MEMBER')").fetchone() == (login, True)
    assert central_rows(owner_url, "SELECT mokoko.area_contact_names('aeldre-kultur')") == [("Mette Østergård",)]
    assert login_for("Mette Østergård") == "office_mette_oestergaard"
    assert main(["central", "add-office-user", "Bo", "--area", "nowhere", "--url", owner_url]) == 1
    assert "no administration area 'nowhere'" in capsys.readouterr().err
    assert main(["central", "add-office-user", "Mette", "--login", login, "--url", owner_url]) == 1
    assert "exists already" in capsys.readouterr().err
    assert main(["central", "remove-office-user", login, "--url", owner_url]) == 0
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(url)
    assert central_rows(owner_url, "SELECT mokoko.area_contact_names('aeldre-kultur')") == [("",)]


def test_two_people_answer_ideas_from_two_kiosks_and_the_history_says_who(owner_url, town, tmp_path, capsys) -> None:
    mette = _person(owner_url, "Mette Holm", ["miljo-teknik"])
    jens = _person(owner_url, "Jens Bach", ["aeldre-kultur"])
    codes = town["codes"]
    assert main(["office", "inbox", "--url", mette.url, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [idea["receipt_code"] for idea in listed] == [codes["library"], codes["bench"], codes["bike"]]  # newest first
    assert {"receipt_code", "text", "status", "area", "stop_id", "answered_by"} <= listed[0].keys()
    assert "contact_name" not in listed[0] and "Åse" not in json.dumps(listed)
    assert main(["office", "inbox", "--url", mette.url, "--mine"]) == 0
    assert capsys.readouterr().out.split("\t")[0].replace("-", "") == codes["bike"]  # her area's idea only

    assert (
        main(["office", "reply", codes["bike"], "--status", "in-progress", "--text", "Vi ser på stien til foråret.", "--url", mette.url])
        == 0
    )
    assert main(["office", "route", codes["bench"], "miljo-teknik", "--note", "Parkafdelingen", "--url", jens.url]) == 0
    office_of(jens.url).answer([codes["library"]], "done", "Bogbussen kører fra maj.")
    assert central_rows(owner_url, "SELECT set_by FROM mokoko.status_update ORDER BY id") == [(mette.role_name,), (jens.role_name,)]
    assert central_rows(owner_url, "SELECT set_by FROM mokoko.idea_route") == [(jens.role_name,)]

    detail = office_of(mette.url).show(codes["bench"])
    assert detail.idea.area == "miljo-teknik" and detail.contact_names == "Mette Holm"
    assert [(entry.kind, entry.by, entry.area) for entry in detail.history] == [("route", "Jens Bach", "miljo-teknik")]
    assert main(["office", "show", codes["bike"], "--url", jens.url]) == 0
    shown = capsys.readouterr().out
    assert "Mette Holm: in-progress: Vi ser på stien til foråret." in shown and "contact person: Mette Holm" in shown

    unanswered = office_of(jens.url).inbox(inbox.InboxFilter(unanswered=True))
    assert [idea.receipt_code for idea in unanswered] == [codes["bench"]]
    assert office_of(jens.url).count(inbox.InboxFilter(stop="langaa")) == 1
    assert [i.receipt_code for i in office_of(jens.url).inbox(inbox.InboxFilter(search="cykelsti"))] == [codes["bike"]]
    done = office_of(jens.url).inbox(inbox.InboxFilter(status="done"))
    assert [(i.receipt_code, i.answered_by) for i in done] == [(codes["library"], "Jens Bach")]

    # The kiosks pull the answers, with the area's contact person, for their own ideas only.
    (first, first_url), (second, second_url) = town["kiosks"]
    sync_once(first, first_url)
    sync_once(second, second_url)
    bike = first.follow_up(codes["bike"])
    assert bike.status is not None and bike.status.public_reply == "Vi ser på stien til foråret."
    assert bike.status.contact_name == "Mette Holm"
    library = second.follow_up(codes["library"])
    assert library.status is not None and library.status.contact_name == "Jens Bach"


def test_a_bulk_answer_leaves_alone_what_someone_else_answered_meanwhile(owner_url, town) -> None:
    mette, jens = _person(owner_url, "Mette Holm"), _person(owner_url, "Jens Bach")
    codes = town["codes"]
    seen = {idea.receipt_code: idea.status_at for idea in office_of(mette.url).inbox()}
    office_of(jens.url).answer([codes["bench"]], "being-looked-at", "Vi kigger på det.")
    result = office_of(mette.url).answer(list(seen), "received", "Tak for din idé.", seen=seen)
    assert sorted(result.answered) == sorted([codes["bike"], codes["library"]])
    assert result.skipped == {codes["bench"]: "answered meanwhile by Jens Bach"}
    assert office_of(mette.url).show(codes["bench"]).idea.status == "being-looked-at"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["reply", "{typo}", "--status", "done", "--text", "x"], "does not add up"),
        (["reply", "{bike}", "--status", "finished", "--text", "x"], "no status 'finished'"),
        (["reply", "{bike}", "--status", "done", "--text", "   "], "reply is empty"),
        (["reply", "{bike}", "--status", "done", "--text", "x" * 2001], "at most 2000"),
        (["reply", "{bike}", "--status", "not-taken-further", "--text", "Nej"], "needs a reason"),
        (["route", "{bike}", "somewhere"], "no administration area 'somewhere'"),
        (["inbox", "--stop", "mars"], "no stop 'mars'"),
        (["show", "{missing}"], "has reached the central database"),
    ],
)
def test_bad_input_gets_a_clear_message_and_changes_nothing(owner_url, town, tmp_path, capsys, arguments, message) -> None:
    from shared_kernel.receipt_codes import new_code

    person = _person(owner_url, "Mette Holm")
    before = central_rows(owner_url, "SELECT count(*) FROM mokoko.status_update UNION ALL SELECT count(*) FROM mokoko.idea_route")
    bike = town["codes"]["bike"]
    typo = bike[:-1] + ("2" if bike[-1] != "2" else "3")  # the check character no longer fits
    filled = [a.format(bike=bike, typo=typo, missing=new_code("QQQQ")) for a in arguments]
    assert main(["office", *filled, "--url", person.url]) == 1
    assert message in capsys.readouterr().err
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.status_update UNION ALL SELECT count(*) FROM mokoko.idea_route") == before


def test_a_kiosk_login_cannot_use_the_office_commands(owner_url, town, tmp_path, capsys) -> None:
    (_, kiosk_url), _ = town["kiosks"]
    assert main(["office", "inbox", "--url", kiosk_url]) == 1
    assert "needs a city-hall login" in capsys.readouterr().err
    assert main(["office", "reply", town["codes"]["bike"], "--status", "done", "--text", "Ja", "--url", kiosk_url]) == 1
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.status_update") == [(0,)]


def test_sign_ups_are_followed_up_and_the_kiosk_shows_the_status(owner_url, town) -> None:
    (first, first_url), _ = town["kiosks"]
    signup = first.signups.submit(
        SignupDraft(opportunity_id="bogvenner", name="Åse", phone="20304050", age_group="65-79", availability=["weekdays"], consent=True),
        "assentoft",
    )
    sync_once(first, first_url)
    person = _person(owner_url, "Lene Holm")
    [line] = office_of(person.url).signups()
    assert (line.receipt_code, line.status, line.contact_person) == (signup.receipt_code, "new", "Lene Holm")
    assert "Åse" not in json.dumps(line.as_json()) and "20304050" not in json.dumps(line.as_json())
    assert [s.receipt_code for s in office_of(person.url).signups(mine=True)] == [signup.receipt_code]
    office_of(person.url).mark_signup(signup.receipt_code, "contacted", "Ringet op")
    assert office_of(person.url).signups()[0].status_by == "Lene Holm"
    with pytest.raises(CentralError, match="no sign-up status 'hired'"):
        office_of(person.url).mark_signup(signup.receipt_code, "hired")
    revealed = office_of(person.url).open_contact(signup.receipt_code, "Skal ringe om opstart", [demo_key()])
    assert (revealed.kind, revealed.fields) == ("signup", {"name": "Åse", "phone": "+4520304050"})
    assert central_rows(owner_url, "SELECT by_role, kind FROM mokoko.access_log") == [(person.role_name, "signup")]
    sync_once(first, first_url)
    followed = first.follow_up(signup.receipt_code)
    assert followed.signup_status == "contacted"


def test_a_removed_person_keeps_their_history(owner_url, town) -> None:
    person = _person(owner_url, "Mette Holm", ["miljo-teknik"])
    office_of(person.url).answer([town["codes"]["bike"]], "received", "Tak.")
    assert remove_office_user(owner_url, person.role_name) == "Mette Holm"
    entry = office_of(_person(owner_url, "Jens Bach").url).show(town["codes"]["bike"]).history[0]
    assert (entry.by, entry.status) == ("Mette Holm", "received")
    with pytest.raises(CentralError, match="no city-hall login"):
        remove_office_user(owner_url, person.role_name)


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO mokoko.status_update (idea_id, status, public_reply, set_by) SELECT id, 'done', 'x', 'office_other' FROM mokoko.idea",
        "INSERT INTO mokoko.status_update (idea_id, status, set_at) SELECT id, 'done', now() - interval '1 year' FROM mokoko.idea",
        "UPDATE mokoko.status_update SET public_reply = 'changed'",
        "DELETE FROM mokoko.status_update",
        "DELETE FROM mokoko.idea_route",
        "UPDATE mokoko.signup_status SET status = 'placed'",
        "INSERT INTO mokoko.access_log (by_role, kind, record_id) VALUES ('x', 'idea', gen_random_uuid())",
        "DELETE FROM mokoko.access_log",
        "INSERT INTO mokoko.idea_state (idea_id, status) SELECT id, 'done' FROM mokoko.idea",
        "DELETE FROM mokoko.change_log",
        "TRUNCATE mokoko.idea",
        "DELETE FROM mokoko.idea",
        "CREATE TABLE mokoko.stolen (x int)",
        "CREATE TABLE public.stolen (x int)",
        "SELECT contact_name, contact_email FROM mokoko.idea",
        "SELECT data FROM mokoko.signup",
        "SELECT rolpassword FROM pg_authid",
        "INSERT INTO mokoko.office_user (role_name, display_name) VALUES (current_user, 'Borgmester')",
        "INSERT INTO mokoko.area_contact (admin_area_code, role_name) VALUES ('sundhed', current_user)",
        "SET ROLE mokoko_owner",
        "SET ROLE mokoko_office",
    ],
)
def test_an_office_login_cannot_forge_or_erase_history(owner_url, town, statement) -> None:
    person = _person(owner_url, "Mette Holm")
    other = _person(owner_url, "Jens Bach")
    office_of(other.url).answer([town["codes"]["bike"]], "received", "Tak.")
    office_of(other.url).route(town["codes"]["bike"], "sundhed")
    before = central_rows(owner_url, "SELECT id, set_by, set_at, public_reply FROM mokoko.status_update")
    with psycopg.connect(person.url) as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute(statement)
    assert central_rows(owner_url, "SELECT id, set_by, set_at, public_reply FROM mokoko.status_update") == before
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.access_log") == [(0,)]


def test_the_server_writes_who_and_when_whatever_the_client_sends(owner_url, town) -> None:
    person = _person(owner_url, "Mette Holm")
    with psycopg.connect(owner_url) as connection:  # even the owner cannot write history in another's name
        connection.execute(
            "INSERT INTO mokoko.status_update (idea_id, status, set_by, set_at) "
            "SELECT id, 'received', %s, now() - interval '1 year' FROM mokoko.idea WHERE receipt_code = %s",
            (person.role_name, town["codes"]["bike"]),
        )
    [(set_by, age)] = central_rows(owner_url, "SELECT set_by, now() - set_at < interval '1 minute' FROM mokoko.status_update")
    assert set_by != person.role_name and age is True


def test_byttebors_posts_match_across_stops(owner_url, town) -> None:
    from mokoko_desktop.offers import OfferDraft

    (first, first_url), (second, second_url) = town["kiosks"]
    offer = first.offers.submit(
        OfferDraft(kind="offer", text="Jeg har en trailer", tags=["praktisk"], name="Bo", phone="20304051", consent=True), "assentoft"
    )
    need = second.offers.submit(
        OfferDraft(
            kind="need", text="Vi skal flytte klubhuset", tags=["praktisk", "lokalsamfund"], name="Ida", phone="20304052", consent=True
        ),
        "langaa",
    )
    sync_once(first, first_url)
    sync_once(second, second_url)
    [match] = office_of(_person(owner_url, "Mette Holm").url).matches()
    assert (match.giver.ref, match.taker.ref, match.shared_tags, match.same_place) == (
        offer.receipt_code,
        need.receipt_code,
        ("praktisk",),
        False,
    )
    assert match.giver.contact == "" and match.taker.contact == ""  # contact details only on purpose


def test_a_conflict_is_shown_side_by_side_without_contact_details_and_decided_once(owner_url, town, tmp_path, capsys) -> None:
    from sqlalchemy import text

    (first, first_url), _ = town["kiosks"]
    idea = first.ideas.submit(
        IdeaDraft(theme_code="aeldre", text="Bænke ved åen", name="Åse", email="aase@example.dk", consent=True), "assentoft"
    )
    sync_once(first, first_url)
    with first.store.engine.begin() as connection:  # as if the kiosk was restored from an old backup and edited
        connection.execute(text("UPDATE idea SET synced_at = NULL, text = 'Bænke ved åen og ved kirken' WHERE id = :id"), {"id": idea.id})
    assert sync_once(first, first_url).push.conflicts == 1
    person = _person(owner_url, "Mette Holm")
    [conflict] = office_of(person.url).conflicts()
    assert (conflict.kind, conflict.central["text"], conflict.sent["text"]) == ("idea", "Bænke ved åen", "Bænke ved åen og ved kirken")
    assert conflict.differences == ["text"] and conflict.kiosk == "havndal"
    assert "aase@example.dk" not in json.dumps([conflict.central, conflict.sent], default=str)
    assert main(["office", "conflicts", "--undecided", "--url", person.url]) == 0
    assert "text: 'Bænke ved åen' (kept) / 'Bænke ved åen og ved kirken' (came again)" in capsys.readouterr().out
    office_of(person.url).decide(conflict.id, "keep-central", "Den første version er den, borgeren fik kvittering for")
    with pytest.raises(CentralError, match="decided already"):
        office_of(_person(owner_url, "Jens Bach").url).decide(conflict.id, "same-in-substance")
    with pytest.raises(CentralError, match="no decision 'delete'"):
        office_of(person.url).decide(conflict.id, "delete")
    [decided] = office_of(person.url).conflicts()
    assert (decided.decision, decided.decided_by) == ("keep-central", "Mette Holm")
    assert office_of(person.url).conflicts(undecided=True) == []
    with psycopg.connect(person.url) as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("SELECT payload FROM mokoko.push_conflict")


def test_every_look_at_contact_details_is_logged_with_why_and_the_dpo_reads_it(owner_url, town, tmp_path, capsys) -> None:
    person = _person(owner_url, "Mette Holm")
    code = town["codes"]["library"]
    with pytest.raises(CentralError, match="Say why"):
        office_of(person.url).open_contact(code, "  ", [demo_key()])
    with pytest.raises(CentralError, match="key file"):
        office_of(person.url).open_contact(code, "Borgeren bad om at blive ringet op", [])  # no key: nothing asked, nothing logged
    with psycopg.connect(person.url) as connection, pytest.raises(psycopg.errors.InvalidParameterValue):
        connection.execute("SELECT mokoko.reveal_contact('idea', %s, '')", (code,))
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.access_log") == [(0,)]
    assert office_of(person.url).open_contact(code, "Borgeren bad om at blive ringet op", [demo_key()]).fields == {
        "name": "Åse",
        "email": "aase@example.dk",
    }
    dpo_login = f"office_t{uuid.uuid4().hex[:10]}"
    assert main(["central", "add-office-user", "Dorthe Persondata", "--dpo", "--login", dpo_login, "--url", owner_url]) == 0
    dpo_url = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["office", "access-log", "--url", dpo_url]) == 0
    [line] = capsys.readouterr().out.strip().splitlines()
    assert line.split("\t")[1:] == ["Mette Holm", "idea", format_code(code), "Borgeren bad om at blive ringet op"]
    with psycopg.connect(dpo_url) as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("SELECT text FROM mokoko.idea")  # the officer reads the log, not the records
    with pytest.raises(CentralError):
        office_of(dpo_url).open_contact(code, "Bare nysgerrig", [demo_key()])
    for statement in ("UPDATE mokoko.access_log SET why = 'rettet'", "DELETE FROM mokoko.access_log", "TRUNCATE mokoko.access_log"):
        with psycopg.connect(owner_url) as connection, pytest.raises(psycopg.errors.InsufficientPrivilege, match="never changed"):
            connection.execute(statement)  # not even the owner
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.access_log") == [(1,)]
