"""The mail timer as deployed (deploy/systemd/mokoko-notify.service): its ExecStart, run as
systemd would run it (the credentials in a folder of their own for %d, the variables of
deploy/mokoko.env pointed at a real mail server with STARTTLS and a login), sends a citizen's
reply, announces a routed idea to the area's contact person, and hands a new volunteer's contact
details to the association that runs the opportunity. It once lacked the municipality's key, so
every run would have refused: this runs the unit's own command line."""

from __future__ import annotations

import configparser
import re
import shlex
import ssl
import subprocess
import uuid
from pathlib import Path

import trustme

from central_database.devices import add_device
from central_database.office_users import add_office_user
from central_database.partners import add_partner
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.signups import SignupDraft
from shared_kernel.resources import DEMO_PRIVATE_KEY
from sync.engine import sync_once
from tests.commands import MOKOKO
from tests.conftest import DEMO_KEY_PASSPHRASE, office_of
from tests.mail_server import LOGIN, PASSWORD, running_mail_server
from tests.sync.conftest import central_rows

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
UNIT = DEPLOY / "systemd" / "mokoko-notify.service"


def _exec_start(credentials: Path, environment: dict[str, str]) -> list[str]:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.read(UNIT, encoding="utf-8")
    line = unit["Service"]["ExecStart"].replace("/opt/mokoko/bin/mokoko", MOKOKO).replace("%d", str(credentials))
    line = re.sub(r"\$\{(\w+)\}", lambda found: shlex.quote(environment[found.group(1)]), line)  # ${VAR}: one argument
    return shlex.split(line)


def test_the_deployed_mail_timer_sends_announces_and_hands_over(owner_url, data_dir, clock, tmp_path) -> None:
    kiosk = open_kiosk(data_dir, demo=True, clock=clock)
    idea = kiosk.submit(
        IdeaDraft(theme_code="natur-miljo", text="Cykelsti til skolen", email="aase@example.dk", consent=True, notify_me=True)
    )
    kiosk.submit(
        SignupDraft(opportunity_id="bogvenner", name="Bo", phone="20304050", age_group="65-79", availability=["weekdays"], consent=True)
    )
    sync_once(kiosk, add_device(owner_url, "Havndal").url)
    kiosk.close()
    mailer = add_office_user(owner_url, "E-mail", login=f"office_t{uuid.uuid4().hex[:10]}")
    add_office_user(owner_url, "Mette Østergård", ["born-skole"], login=f"office_t{uuid.uuid4().hex[:10]}", email="mette@randers.dk")
    add_partner(
        owner_url, "Bogvenner", ["bogvenner"], f"partner_t{uuid.uuid4().hex[:10]}", key_out=tmp_path / "bv.key", passphrase="x" * 12
    )
    office_of(mailer.url).reply(idea.receipt_code, "in-progress", "Vi er gået i gang.")
    office_of(mailer.url).route(idea.receipt_code, "born-skole")

    credentials = tmp_path / "credentials"  # what LoadCredential= puts in %d
    credentials.mkdir(mode=0o700)
    (credentials / "url").write_text(mailer.url + "\n")
    (credentials / "smtp-password").write_text(PASSWORD + "\n")
    (credentials / "key").write_bytes(DEMO_PRIVATE_KEY.read_bytes())
    (credentials / "key-passphrase").write_text(DEMO_KEY_PASSPHRASE + "\n")
    authority = trustme.CA()
    certificate = authority.issue_cert("127.0.0.1")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate.configure_cert(context)
    authority.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    with running_mail_server(tls="starttls", certificate=context, login=True) as (handler, server):
        environment = {
            "MOKOKO_SMTP": f"127.0.0.1:{server.port}",
            "MOKOKO_SMTP_USER": LOGIN,
            "MOKOKO_SENDER": "MOKOKO <mokoko@randers.dk>",
            "MOKOKO_FOLLOWUP_TEMPLATE": "https://borger.randers.dk/f/{code}",
        }
        bare = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "SSL_CERT_FILE": str(tmp_path / "ca.pem")}  # the test CA as the system's
        run = subprocess.run(_exec_start(credentials, environment), env=bare, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("sent 2,") and "handed 1 volunteers' contact details" in run.stdout
    assert sorted(email["To"] for email in handler.received) == ["aase@example.dk", "mette@randers.dk"]
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.partner_contact") == [(1,)]
    assert "PASSWORD" not in run.stderr and PASSWORD not in run.stdout + run.stderr and DEMO_KEY_PASSPHRASE not in run.stdout + run.stderr
