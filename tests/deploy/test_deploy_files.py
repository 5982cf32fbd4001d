"""Issue 29: what an IT department copies to its servers (deploy/) is checked by the tools that
will run it: every systemd unit by ``systemd-analyze verify``, the reverse proxy's site by
``nginx -t``, with the paths of this machine put in (the installed ``mokoko``, a certificate of
the test's own CA)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import trustme

from tests.commands import MOKOKO

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
UNITS = sorted((DEPLOY / "systemd").iterdir())
INSTALLED = "/opt/mokoko/bin/mokoko"  # where deploy/ expects the program (README: "Running it at city hall")


def _tool(name: str, *where: str) -> str:
    found = shutil.which(name, path=":".join((*where, "/usr/sbin", "/usr/bin", "/sbin", "/bin")))
    if found is None:
        pytest.skip(f"{name} is not installed on this machine (.ci/run installs it with apt-get where it may)")
    return found


def test_every_unit_names_the_installed_program_and_what_the_readme_explains() -> None:
    readme = (DEPLOY.parent / "README.md").read_text(encoding="utf-8")
    assert {unit.suffix for unit in UNITS} == {".service", ".timer"}
    for unit in UNITS:
        assert unit.name in readme, f"the README does not explain {unit.name}"
        if unit.suffix == ".service":
            text = unit.read_text(encoding="utf-8")
            assert INSTALLED + " " in text and "NoNewPrivileges=yes" in text and "ProtectSystem=strict" in text
            assert "DynamicUser=yes" in text or "User=postgres" in text  # a user of its own; the backup must be the superuser
            assert not re.search(r"://[^/\s]*@", text), "a login's URL (with its password) belongs in a credential file, not in the unit"
    for timer in (unit for unit in UNITS if unit.suffix == ".timer"):
        assert timer.with_suffix(".service").exists()


def test_systemd_accepts_every_unit(tmp_path) -> None:
    analyze = _tool("systemd-analyze")
    copies = []
    for unit in UNITS:
        copy = tmp_path / unit.name
        copy.write_text(unit.read_text(encoding="utf-8").replace(INSTALLED, MOKOKO), encoding="utf-8")
        copies.append(str(copy))
    result = subprocess.run([analyze, "verify", "--man=no", *copies], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


def test_nginx_accepts_the_follow_up_site(tmp_path) -> None:
    nginx = _tool("nginx")
    authority = trustme.CA()
    certificate = authority.issue_cert("borger.example.dk")
    tls = tmp_path / "tls"
    tls.mkdir()
    certificate.private_key_pem.write_to_path(str(tls / "followup.key"))
    certificate.cert_chain_pems[0].write_to_path(str(tls / "followup.crt"))
    site = (DEPLOY / "nginx" / "mokoko-followup.conf").read_text(encoding="utf-8").replace("/etc/mokoko/tls", str(tls))
    assert "\n    access_log off;\n" in site  # the privacy notice promises no log of who looked up what
    (tmp_path / "site.conf").write_text(site, encoding="utf-8")
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n  access_log off;\n  client_body_temp_path {tmp_path};\n  include {tmp_path}/site.conf;\n}}\n",
        encoding="utf-8",
    )
    result = subprocess.run([nginx, "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "syntax is ok" in result.stderr and "test is successful" in result.stderr
