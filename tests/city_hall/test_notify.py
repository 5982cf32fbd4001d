"""Replies by e-mail (issue 14), against a real SMTP server (aiosmtpd): each due message once,
marked sent only after the server took it; retried with growing delays when the server is down
or hangs up after DATA; an address refused for good is recorded and not retried."""

from __future__ import annotations

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

import psycopg
import pytest

from central_database.devices import add_device
from central_database.office_users import add_office_user
from city_hall.notify import RETRY_AFTER
from city_hall.smtp import SmtpServer
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.signups import SignupDraft
from shared_kernel.command_line import main
from shared_kernel.receipt_codes import format_code
from shared_kernel.resources import DEMO_PRIVATE_KEY
from sync.engine import sync_once
from tests.city_hall.conftest import central_rows
from tests.conftest import DEMO_KEY_PASSPHRASE, demo_key, office_of
from tests.mail_server import free_port, running_mail_server

LINK = "https://borger.randers.dk/f/{code}"


def _time_passes(owner_url: str, **delta: float) -> None:
    """Let ``delta`` pass for the outbox: claims and retries go by the database's clock, which
    tests cannot set, so the messages' times move back instead."""
    with psycopg.connect(owner_url) as central:
        central.execute("UPDATE mokoko.outbox SET next_attempt_at = next_attempt_at - %s", (dt.timedelta(**delta),))


def _wait(owner_url: str) -> tuple[int, float]:
    """(tries so far, seconds until the next try by the database's clock)."""
    [(attempts, seconds)] = central_rows(owner_url, "SELECT attempts, extract(epoch FROM next_attempt_at - now()) FROM mokoko.outbox")
    return attempts, float(seconds)


@pytest.fixture
def mail():
    with running_mail_server() as running:
        yield running


@pytest.fixture
def town(owner_url, data_dir, clock):
    kiosk = open_kiosk(data_dir, demo=True, clock=clock)
    asked = kiosk.submit(
        IdeaDraft(theme_code="natur-miljo", text="Cykelsti til skolen", name="Åse", email="aase@example.dk", consent=True, notify_me=True)
    )
    quiet = kiosk.submit(IdeaDraft(theme_code="andet", text="Lys", name="Bo", email="bo@example.dk", consent=True))
    signup = kiosk.submit(
        SignupDraft(
            opportunity_id="bogvenner",
            name="Ida",
            email="ida@example.dk",
            age_group="65-79",
            availability=["weekdays"],
            consent=True,
            notify_me=True,
        )
    )
    sync_once(kiosk, add_device(owner_url, "Container").url)
    kiosk.close()
    person = add_office_user(owner_url, "Mette Østergård", None, login=f"office_t{uuid.uuid4().hex[:10]}")
    return {"asked": asked.receipt_code, "quiet": quiet.receipt_code, "signup": signup.receipt_code, "office": person.url}


def test_an_answer_sends_one_e_mail_in_the_citizens_language_once(owner_url, town, mail) -> None:
    handler, server = mail
    office_of(owner_url).reply(town["asked"], "in-progress", "Cykelstien er med i budgettet for 2027.")
    office_of(owner_url).reply(town["quiet"], "in-progress", "Vi ser på det.")  # did not ask: no e-mail
    report = office_of(town["office"]).notify_due(server, [demo_key()], LINK)
    assert (report.sent, report.later, report.failed) == (1, 0, 0)
    [email] = handler.received
    code = format_code(town["asked"])
    assert email["To"] == "aase@example.dk" and email["Subject"] == f"Svar på din idé ({code})"
    body = email.get_content()
    assert "Kommunen har svaret på din idé." in body and "Status: I gang" in body and "budgettet for 2027" in body
    assert f"https://borger.randers.dk/f/{town['asked']}" in body and f"Din kode: {code}" in body
    sent_at = email["Date"].datetime  # a Date: header, in the municipality's time
    assert abs(sent_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)
    assert sent_at.utcoffset() == ZoneInfo("Europe/Copenhagen").utcoffset(sent_at.replace(tzinfo=None))
    assert office_of(town["office"]).notify_due(server, [demo_key()], LINK).sent == 0 and len(handler.received) == 1  # once
    assert central_rows(owner_url, "SELECT kind, receipt_code FROM mokoko.access_log") == [("idea", town["asked"])]  # logged


def test_a_server_that_hangs_up_after_data_loses_nothing(owner_url, town, mail) -> None:
    handler, server = mail
    office_of(owner_url).reply(town["asked"], "done", "Stien er anlagt.")
    handler.hang_up_after_data = 1
    first = office_of(town["office"]).notify_due(server, [demo_key()], LINK)
    assert (first.sent, first.later, len(handler.received)) == (0, 1, 0)
    attempts, wait = _wait(owner_url)
    assert attempts == 1 and RETRY_AFTER[0] - 30 < wait <= RETRY_AFTER[0]
    _time_passes(owner_url, seconds=30)
    assert office_of(town["office"]).notify_due(server, [demo_key()], LINK).sent == 0  # not yet
    _time_passes(owner_url, minutes=2)
    assert office_of(town["office"]).notify_due(server, [demo_key()], LINK).sent == 1
    assert len(handler.received) == 1


def test_a_server_that_is_down_is_tried_again_with_growing_delays(owner_url, town, mail) -> None:
    handler, server = mail
    office_of(owner_url).reply(town["asked"], "done", "Stien er anlagt.")
    down = SmtpServer("127.0.0.1", free_port())  # nothing listens there
    for attempt, later in enumerate(RETRY_AFTER[:3]):
        assert office_of(town["office"]).notify_due(down, [demo_key()], LINK).later == 1
        attempts, wait = _wait(owner_url)
        assert attempts == attempt + 1 and later - 30 < wait <= later
        _time_passes(owner_url, seconds=later)
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.access_log") == [(0,)]  # no address opened in vain
    assert office_of(town["office"]).notify_due(server, [demo_key()], LINK).sent == 1 and len(handler.received) == 1


def test_an_address_refused_for_good_is_recorded_and_not_tried_again(owner_url, town, mail) -> None:
    handler, server = mail
    handler.refused.add("aase@example.dk")
    office_of(owner_url).reply(town["asked"], "done", "Stien er anlagt.")
    report = office_of(town["office"]).notify_due(server, [demo_key()], LINK)
    assert (report.sent, report.failed) == (0, 1) and "550" in report.problems[0] and "aase" not in report.problems[0]
    assert central_rows(owner_url, "SELECT failed_at IS NOT NULL, sent_at FROM mokoko.outbox") == [(True, None)]
    handler.refused.clear()
    _time_passes(owner_url, days=2)
    assert office_of(town["office"]).notify_due(server, [demo_key()], LINK).sent == 0


def test_a_sign_up_hears_when_contacted(owner_url, town, mail, tmp_path, capsys, monkeypatch) -> None:
    handler, server = mail
    office_of(town["office"]).mark_signup(town["signup"], "contacted")
    office_of(town["office"]).mark_signup(town["signup"], "declined")  # no e-mail for a "no"
    monkeypatch.setenv("MOKOKO_KEY_PASSPHRASE", DEMO_KEY_PASSPHRASE)
    smtp = f"127.0.0.1:{server.port}"
    assert main(["office", "notify", "--url", town["office"], "--smtp", smtp, "--key", str(DEMO_PRIVATE_KEY)]) == 0
    assert capsys.readouterr().out.startswith("sent 1,")
    [email] = handler.received
    assert email["To"] == "ida@example.dk" and "Kontaktpersonen har kontaktet dig." in email.get_content()


def test_a_round_that_runs_out_of_its_claim_leaves_the_rest_for_the_next(owner_url, town, mail, monkeypatch) -> None:
    import city_hall.notify

    handler, server = mail
    office_of(owner_url).reply(town["asked"], "done", "Stien er anlagt.")
    monkeypatch.setattr(city_hall.notify, "LEASE_MARGIN", city_hall.notify.LEASE.total_seconds() + 1)  # out of time at once
    report = office_of(town["office"]).notify_due(server, [demo_key()], LINK)
    assert (report.sent, report.later, handler.received) == (0, 0, []) and "next round" in report.problems[0]
    assert central_rows(owner_url, "SELECT attempts, next_attempt_at <= now() FROM mokoko.outbox") == [(0, True)]  # due again
    monkeypatch.undo()
    assert office_of(town["office"]).notify_due(server, [demo_key()], LINK).sent == 1 and len(handler.received) == 1


# Issue 26, finding 6: one bad e-mail never stops the others; TLS verified; a login without argv.


@pytest.fixture
def five_due(owner_url, tmp_path, clock):
    """Five answered ideas whose citizens asked to hear back; two hold what a tampered kiosk could
    seal: an address with a line break (and a header of its own), and two addresses."""
    from shared_kernel.sealing import seal

    kiosk = open_kiosk(tmp_path / "k", demo=True, clock=clock)
    addresses = ["en@example.dk", "to@example.dk", "tre@example.dk", "fire@example.dk", "fem@example.dk"]
    codes = [
        kiosk.submit(IdeaDraft(theme_code="andet", text=f"Idé {n}", name="Åse", email=address, consent=True, notify_me=True)).receipt_code
        for n, address in enumerate(addresses)
    ]
    sync_once(kiosk, add_device(owner_url, "Container").url)
    kiosk.close()
    tampered = {codes[1]: "to@example.dk\r\nBcc: everyone@evil.example", codes[3]: "fire@example.dk, someone@evil.example"}
    with psycopg.connect(owner_url) as central:
        for code, value in tampered.items():
            central.execute(
                "UPDATE mokoko.idea SET sealed_contact = %s WHERE receipt_code = %s",
                (seal(demo_key().public, {"name": "Åse", "email": value}), code),
            )
    person = add_office_user(owner_url, "Mette Østergård", None, login=f"office_t{uuid.uuid4().hex[:10]}")
    for code in codes:
        office_of(person.url).reply(code, "in-progress", "Vi ser på det.")
    return person.url, codes


def test_a_bad_address_is_failed_and_the_round_goes_on(owner_url, five_due, mail) -> None:
    """A CR/LF address raised ValueError: notify exited with a traceback and the messages after
    it were never sent; "a@x.dk, b@y.dk" was delivered to both."""
    office_url, codes = five_due
    handler, server = mail
    report = office_of(office_url).notify_due(server, [demo_key()], LINK)
    assert (report.sent, report.failed, report.later) == (3, 2, 0)
    assert sorted(str(email["To"]) for email in handler.received) == ["en@example.dk", "fem@example.dk", "tre@example.dk"]
    failed = central_rows(owner_url, "SELECT receipt_code, last_error FROM mokoko.outbox WHERE failed_at IS NOT NULL ORDER BY id")
    assert failed == [
        (codes[1], "the message could not be built: the address holds a line break"),
        (codes[3], "the message could not be built: the value holds more than one address"),
    ]
    assert not any("evil" in problem for problem in report.problems)  # the reasons never quote the value
    again = office_of(office_url).notify_due(server, [demo_key()], LINK)  # the next round: nothing twice, nothing new
    assert (again.sent, again.failed, again.later) == (0, 0, 0) and len(handler.received) == 3


def test_a_desk_pc_whose_clock_is_ahead_takes_no_message_another_run_holds(owner_url, five_due, mail, monkeypatch) -> None:
    """The claim used the calling PC's clock: a PC 6 minutes ahead sent messages twice."""
    import city_hall.notify

    office_url, _codes = five_due
    handler, server = mail
    held = city_hall.notify._claim(office_of(office_url), 200)  # another run's round, still sending
    assert len(held) == 5

    class Ahead(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Ahead:
            return cls.fromtimestamp((dt.datetime.now(tz) + dt.timedelta(minutes=6)).timestamp(), tz)

    monkeypatch.setattr(city_hall.notify.dt, "datetime", Ahead)
    assert office_of(office_url).notify_due(server, [demo_key()], LINK).sent == 0 and handler.received == []
    monkeypatch.undo()
    assert central_rows(owner_url, "SELECT bool_and(next_attempt_at > now() + interval '4 minutes') FROM mokoko.outbox") == [(True,)]


def _certificates(tmp_path):
    """A certificate authority of the test's own, a certificate for 127.0.0.1 it signed, and the CA's file."""
    import ssl

    import trustme

    authority = trustme.CA()
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(server)
    cafile = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(cafile))
    return server, str(cafile)


@pytest.mark.parametrize("tls", ["starttls", "implicit"])
def test_the_mail_servers_certificate_is_verified(owner_url, town, tmp_path, tls) -> None:
    """STARTTLS was called without a context: the mail server's certificate was never checked."""
    from dataclasses import replace

    certificate, cafile = _certificates(tmp_path)
    office_of(owner_url).reply(town["asked"], "done", "Stien er anlagt.")
    with running_mail_server(tls=tls, certificate=certificate) as (handler, server):
        unverified = office_of(town["office"]).notify_due(replace(server, tls=tls), [demo_key()], LINK)  # the system's CAs do not know it
        assert (unverified.sent, unverified.later) == (0, 1) and "SSLCertVerificationError" in unverified.problems[0]
        _time_passes(owner_url, minutes=5)
        verified = office_of(town["office"]).notify_due(replace(server, tls=tls, cafile=cafile), [demo_key()], LINK)
        assert verified.sent == 1 and len(handler.received) == 1


def test_the_mail_login_takes_its_password_from_a_file_never_from_argv(owner_url, town, tmp_path, capsys, monkeypatch) -> None:
    from tests.mail_server import LOGIN, PASSWORD

    certificate, cafile = _certificates(tmp_path)
    office_of(owner_url).reply(town["asked"], "done", "Stien er anlagt.")
    password_file = tmp_path / "smtp-password"
    password_file.write_text(PASSWORD + "\n")
    monkeypatch.setenv("MOKOKO_KEY_PASSPHRASE", DEMO_KEY_PASSPHRASE)
    with running_mail_server(tls="starttls", certificate=certificate, login=True) as (handler, server):
        common = [
            "office",
            "notify",
            "--url",
            town["office"],
            "--smtp",
            f"127.0.0.1:{server.port}",
            "--key",
            str(DEMO_PRIVATE_KEY),
            "--smtp-cafile",
            cafile,
        ]
        assert main([*common, "--smtp-user", LOGIN]) == 1  # no password given: told how, nothing sent
        assert "--smtp-password-file" in capsys.readouterr().err
        assert main([*common, "--smtp-user", LOGIN, "--smtp-password-file", str(tmp_path / "missing")]) == 1
        capsys.readouterr()
        assert main([*common, "--starttls", "--smtp-user", LOGIN, "--smtp-password-file", str(password_file)]) == 0
        assert capsys.readouterr().out.startswith("sent 1,") and len(handler.received) == 1
