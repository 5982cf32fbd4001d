"""The office app sends the e-mails that are due on a timer (``mokoko office app --smtp``),
against a real PostgreSQL and a real SMTP server: once each, never a dialog from the timer, and
a calm line that says how the outbox stands."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from pathlib import Path

import pytest

from central_database.devices import add_device
from central_database.office_users import add_office_user
from city_hall.notify import MailSettings
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from shared_kernel.command_line import main
from shared_kernel.receipt_codes import format_code
from shared_kernel.resources import DEMO_PRIVATE_KEY
from sync.engine import sync_once
from tests.conftest import DEMO_KEY_PASSPHRASE, office_of
from tests.mail_server import running_mail_server
from tests.sync.conftest import central_rows
from ui.common.language import LanguageSwitcher
from ui.common.style import load_fonts
from ui.office.key_ring import KEY_FILE_ENV
from ui.office.window import OfficeWindow

LINK = "https://borger.randers.dk/f/{code}"


@pytest.fixture
def answered(owner_url, tmp_path, clock):
    """An idea whose citizen asked to hear back, answered by city hall."""
    kiosk = open_kiosk(tmp_path / "kiosk", demo=True, clock=clock)
    idea = kiosk.submit(
        IdeaDraft(theme_code="natur-miljo", text="Bænke ved åen", name="Åse", email="aase@example.dk", consent=True, notify_me=True)
    )
    sync_once(kiosk, add_device(owner_url, "Container").url)
    kiosk.close()
    office_of(owner_url).reply(idea.receipt_code, "in-progress", "Bænkene kommer til foråret.")
    person = add_office_user(owner_url, "Mette Østergård", None, login=f"office_t{uuid.uuid4().hex[:10]}")
    return {"code": idea.receipt_code, "url": person.url}


@pytest.fixture
def mail():
    with running_mail_server() as running:
        yield running


def _window(qtbot, url: str, settings: MailSettings) -> OfficeWindow:
    load_fonts()
    languages = LanguageSwitcher()
    languages.reset()
    window = OfficeWindow(office_of(url), languages, mail=settings)
    window._languages_kept = languages  # type: ignore[attr-defined]  # Danish needs the switcher alive
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    window.start()
    return window


def test_the_app_sends_what_is_due_on_its_timer_once(qtbot, answered, mail, monkeypatch, owner_url) -> None:
    monkeypatch.setenv(KEY_FILE_ENV, str(DEMO_PRIVATE_KEY))
    monkeypatch.setenv("MOKOKO_KEY_PASSPHRASE", DEMO_KEY_PASSPHRASE)
    handler, server = mail
    window = _window(qtbot, answered["url"], MailSettings(server, LINK, dt.timedelta(seconds=0.3)))
    sender = window.mail
    assert sender is not None
    qtbot.waitUntil(lambda: sender.rounds >= 3, timeout=30_000)  # the first round at start, then the timer's
    assert len(handler.received) == 1  # once, however many rounds
    [email] = handler.received
    assert email["To"] == "aase@example.dk" and format_code(answered["code"]) in email["Subject"]
    assert "Bænkene kommer til foråret." in email.get_content()
    assert sender.status.text().endswith("sendt det seneste døgn: 1 · venter: 0 · kunne ikke leveres: 0")
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.outbox WHERE sent_at IS NOT NULL") == [(1,)]


def test_without_the_key_the_timer_only_counts_and_the_button_opens_it(qtbot, answered, mail, monkeypatch) -> None:
    monkeypatch.delenv(KEY_FILE_ENV, raising=False)
    monkeypatch.delenv("MOKOKO_KEY_PASSPHRASE", raising=False)
    handler, server = mail
    window = _window(qtbot, answered["url"], MailSettings(server, LINK, dt.timedelta(minutes=5)))
    sender = window.mail
    assert sender is not None
    qtbot.waitUntil(lambda: sender.rounds >= 1, timeout=20_000)
    assert sender.status.text() == "E-mail: 1 venter på kommunens nøgle" and handler.received == []
    assert sender.send_button.text() == "Åbn nøglen og send"
    monkeypatch.setenv(KEY_FILE_ENV, str(DEMO_PRIVATE_KEY))  # what the file dialog would give
    monkeypatch.setenv("MOKOKO_KEY_PASSPHRASE", DEMO_KEY_PASSPHRASE)
    sender.send_button.click()
    qtbot.waitUntil(lambda: sender.rounds >= 2, timeout=20_000)
    assert len(handler.received) == 1 and "døgn: 1 · venter: 0" in sender.status.text()
    assert window.keys.key_ids  # opened once for the session
    if os.environ.get("MOKOKO_SHOTS"):
        qtbot.wait(100)
        window.grab().save(str(Path(os.environ["MOKOKO_SHOTS"]) / "office-mail.png"))


def test_a_mail_server_that_is_down_keeps_the_message_for_later(qtbot, answered, monkeypatch, owner_url) -> None:
    from city_hall.smtp import SmtpServer
    from tests.mail_server import free_port

    monkeypatch.setenv(KEY_FILE_ENV, str(DEMO_PRIVATE_KEY))
    monkeypatch.setenv("MOKOKO_KEY_PASSPHRASE", DEMO_KEY_PASSPHRASE)
    window = _window(qtbot, answered["url"], MailSettings(SmtpServer("127.0.0.1", free_port()), LINK))
    sender = window.mail
    assert sender is not None
    qtbot.waitUntil(lambda: sender.rounds >= 1, timeout=20_000)
    assert "døgn: 0 · venter: 1" in sender.status.text() and "#" in sender.status.toolTip()
    assert "aase" not in sender.status.toolTip()  # reasons, never an address
    assert central_rows(owner_url, "SELECT attempts, sent_at FROM mokoko.outbox") == [(1, None)]


@pytest.mark.parametrize(
    ("options", "said"),
    [
        (["--smtp", "mail.randers.dk"], "HOST:PORT"),
        (["--smtp", "mail.randers.dk:99999"], "HOST:PORT"),
        (["--smtp", "mail:25", "--notify-every", "0"], "--notify-every"),
        (["--smtp", "mail:25", "--followup-url", "https://borger.randers.dk/f/"], "{code}"),
    ],
)
def test_bad_mail_settings_are_refused_before_the_window_opens(options, said, tmp_path, capsys) -> None:
    status = main(["office", "app", "--url", "postgresql://nobody@127.0.0.1:1/none", *options])
    assert status != 0 and said in capsys.readouterr().err
