"""The kiosk's password never shows: not in the log, the stored last error, or the settings list."""

from __future__ import annotations

import logging

import pytest

from central_database.connection import CentralError
from shared_kernel.command_line import main
from shared_kernel.redact import mask_secrets
from sync.engine import sync_once, sync_status

PASSWORD = "S3cr3t-pa55word"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("postgresql://mokoko_kiosk_ab12:S3cr3t@db.randers.dk:5432/mokoko", "postgresql://mokoko_kiosk_ab12:***@db.randers.dk:5432/mokoko"),
        ('missing "=" after "postgresql//k:S3cr3t@x/y" in connection info', 'missing "=" after "postgresql//k:***@x/y" in connection info'),
        ("host=x password='a b' user=k", "host=x password=*** user=k"),
        ("https://mokoko.randers.dk/f/{code}", "https://mokoko.randers.dk/f/{code}"),
    ],
)
def test_passwords_are_masked(text: str, masked: str) -> None:
    assert mask_secrets(text) == masked


@pytest.mark.parametrize(
    "url",
    [
        f"postgresql://mokoko_kiosk_x:{PASSWORD}@127.0.0.1:1/mokoko?connect_timeout=1",  # nobody listens there
        f"postgresql://mokoko_kiosk_x:{PASSWORD}@/mokoko?host=/nowhere&sslmode=bogus",  # a malformed setting
        f"postgresql//mokoko_kiosk_x:{PASSWORD}@db.randers.dk/mokoko",  # a colon missing: PostgreSQL quotes it all back
        f"mokoko_kiosk_x:{PASSWORD}@db.randers.dk",  # not a URL at all
    ],
)
def test_a_failed_sync_keeps_the_password_out_of_the_error_and_the_log(kiosk, url: str, caplog) -> None:
    kiosk.settings.set("central_url", url)
    with caplog.at_level(logging.DEBUG), pytest.raises(CentralError) as refused:
        sync_once(kiosk, url)
    assert PASSWORD not in str(refused.value)
    assert PASSWORD not in (sync_status(kiosk).last_error or "x")
    assert all(PASSWORD not in record.getMessage() for record in caplog.records)


def test_settings_list_and_set_mask_the_password(kiosk, capsys) -> None:
    url = f"postgresql://mokoko_kiosk_x:{PASSWORD}@db.randers.dk/mokoko"
    kiosk.close()
    assert main(["settings", "set", "central_url", url, "--data-dir", str(kiosk.data_dir)]) == 0
    assert main(["settings", "list", "--data-dir", str(kiosk.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "postgresql://mokoko_kiosk_x:***@db.randers.dk/mokoko" in out and PASSWORD not in out
    log = (kiosk.data_dir / "mokoko.log").read_text(encoding="utf-8")
    assert PASSWORD not in log
