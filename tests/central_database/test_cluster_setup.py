"""Issue 29: 'mokoko central prepare-cluster' writes a cluster's TLS settings and pg_hba.conf, or,
given anything it cannot use, says so and writes nothing; and the URLs it prints for other machines.
(The cluster it prepares is run for real in tests/deploy/test_city_hall_end_to_end.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
import trustme
from psycopg.conninfo import conninfo_to_dict

from central_database.cluster_setup import HBA_BEFORE
from central_database.connection import CentralError, url_for_others
from shared_kernel.command_line import main

ORIGINAL_HBA = "local all all trust\n"


@pytest.fixture
def config(tmp_path) -> Path:
    folder = tmp_path / "main"
    folder.mkdir()
    (folder / "postgresql.conf").write_text("port = 5432\n", encoding="utf-8")
    (folder / "pg_hba.conf").write_text(ORIGINAL_HBA, encoding="utf-8")
    authority = trustme.CA()
    server = authority.issue_cert("db.kommune.test")
    server.cert_chain_pems[0].write_to_path(str(tmp_path / "server.crt"))
    server.private_key_pem.write_to_path(str(tmp_path / "server.key"))
    (tmp_path / "server.key").chmod(0o600)
    authority.cert_pem.write_to_path(str(tmp_path / "ca.crt"))
    return folder


def _prepare(config: Path, *extra: str) -> int:
    tls = config.parent
    options = ["--certificate", str(tls / "server.crt"), "--key", str(tls / "server.key"), "--client-ca", str(tls / "ca.crt")]
    return main(["central", "prepare-cluster", "--config-dir", str(config), *options, *extra])


def test_it_writes_tls_settings_and_a_pg_hba_that_lets_each_group_in_only_its_way(config, capsys) -> None:
    assert _prepare(config, "--office-network", "10.20.0.0/16", "--web-host", "10.30.0.5", "--partner-network", "0.0.0.0/0") == 0
    settings = (config / "conf.d" / "mokoko.conf").read_text(encoding="utf-8")
    assert "ssl = on" in settings and f"ssl_ca_file = '{config.parent / 'ca.crt'}'" in settings
    assert "include_dir = 'conf.d'" in (config / "postgresql.conf").read_text(encoding="utf-8")
    rules = [line.split() for line in (config / "pg_hba.conf").read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert rules[1] == ["local", "mokoko", "+mokoko_admin", "scram-sha-256"]
    first_admin_network = next(index for index, rule in enumerate(rules) if rule[0] == "host" and rule[2] == "+mokoko_admin")
    first_kiosk = next(index for index, rule in enumerate(rules) if rule[2] == "+mokoko_kiosk")
    assert first_admin_network < first_kiosk  # the administrator is a member of every group: its rejection comes first
    assert ["hostssl", "mokoko", "+mokoko_kiosk", "0.0.0.0/0", "cert", "clientcert=verify-full"] in rules
    assert ["hostssl", "mokoko", "+mokoko_office", "10.20.0.0/16", "scram-sha-256"] in rules
    assert ["hostssl", "mokoko", "+mokoko_web", "10.30.0.5/32", "scram-sha-256"] in rules
    assert ["hostssl", "mokoko", "+mokoko_partner", "0.0.0.0/0", "scram-sha-256"] in rules  # associations: from anywhere, TLS only
    assert rules[-1][-1] == "reject" and not any(rule[0] == "host" and rule[-1] != "reject" for rule in rules)  # no plain TCP
    assert (config / HBA_BEFORE).read_text(encoding="utf-8") == ORIGINAL_HBA
    assert "createdb mokoko" in capsys.readouterr().out

    assert _prepare(config, "--office-network", "10.21.0.0/16") == 0  # again: the file before MOKOKO's is kept, not overwritten
    assert (config / HBA_BEFORE).read_text(encoding="utf-8") == ORIGINAL_HBA
    assert "10.21.0.0/16" in (config / "pg_hba.conf").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (lambda config: ["--office-network", "city hall"], "is not a network"),
        (lambda config: (config.parent / "server.key").chmod(0o644) or [], "can be read by others"),
        (lambda config: (config.parent / "ca.crt").write_text("not a certificate") and [], "holds no PEM certificate"),
        (lambda config: (config / "postgresql.conf").unlink() or [], "is not a cluster's configuration folder"),
    ],
)
def test_what_it_cannot_use_is_told_and_nothing_is_written(config, capsys, change, says) -> None:
    extra = change(config)
    assert _prepare(config, *extra) == 1
    assert says in capsys.readouterr().err
    assert (config / "pg_hba.conf").read_text(encoding="utf-8") == ORIGINAL_HBA and not (config / "conf.d").exists()


def test_a_login_is_given_the_address_its_own_machine_reaches_the_server_at() -> None:
    socket = "postgresql://mokoko_kiosk_ab12@/mokoko?host=%2Fvar%2Frun%2Fpostgresql&port=5432"
    kiosk = url_for_others(socket, server="db.kommune.dk", certificate_dir="/etc/mokoko-kiosk/tls")
    assert kiosk.startswith("postgresql://mokoko_kiosk_ab12@db.kommune.dk/mokoko?") and "host=" not in kiosk
    assert "sslcert=/etc/mokoko-kiosk/tls/kiosk.crt" in kiosk and "sslrootcert=/etc/mokoko-kiosk/tls/root.crt" in kiosk
    assert "sslmode=verify-full" in kiosk
    office = url_for_others("postgresql://office_ib:pw@/mokoko?host=/run", server="db:5433", root_cert="C:/mokoko/ca.crt")
    assert conninfo_to_dict(office) == {
        "user": "office_ib",
        "password": "pw",
        "host": "db",
        "port": "5433",
        "dbname": "mokoko",
        "sslrootcert": "C:/mokoko/ca.crt",
        "sslmode": "verify-full",
    }
    assert url_for_others(socket) == socket.replace("%2F", "/")  # nothing asked, nothing changed
    with pytest.raises(CentralError, match="not a server's address"):
        url_for_others(socket, server="db.kommune.dk/evil?sslmode=disable")
