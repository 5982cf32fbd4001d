"""Write the locks: exact versions, with hashes, of everything the demo and the tests install.

    python tools/lock.py        # needs pip-tools (in the test extra); run it after changing a dependency

``requirements/demo.lock`` (the README's first command), ``requirements/test.lock`` (its
second, and ``.ci/run``) and ``requirements/kiosk.lock`` (what a container PC installs from the
offline bundle, ``tools/kiosk_bundle.py``) are resolved from ``pyproject.toml`` for Linux and CPython 3.11, the
container PC's and CI's; ``pip install -r`` with hashes refuses any file whose hash differs. The
project itself is not in a lock: it is installed after, with ``pip install --no-deps -e .``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCKS = {
    "demo": ROOT / "requirements" / "demo.lock",
    "test": ROOT / "requirements" / "test.lock",
    "kiosk": ROOT / "requirements" / "kiosk.lock",  # the container PC's offline bundle (tools/kiosk_bundle.py)
}


def compile_lock(extra: str, out: Path) -> None:
    out.parent.mkdir(exist_ok=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "piptools",
            "compile",
            "--quiet",
            "--extra",
            extra,
            "--generate-hashes",
            "--strip-extras",
            "--no-emit-index-url",
            "--no-emit-find-links",
            "--annotation-style",
            "line",
            "--no-header",
            "--unsafe-package",
            "mokoko-desktop",
            "--output-file",
            str(out),
            str(ROOT / "pyproject.toml"),
        ],
        check=True,
        cwd=ROOT,
    )
    text = out.read_text(encoding="utf-8").split("# WARNING: The following packages were not pinned")[0]  # only ourselves
    lines = [line for line in text.splitlines() if "mokoko-desktop" not in line.split("#")[0]]
    header = f"# Exact versions with hashes for pip install -r (the '{extra}' extra). Written by: python tools/lock.py\n"
    out.write_text(header + "\n".join(lines).rstrip() + "\n", encoding="utf-8")


def main() -> int:
    for extra, out in LOCKS.items():
        compile_lock(extra, out)
        print(f"Wrote {out.relative_to(ROOT)} ({sum(line.count('==') for line in out.read_text().splitlines())} packages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
