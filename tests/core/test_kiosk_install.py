"""Issue 30, updates: the installed kiosk's layout (versions side by side, current and previous),
its launcher going back to the version before when a new one does not start three times (the store
put back as it was just before the switch), bundles checked byte for byte against their manifest
and city hall's SHA-256, found on a USB stick or downloaded (resuming) from a web server. The
launcher runs in a real shell; the web server is a real one on localhost. The whole update of an
installed kiosk from real bundles is tests/deploy/test_kiosk_update.py."""

from __future__ import annotations

import http.server
import json
import sqlite3
import subprocess
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from mokoko_desktop import kiosk_install
from shared_kernel.kiosk_bundles import LOCK, MANIFEST, BundleError, write_manifest


def _bundle(folder: Path, version: str = "0.2.0") -> str:
    folder.mkdir(parents=True)
    (folder / f"mokoko_desktop-{version}-py3-none-any.whl").write_bytes(b"the kiosk, version " + version.encode())
    (folder / "PySide6-6.8.0-cp39-abi3-manylinux_2_28_x86_64.whl").write_bytes(b"a dependency")
    (folder / LOCK).write_text("# the lock\n", encoding="utf-8")
    return write_manifest(folder, version)


def _version(root: Path, version: str, exit_code: int = 0) -> None:
    """An installed version whose program says who it is, changes the store (as a migration would)
    and ends with ``exit_code``."""
    program = root / kiosk_install.VERSIONS / version / "bin" / "mokoko"
    program.parent.mkdir(parents=True)
    program.write_text(
        f'#!/bin/sh\necho "{version} $*"\n[ -z "$STORE" ] || printf "{version}" > "$STORE"\nexit {exit_code}\n', encoding="utf-8"
    )
    program.chmod(0o755)
    (program.parent.parent / kiosk_install.COMPLETE).write_text("x\n", encoding="utf-8")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "opt" / "mokoko-kiosk"
    root.mkdir(parents=True)
    (root / kiosk_install.LAUNCHER_FILE).write_text(kiosk_install.LAUNCHER, encoding="utf-8")
    (root / kiosk_install.LAUNCHER_FILE).chmod(0o755)
    return root


def _start(root: Path, store: Path | None = None) -> subprocess.CompletedProcess[str]:
    environment = {"PATH": "/usr/bin:/bin", "STORE": str(store or "")}
    return subprocess.run([str(root / kiosk_install.LAUNCHER_FILE), "--smoke"], capture_output=True, text=True, env=environment, timeout=30)


def _store(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE said (text TEXT)")
        connection.execute("INSERT INTO said VALUES (?)", (text,))
    connection.close()


def _said(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        text = str(connection.execute("SELECT text FROM said").fetchone()[0])
    connection.close()
    return text


def test_a_new_version_that_never_starts_is_left_after_three_tries_with_the_store_as_it_was(root, tmp_path) -> None:
    _version(root, "0.1.0")
    _version(root, "0.2.0", exit_code=3)
    kiosk_install.activate(root, "0.1.0")
    assert not (root / kiosk_install.TRYING).exists()  # the first installation is simply current
    store = tmp_path / "data" / "mokoko.sqlite3"
    _store(store, "what citizens gave until 0.1.0 ended")
    kiosk_install.activate(root, "0.2.0", store=store)
    assert kiosk_install.version_of(root) == "0.2.0" and kiosk_install.version_of(root, kiosk_install.PREVIOUS) == "0.1.0"
    assert kiosk_install.trying(root, "0.2.0")
    for _ in range(kiosk_install.TRIES):
        started = _start(root, store)
        assert (started.returncode, started.stdout) == (3, "0.2.0 kiosk --smoke\n")
        assert store.read_bytes() == b"0.2.0"  # it changed the store, then failed
    copy = Path(f"{store}{kiosk_install.STORE_COPY_SUFFIX}")
    assert copy.stat().st_mode & 0o077 == 0  # the copy is the kiosk user's alone
    back = _start(root)
    assert (back.returncode, back.stdout) == (0, "0.1.0 kiosk --smoke\n")
    assert "the new version did not start 3 times; back to 0.1.0" in back.stderr
    assert kiosk_install.version_of(root) == "0.1.0" and kiosk_install.fell_back(root) == "0.2.0"
    assert kiosk_install.fell_back_bundle(root) == "x"  # the bundle that failed (a fixed one of 0.2.0 may be tried)
    assert _said(store) == "what citizens gave until 0.1.0 ended" and not copy.exists()
    assert not kiosk_install.trying(root, "0.1.0") and _start(root).stdout == "0.1.0 kiosk --smoke\n"  # and it stays there


def test_a_new_version_that_starts_is_kept_with_the_one_before_and_older_ones_go(root, tmp_path) -> None:
    for version in ("0.1.0", "0.2.0"):
        _version(root, version)
    kiosk_install.activate(root, "0.1.0")
    kiosk_install.activate(root, "0.2.0")
    assert kiosk_install.confirm_started(root, "0.2.0") == "0.1.0"
    _version(root, "0.3.0")
    store = tmp_path / "data" / "mokoko.sqlite3"
    _store(store, "the day so far")
    kiosk_install.activate(root, "0.3.0", store=store)
    assert _start(root).stdout == "0.3.0 kiosk --smoke\n"
    copy = Path(f"{store}{kiosk_install.STORE_COPY_SUFFIX}")
    assert _said(copy) == "the day so far"  # taken before 0.3.0 opened the store
    assert kiosk_install.confirm_started(root, "0.2.0") is None  # only the version on trial confirms itself
    assert kiosk_install.confirm_started(root, "0.3.0") == "0.2.0"
    assert not copy.exists()  # no longer needed
    assert kiosk_install.confirm_started(root, "0.3.0") is None  # once
    assert sorted(path.name for path in (root / kiosk_install.VERSIONS).iterdir()) == ["0.2.0", "0.3.0"]
    for _ in range(kiosk_install.TRIES + 2):  # no longer on trial: never counted, never turned back
        assert _start(root).stdout == "0.3.0 kiosk --smoke\n"


def test_the_installation_is_found_from_the_running_program_and_a_checkout_is_not_one(root) -> None:
    _version(root, "0.1.0")
    assert kiosk_install.installation_root(str(root / "versions" / "0.1.0")) == root
    assert kiosk_install.installation_root(str(root.parent / "venv")) is None
    (root / kiosk_install.LAUNCHER_FILE).unlink()
    assert kiosk_install.installation_root(str(root / "versions" / "0.1.0")) is None


def test_a_bundle_is_taken_only_whole_and_only_if_it_is_the_one_offered(tmp_path) -> None:
    digest = _bundle(tmp_path / "stick" / "mokoko-0.2.0")
    folder = tmp_path / "stick" / "mokoko-0.2.0"
    bundle = kiosk_install.read_bundle(folder, digest)
    assert (bundle.version, bundle.wheel, bundle.digest) == ("0.2.0", "mokoko_desktop-0.2.0-py3-none-any.whl", digest)
    with pytest.raises(BundleError) as other:
        kiosk_install.read_bundle(folder, "0" * 64)
    assert other.value.kind == "not_offered"
    (folder / "PySide6-6.8.0-cp39-abi3-manylinux_2_28_x86_64.whl").write_bytes(b"a dependency, changed")
    with pytest.raises(BundleError) as damaged:
        kiosk_install.read_bundle(folder, digest)
    assert damaged.value.kind == "damaged" and "PySide6" in str(damaged.value)
    with pytest.raises(BundleError) as missing:
        kiosk_install.read_bundle(tmp_path / "empty-stick")
    assert missing.value.kind == "missing"


@pytest.mark.parametrize(
    "manifest",
    [
        {"version": "0.2.0", "files": {"../../etc/passwd": "x", LOCK: "x", "mokoko_desktop-0.2.0-py3-none-any.whl": "x"}},
        {"version": "0.2.0; rm -rf /", "files": {LOCK: "x", "mokoko_desktop-0.2.0-py3-none-any.whl": "x"}},
        {"version": "0.2.0", "files": {LOCK: "x"}},  # no kiosk in it
        {"version": "0.2.0"},
    ],
)
def test_a_manifest_that_cannot_be_right_is_refused(tmp_path, manifest) -> None:
    (tmp_path / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(BundleError) as refused:
        kiosk_install.read_bundle(tmp_path)
    assert refused.value.kind == "damaged"


def test_the_offered_bundle_is_found_on_a_stick_beside_others(tmp_path) -> None:
    _bundle(tmp_path / "stick" / "mokoko-0.1.9", "0.1.9")
    wanted = _bundle(tmp_path / "stick" / "mokoko-0.2.0")
    (tmp_path / "stick" / "photos").mkdir()
    found = kiosk_install.find_bundle([tmp_path / "no-stick", tmp_path / "stick"], wanted)
    assert found is not None and found.folder == tmp_path / "stick" / "mokoko-0.2.0"
    assert kiosk_install.find_bundle([tmp_path / "stick"], "0" * 64) is None


class _Logged(http.server.SimpleHTTPRequestHandler):
    asked: list[str] = []

    def do_GET(self) -> None:
        type(self).asked.append(self.path)
        super().do_GET()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def web(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    served = tmp_path / "www"
    served.mkdir()
    _Logged.asked = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(_Logged, directory=str(served)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", served
    server.shutdown()
    server.server_close()


def test_a_bundle_downloads_checked_and_an_interrupted_download_goes_on_where_it_stopped(web, tmp_path) -> None:
    address, served = web
    digest = _bundle(served / "kiosk" / "0.2.0")
    into = tmp_path / "data" / "updates" / "0.2.0"
    seen: list[tuple[int, int]] = []
    bundle = kiosk_install.download_bundle(f"{address}/kiosk/0.2.0", digest, into, lambda done, of: seen.append((done, of)))
    assert kiosk_install.read_bundle(into, digest) == bundle and seen[-1] == (3, 3)
    (into / LOCK).unlink()  # as if the connection dropped before the last file
    _Logged.asked = []
    kiosk_install.download_bundle(f"{address}/kiosk/0.2.0/", digest, into)
    assert _Logged.asked == [f"/kiosk/0.2.0/{MANIFEST}", f"/kiosk/0.2.0/{LOCK}"]  # only what was missing
    (served / "kiosk" / "0.2.0" / LOCK).write_text("# changed on the server\n", encoding="utf-8")
    (into / LOCK).unlink()
    with pytest.raises(BundleError) as damaged:
        kiosk_install.download_bundle(f"{address}/kiosk/0.2.0", digest, into)
    assert damaged.value.kind == "damaged" and not (into / LOCK).exists()
    with pytest.raises(BundleError) as not_offered:
        kiosk_install.download_bundle(f"{address}/kiosk/0.2.0", "0" * 64, tmp_path / "other")
    assert not_offered.value.kind == "not_offered"
    with pytest.raises(BundleError) as unreachable:
        kiosk_install.download_bundle(f"{address}/no-such-folder", digest, tmp_path / "third")
    assert unreachable.value.kind == "download"
