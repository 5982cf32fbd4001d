"""Issue 29: the follow-up site behind the real nginx, configured by deploy/'s own site file, over
TLS with a certificate of the test's CA: a citizen's HTTPS request shows city hall's reply, with
HSTS; plain HTTP is sent to HTTPS; and a citizen cannot dodge the rate limit by sending their own
X-Forwarded-For (the proxy replaces it)."""

from __future__ import annotations

import http.client
import ssl
from collections.abc import Iterator

import pytest

from followup_site.app import FollowUpSite, RateLimiter
from tests.deploy.proxy import Proxy, nginx_program, running_proxy
from tests.followup_site.conftest import town  # noqa: F401 - the fixture
from tests.followup_site.serving import serving

LOOKUPS_A_MINUTE = 30


@pytest.fixture
def proxy(town, tmp_path) -> Iterator[Proxy]:  # noqa: F811 - the fixture imported above
    """The site behind nginx: its HTTPS and HTTP ports, and a TLS context trusting the test's CA."""
    if nginx_program() is None:
        pytest.skip("nginx is not installed on this machine (.ci/run installs it with apt-get where it may)")
    site = FollowUpSite(town["reader"], limiter=RateLimiter(limit=LOOKUPS_A_MINUTE))
    with serving(site, behind_proxy=True) as base, running_proxy(int(base.rsplit(":", 1)[1]), tmp_path) as running:
        yield running


def _get(proxy: Proxy, path: str, headers: dict[str, str] | None = None) -> http.client.HTTPResponse:
    connection = http.client.HTTPSConnection("127.0.0.1", proxy.https_port, context=proxy.context, timeout=10)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        response.read()
        return response
    finally:
        connection.close()


def test_a_citizen_reads_the_reply_over_verified_https(proxy, town) -> None:  # noqa: F811
    code = town["idea"]
    connection = http.client.HTTPSConnection("127.0.0.1", proxy.https_port, context=proxy.context, timeout=10)
    connection.request("GET", f"/f/{code}")
    response = connection.getresponse()
    body = response.read().decode()
    connection.close()
    assert response.status == 200 and "Vi har sat cykelstien på budgettet for 2027." in body
    assert response.getheader("Strict-Transport-Security") == "max-age=31536000"
    assert "default-src 'none'" in (response.getheader("Content-Security-Policy") or "")  # the site's own headers pass through
    assert response.getheader("Server") == "nginx"  # no version
    plain = http.client.HTTPConnection("127.0.0.1", proxy.http_port, timeout=10)
    plain.request("GET", f"/f/{code}", headers={"Host": "borger.example.dk"})
    moved = plain.getresponse()
    moved.read()
    plain.close()
    assert moved.status == 301 and moved.getheader("Location") == f"https://borger.example.dk/f/{code}"


def test_an_untrusted_certificate_is_refused(proxy) -> None:
    stranger = ssl.create_default_context()  # trusts the system's CAs, not the test's
    connection = http.client.HTTPSConnection("127.0.0.1", proxy.https_port, context=stranger, timeout=10)
    with pytest.raises(ssl.SSLCertVerificationError):
        connection.request("GET", "/")
    connection.close()


def test_a_citizen_cannot_dodge_the_rate_limit_with_their_own_forwarded_for(proxy, town) -> None:  # noqa: F811
    code = town["idea"]
    statuses = [
        _get(proxy, f"/f/{code}", {"X-Forwarded-For": f"10.0.{number // 250}.{number % 250}"}).status
        for number in range(LOOKUPS_A_MINUTE + 1)
    ]
    assert statuses[:LOOKUPS_A_MINUTE] == [200] * LOOKUPS_A_MINUTE and statuses[-1] == 429
