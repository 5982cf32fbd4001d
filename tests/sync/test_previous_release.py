"""Issue 29: upgrades in a fleet. City hall upgrades the central database first; kiosks follow at
their next stop, so for a while kiosks of the previous version sync with the new central schema.
Here the previous version is taken from git history and run as its own process against a central
database at this version's newest revision: it sends an idea, city hall answers, and it shows the
answer. Against a real PostgreSQL."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from central_database.devices import add_device
from central_database.fleet import fleet
from tests.conftest import office_of

ROOT = Path(__file__).resolve().parents[2]
# The version kiosks in the field run until they are updated: the last commit before central
# migration c0025 (the fleet's health), which the kiosks of this version report to.
PREVIOUS_RELEASE = "15a8129ad098e985417b89bdc541146392a3b10f"
PROGRAM = "import sys; from shared_kernel.command_line import main; sys.exit(main(sys.argv[1:]))"


@pytest.fixture(scope="module")
def previous_release(tmp_path_factory) -> Path:
    known = subprocess.run(["git", "-C", str(ROOT), "cat-file", "-e", f"{PREVIOUS_RELEASE}^{{commit}}"], capture_output=True)
    if known.returncode != 0:
        pytest.skip(f"the previous release ({PREVIOUS_RELEASE[:7]}) is not in this clone's history (a shallow clone?)")
    folder = tmp_path_factory.mktemp("previous-release")
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", PREVIOUS_RELEASE], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if hasattr(tarfile, "data_filter"):  # Python 3.11.4 and newer; Debian 12's 3.11.2 has no filters
            tar.extractall(folder, filter="data")
        else:
            tar.extractall(folder)
    return folder


def _run_previous(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The previous release's ``mokoko`` (its code first on the path; the same locked libraries)."""
    environment = {**os.environ, "PYTHONPATH": str(folder)}
    return subprocess.run([sys.executable, "-c", PROGRAM, *args], cwd=folder, env=environment, capture_output=True, text=True, timeout=120)


def test_a_kiosk_of_the_previous_release_syncs_after_the_central_upgrade(previous_release, owner_url, admin_url, tmp_path) -> None:
    where = subprocess.run(
        [sys.executable, "-c", "import sync.engine; print(sync.engine.__file__)"],
        cwd=previous_release,
        env={**os.environ, "PYTHONPATH": str(previous_release)},
        capture_output=True,
        text=True,
    )
    assert where.stdout.strip().startswith(str(previous_release))  # the old code runs, not this checkout's
    kiosk_url = add_device(owner_url, "Den gamle kiosk").url  # the central schema is at this version's head (c0025 and later)
    data = str(tmp_path / "old-kiosk")
    added = _run_previous(previous_release, "idea", "add", "--demo", "--data-dir", data, "--theme", "aeldre", "--text", "Bænke ved åen")
    assert added.returncode == 0, added.stderr[-2000:]
    code = added.stdout.split()[-1]
    synced = _run_previous(previous_release, "sync", "--central-url", kiosk_url, "--data-dir", data)
    assert synced.returncode == 0, synced.stderr[-2000:]

    office_of(owner_url).reply(code, "in-progress", "Vi sætter bænke op til foråret.")
    again = _run_previous(previous_release, "sync", "--central-url", kiosk_url, "--data-dir", data)
    assert again.returncode == 0, again.stderr[-2000:]
    shown = _run_previous(previous_release, "idea", "show", code, "--data-dir", data)
    assert shown.returncode == 0 and "Vi sætter bænke op til foråret." in shown.stdout

    (old,) = fleet(admin_url)
    assert old.device == "Den gamle kiosk" and old.last_contact is None and old.alerts == ()  # it predates the health report
