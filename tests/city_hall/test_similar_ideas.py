"""Issue 31, similar ideas together: "Flere bænke ved åen" from three kiosks at three stops is found
as alike (pg_trgm), grouped into one case, and one answer reaches every citizen of it: each kiosk's
follow-up shows it and each citizen who asked gets their own e-mail (aiosmtpd). The command line
names exactly 'mokoko office similar CODE [--json]' and 'mokoko office group CODE CODE…'. And what
no other login can do with cases. Against a real PostgreSQL."""

from __future__ import annotations

import json
import uuid

import psycopg
import pytest
from psycopg import errors

from central_database.connection import CentralError
from central_database.devices import add_device
from central_database.office_users import add_office_user
from central_database.web_readers import add_web_reader
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from shared_kernel.command_line import main
from shared_kernel.receipt_codes import format_code
from sync.engine import sync_once
from tests.city_hall.conftest import central_rows
from tests.conftest import demo_key, office_of
from tests.mail_server import running_mail_server

BENCHES = {  # three kiosks, three stops, three ways of saying it
    "havndal": ("Flere bænke ved åen", "Åse", "aase@example.dk"),
    "langaa": ("flere bænke ved åen, tak!", "Bo", "bo@example.dk"),
    "asferg": ("Vi mangler flere bænke ved åen", "", ""),
}


@pytest.fixture
def fleet(owner_url, tmp_path, clock):
    """Three kiosks that gave the bench idea, one also an idea about something else; all synced."""
    kiosks, codes = [], {}
    for stop, (text, name, email) in BENCHES.items():
        kiosk = open_kiosk(tmp_path / stop, demo=True, clock=clock)
        url = add_device(owner_url, f"Kiosk {stop}").url
        draft = IdeaDraft(theme_code="natur-miljo", text=text, name=name, email=email, consent=bool(name), notify_me=bool(name))
        codes[stop] = kiosk.ideas.submit(draft, stop).receipt_code
        if stop == "havndal":
            codes["other"] = kiosk.ideas.submit(IdeaDraft(theme_code="kultur-fritid", text="Bogbus hver uge"), stop).receipt_code
        sync_once(kiosk, url)
        kiosks.append((kiosk, url))
    person = add_office_user(owner_url, "Mette Østergård", None, login=f"office_t{uuid.uuid4().hex[:10]}")
    yield {"kiosks": kiosks, "codes": codes, "office": person.url, "login": person.role_name}
    for kiosk, _url in kiosks:
        kiosk.close()


def test_one_answer_to_a_case_reaches_every_citizen_of_it_at_every_kiosk(owner_url, fleet) -> None:
    codes, office = fleet["codes"], office_of(fleet["office"])
    alike = office.similar(codes["havndal"])
    assert {idea.receipt_code for idea in alike} == {codes["langaa"], codes["asferg"]}  # not the book bus
    assert alike[0].receipt_code == codes["langaa"] and 0.5 < alike[0].similarity <= 1  # most alike first
    case = office.group([codes["havndal"], codes["langaa"], codes["asferg"]], title="Bænke ved åen")
    assert (case.title, sorted(case.codes), case.stops) == (
        "Bænke ved åen",
        sorted([codes["havndal"], codes["langaa"], codes["asferg"]]),
        3,
    )
    assert {idea.case_id for idea in office.similar(codes["havndal"])} == {case.id}

    result = office.answer([codes["langaa"]], "in-progress", "Parkafdelingen sætter tre bænke op ved åen i maj.")
    assert sorted(result.answered) == sorted([codes["havndal"], codes["langaa"], codes["asferg"]])
    assert office.show(codes["other"]).idea.status is None  # not in the case
    for (kiosk, url), stop in zip(fleet["kiosks"], BENCHES, strict=True):
        sync_once(kiosk, url)
        status = kiosk.follow_up(codes[stop]).status
        assert status is not None and status.public_reply == "Parkafdelingen sætter tre bænke op ved åen i maj."
    with running_mail_server() as (handler, server):
        report = office.notify_due(server, [demo_key()], "https://borger.randers.dk/f/{code}")
    assert report.sent == 2 and sorted(email["To"] for email in handler.received) == ["aase@example.dk", "bo@example.dk"]
    for email in handler.received:  # each their own, with their own code
        code = codes["havndal"] if email["To"] == "aase@example.dk" else codes["langaa"]
        assert f"Din kode: {format_code(code)}" in email.get_content()
    history = office.show(codes["asferg"]).history
    assert [(entry.kind, entry.by, entry.text) for entry in history][0] == ("grouped", "Mette Østergård", "Bænke ved åen")


def test_the_commands_find_group_and_ungroup_and_refuse_calmly(owner_url, fleet, capsys) -> None:
    codes, url = fleet["codes"], fleet["office"]
    assert main(["office", "similar", format_code(codes["asferg"]), "--json", "--url", url]) == 0
    found = json.loads(capsys.readouterr().out)
    assert {idea["receipt_code"] for idea in found} == {codes["havndal"], codes["langaa"]}
    assert {"receipt_code", "text", "stop_id", "status", "similarity", "case_id"} <= found[0].keys()
    assert main(["office", "group", codes["havndal"], codes["langaa"], "--url", url]) == 0
    said = capsys.readouterr().out
    assert "Case " in said and "'Flere bænke ved åen': 2 ideas from 2 stops" in said  # titled by the first idea
    assert main(["office", "group", codes["langaa"], codes["asferg"], "--url", url]) == 0  # joins the case langaa is in
    assert ": 3 ideas from 3 stops" in capsys.readouterr().out
    assert main(["office", "group", codes["other"], "--title", "Bogbus", "--url", url]) == 0
    capsys.readouterr()
    assert main(["office", "group", codes["other"], codes["havndal"], "--url", url]) == 1
    assert "These ideas are in different cases already" in capsys.readouterr().err
    assert main(["office", "group", codes["other"], "--title", "x" * 201, "--url", url]) == 1
    assert "at most 200 characters" in capsys.readouterr().err
    assert main(["office", "similar", "NOPE-NOPE", "--url", url]) == 1
    capsys.readouterr()
    assert main(["office", "ungroup", codes["asferg"], "--url", url]) == 0
    assert "Taken out of their case" in capsys.readouterr().out
    assert office_of(url).case_of(codes["asferg"]) is None and len(office_of(url).case_of(codes["havndal"]).codes) == 2  # type: ignore[union-attr]
    assert main(["office", "show", codes["havndal"], "--url", url]) == 0
    assert "Mette Østergård: put in the case 'Flere bænke ved åen'" in capsys.readouterr().out
    with pytest.raises(CentralError):
        office_of(url).group([])


def test_no_other_login_sees_or_makes_cases_and_nobody_forges_who_grouped(owner_url, fleet) -> None:
    codes = fleet["codes"]
    office_of(fleet["office"]).group([codes["havndal"], codes["langaa"]])
    (kiosk_url,) = [url for _kiosk, url in fleet["kiosks"][:1]]
    reader = add_web_reader(owner_url, "cases-test.example.dk")
    for url in (kiosk_url, reader):
        with psycopg.connect(url, autocommit=True) as connection:
            for attack in (
                "SELECT * FROM mokoko.idea_group",
                "SELECT * FROM mokoko.idea_group_member",
                "INSERT INTO mokoko.idea_group (title) VALUES ('x')",
                "DELETE FROM mokoko.idea_group_member",
            ):
                with pytest.raises(errors.InsufficientPrivilege):
                    connection.execute(attack)
    with psycopg.connect(fleet["office"], autocommit=True) as connection:
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute("INSERT INTO mokoko.idea_group (title, created_by) VALUES ('x', 'someone_else')")
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute("UPDATE mokoko.idea_group_member SET added_by = 'someone_else'")
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute("DELETE FROM mokoko.idea_group")
    assert central_rows(owner_url, "SELECT DISTINCT added_by FROM mokoko.idea_group_member") == [(fleet["login"],)]
