"""Issue 31, routing that tells the area: an idea sent to another administration area e-mails each
of its contact persons who has a work address ("Ny idé sendt til dig: …") with a link that opens
it in the office app, through the outbox like every other e-mail (a real SMTP server, aiosmtpd).
No citizen's details are opened for it, and no login can queue such a message by hand."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from psycopg import errors

from central_database.devices import add_device
from central_database.office_users import add_office_user
from city_hall.inbox import InboxFilter
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from shared_kernel.command_line import main
from shared_kernel.receipt_codes import format_code
from shared_kernel.texts import code_in_office_link, office_link
from sync.engine import sync_once
from tests.city_hall.conftest import central_rows
from tests.conftest import office_of
from tests.mail_server import running_mail_server

LINK = "https://borger.randers.dk/f/{code}"
IDEA = "Der mangler en fodgængerovergang ved Havndal Skole, børnene krydser vejen hver morgen i mørke"


def _login() -> str:
    return f"office_t{uuid.uuid4().hex[:10]}"


@pytest.fixture
def routed(owner_url, data_dir, clock):
    kiosk = open_kiosk(data_dir, demo=True, clock=clock)
    code = kiosk.ideas.submit(IdeaDraft(theme_code="natur-miljo", text=IDEA), "havndal").receipt_code
    sync_once(kiosk, add_device(owner_url, "Havndal").url)
    kiosk.close()
    school = add_office_user(owner_url, "Mette Østergård", ["born-skole"], login=_login(), email="mette@randers.dk")
    quiet = add_office_user(owner_url, "Bo Holm", ["born-skole"], login=_login())  # no address: no e-mail
    router = add_office_user(owner_url, "Jens Bach", ["miljo-teknik", "born-skole"], login=_login(), email="jens@randers.dk")
    return {"code": code, "school": school, "quiet": quiet, "router": router}


def test_routing_e_mails_the_areas_contact_person_with_a_link_that_opens_the_idea(owner_url, routed) -> None:
    code, school, router = routed["code"], routed["school"], routed["router"]
    office_of(router.url).route(code, "born-skole", "Skolevejen er jeres")
    with running_mail_server() as (handler, server):
        report = office_of(router.url).notify_due(server, [], LINK)  # no key: no citizen's details are needed
    assert (report.sent, report.failed, report.later) == (1, 0, 0)
    [email] = handler.received  # Mette; not Bo (no address), not Jens (he routed it himself)
    assert email["To"] == "mette@randers.dk"
    assert email["Subject"] == "Ny idé sendt til dig: Der mangler en fodgængerovergang ved Havndal Skole, børnene…"
    body = email.get_content()
    assert "Hej Mette Østergård" in body and "sendt til Børn og skole, hvor du er kontaktperson" in body and IDEA in body
    assert office_link(code) in body and format_code(code) in body
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.access_log") == [(0,)]  # nobody's details were opened
    assert office_of(router.url).notify_due(server, [], LINK).sent == 0  # once

    # The link opens the idea: the office app searches for its code, and the inbox finds exactly it.
    assert code_in_office_link(office_link(code)) == code and code_in_office_link(f" {format_code(code)} ") == format_code(code)
    found = office_of(school.url).inbox(InboxFilter(search=format_code(code).lower()))
    assert [idea.receipt_code for idea in found] == [code]
    assert office_of(school.url).count(InboxFilter(search=code)) == 1


def test_the_router_a_person_without_an_address_and_a_removed_person_get_nothing(owner_url, routed) -> None:
    code, quiet = routed["code"], routed["quiet"]
    main(["central", "remove-office-user", routed["school"].role_name, "--url", owner_url])
    office_of(quiet.url).route(code, "born-skole")
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.outbox WHERE kind = 'routed'") == [(1,)]  # Jens only
    [(recipient,)] = central_rows(owner_url, "SELECT recipient_role FROM mokoko.outbox WHERE kind = 'routed'")
    assert recipient == routed["router"].role_name


def test_work_addresses_are_checked_and_set_by_the_administrator(owner_url, routed, capsys) -> None:
    quiet = routed["quiet"]
    for bad in ("bo@randers.dk\nBcc: alle@randers.dk", "bo@randers.dk, jens@randers.dk", "bo"):
        assert main(["central", "office-email", quiet.role_name, bad, "--url", owner_url]) != 0
        assert "is not one e-mail address" in capsys.readouterr().err
    assert central_rows(owner_url, "SELECT email FROM mokoko.office_user WHERE role_name = %s", (quiet.role_name,)) == [(None,)]
    assert main(["central", "office-email", quiet.role_name, "bo@randers.dk", "--url", owner_url]) == 0
    assert "announced to bo@randers.dk" in capsys.readouterr().out
    assert main(["central", "office-email", "office_nobody", "x@randers.dk", "--url", owner_url]) != 0
    assert "There is no city-hall login 'office_nobody'" in capsys.readouterr().err
    office_of(routed["school"].url).route(routed["code"], "born-skole")
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.outbox WHERE recipient_role = %s", (quiet.role_name,)) == [(1,)]
    assert main(["central", "office-email", quiet.role_name, "--url", owner_url]) == 0  # left out: removed
    assert central_rows(owner_url, "SELECT email FROM mokoko.office_user WHERE role_name = %s", (quiet.role_name,)) == [(None,)]


def test_no_office_login_can_redirect_or_queue_mail(routed) -> None:
    """A careless or hostile office PC: it cannot point a colleague's address elsewhere, queue a
    message of its own, or make a routed message go to someone else."""
    with psycopg.connect(routed["quiet"].url, autocommit=True) as office:
        for statement in (
            "UPDATE mokoko.office_user SET email = 'me@evil.example' WHERE true",
            "INSERT INTO mokoko.outbox (kind, record_id, receipt_code, language, status, recipient_role) "
            "SELECT 'routed', id, receipt_code, 'da', 'born-skole', current_user FROM mokoko.idea",
            "UPDATE mokoko.outbox SET recipient_role = current_user",
            "UPDATE mokoko.outbox SET public_reply = 'Klik her'",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                office.execute(statement)
