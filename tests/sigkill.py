"""Killing a kiosk process with SIGKILL at random moments, for the crash-safety tests."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from shared_kernel.receipt_codes import CODE_LENGTH


def codes_shown_before_sigkill(script: str, args: list[str], *, rounds: int, seed: int, max_delay: float) -> list[str]:
    """Run ``script`` (which prints ``ready``, then one receipt code per stored idea) ``rounds``
    times, killing it with SIGKILL a random while after it is ready. Returns every code it printed."""
    rng = random.Random(seed)
    shown: list[str] = []
    for _round in range(rounds):
        child = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True, env=os.environ.copy())
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        # The point is a random moment for the kill, not waiting for something to happen:
        time.sleep(rng.uniform(0.02, max_delay))  # sleep-ok
        child.send_signal(signal.SIGKILL)
        output, _ = child.communicate()
        shown += [line for line in output.split() if len(line) == CODE_LENGTH]
    return shown
