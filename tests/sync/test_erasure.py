"""Erasure on request (issue 13): "Slet mine oplysninger" at any kiosk by receipt code; the
request syncs; city hall handles it; the details go centrally and on every kiosk that still holds
them, and nothing else; follow-up says it was done."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import psycopg
import pytest

from central_database.connection import CentralError
from central_database.devices import add_device
from central_database.office_users import add_office_user
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.erasure import CodeOfAnotherKiosk
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.models import Idea, Signup
from mokoko_desktop.signups import SignupDraft
from shared_kernel.command_line import main
from shared_kernel.receipt_codes import format_code
from sync.engine import sync_once
from tests.conftest import FixedClock, office_of, opened, stored
from tests.sync.conftest import central_rows


@pytest.fixture
def town(owner_url, tmp_path: Path, clock: FixedClock):
    """Two kiosks; the first took an idea and a sign-up with contact details and synced."""
    kiosks = []
    for name in ("Container A", "Container B"):
        kiosk = open_kiosk(tmp_path / name.replace(" ", "-"), demo=True, clock=clock)
        kiosks.append((kiosk, add_device(owner_url, name).url))
    first, first_url = kiosks[0]
    idea = first.submit(IdeaDraft(theme_code="aeldre", text="Bænke ved åen", name="Åse", phone="20304050", age_group="65-79", consent=True))
    signup = first.submit(
        SignupDraft(opportunity_id="bogvenner", name="Bo", phone="20304051", age_group="65-79", availability=["weekdays"], consent=True)
    )
    sync_once(first, first_url)
    person = add_office_user(owner_url, "Dorthe Persondata", None, login=f"office_t{uuid.uuid4().hex[:10]}")
    yield {"kiosks": kiosks, "idea": idea.receipt_code, "signup": signup.receipt_code, "office": person.url}
    for kiosk, _url in kiosks:
        kiosk.close()


@pytest.mark.xfail(
    strict=True,
    reason="Issue 26 (finding 3): a kiosk may ask for erasure only of codes with its own tag, so 'Slet mine oplysninger' "
    "for kiosk A's code at kiosk B is no longer taken. Kept failing until a replacement exists (the closing note of issue 26 "
    "proposes one: the citizen's phone or e-mail, sealed at kiosk B, checked by city hall against the record's).",
    raises=CodeOfAnotherKiosk,
)
def test_asked_at_another_kiosk_erased_by_city_hall_and_on_the_kiosk_that_held_it(owner_url, town) -> None:
    (first, first_url), (second, second_url) = town["kiosks"]
    code, office = town["idea"], town["office"]
    assert opened(stored(first, Idea, code)) == {"name": "Åse", "phone": "+4520304050"}  # still here (7 days)
    assert second.request_erasure(format_code(code).lower()) is False  # typed at kiosk B: nothing of it here
    assert second.follow_up(code).erasure_requested
    assert sync_once(second, second_url).erasure_requests == 1
    [line] = office_of(office).erasure_requests(pending=True)
    assert (line.receipt_code, line.kiosk, line.arrived, line.handled_at) == (code, "Container B", True, None)
    assert office_of(office).erase(code, "Borgeren bad om det ved containeren") == 1
    assert central_rows(
        owner_url, "SELECT sealed_contact, contact_name, age_group, text FROM mokoko.idea WHERE receipt_code = %s", (code,)
    ) == [(None, None, None, "Bænke ved åen")]
    assert central_rows(owner_url, "SELECT data ? 'sealed_contact' FROM mokoko.signup") == [(True,)]  # nothing else
    assert office_of(office).erasure_requests(pending=True) == []
    report = sync_once(first, first_url)  # kiosk A pulls the erasure and deletes what it held
    assert report.purged == 1
    row = stored(first, Idea, code)
    assert row.sealed_contact is None and row.contact_purged_at is not None and row.text == "Bænke ved åen"
    assert opened(stored(first, Signup, town["signup"]))["name"] == "Bo"  # the other record keeps its details
    assert first.follow_up(code).erasure_done_at
    sync_once(second, second_url)
    assert second.follow_up(code).erasure_done_at  # every kiosk's follow-up says it was done


def test_asked_where_the_details_are_they_go_at_once(town) -> None:
    (first, first_url), _ = town["kiosks"]
    sealed = (stored(first, Signup, town["signup"]).sealed_contact or "").encode()
    assert sealed and any(sealed in path.read_bytes() for path in first.data_dir.glob("mokoko.sqlite3*"))
    assert first.request_erasure(town["signup"]) is True
    row = stored(first, Signup, town["signup"])
    assert row.sealed_contact is None and row.contact_purged_at is not None and row.opportunity_id == "bogvenner"
    assert not any(sealed in path.read_bytes() for path in first.data_dir.glob("mokoko.sqlite3*"))  # overwritten, -wal emptied
    sync_once(first, first_url)
    assert office_of(town["office"]).erase(town["signup"]) == 1


def test_a_request_for_a_record_not_arrived_yet_waits_and_a_re_push_is_harmless(owner_url, town) -> None:
    _, (second, second_url) = town["kiosks"]
    sync_once(second, second_url)  # registered: its codes carry the tag the central database gave it
    not_yet = second.submit(IdeaDraft(theme_code="andet", text="Lys på stien", name="Ida", consent=True))
    second.request_erasure(not_yet.receipt_code)  # deleted here at once; the idea itself waits to be sent
    with second.store.writing() as connection:  # as if the mark were lost: sent again
        from sqlalchemy import text

        connection.execute(text("UPDATE erasure_request SET synced_at = NULL"))
    from sync.actions import push_actions

    with psycopg.connect(second_url, autocommit=True) as central:
        assert push_actions(second.store, central, second.clock()).sent["erasure_request"] == 1
        with second.store.writing() as connection:
            connection.execute(text("UPDATE erasure_request SET synced_at = NULL"))
        assert push_actions(second.store, central, second.clock()).sent["erasure_request"] == 1
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.erasure_request") == [(1,)]
    [line] = office_of(town["office"]).erasure_requests(pending=True)
    assert not line.arrived
    with pytest.raises(CentralError, match="has reached the central database yet"):
        office_of(town["office"]).erase(not_yet.receipt_code)
    sync_once(second, second_url)  # the idea arrives, without the details (deleted at the request)
    assert central_rows(owner_url, "SELECT sealed_contact FROM mokoko.idea WHERE receipt_code = %s", (not_yet.receipt_code,)) == [(None,)]
    assert office_of(town["office"]).erase(not_yet.receipt_code) == 1


def test_kiosks_cannot_read_or_handle_requests(town) -> None:
    (_, first_url), _ = town["kiosks"]
    with psycopg.connect(first_url) as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("SELECT receipt_code FROM mokoko.erasure_request")
    with psycopg.connect(first_url) as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("SELECT mokoko.erase_contact(%s, '')", (town["idea"],))


def test_on_the_command_line(town, tmp_path, capsys) -> None:
    (first, first_url), _ = town["kiosks"]
    data_dir = str(first.data_dir)
    first.close()
    assert main(["followup", "erase", format_code(town["idea"]), "--data-dir", data_dir]) == 0
    assert "Deleted here" in capsys.readouterr().out
    assert main(["followup", "erase", "ABCD-EFG-HJX", "--data-dir", data_dir]) != 0  # a typo: told, nothing stored
    capsys.readouterr()
    reopened = open_kiosk(Path(data_dir), demo=True)
    sync_once(reopened, first_url)
    reopened.close()
    assert main(["office", "erasures", "--pending", "--json", "--url", town["office"]]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["receipt_code"] == town["idea"] and listed["arrived"] is True
    assert main(["office", "erase", town["idea"], "--url", town["office"]]) == 0
    assert "1 request(s) handled" in capsys.readouterr().out


def test_another_kiosks_code_is_not_taken_here_and_nothing_is_stored(town, capsys) -> None:
    """Issue 26: the central database takes a kiosk's erasure requests for its own codes only, so
    kiosk B does not take one for kiosk A's code (a stolen kiosk cannot act on A's records)."""
    (first, _first_url), (second, second_url) = town["kiosks"]
    sync_once(second, second_url)
    with pytest.raises(CodeOfAnotherKiosk):
        second.request_erasure(town["idea"])
    assert not second.follow_up(town["idea"]).erasure_requested
    data_dir = str(second.data_dir)
    second.close()
    assert main(["followup", "erase", format_code(town["idea"]), "--data-dir", data_dir]) == 1
    assert "printed by another kiosk" in capsys.readouterr().err
    reopened = open_kiosk(Path(data_dir), demo=True)
    try:
        assert sync_once(reopened, second_url).erasure_requests == 0
    finally:
        reopened.close()
    assert opened(stored(first, Idea, town["idea"]))["name"] == "Åse"  # kiosk A keeps what it holds until it is asked
