"""Kiosk start-up to first frame, against a bare PySide6 window, in the same run.

    python benchmarks/startup.py [--runs 7]

"First frame" is timed inside each process, from its first line of own code to the first
paint of its window (the kiosk prints this with --smoke; the bare window measures the same
way). Goal: the kiosk takes at most 2x the bare window. Whole-process wall times (interpreter
start, opening the database and exiting included) are printed too. Runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE_WINDOW = r"""
import time
STARTED_AT = time.perf_counter()
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
class Painted(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            Painted.seen = True
        return False
window = QLabel("MOKOKO")
watcher = Painted()
window.installEventFilter(watcher)
window.resize(1280, 800)
window.show()
while not Painted.seen:
    app.processEvents()
print(f"{time.perf_counter() - STARTED_AT:.3f}")
"""


def _time(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(first frame as the process measured it, whole process wall time)."""
    started = time.perf_counter()
    result = subprocess.run(command, check=True, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    return float(result.stdout.strip().splitlines()[-1]), wall


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    data_dir = tempfile.mkdtemp(prefix="mokoko-bench-")
    kiosk = [sys.executable, "-m", "mokoko_desktop", "kiosk", "--demo", "--smoke", "--data-dir", data_dir]
    bare = [sys.executable, "-c", BARE_WINDOW]
    _time(kiosk, env)  # first run creates and migrates the database; not counted
    _time(bare, env)
    kiosk_runs, bare_runs = [], []
    for _ in range(args.runs):  # interleaved, so both see the same machine load
        kiosk_runs.append(_time(kiosk, env))
        bare_runs.append(_time(bare, env))
    kiosk_frame = statistics.median(run[0] for run in kiosk_runs)
    bare_frame = statistics.median(run[0] for run in bare_runs)
    kiosk_wall = statistics.median(run[1] for run in kiosk_runs)
    bare_wall = statistics.median(run[1] for run in bare_runs)
    print(f"runs: {args.runs} each, interleaved; medians")
    print(f"bare PySide6 window: first frame {bare_frame:.3f} s, whole process {bare_wall:.3f} s")
    print(f"MOKOKO kiosk:        first frame {kiosk_frame:.3f} s, whole process {kiosk_wall:.3f} s "
          "(whole process includes opening the database and attaching the core)")
    print(f"ratio first frame kiosk / bare: {kiosk_frame / bare_frame:.2f} (goal: at most 2.00)")
    print(f"ratio whole process kiosk / bare: {kiosk_wall / bare_wall:.2f}")


if __name__ == "__main__":
    main()
