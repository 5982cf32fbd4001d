"""Issue 29: a backup that is proven. 'mokoko central backup' dumps the central database with a
manifest of what the dump holds; 'mokoko central restore-check' restores it into a scratch cluster
of its own and checks the counts, the access log and every grant, and that a scratch kiosk syncs
with the copy; a damaged backup is not proven. Against the tests' real PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from central_database.backup import DUMP, MANIFEST, ROLES
from central_database.embedded import bundled_programs
from mokoko_desktop.ideas import IdeaDraft
from shared_kernel.command_line import main
from sync.engine import sync_once
from tests.conftest import central_rows, office_of


def _pg_bin() -> str:
    bundled = bundled_programs()
    assert bundled is not None
    return str(bundled)  # the tests' server's own version


@pytest.fixture
def backed_up(kiosk, owner_url, kiosk_url, tmp_path, capsys) -> Path:
    for text in ("Bænke ved åen", "Lys på stien", "En legeplads"):
        kiosk.submit(IdeaDraft(theme_code="aeldre", text=text, name="Åse", phone="20304050", consent=True))
    sync_once(kiosk, kiosk_url)
    office_of(owner_url).reply(kiosk.ideas_of_day()[0].receipt_code, "in-progress", "Vi er i gang.")
    out = tmp_path / "backup"
    assert main(["central", "backup", "--url", owner_url, "--out", str(out), "--pg-bin", _pg_bin()]) == 0
    assert "Backup written to" in capsys.readouterr().out
    return out


def test_a_backup_is_a_dump_the_logins_and_a_manifest_of_what_it_holds(backed_up, owner_url) -> None:
    assert sorted(path.name for path in backed_up.iterdir()) == sorted([DUMP, ROLES, MANIFEST])
    assert all(path.stat().st_mode & 0o777 == 0o600 for path in backed_up.iterdir())  # it holds sealed details and hashes
    manifest = json.loads((backed_up / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["counts"]["idea"] == 3 and manifest["counts"]["status_update"] == 1
    assert manifest["revision"] == central_rows(owner_url, "SELECT version_num FROM public.alembic_version")[0][0]
    assert "mokoko_kiosk" in (backed_up / ROLES).read_text(encoding="utf-8")


def test_restore_check_proves_it(backed_up, capsys) -> None:
    assert main(["central", "restore-check", str(backed_up), "--pg-bin", _pg_bin()]) == 0
    said = capsys.readouterr().out
    assert "restores whole" in said and "kiosk-sync: passed" in said  # a scratch kiosk synced with the copy


def test_a_backup_that_does_not_hold_what_it_says_is_not_proven(backed_up, capsys) -> None:
    manifest = json.loads((backed_up / MANIFEST).read_text(encoding="utf-8"))
    manifest["counts"]["idea"] = 4  # an idea the dump does not have
    manifest["access_log_count"] += 1
    (backed_up / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert main(["central", "restore-check", str(backed_up), "--pg-bin", _pg_bin(), "--without-kiosk"]) == 1
    said = capsys.readouterr().err
    assert "idea: 3 rows restored, 4 in the manifest" in said and "the access log is not whole" in said and "NOT proven" in said


def test_only_a_superuser_backs_up_and_only_into_an_empty_folder(backed_up, admin_url, tmp_path, capsys) -> None:
    assert main(["central", "backup", "--url", admin_url, "--out", str(tmp_path / "b"), "--pg-bin", _pg_bin()]) == 1
    assert "needs a superuser" in capsys.readouterr().err
    assert main(["central", "backup", "--url", admin_url, "--out", str(backed_up), "--pg-bin", _pg_bin()]) == 1
    assert "is not empty" in capsys.readouterr().err
