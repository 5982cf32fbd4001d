"""How the follow-up site is served (``mokoko followup serve``): uvicorn, with a deadline for a
request's headers.

uvicorn's HTTP/1.1 protocol waits for headers as long as a client likes to send them, one byte
at a time: 400 such "slowloris" connections held the site. :class:`HeaderDeadlineProtocol` closes
a connection whose request has not arrived whole within :data:`HEADER_SECONDS` of the connection
(or of the previous response, on a kept-alive connection). The municipality's reverse proxy
does the same in front (``client_header_timeout``); this holds without it too.
"""

from __future__ import annotations

import asyncio
from typing import Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_SECONDS = 10.0  # a phone on a slow line sends its few hundred bytes of headers in well under a second
KEEP_ALIVE_SECONDS = 5
MOST_CONNECTIONS = 500  # more at once get 503 at once instead of waiting


class HeaderDeadlineProtocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, with a deadline for each request's headers."""

    header_seconds = HEADER_SECONDS

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._deadline: asyncio.TimerHandle | None = None
        super().connection_made(transport)
        self._arm()

    def _arm(self) -> None:
        self._cancel()
        self._deadline = self.loop.call_later(self.header_seconds, self._too_slow)

    def _cancel(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _too_slow(self) -> None:
        self._deadline = None
        if self.cycle is None or self.cycle.response_complete:  # still waiting for a request's headers
            self.transport.close()

    def data_received(self, data: bytes) -> None:
        waiting_for = self.cycle
        super().data_received(data)
        if self.cycle is not waiting_for:  # a whole request (its headers) has arrived
            self._cancel()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():  # kept alive: the next request's headers have a deadline too
            self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel()
        super().connection_lost(exc)


def config(app: Any, host: str, port: int, *, behind_proxy: bool = False, header_seconds: float = HEADER_SECONDS) -> uvicorn.Config:
    """The site's server: on ``host:port``, trusting X-Forwarded-For from a proxy on this machine
    when ``behind_proxy``, with the header deadline, and quiet (the access log would hold codes)."""
    protocol = type("SiteProtocol", (HeaderDeadlineProtocol,), {"header_seconds": header_seconds})
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http=protocol,
        proxy_headers=behind_proxy,
        forwarded_allow_ips="127.0.0.1",
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        limit_concurrency=MOST_CONNECTIONS,
        server_header=False,
        access_log=False,
        log_level="warning",
    )
