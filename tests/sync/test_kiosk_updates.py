"""Issue 30, updates: the administrator offers a kiosk version by its bundle ('mokoko central
offer-update'), each kiosk learns it at its next sync and tells staff; a kiosk not installed from a
bundle says IT updates it; a central database from before the offer (c0027) leaves kiosks as they
were. And what no login can do with the offer. Against a real PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest
from psycopg import errors

from central_database.office_users import add_office_user
from central_database.web_readers import add_web_reader
from mokoko_desktop import updates
from mokoko_desktop.bootstrap import open_kiosk
from shared_kernel.command_line import main
from shared_kernel.kiosk_bundles import LOCK, BundleError, write_manifest
from sync.engine import sync_once

ADDRESS = "https://kiosk.randers.dk/mokoko/0.9.0/"


def _bundle(folder: Path, version: str) -> str:
    folder.mkdir(parents=True)
    (folder / f"mokoko_desktop-{version}-py3-none-any.whl").write_bytes(b"the kiosk")
    (folder / LOCK).write_text("# the lock\n", encoding="utf-8")
    return write_manifest(folder, version)


@pytest.fixture
def real_kiosk(data_dir):
    opened = open_kiosk(data_dir, demo=True)
    yield opened
    opened.close()


def test_city_hall_offers_a_version_and_every_kiosk_learns_it_at_its_next_sync(real_kiosk, kiosk_url, admin_url, tmp_path, capsys) -> None:
    sync_once(real_kiosk, kiosk_url)
    assert updates.offered(real_kiosk.store) is None
    digest = _bundle(tmp_path / "mokoko-0.9.0", "0.9.0")
    assert main(["central", "offer-update", "--bundle", str(tmp_path / "mokoko-0.9.0"), "--bundle-url", ADDRESS, "--url", admin_url]) == 0
    assert f"Kiosks are offered version 0.9.0 (bundle SHA-256 {digest})" in capsys.readouterr().out
    sync_once(real_kiosk, kiosk_url)
    assert updates.offered(real_kiosk.store) == updates.Offer("0.9.0", digest, ADDRESS)
    assert main(["central", "fleet", "--url", admin_url]) == 0
    assert "City hall offers version 0.9.0: 0 of 1 kiosks run it or newer." in capsys.readouterr().out
    state = updates.update_state(real_kiosk)
    assert not state.installed_here and not state.can_install  # a checkout: IT updates it
    with pytest.raises(BundleError) as refused:
        updates.install_offered(real_kiosk)
    assert refused.value.kind == "not_installed"
    folder = str(real_kiosk.data_dir)
    assert main(["update", "status", "--json", "--demo", "--data-dir", folder]) == 0
    said = json.loads(capsys.readouterr().out)
    assert said["offered"] == "0.9.0" and said["bundle_url"] == ADDRESS and said["installed_here"] is False
    assert main(["update", "install", "--demo", "--data-dir", folder]) == 1
    assert "does not run from an installed bundle" in capsys.readouterr().err
    assert main(["central", "offer-update", "--withdraw", "--url", admin_url]) == 0
    sync_once(real_kiosk, kiosk_url)
    assert updates.offered(real_kiosk.store) is None


def test_an_offer_no_newer_than_the_kiosk_is_not_kept(real_kiosk, kiosk_url, admin_url, tmp_path) -> None:
    _bundle(tmp_path / "old", "0.0.1")
    assert main(["central", "offer-update", "--bundle", str(tmp_path / "old"), "--url", admin_url]) == 0
    sync_once(real_kiosk, kiosk_url)
    assert updates.offered(real_kiosk.store) is None


def test_an_installed_kiosk_without_the_stick_says_which_version_to_bring(real_kiosk, kiosk_url, admin_url, tmp_path) -> None:
    _bundle(tmp_path / "mokoko-0.9.0", "0.9.0")
    assert main(["central", "offer-update", "--bundle", str(tmp_path / "mokoko-0.9.0"), "--url", admin_url]) == 0  # USB only
    sync_once(real_kiosk, kiosk_url)
    root = tmp_path / "opt"
    with pytest.raises(BundleError) as missing:
        updates.install_offered(real_kiosk, root=root, places=[tmp_path / "empty-stick"])
    assert missing.value.kind == "missing" and "version 0.9.0" in str(missing.value)
    assert not root.exists()  # nothing was changed


def test_offer_update_takes_a_bundle_or_a_withdrawal_and_says_calmly_what_is_wrong(admin_url, tmp_path, capsys) -> None:
    assert main(["central", "offer-update", "--url", admin_url]) == 2
    assert "Give either --bundle DIR" in capsys.readouterr().err
    assert main(["central", "offer-update", "--bundle", str(tmp_path), "--url", admin_url]) == 1
    assert "No kiosk bundle in" in capsys.readouterr().err
    _bundle(tmp_path / "b", "0.9.0")
    assert main(["central", "offer-update", "--bundle", str(tmp_path / "b"), "--bundle-url", "ftp://x/", "--url", admin_url]) == 1
    assert "is not a web address" in capsys.readouterr().err


def test_a_central_database_from_before_the_offer_leaves_the_kiosk_as_it_was(real_kiosk, kiosk_url, owner_url) -> None:
    with psycopg.connect(owner_url, autocommit=True) as connection:
        connection.execute("DROP FUNCTION mokoko.offered_update()")
    report = sync_once(real_kiosk, kiosk_url)  # the sync itself is untouched
    assert report.pull is not None and updates.offered(real_kiosk.store) is None


# What no login can do with the offer.


def test_only_the_administrator_offers_and_only_kiosks_ask(owner_url, kiosk_url, admin_url) -> None:
    person = add_office_user(owner_url, "Careless Clerk", login="office_update_test")
    reader = add_web_reader(owner_url, "update-test.example.dk")
    offer = "UPDATE mokoko.fleet_policy SET offered_version = '66.6', bundle_sha256 = repeat('a', 64), bundle_url = 'https://evil.example/'"
    for url in (kiosk_url, person.url, reader):
        with psycopg.connect(url, autocommit=True) as connection, pytest.raises(errors.InsufficientPrivilege):
            connection.execute(offer)
    for url in (person.url, reader, admin_url):
        with psycopg.connect(url, autocommit=True) as connection, pytest.raises(errors.InsufficientPrivilege):
            connection.execute("SELECT * FROM mokoko.offered_update()")
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(offer)
    with psycopg.connect(kiosk_url, autocommit=True) as connection:
        assert connection.execute("SELECT * FROM mokoko.offered_update()").fetchall() == [("66.6", "a" * 64, "https://evil.example/")]


@pytest.mark.parametrize(
    "change",
    [
        "offered_version = '1.0; DROP', bundle_sha256 = repeat('a', 64)",
        "offered_version = '1.0', bundle_sha256 = 'not a digest'",
        "offered_version = '1.0'",  # an offer without the bundle's digest could not be checked
        "offered_version = '1.0', bundle_sha256 = repeat('a', 64), bundle_url = 'file:///etc/passwd'",
        "bundle_url = 'https://kiosk.randers.dk/'",  # an address without an offer
    ],
)
def test_an_offer_the_schema_cannot_take_is_refused(admin_url, change) -> None:
    with psycopg.connect(admin_url, autocommit=True) as connection, pytest.raises(errors.CheckViolation):
        connection.execute(f"UPDATE mokoko.fleet_policy SET {change}")


def test_the_offered_sha256_names_the_bundle_byte_for_byte(tmp_path) -> None:
    first = _bundle(tmp_path / "a", "0.9.0")
    second = _bundle(tmp_path / "b", "0.9.0")
    assert first == second  # the same files: the same bundle
    (tmp_path / "b" / LOCK).write_text("# another lock\n", encoding="utf-8")
    assert write_manifest(tmp_path / "b", "0.9.0") != first
