"""Over the network the central database is reached only with TLS and a verified certificate
(issue 13); a local socket or localhost needs none, and a lab can say so on purpose."""

from __future__ import annotations

import pytest

from sync.central import INSECURE_ENV, CentralError, connect, tls_options


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
