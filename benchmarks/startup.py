"""Kiosk start-up against a bare PySide6 window, and a one-shot command, in the same run.

    python benchmarks/startup.py [--runs 5]

Whole-process first frame: from the moment the process is spawned to the first paint of its
window (each process prints the Unix time of its first paint; the kiosk with ``--smoke``). The
kiosk (``mokoko kiosk --demo --smoke``, from its start screen snapshot, as on every start but
the very first) and a bare PySide6 window are run alternately, so both see the same machine load.
Goal: the kiosk at most 4x the bare window. Also printed: the whole smoke run (first frame, then
opening the database and exiting) and ``mokoko idea show CODE`` (goal: at most 0.6 s).
Runs offscreen. Prints figures; asserts nothing.
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
import sys, time
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
print(f"First frame painted at {time.time():.6f} (Unix time)")
"""


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(whole-process first frame, whole-process wall time, output) of one run."""
    spawned, started = time.time(), time.perf_counter()
    result = subprocess.run(command, check=True, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    painted = [line for line in result.stdout.splitlines() if line.startswith("First frame painted at ")]
    first_frame = float(painted[-1].split()[4]) - spawned if painted else float("nan")
    return first_frame, wall, result.stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    data_dir = tempfile.mkdtemp(prefix="mokoko-bench-")
    mokoko = [sys.executable, "-m", "mokoko_desktop"]
    kiosk = [*mokoko, "kiosk", "--demo", "--smoke", "--data-dir", data_dir]
    bare = [sys.executable, "-c", BARE_WINDOW]
    _run(kiosk, env)  # the first start creates the database and the start screen snapshot; not counted
    _run(bare, env)
    code = _run([*mokoko, "idea", "add", "--data-dir", data_dir, "--theme", "andet", "--text", "Bænke ved åen"], env)[2]
    show = [*mokoko, "idea", "show", code.strip().splitlines()[-1], "--data-dir", data_dir]
    kiosk_runs, bare_runs, show_runs = [], [], []
    for _ in range(args.runs):  # interleaved, so all see the same machine load
        kiosk_runs.append(_run(kiosk, env))
        bare_runs.append(_run(bare, env))
        show_runs.append(_run(show, env)[1])
    kiosk_frame = statistics.median(run[0] for run in kiosk_runs)
    bare_frame = statistics.median(run[0] for run in bare_runs)
    kiosk_wall = statistics.median(run[1] for run in kiosk_runs)
    bare_wall = statistics.median(run[1] for run in bare_runs)
    print(f"runs: {args.runs} each, interleaved; medians; whole process (from spawning it)")
    print(f"bare PySide6 window: first frame {bare_frame:.3f} s, whole process {bare_wall:.3f} s")
    print(
        f"MOKOKO kiosk:        first frame {kiosk_frame:.3f} s, whole smoke run {kiosk_wall:.3f} s "
        "(the smoke run also opens the database and attaches the core after the first frame)"
    )
    print(f"ratio whole-process first frame kiosk / bare: {kiosk_frame / bare_frame:.2f} (goal: at most 4.00)")
    print(f"ratio whole smoke run kiosk / bare window: {kiosk_wall / bare_wall:.2f}")
    print(f"mokoko idea show CODE: {statistics.median(show_runs):.3f} s whole process (goal: at most 0.6 s)")


if __name__ == "__main__":
    main()
