"""The municipality's mail server: how it is given (``HOST:PORT``, TLS, a login) and a connection
to it, encrypted as asked, its certificate verified (for :mod:`city_hall.notify`)."""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass, field

SMTP_TIMEOUT = 30
DEFAULT_SENDER = "MOKOKO <mokoko@localhost>"


@dataclass(frozen=True)
class SmtpServer:
    """The municipality's mail server. ``tls``: "" (plain, a server on this machine), "starttls" or
    "implicit" (port 465); the certificate is checked against the system's CAs or ``cafile``.
    ``user``/``password``: SMTP AUTH (only over TLS)."""

    host: str
    port: int = 25
    tls: str = ""
    sender: str = DEFAULT_SENDER
    user: str = ""
    password: str = field(default="", repr=False)
    cafile: str | None = None

    def tls_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.cafile)


TLS_MODES = ("", "starttls", "implicit")


def smtp_server(
    text: str, *, tls: str = "", sender: str = DEFAULT_SENDER, user: str = "", password: str = "", cafile: str | None = None
) -> SmtpServer:
    """``HOST:PORT`` as typed (the CLI's ``--smtp`` and the office app's); ValueError says what is wrong."""
    host, _, port = text.strip().rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"The mail server must be given as HOST:PORT, like mail.randers.dk:25, not {text!r}.")
    if tls not in TLS_MODES:
        raise ValueError(f"The mail server's encryption is starttls or implicit, not {tls!r}.")
    if user and not tls:
        raise ValueError("A mail server login (--smtp-user) goes only over an encrypted connection: add --starttls or --smtp-tls.")
    return SmtpServer(host, int(port), tls, sender, user, password, cafile)


def connect(server: SmtpServer) -> smtplib.SMTP:
    """A connection to the mail server: encrypted as asked, its certificate verified, logged in."""
    smtp: smtplib.SMTP
    if server.tls == "implicit":
        smtp = smtplib.SMTP_SSL(server.host, server.port, timeout=SMTP_TIMEOUT, context=server.tls_context())
    else:
        smtp = smtplib.SMTP(server.host, server.port, timeout=SMTP_TIMEOUT)
    try:
        if server.tls == "starttls":
            smtp.starttls(context=server.tls_context())
        if server.user:
            smtp.login(server.user, server.password)
    except BaseException:
        drop(smtp)
        raise
    return smtp


def drop(smtp: smtplib.SMTP | None) -> None:
    if smtp is not None:
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()
