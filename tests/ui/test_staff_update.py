"""Issue 30, updates on the staff panel: "Ny version klar" when city hall offers a newer version;
installed from the USB stick with one tap (a real, if tiny, bundle: pip installs it into a real
environment beside this version), after which staff may start the kiosk again with it at once; a
stick that is not in, a kiosk not installed from a bundle and a version that did not start here
each said in plain words, nothing changed. Looked at in Danish (tools/screenshots covers the panel)."""

from __future__ import annotations

import base64
import hashlib
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mokoko_desktop import __version__, kiosk_install, updates
from shared_kernel.kiosk_bundles import LOCK, write_manifest
from ui.common.language import LanguageSwitcher
from ui.kiosk.staff_update import StaffUpdate

OFFERED = "0.9.0"
LEFT = Qt.MouseButton.LeftButton


def _tiny_bundle(folder: Path, version: str = OFFERED) -> str:
    """A bundle pip installs: a wheel of the kiosk's name (no code in it) and an empty lock."""
    folder.mkdir(parents=True)
    info = f"mokoko_desktop-{version}.dist-info"
    files = {
        f"{info}/METADATA": f"Metadata-Version: 2.1\nName: mokoko_desktop\nVersion: {version}\n",
        f"{info}/WHEEL": "Wheel-Version: 1.0\nGenerator: tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    record = []
    for name, text in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=").decode()
        record.append(f"{name},sha256={digest},{len(text.encode())}")
    with zipfile.ZipFile(folder / f"mokoko_desktop-{version}-py3-none-any.whl", "w") as wheel:
        for name, text in files.items():
            wheel.writestr(name, text)
        wheel.writestr(f"{info}/RECORD", "\n".join([*record, f"{info}/RECORD,,"]) + "\n")
    (folder / LOCK).write_text("", encoding="utf-8")
    return write_manifest(folder, version)


@pytest.fixture
def installation(tmp_path: Path) -> Path:
    """This kiosk as installed from a bundle: its version current, the launcher beside it."""
    root = tmp_path / "opt" / "mokoko-kiosk"
    (root / kiosk_install.VERSIONS / __version__).mkdir(parents=True)
    (root / kiosk_install.LAUNCHER_FILE).write_text(kiosk_install.LAUNCHER, encoding="utf-8")
    kiosk_install.activate(root, __version__)
    return root


@pytest.fixture
def stick(tmp_path: Path, monkeypatch) -> Path:
    place = tmp_path / "media" / "MOKOKO"
    place.mkdir(parents=True)
    monkeypatch.setenv(updates.MEDIA_VARIABLE, str(place))
    return place


def _panel(qtbot, kiosk, root: Path | None) -> StaffUpdate:
    widget = StaffUpdate(kiosk, root=root)
    qtbot.addWidget(widget)
    widget.resize(900, 120)
    widget.show()
    widget.refresh()
    qtbot.waitUntil(lambda: widget._state is not None, timeout=10_000)
    return widget


def test_an_offered_version_installs_from_the_stick_and_the_kiosk_starts_again(qtbot, kiosk, installation, stick) -> None:
    digest = _tiny_bundle(stick / f"mokoko-{OFFERED}")
    updates.remember_offer(kiosk.store, updates.Offer(OFFERED, digest, None))
    widget = _panel(qtbot, kiosk, installation)
    assert widget.isVisible() and f"A new version is ready: {OFFERED} (this kiosk has {__version__})" in widget.note.text()
    assert widget.install_button.isVisible() and widget.install_button.text() == f"Install version {OFFERED}"
    qtbot.mouseClick(widget.install_button, LEFT)
    assert "Installing version 0.9.0" in widget.note.text() and not widget.install_button.isVisible()  # one tap only
    qtbot.waitUntil(lambda: "is installed" in widget.note.text(), timeout=120_000)
    assert f"Version {OFFERED} is installed. It starts when the kiosk starts again: now with the button" in widget.note.text()
    with qtbot.waitSignal(widget.restart_requested, timeout=1000):  # not before staff say so: a citizen may be in the middle of an idea
        qtbot.mouseClick(widget.restart_button, LEFT)
    assert kiosk_install.version_of(installation) == OFFERED and kiosk_install.version_of(installation, "previous") == __version__
    marker = (installation / kiosk_install.TRYING).read_text(encoding="utf-8")
    assert f"store={kiosk.store.path}\n" in marker  # the launcher copies it before the new version opens it


def test_without_the_stick_staff_are_told_what_to_bring_and_nothing_changes(qtbot, kiosk, installation, stick) -> None:
    updates.remember_offer(kiosk.store, updates.Offer(OFFERED, "a" * 64, None))
    widget = _panel(qtbot, kiosk, installation)
    qtbot.mouseClick(widget.install_button, LEFT)
    qtbot.waitUntil(lambda: "No USB stick" in widget.note.text(), timeout=10_000)
    assert "No USB stick with version 0.9.0 was found. Put the stick from city hall in and try again." in widget.note.text()
    assert widget.install_button.isVisible()  # try again once it is in
    assert kiosk_install.version_of(installation) == __version__ and not (installation / kiosk_install.TRYING).exists()


def test_a_stick_with_another_bundle_of_that_version_is_not_taken(qtbot, kiosk, installation, stick) -> None:
    _tiny_bundle(stick / "from-somewhere-else")
    updates.remember_offer(kiosk.store, updates.Offer(OFFERED, "b" * 64, "http://127.0.0.1:9/nothing-listens-here/"))
    widget = _panel(qtbot, kiosk, installation)
    qtbot.mouseClick(widget.install_button, LEFT)
    qtbot.waitUntil(lambda: "could not be downloaded" in widget.note.text(), timeout=30_000)
    assert kiosk_install.version_of(installation) == __version__
    assert not (installation / kiosk_install.VERSIONS / OFFERED).exists()


def test_a_kiosk_not_installed_from_a_bundle_leaves_it_to_it(qtbot, kiosk) -> None:
    updates.remember_offer(kiosk.store, updates.Offer(OFFERED, "a" * 64, None))
    widget = _panel(qtbot, kiosk, None)  # the tests run from a checkout
    assert "This kiosk was not installed from a bundle, so IT updates it." in widget.note.text()
    assert not widget.install_button.isVisible()


def test_a_version_that_did_not_start_here_is_not_offered_again_and_staff_are_told(qtbot, kiosk, installation) -> None:
    (installation / kiosk_install.FELL_BACK).write_text(f"{OFFERED} {'a' * 64}\n", encoding="utf-8")
    updates.remember_offer(kiosk.store, updates.Offer(OFFERED, "a" * 64, None))
    widget = _panel(qtbot, kiosk, installation)
    assert f"Version {OFFERED} did not start on this kiosk, so it went back to {__version__}." in widget.note.text()
    assert "A new version is ready" not in widget.note.text() and not widget.install_button.isVisible()
    updates.remember_offer(kiosk.store, updates.Offer(OFFERED, "c" * 64, None))  # city hall offers a fixed bundle of it
    fixed = _panel(qtbot, kiosk, installation)
    assert "A new version is ready" in fixed.note.text() and fixed.install_button.isVisible()


def test_nothing_offered_shows_nothing(qtbot, kiosk, installation) -> None:
    assert not _panel(qtbot, kiosk, installation).isVisible()


def test_staff_read_it_in_danish(qtbot, kiosk, installation, stick) -> None:
    updates.remember_offer(kiosk.store, updates.Offer(OFFERED, "a" * 64, None))
    languages = LanguageSwitcher()
    languages.set_language("da")
    try:
        widget = _panel(qtbot, kiosk, installation)
        assert f"Ny version klar: {OFFERED}" in widget.note.text() and widget.install_button.text() == f"Installér version {OFFERED}"
    finally:
        languages.reset()
