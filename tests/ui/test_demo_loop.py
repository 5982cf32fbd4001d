"""Issue 29: the demo closes the loop on one machine. 'mokoko kiosk --demo' starts its own central
database and the follow-up site beside it, points the receipts' QR codes at the site (also with
--smoke), prints the administrator's URL and the site's address, and says what it stops on quit;
a citizen's code then shows city hall's reply on the site."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.demo_followup import point_receipts_here
from shared_kernel.command_line import main
from shared_kernel.texts import DEFAULT_FOLLOWUP_URL_TEMPLATE
from tests.commands import MOKOKO

REPLY = "Vi sætter bænke op til foråret."


def _environment() -> dict[str, str]:
    return {**{k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}, "QT_QPA_PLATFORM": "offscreen"}


def _template(data: Path) -> str:
    kiosk = open_kiosk(data)
    try:
        return str(kiosk.settings.get("followup_url_template"))
    finally:
        kiosk.close()


def test_the_demo_kiosk_serves_the_follow_up_site_its_receipts_lead_to(tmp_path, capsys) -> None:
    data = tmp_path / "demo"
    kiosk = subprocess.Popen(
        [MOKOKO, "kiosk", "--demo", "--windowed", "--data-dir", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=_environment(),
    )
    try:
        lines: list[str] = []
        assert kiosk.stdout is not None
        while not any("the follow-up site is at" in line for line in lines):
            line = kiosk.stdout.readline()
            assert line, f"the kiosk ended before it said where the site is: {lines}"
            lines.append(line)
        said = "".join(lines)
        assert "administrator URL" in said and "postgresql://mokoko_administrator:" in said
        home = re.search(r"the follow-up site is at (http://[0-9.]+:(\d+))/", said)
        assert home is not None and _template(data) == f"{home[1]}/f/{{code}}"

        assert main(["idea", "add", "--demo", "--data-dir", str(data), "--theme", "aeldre", "--text", "Bænke ved åen"]) == 0
        code = capsys.readouterr().out.split()[-1]
        assert main(["sync", "--data-dir", str(data)]) == 0
        assert main(["central", "add-office-user", "Karen Rådhus", "--url-file", str(data / "central" / "admin-url")]) == 0
        person = capsys.readouterr().out.strip().splitlines()[-1]
        assert main(["office", "reply", code, "--status", "in-progress", "--text", REPLY, "--url", person]) == 0
        deadline, page = time.monotonic() + 30, ""
        while REPLY not in page and time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{home[2]}/f/{code}", timeout=5) as response:
                    page = response.read().decode()
            except OSError:
                time.sleep(0.2)  # sleep-ok: the site's process has no signal for "listening"
        assert REPLY in page
    finally:
        kiosk.send_signal(signal.SIGTERM)
        rest, _ = kiosk.communicate(timeout=60)
    assert "Stopping the demo's follow-up site" in rest and "Stopping the demo's central database" in rest
    assert kiosk.returncode == 0


def test_smoke_points_the_receipts_at_the_demo_site_but_never_a_municipalitys_own(tmp_path) -> None:
    data = tmp_path / "demo"
    smoke = subprocess.run(
        [MOKOKO, "kiosk", "--demo", "--smoke", "--data-dir", str(data)], capture_output=True, text=True, env=_environment(), timeout=120
    )
    assert smoke.returncode == 0, smoke.stderr
    assert re.fullmatch(r"http://[0-9.]+:\d+/f/\{code\}", _template(data))

    kiosk = open_kiosk(tmp_path / "municipality")
    try:
        assert kiosk.settings.get("followup_url_template") == DEFAULT_FOLLOWUP_URL_TEMPLATE
        kiosk.settings.set("followup_url_template", "https://borger.randers.dk/f/{code}")
        assert not point_receipts_here(kiosk, "http://10.0.0.5:8470")
        assert kiosk.settings.get("followup_url_template") == "https://borger.randers.dk/f/{code}"
    finally:
        kiosk.close()
