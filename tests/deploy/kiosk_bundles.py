"""What the container-PC tests share: a bundle of this checkout or of a copy of it changed into the
next version (tools/kiosk_bundle.py), a container PC's bare environment, and no network."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def tool(name: str) -> str | None:
    return shutil.which(name, path="/usr/sbin:/usr/bin:/sbin:/bin")


def no_network() -> list[str]:
    """A command prefix that takes the network away (unshare -n, as root), or [] where it cannot."""
    unshare = tool("unshare")
    if unshare and os.geteuid() == 0 and subprocess.run([unshare, "-n", "true"], capture_output=True).returncode == 0:
        return [unshare, "-n"]
    return []


def clean(home: Path) -> dict[str, str]:
    """A container PC: Debian's own python3, no pip configuration, nothing of the tests' environment."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "PIP_CONFIG_FILE": os.devnull, "TZ": "Europe/Copenhagen"}


def make_bundle(source: Path, out: Path) -> Path:
    """The offline bundle of the source tree ``source`` in ``out``."""
    made = subprocess.run([sys.executable, str(source / "tools" / "kiosk_bundle.py"), "--out", str(out)], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr[-2000:]
    return out


def next_version(into: Path, version: str, *, migrations: tuple[str, ...], changes: dict[str, tuple[str, str]] | None = None) -> Path:
    """This checkout's files (as git sees them, committed or not) copied to ``into`` as ``version``,
    with more migrations of the kiosk's store (``migrations``: their revisions, each after the one
    before, the first after the newest) and ``changes`` (file -> (text, replacement))."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, capture_output=True, check=True)
    for name in filter(None, listed.stdout.decode().split("\0")):
        if (ROOT / name).is_file():
            (into / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, into / name)
    from mokoko_desktop import __version__
    from mokoko_desktop.store_file import SCHEMA_HEAD

    edits = {
        "pyproject.toml": (f'version = "{__version__}"', f'version = "{version}"'),
        "mokoko_desktop/__init__.py": (f'__version__ = "{__version__}"', f'__version__ = "{version}"'),
        **(changes or {}),
    }
    for name, (text, replacement) in edits.items():
        before = (into / name).read_text(encoding="utf-8")
        assert text in before, f"{name} has no {text!r}"
        (into / name).write_text(before.replace(text, replacement, 1), encoding="utf-8")
    versions = into / "mokoko_desktop" / "migrations" / "versions"
    newest = max(path.name.split("_")[0] for path in versions.glob("0*.py"))
    for revision in migrations:
        (versions / f"{revision}_rehearsal.py").write_text(
            f'"""A later version\'s own change to the store (a test\'s).\n\nRevision ID: {revision}\nRevises: {newest}\n"""\n\n'
            "import sqlalchemy as sa\nfrom alembic import op\n\n"
            f'revision = "{revision}"\ndown_revision = "{newest}"\nbranch_labels = None\ndepends_on = None\n\n\n'
            f'def upgrade() -> None:\n    op.create_table("rehearsal_{revision}", sa.Column("id", sa.Integer, primary_key=True))\n\n\n'
            f'def downgrade() -> None:\n    op.drop_table("rehearsal_{revision}")\n',
            encoding="utf-8",
        )
        newest = revision
    head = into / "mokoko_desktop" / "store_file.py"  # the newest migration, named where the store looks first
    text = head.read_text(encoding="utf-8")
    assert text.count(f'SCHEMA_HEAD = "{SCHEMA_HEAD}"') == 1
    head.write_text(text.replace(f'SCHEMA_HEAD = "{SCHEMA_HEAD}"', f'SCHEMA_HEAD = "{newest}"'), encoding="utf-8")
    return into
