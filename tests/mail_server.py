"""A real local SMTP server for tests (aiosmtpd), and a free port on loopback."""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from city_hall.smtp import SmtpServer


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class MailServer:
    """What the SMTP server received; it can hang up after DATA, or refuse addresses."""

    def __init__(self) -> None:
        self.received: list[EmailMessage] = []
        self.hang_up_after_data = 0
        self.refused: set[str] = set()

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: list[str]) -> str:  # noqa: N802
        if address in self.refused:
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        if self.hang_up_after_data:
            self.hang_up_after_data -= 1
            server.transport.close()  # the message is not taken: the client never hears "250"
            return "421 closing"
        self.received.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted for delivery"


LOGIN, PASSWORD = "mokoko", "en hemmelig adgangskode"


def _authenticate(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
    correct = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (LOGIN.encode(), PASSWORD.encode())
    return AuthResult(success=correct, handled=False)


@contextmanager
def running_mail_server(
    tls: str = "", certificate: ssl.SSLContext | None = None, login: bool = False
) -> Iterator[tuple[MailServer, SmtpServer]]:
    """A mail server on loopback. ``tls``: "starttls" (required before anything is sent) or
    "implicit", with ``certificate`` (a server context); ``login``: SMTP AUTH required
    (:data:`LOGIN`, :data:`PASSWORD`)."""
    handler = MailServer()
    options: dict[str, Any] = {}
    if tls == "starttls":
        options.update(tls_context=certificate, require_starttls=True)
    elif tls == "implicit":
        options.update(ssl_context=certificate)
    if login:
        options.update(authenticator=_authenticate, auth_required=True)
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), **options)
    controller.start()
    try:
        yield handler, SmtpServer("127.0.0.1", controller.port, sender="MOKOKO <mokoko@randers.dk>")
    finally:
        controller.stop()
