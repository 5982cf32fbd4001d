"""The central commands as city hall and scripts use them."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import psycopg
import pytest

from mokoko_desktop.kiosk import Kiosk
from shared_kernel.command_line import main
from tests.commands import MOKOKO
from tests.sync.conftest import central_rows


def test_init_is_repeatable_and_add_device_prints_the_url_last(owner_url, tmp_path, capsys) -> None:
    assert main(["central", "init", "--url", owner_url]) == 0
    capsys.readouterr()
    assert main(["central", "add-device", "Kiosk Havndal", "--qr", "--url", owner_url]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    url = lines[-1]
    assert url.startswith("postgresql://mokoko_kiosk_") and len(lines) > 10  # the QR code came before it
    with psycopg.connect(url) as connection:
        assert connection.execute("SELECT name FROM mokoko.device WHERE role_name = current_user").fetchone() == ("Kiosk Havndal",)


def test_statuses_reply_and_sync_from_the_command_line(owner_url, kiosk_url, tmp_path, capsys) -> None:
    folder = str(tmp_path / "k")
    main(["idea", "add", "--demo", "--data-dir", folder, "--theme", "andet", "--text", "Et bibliotek på hjul"])
    code = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["sync", "--central-url", kiosk_url, "--data-dir", folder]) == 0
    assert "pushed 1 ideas" in capsys.readouterr().out
    assert main(["office", "statuses", "--url", owner_url]) == 0
    statuses = capsys.readouterr().out.splitlines()
    assert statuses[0].split("\t")[0] == "received" and len(statuses) == 6
    assert main(["office", "reply", code.lower(), "--status", "done", "--text", "Bogbussen kører fra maj.", "--url", owner_url]) == 0
    assert main(["office", "reply", code, "--status", "not-taken-further", "--text", "x", "--url", owner_url]) == 1
    assert "needs a reason" in capsys.readouterr().err
    os.environ["MOKOKO_CENTRAL_URL"] = kiosk_url
    try:
        assert main(["sync", "--data-dir", folder]) == 0
    finally:
        del os.environ["MOKOKO_CENTRAL_URL"]
    capsys.readouterr()
    assert main(["idea", "show", code, "--data-dir", folder]) == 0
    shown = capsys.readouterr().out
    assert "Gennemført" not in shown and "Done" in shown and "Bogbussen kører fra maj." in shown


def test_sync_exits_non_zero_when_the_central_database_is_away(tmp_path, capsys) -> None:
    folder = str(tmp_path / "k")
    main(["idea", "add", "--demo", "--data-dir", folder, "--theme", "andet", "--text", "Offline"])
    assert main(["sync", "--central-url", "postgresql://x@/mokoko?host=/tmp/nothing-here", "--data-dir", folder]) == 1
    assert "cannot be reached" in capsys.readouterr().err
    assert main(["sync", "--data-dir", folder]) == 1
    assert "No central database is set" in capsys.readouterr().err


def test_demo_fill_uses_the_kiosk_path(tmp_path, capsys) -> None:
    folder = str(tmp_path / "k")
    assert main(["demo", "fill", "--ideas", "250", "--demo", "--data-dir", folder]) == 0
    assert "Added 250 synthetic ideas" in capsys.readouterr().out
    # twice, so the second fill must not repeat the first one's phone numbers (duplicates)
    for _round in range(2):
        assert main(["demo", "fill", "--ideas", "0", "--signups", "40", "--data-dir", folder]) == 0
        assert "and 40 sign-ups" in capsys.readouterr().out
    kiosk = Kiosk.open(folder)
    assert kiosk.signups.count() == 80
    kiosk.close()


def test_serve_embedded_hands_out_the_administrators_url_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    """Issue 26 (finding 8): the URL handed to people is the administrator's (in a file only its
    user reads), not the superuser's; the superuser's password stays in owner-password for init."""
    from central_database.connection import url_with_login

    process = subprocess.Popen(
        [MOKOKO, "central", "serve-embedded", "--dir", str(tmp_path / "c")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    assert process.stdout is not None and process.stderr is not None
    while not lines or "--url-file" not in lines[-1]:
        line = process.stdout.readline()
        assert line, process.stderr.read()
        lines.append(line.strip())
    assert "postgresql://" not in "\n".join(lines)  # no password on the screen
    admin_file = tmp_path / "c" / "admin-url"
    assert admin_file.stat().st_mode & 0o077 == 0
    url = admin_file.read_text().strip()
    assert central_rows(url, "SELECT count(*) FROM mokoko.status") == [(6,)]
    assert central_rows(
        url, "SELECT rolsuper, pg_has_role(current_user, 'mokoko_owner', 'MEMBER') FROM pg_roles WHERE rolname = current_user"
    ) == [(False, False)]
    superuser = url_with_login(url, "postgres", (tmp_path / "c" / "owner-password").read_text().strip())
    # Closed to other local users: a password for every login (SCRAM), no trust, an owner-only socket.
    without_password = url.replace(url[len("postgresql://") : url.index("@")], "postgres")
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(without_password).close()
    assert central_rows(superuser, "SELECT DISTINCT auth_method FROM pg_hba_file_rules") == [("scram-sha-256",)]
    [(secret,)] = central_rows(superuser, "SELECT rolpassword FROM pg_authid WHERE rolname = 'postgres'")
    assert secret.startswith("SCRAM-SHA-256$")
    socket_dir = Path(url.rsplit("host=", 1)[1])
    assert socket_dir.stat().st_mode & 0o077 == 0
    assert (tmp_path / "c" / "owner-password").stat().st_mode & 0o077 == 0
    process.send_signal(signal.SIGTERM)
    out, _ = process.communicate(timeout=60)
    assert process.returncode == 0 and "Stopped." in out
    assert not (tmp_path / "c" / "pgdata" / "postmaster.pid").exists()


def test_load_catalogue_refuses_a_broken_file_whole(owner_url, tmp_path: Path, capsys) -> None:
    from tests.core.test_catalogue_file import broken_catalogue

    themes_before = central_rows(owner_url, "SELECT count(*) FROM mokoko.theme")
    assert main(["central", "load-catalogue", str(broken_catalogue(tmp_path)), "--url", owner_url]) == 1
    assert "themes[3].title" in capsys.readouterr().err
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.theme") == themes_before


def test_remove_device_takes_a_stolen_kiosks_credential_away(owner_url, kiosk, tmp_path, capsys) -> None:
    from central_database.devices import add_device
    from mokoko_desktop.ideas import IdeaDraft
    from sync.engine import sync_once

    stolen = add_device(owner_url, "Stjålet kiosk")
    kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="Sendt før tyveriet"), "assentoft")
    sync_once(kiosk, stolen.url)
    held = psycopg.connect(stolen.url)  # the thief's open connection
    assert main(["central", "remove-device", stolen.tag.lower(), "--url", owner_url]) == 0
    assert "can no longer connect" in capsys.readouterr().out
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(stolen.url)
    with pytest.raises(psycopg.OperationalError):
        held.execute("SELECT 1")  # ended, not left running
    held.close()
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.idea") == [(1,)]  # what it sent stays
    assert main(["central", "remove-device", "Ingen", "--url", owner_url]) == 1
    assert "No kiosk is called 'Ingen'" in capsys.readouterr().err


def test_keygen_publishes_the_public_key_to_kiosks_and_keeps_the_private_key_in_its_file(
    owner_url, kiosk, kiosk_url, tmp_path, capsys, monkeypatch
) -> None:
    from shared_kernel.sealing import open_sealed, read_key_file, seal
    from sync.engine import sync_once

    demo_key = kiosk.sealing_key()
    assert demo_key is not None and demo_key.key_id == "19933fb0edbd378d"  # the demo catalogue's
    monkeypatch.setenv("MOKOKO_KEY_PASSPHRASE", "rådhusets lange sætning")
    first_file, second_file = tmp_path / "2026.key", tmp_path / "2027.key"
    assert main(["central", "keygen", "--out", str(first_file), "--url", owner_url]) == 0
    sync_once(kiosk, kiosk_url)
    first = read_key_file(first_file, "rådhusets lange sætning")
    assert kiosk.sealing_key() == first.public
    sealed_then = seal(first.public, {"name": "Åse"})
    assert main(["central", "keygen", "--out", str(second_file), "--url", owner_url]) == 0
    sync_once(kiosk, kiosk_url)
    second = read_key_file(second_file, "rådhusets lange sætning")
    assert kiosk.sealing_key() == second.public  # rotated: new records go to the new key
    assert open_sealed([second, first], sealed_then) == {"name": "Åse"}  # old records still open
    capsys.readouterr()
    assert main(["central", "keygen", "--out", str(first_file), "--url", owner_url]) == 1
    assert "never overwritten" in capsys.readouterr().err
    assert central_rows(owner_url, "SELECT count(*), count(*) FILTER (WHERE active) FROM mokoko.sealing_key") == [(3, 1)]
