"""Issue 31, cases with an owner and a deadline: an idea given to a named person ('mokoko office
assign'), its similar ideas with it; "Mine sager", "Uden ejer" and "Overskredet frist" (each
area's answer deadline from the catalogue); internal notes that never reach the citizen, a kiosk
or the change log; who assigned and noted in the history. And what no login can do with them.
Against a real PostgreSQL; the database's clock cannot be set, so an idea is made older instead."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from psycopg import errors

from central_database.devices import add_device
from central_database.office_users import add_office_user
from central_database.web_readers import add_web_reader
from city_hall.inbox import InboxFilter
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from shared_kernel.command_line import main
from sync.engine import sync_once
from tests.city_hall.conftest import central_rows
from tests.conftest import office_of


@pytest.fixture
def desk(owner_url, data_dir, clock):
    kiosk = open_kiosk(data_dir, demo=True, clock=clock)
    texts = {"path": "Cykelsti til skolen", "lamp": "Lys på stien", "bench": "Flere bænke ved åen", "bench2": "flere bænke ved åen, tak"}
    codes = {key: kiosk.ideas.submit(IdeaDraft(theme_code="natur-miljo", text=text), "havndal").receipt_code for key, text in texts.items()}
    kiosk_url = add_device(owner_url, "Havndal").url
    sync_once(kiosk, kiosk_url)
    mette = add_office_user(owner_url, "Mette Østergård", ["miljo-teknik"], login=f"office_t{uuid.uuid4().hex[:10]}")
    jens = add_office_user(owner_url, "Jens Bach", None, login=f"office_t{uuid.uuid4().hex[:10]}")
    yield {"kiosk": kiosk, "kiosk_url": kiosk_url, "codes": codes, "mette": mette, "jens": jens}
    kiosk.close()


def _codes(office, *, owned: bool = False, no_owner: bool = False, overdue: bool = False) -> set[str]:
    return {idea.receipt_code for idea in office.inbox(InboxFilter(owned=owned, no_owner=no_owner, overdue=overdue))}


def test_cases_are_given_to_people_and_the_inbox_finds_mine_unowned_and_overdue(owner_url, desk, capsys) -> None:
    codes, mette, jens = desk["codes"], desk["mette"], desk["jens"]
    office = office_of(mette.url)
    assert main(["office", "assign", codes["path"], "--to", jens.role_name, "--url", mette.url]) == 0
    assert "given to Jens Bach" in capsys.readouterr().out
    assert main(["office", "assign", codes["lamp"], "--me", "--url", mette.url]) == 0
    office.group([codes["bench"], codes["bench2"]])
    office.assign(codes["bench"], None, me=True)  # a case goes whole
    assert _codes(office, owned=True) == {codes["lamp"], codes["bench"], codes["bench2"]}
    assert _codes(office_of(jens.url), owned=True) == {codes["path"]}
    assert office.assign(codes["bench2"], None) == ""  # taken back: the whole case
    assert _codes(office, no_owner=True) == {codes["bench"], codes["bench2"]}
    assert office.inbox(InboxFilter(owned=True))[0].owner == "Mette Østergård"

    assert _codes(office, overdue=True) == set()
    central_rows(
        owner_url, "UPDATE mokoko.idea SET created_at = now() - interval '31 days' WHERE receipt_code = %s RETURNING 1", (codes["path"],)
    )
    assert _codes(office, overdue=True) == {codes["path"]}  # Miljø og teknik answers within 30 days
    central_rows(owner_url, "UPDATE mokoko.admin_area SET answer_days = 45 WHERE code = 'miljo-teknik' RETURNING 1")
    assert _codes(office, overdue=True) == set()  # the catalogue gives the area longer
    office.answer([codes["lamp"]], "done", "Lyset er sat op.")
    assert codes["lamp"] not in _codes(office, no_owner=True) | _codes(office, overdue=True)  # answered: nobody's worry

    assert main(["office", "note", codes["path"], "Ring til vejafdelingen først", "--url", jens.url]) == 0
    assert main(["office", "show", codes["path"], "--url", mette.url]) == 0
    shown = capsys.readouterr().out
    assert "case held by Jens Bach" in shown and "Mette Østergård: gave the case to Jens Bach" in shown
    assert "Jens Bach: note: Ring til vejafdelingen først" in shown


def test_a_note_never_reaches_the_citizen_a_kiosk_or_the_change_log(owner_url, desk) -> None:
    codes = desk["codes"]
    office_of(desk["mette"].url).note(codes["path"], "Borgeren har ringet; hun hedder Åse")
    office_of(desk["mette"].url).answer([codes["path"]], "in-progress", "Vi ser på det.")
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.change_log WHERE row_data::text LIKE %s", ("%Åse%",)) == [(0,)]
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.change_log WHERE row_data::text LIKE %s", ("%Vi ser på det%",)) == [(1,)]
    sync_once(desk["kiosk"], desk["kiosk_url"])
    status = desk["kiosk"].follow_up(codes["path"]).status
    assert status is not None and "Åse" not in repr(status)


def test_bad_input_is_refused_calmly_and_changes_nothing(owner_url, desk, capsys) -> None:
    codes, url = desk["codes"], desk["mette"].url
    assert main(["office", "assign", codes["path"], "--to", "office_nobody_here", "--url", url]) == 1
    assert "There is no city-hall person 'office_nobody_here'" in capsys.readouterr().err
    assert main(["office", "note", codes["path"], "   ", "--url", url]) == 1
    assert "The note is empty" in capsys.readouterr().err
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.idea_assignment") == [(0,)]
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.idea_note") == [(0,)]


def test_no_other_login_reads_or_writes_case_work_and_nobody_forges_or_erases_it(owner_url, desk) -> None:
    codes, mette = desk["codes"], desk["mette"]
    office_of(mette.url).note(codes["path"], "Intern note")
    office_of(mette.url).assign(codes["path"], None, me=True)
    reader = add_web_reader(owner_url, "casework-test.example.dk")
    for url in (desk["kiosk_url"], reader):
        with psycopg.connect(url, autocommit=True) as connection:
            for attack in (
                "SELECT * FROM mokoko.idea_note",
                "SELECT * FROM mokoko.idea_assignment",
                "SELECT owner_role FROM mokoko.idea_state",
            ):
                with pytest.raises(errors.InsufficientPrivilege):
                    connection.execute(attack)
    with psycopg.connect(mette.url, autocommit=True) as connection:
        idea = connection.execute("SELECT id FROM mokoko.idea WHERE receipt_code = %s", (codes["path"],)).fetchone()
        for attack, values in (
            ("INSERT INTO mokoko.idea_note (idea_id, text, set_by) VALUES (%s, 'x', 'someone_else')", idea),
            ("INSERT INTO mokoko.idea_assignment (idea_id, owner_role, set_by) VALUES (%s, NULL, 'someone_else')", idea),
            ("UPDATE mokoko.idea_note SET text = 'rewritten'", None),
            ("DELETE FROM mokoko.idea_note", None),
            ("DELETE FROM mokoko.idea_assignment", None),
            ("UPDATE mokoko.idea_state SET owner_role = NULL", None),
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                connection.execute(attack, values)
    assert central_rows(owner_url, "SELECT DISTINCT set_by FROM mokoko.idea_note") == [(mette.role_name,)]
