"""Replies by e-mail (issue 14), against a real SMTP server (aiosmtpd): each due message once,
marked sent only after the server took it; retried with growing delays when the server is down
or hangs up after DATA; an address refused for good is recorded and not retried."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.cli import main
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.paths import DEMO_PRIVATE_KEY
from mokoko_desktop.receipt_codes import format_code
from mokoko_desktop.signups import SignupDraft
from sync import office, signup_desk
from sync.devices import add_device
from sync.engine import sync_once
from sync.notify import RETRY_AFTER, SmtpServer, notify_due
from sync.office_users import add_office_user
from tests.conftest import DEMO_KEY_PASSPHRASE, demo_key
from tests.mail_server import free_port, running_mail_server
from tests.sync.conftest import central_rows

LINK = "https://borger.randers.dk/f/{code}"


@pytest.fixture
def mail():
    with running_mail_server() as running:
        yield running


@pytest.fixture
def town(owner_url, data_dir, clock):
    kiosk = open_kiosk(data_dir, demo=True, clock=clock)
    asked = kiosk.submit(IdeaDraft(theme_code="natur-miljo", text="Cykelsti til skolen", name="Åse", email="aase@example.dk",
                                   consent=True, notify_me=True))  # fmt: skip
    quiet = kiosk.submit(IdeaDraft(theme_code="andet", text="Lys", name="Bo", email="bo@example.dk", consent=True))
    signup = kiosk.submit(SignupDraft(opportunity_id="bogvenner", name="Ida", email="ida@example.dk", age_group="65-79",
                                      availability=["weekdays"], consent=True, notify_me=True))  # fmt: skip
    sync_once(kiosk, add_device(owner_url, "Container").url)
    kiosk.close()
    person = add_office_user(owner_url, "Mette Østergård", None, login=f"office_t{uuid.uuid4().hex[:10]}")
    return {"asked": asked.receipt_code, "quiet": quiet.receipt_code, "signup": signup.receipt_code, "office": person.url}


def test_an_answer_sends_one_e_mail_in_the_citizens_language_once(owner_url, town, mail) -> None:
    handler, server = mail
    office.reply(owner_url, town["asked"], "in-progress", "Cykelstien er med i budgettet for 2027.")
    office.reply(owner_url, town["quiet"], "in-progress", "Vi ser på det.")  # did not ask: no e-mail
    report = notify_due(town["office"], server, [demo_key()], LINK)
    assert (report.sent, report.later, report.failed) == (1, 0, 0)
    [email] = handler.received
    code = format_code(town["asked"])
    assert email["To"] == "aase@example.dk" and email["Subject"] == f"Svar på din idé ({code})"
    body = email.get_content()
    assert "Kommunen har svaret på din idé." in body and "Status: I gang" in body and "budgettet for 2027" in body
    assert f"https://borger.randers.dk/f/{town['asked']}" in body and f"Din kode: {code}" in body
    assert notify_due(town["office"], server, [demo_key()], LINK).sent == 0 and len(handler.received) == 1  # once
    assert central_rows(owner_url, "SELECT kind, receipt_code FROM mokoko.access_log") == [("idea", town["asked"])]  # logged


def test_a_server_that_hangs_up_after_data_loses_nothing(owner_url, town, mail) -> None:
    handler, server = mail
    office.reply(owner_url, town["asked"], "done", "Stien er anlagt.")
    handler.hang_up_after_data = 1
    now = dt.datetime.now(dt.UTC)
    first = notify_due(town["office"], server, [demo_key()], LINK, now=now)
    assert (first.sent, first.later, len(handler.received)) == (0, 1, 0)
    [(attempts, wait)] = central_rows(owner_url, "SELECT attempts, next_attempt_at - %s FROM mokoko.outbox", (now,))
    assert attempts == 1 and wait == dt.timedelta(seconds=RETRY_AFTER[0])
    assert notify_due(town["office"], server, [demo_key()], LINK, now=now + dt.timedelta(seconds=30)).sent == 0  # not yet
    assert notify_due(town["office"], server, [demo_key()], LINK, now=now + dt.timedelta(minutes=2)).sent == 1
    assert len(handler.received) == 1


def test_a_server_that_is_down_is_tried_again_with_growing_delays(owner_url, town, mail) -> None:
    handler, server = mail
    office.reply(owner_url, town["asked"], "done", "Stien er anlagt.")
    down = SmtpServer("127.0.0.1", free_port())  # nothing listens there
    now = dt.datetime.now(dt.UTC)
    for attempt, later in enumerate(RETRY_AFTER[:3]):
        assert notify_due(town["office"], down, [demo_key()], LINK, now=now).later == 1
        [(attempts, wait)] = central_rows(owner_url, "SELECT attempts, next_attempt_at - %s FROM mokoko.outbox", (now,))
        assert (attempts, wait) == (attempt + 1, dt.timedelta(seconds=later))
        now += dt.timedelta(seconds=later)
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.access_log") == [(0,)]  # no address opened in vain
    assert notify_due(town["office"], server, [demo_key()], LINK, now=now).sent == 1 and len(handler.received) == 1


def test_an_address_refused_for_good_is_recorded_and_not_tried_again(owner_url, town, mail) -> None:
    handler, server = mail
    handler.refused.add("aase@example.dk")
    office.reply(owner_url, town["asked"], "done", "Stien er anlagt.")
    report = notify_due(town["office"], server, [demo_key()], LINK)
    assert (report.sent, report.failed) == (0, 1) and "550" in report.problems[0] and "aase" not in report.problems[0]
    assert central_rows(owner_url, "SELECT failed_at IS NOT NULL, sent_at FROM mokoko.outbox") == [(True, None)]
    handler.refused.clear()
    assert notify_due(town["office"], server, [demo_key()], LINK, now=dt.datetime.now(dt.UTC) + dt.timedelta(days=2)).sent == 0


def test_a_sign_up_hears_when_contacted(owner_url, town, mail, tmp_path, capsys, monkeypatch) -> None:
    handler, server = mail
    signup_desk.mark_signup(town["office"], town["signup"], "contacted")
    signup_desk.mark_signup(town["office"], town["signup"], "declined")  # no e-mail for a "no"
    monkeypatch.setenv("MOKOKO_KEY_PASSPHRASE", DEMO_KEY_PASSPHRASE)
    assert main(["office", "notify", "--url", town["office"], "--smtp", f"127.0.0.1:{server.port}", "--key", str(DEMO_PRIVATE_KEY),
                 "--data-dir", str(tmp_path)]) == 0  # fmt: skip
    assert capsys.readouterr().out.startswith("sent 1,")
    [email] = handler.received
    assert email["To"] == "ida@example.dk" and "Kontaktpersonen har kontaktet dig." in email.get_content()


def test_a_round_that_runs_out_of_its_claim_leaves_the_rest_for_the_next(owner_url, town, mail, monkeypatch) -> None:
    import sync.notify

    handler, server = mail
    office.reply(owner_url, town["asked"], "done", "Stien er anlagt.")
    monkeypatch.setattr(sync.notify, "LEASE_MARGIN", sync.notify.LEASE.total_seconds() + 1)  # out of time at once
    report = notify_due(town["office"], server, [demo_key()], LINK)
    assert (report.sent, report.later, handler.received) == (0, 0, []) and "next round" in report.problems[0]
    assert central_rows(owner_url, "SELECT attempts, next_attempt_at <= now() FROM mokoko.outbox") == [(0, True)]  # due again
    monkeypatch.undo()
    assert notify_due(town["office"], server, [demo_key()], LINK).sent == 1 and len(handler.received) == 1
