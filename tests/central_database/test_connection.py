"""Over the network the central database is reached only with TLS and a verified certificate
(issue 13); a local socket or localhost needs none, and a lab can say so on purpose."""

from __future__ import annotations

import pytest

from central_database.connection import INSECURE_ENV, CentralError, connect, tls_options


@pytest.mark.parametrize(
    ("url", "added"),
    [
        ("postgresql://kiosk:secret@central.randers.dk/mokoko", {"sslmode": "verify-full"}),
        ("postgresql://kiosk:secret@10.0.0.5:5432/mokoko?sslmode=verify-ca", {}),
        ("postgresql://kiosk:secret@central.randers.dk/mokoko?sslmode=verify-full", {}),
        ("postgresql://kiosk:secret@localhost/mokoko", {}),
        ("postgresql://kiosk:secret@/mokoko?host=/run/postgresql", {}),
        ("postgresql://postgres@127.0.0.1:5433/mokoko", {}),
    ],
)
def test_the_network_needs_a_verified_certificate(url, added, monkeypatch) -> None:
    monkeypatch.delenv(INSECURE_ENV, raising=False)
    assert tls_options(url) == added


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer", "require"])
def test_a_url_asking_for_less_is_refused_unless_a_lab_says_so(mode, monkeypatch) -> None:
    monkeypatch.delenv(INSECURE_ENV, raising=False)
    url = f"postgresql://kiosk:secret@central.randers.dk/mokoko?sslmode={mode}"
    with pytest.raises(CentralError, match="verified certificate") as refused:
        connect(url)  # refused before any network traffic
    assert "secret" not in str(refused.value)
    monkeypatch.setenv(INSECURE_ENV, "1")
    assert tls_options(url) == {}


class _CleartextServer:
    """A server on a loopback address other than 127.0.0.1 (so MOKOKO takes it for the network)
    that refuses TLS and asks for the password in clear, as an attacker on the way would: it
    records every byte the client sends."""

    def __init__(self) -> None:
        import socket
        import threading

        self.received = b""
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.2", 0))
        self._listener.listen()
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        import struct

        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with client:
                client.settimeout(5)
                try:
                    self.received += client.recv(8)  # SSLRequest
                    client.sendall(b"N")  # no TLS here
                    self.received += client.recv(4096)  # the startup message, if libpq goes on
                    client.sendall(b"R" + struct.pack("!ii", 8, 3))  # "send me your password in clear"
                    self.received += client.recv(4096)
                except OSError:
                    pass

    def close(self) -> None:
        self._listener.close()


@pytest.fixture
def attacker():
    server = _CleartextServer()
    yield server
    server.close()


@pytest.mark.parametrize("spelling", ["hostaddr", "PGHOST", "PGHOSTADDR", "service", "PGSERVICE"])
def test_tls_however_the_url_names_the_server(spelling, attacker, tmp_path, monkeypatch) -> None:
    """Finding 7 of issue 26: a URL that gave the server as hostaddr= (or through service= or
    PGHOST) had no host, so nothing was added and libpq's sslmode=prefer sent the kiosk's
    password in clear to a server that refused TLS."""
    for name in ("PGHOST", "PGHOSTADDR", "PGSERVICE", "PGSERVICEFILE", "PGSSLMODE", INSECURE_ENV):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PGSSLMODE", "prefer")
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[central]\nhost=127.0.0.2\nport={attacker.port}\n")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    url = {
        "hostaddr": f"postgresql://kiosk:secret-password@/mokoko?hostaddr=127.0.0.2&port={attacker.port}",
        "PGHOST": f"postgresql://kiosk:secret-password@/mokoko?port={attacker.port}",
        "PGHOSTADDR": f"postgresql://kiosk:secret-password@/mokoko?port={attacker.port}",
        "service": "postgresql://kiosk:secret-password@/mokoko?service=central",
        "PGSERVICE": "postgresql://kiosk:secret-password@/mokoko",
    }[spelling]
    if spelling in ("PGHOST", "PGHOSTADDR"):
        monkeypatch.setenv(spelling, "127.0.0.2")
    if spelling == "PGSERVICE":
        monkeypatch.setenv("PGSERVICE", "central")
    assert tls_options(url) == {"sslmode": "verify-full"}
    with pytest.raises(CentralError):
        connect(url)
    assert b"secret-password" not in attacker.received
