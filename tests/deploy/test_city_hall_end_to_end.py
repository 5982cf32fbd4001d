"""Issue 29: city hall's side on real services. A PostgreSQL cluster prepared by 'mokoko central
prepare-cluster' (TLS with a certificate of the test's CA, kiosks by client certificate), a kiosk
that syncs over verified TLS with its certificate and no password, a person at city hall who
answers over TLS, and the follow-up site ('mokoko followup serve', a process of its own) behind
deploy/'s nginx: a citizen's HTTPS request, verified against the test's CA, shows the reply. And
what the cluster refuses: a kiosk without its certificate, or with another kiosk's, anybody
without TLS, the administrator from the network."""

from __future__ import annotations

import http.client
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
import pytest

from central_database.cluster_setup import HBA_BEFORE
from shared_kernel.command_line import main
from tests.deploy.cluster import Cluster, prepared_cluster, server_programs
from tests.deploy.proxy import nginx_program, running_proxy
from tests.mail_server import free_port

CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "demo" / "catalogue.json"
REPLY = "Vi sætter bænke op ved åen til foråret."


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    programs = server_programs()
    if programs is None:
        pytest.skip("no PostgreSQL 16 or newer with TLS here, and tools/postgresql_tls.py could not install one (it needs npm)")
    with prepared_cluster(programs, CATALOGUE, office_network=["127.0.0.1/32"], web_host=["127.0.0.1/32"]) as running:
        yield running


def _last_line(capsys) -> str:
    return capsys.readouterr().out.strip().splitlines()[-1]


def _with(url: str, **changes: str | None) -> str:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    query.update({name: value for name, value in changes.items() if value is not None})
    for name in [name for name, value in changes.items() if value is None]:
        query.pop(name, None)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query, safe="/"), parts.fragment))


def _refused(url: str) -> str:
    with pytest.raises(psycopg.OperationalError) as refusal:
        psycopg.connect(url, connect_timeout=5).close()
    return str(refusal.value)


def test_a_kiosk_syncs_over_tls_with_its_certificate_and_a_citizen_reads_the_reply_through_the_proxy(cluster, tmp_path, capsys) -> None:
    if nginx_program() is None:
        pytest.skip("nginx is not installed on this machine (.ci/run installs it with apt-get where it may)")
    server = f"127.0.0.1:{cluster.port}"
    admin = ["--url-file", str(cluster.admin_url_file)]
    certificates = tmp_path / "kiosk-tls"
    assert main(["central", "add-device", "Containeren", *admin, "--client-certificate", str(certificates), "--server", server]) == 0
    said = capsys.readouterr().out
    kiosk_url = said.strip().splitlines()[-1]
    login = kiosk_url.split("://", 1)[1].split("@", 1)[0]
    assert ":" not in login and "password" not in kiosk_url and f"sslcert={certificates}/kiosk.crt" in kiosk_url
    assert f"common name {login}" in said
    cluster.client_certificate(login, certificates)

    data = tmp_path / "kiosk"
    assert main(["idea", "add", "--demo", "--data-dir", str(data), "--theme", "aeldre", "--text", "Flere bænke ved åen"]) == 0
    code = capsys.readouterr().out.split()[-1]
    assert main(["sync", "--central-url", kiosk_url, "--data-dir", str(data)]) == 0
    capsys.readouterr()
    with psycopg.connect(cluster.superuser_url) as connection:
        assert connection.execute("SELECT count(*) FROM mokoko.idea WHERE receipt_code = %s", (code.replace("-", ""),)).fetchone() == (1,)
    with psycopg.connect(kiosk_url) as connection:  # the kiosk's session: TLS, with its certificate (whose name is the login: cert)
        row = connection.execute("SELECT ssl, client_serial FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
    assert row is not None and row[0] is True and row[1] is not None

    assert main(["central", "add-office-user", "Mette Østergård", *admin, "--server", server, "--root-cert", str(cluster.root_cert)]) == 0
    office_url = _last_line(capsys)
    assert "sslmode=verify-full" in office_url
    assert main(["office", "reply", code, "--status", "in-progress", "--text", REPLY, "--url", office_url]) == 0
    assert main(["central", "add-web-reader", "borger.example.dk", *admin, "--server", server, "--root-cert", str(cluster.root_cert)]) == 0
    reader_file = tmp_path / "reader.url"
    reader_file.write_text(_last_line(capsys) + "\n", encoding="utf-8")
    reader_file.chmod(0o600)

    port = free_port()
    program = "import sys; from shared_kernel.command_line import main; sys.exit(main(sys.argv[1:]))"
    site_log = (tmp_path / "site.log").open("wb")
    site = subprocess.Popen(
        [sys.executable, "-c", program, "followup", "serve", "--url-file", str(reader_file), "--port", str(port), "--behind-proxy"],
        env={**os.environ, "MOKOKO_ALLOW_INSECURE_CENTRAL": ""},
        stdout=site_log,
        stderr=subprocess.STDOUT,
    )
    (tmp_path / "nginx").mkdir()
    try:
        with running_proxy(port, tmp_path / "nginx") as proxy:
            deadline, status, body = time.monotonic() + 20, 0, ""
            while time.monotonic() < deadline and status != 200:
                https = http.client.HTTPSConnection("127.0.0.1", proxy.https_port, context=proxy.context, timeout=10)
                https.request("GET", f"/f/{code}")
                response = https.getresponse()
                status, body = response.status, response.read().decode()
                https.close()
                if status != 200:
                    time.sleep(0.2)  # sleep-ok: the site's process has no signal for "listening"
    finally:
        site.terminate()
        site.wait(timeout=10)
        site_log.close()
    assert status == 200, (tmp_path / "site.log").read_text(encoding="utf-8", errors="replace")[-2000:]
    assert REPLY in body and "Flere bænke" not in body  # the reply, never the citizen's text

    assert main(["sync", "--central-url", kiosk_url, "--data-dir", str(data)]) == 0
    assert main(["idea", "show", code, "--data-dir", str(data)]) == 0
    assert REPLY in capsys.readouterr().out  # the reply came back to the kiosk too


def test_the_cluster_refuses_what_prepare_cluster_did_not_let_in(cluster, tmp_path, capsys) -> None:
    server = f"127.0.0.1:{cluster.port}"
    admin = ["--url-file", str(cluster.admin_url_file)]
    assert main(["central", "add-device", "Skuret", *admin, "--client-certificate", str(tmp_path / "a"), "--server", server]) == 0
    kiosk_url = _last_line(capsys)
    login = kiosk_url.split("://", 1)[1].split("@", 1)[0]
    cluster.client_certificate(login, tmp_path / "a")
    psycopg.connect(kiosk_url, connect_timeout=5).close()  # with its certificate: in

    without = _with(kiosk_url, sslcert=None, sslkey=None)
    assert "certificate" in _refused(without)
    cluster.client_certificate("mokoko_kiosk_zzzz", tmp_path / "other")  # another kiosk's certificate
    assert "certificate authentication failed" in _refused(
        _with(kiosk_url, sslcert=str(tmp_path / "other" / "kiosk.crt"), sslkey=str(tmp_path / "other" / "kiosk.key"))
    )
    stranger = tmp_path / "stranger"
    import trustme

    foreign = trustme.CA().issue_cert("kiosk.mokoko.test", common_name=login)  # the right name, signed by someone else
    stranger.mkdir()
    foreign.cert_chain_pems[0].write_to_path(str(stranger / "kiosk.crt"))
    foreign.private_key_pem.write_to_path(str(stranger / "kiosk.key"))
    (stranger / "kiosk.key").chmod(0o600)
    _refused(_with(kiosk_url, sslcert=str(stranger / "kiosk.crt"), sslkey=str(stranger / "kiosk.key")))

    assert main(["central", "add-office-user", "Ib Ørsted", *admin, "--server", server, "--root-cert", str(cluster.root_cert)]) == 0
    office_url = _last_line(capsys)
    psycopg.connect(office_url, connect_timeout=5).close()  # over TLS with the password: in
    assert "rejects connection" in _refused(_with(office_url, sslmode="disable"))  # the same password without TLS: out

    admin_url = cluster.admin_url_file.read_text(encoding="utf-8").strip()
    psycopg.connect(admin_url, connect_timeout=5).close()  # on the server itself: in
    over_network = _with(admin_url, host="127.0.0.1", port=str(cluster.port), sslmode="verify-full", sslrootcert=str(cluster.root_cert))
    assert "rejects connection" in _refused(over_network)  # the administrator from the network: out, even with TLS
    assert (cluster.folder / "data" / HBA_BEFORE).exists()
