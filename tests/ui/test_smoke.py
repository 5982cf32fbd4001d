"""`mokoko kiosk --smoke --screenshot` starts, paints its first frame and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage


def test_smoke_start_prints_startup_time_and_saves_the_first_frame(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    # The first start has no start screen snapshot yet; the second paints from it.
    for run in ("first", "second"):
        shot = tmp_path / f"{run}.png"
        result = subprocess.run(
            [sys.executable, "-m", "mokoko_desktop", "kiosk", "--demo", "--data-dir", str(tmp_path / "d"),
             "--screenshot", str(shot), "--size", "1280x800"],
            capture_output=True, text=True, env=env, timeout=120,
        )
        assert result.returncode == 0, result.stderr
        seconds = float(result.stdout.strip().splitlines()[-1])
        assert 0 < seconds < 60
        image = QImage(str(shot))
        assert (image.width(), image.height()) == (1280, 800)
        colours = {image.pixel(x, y) for x in range(0, 1280, 37) for y in range(0, 800, 23)}
        assert len(colours) > 5  # a painted screen, not a blank one
    assert (tmp_path / "d" / "start_screen.json").exists()
