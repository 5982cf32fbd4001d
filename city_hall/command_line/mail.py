"""The mail server options of ``office notify`` and ``office app``: where, encrypted how, logged in
with which password (from a file or the environment, never the command line)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from shared_kernel.command_line import Refused

if TYPE_CHECKING:
    from city_hall.notify import MailSettings

SMTP_PASSWORD_ENV = "MOKOKO_SMTP_PASSWORD"


def add_mail_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    """The mail server and the e-mails' link: ``office notify``, and ``office app`` (which then
    sends what is due on a timer)."""
    parser.add_argument(
        "--smtp",
        required=required,
        metavar="HOST:PORT",
        help="the municipality's mail server" + ("" if required else "; the app then sends the e-mails that are due while it is open"),
    )
    encrypted = parser.add_mutually_exclusive_group()
    encrypted.add_argument("--starttls", action="store_true", help="encrypt the connection to the mail server (STARTTLS, port 587/25)")
    encrypted.add_argument("--smtp-tls", action="store_true", help="an encrypted connection from the start (implicit TLS, port 465)")
    parser.add_argument("--smtp-cafile", metavar="FILE", help="the CA that signed the mail server's certificate (default: the system's)")
    parser.add_argument("--smtp-user", default="", metavar="LOGIN", help="log in to the mail server (SMTP AUTH, only encrypted)")
    parser.add_argument(
        "--smtp-password-file",
        type=Path,
        metavar="FILE",
        help=f"the mail login's password, first line (or ${SMTP_PASSWORD_ENV}); never on the command line",
    )
    parser.add_argument("--sender", help="the From address (default: MOKOKO <mokoko@localhost>)")
    parser.add_argument(
        "--followup-url", metavar="TEMPLATE", help="the follow-up address in the e-mail (default: the receipts' followup_url_template)"
    )


def mail_settings(args: argparse.Namespace) -> MailSettings | None:
    """The mail settings given (None without --smtp); a clear refusal for a bad one."""
    from city_hall.notify import MailSettings
    from city_hall.smtp import DEFAULT_SENDER, smtp_server
    from shared_kernel.texts import DEFAULT_FOLLOWUP_URL_TEMPLATE

    if not args.smtp:
        return None
    every = getattr(args, "notify_every", 5.0)
    if not 0.1 <= every <= 24 * 60:
        raise Refused(f"--notify-every is in minutes, between 0.1 and 1440, not {every:g}.")
    tls = "implicit" if args.smtp_tls else "starttls" if args.starttls else ""
    try:
        server = smtp_server(
            args.smtp,
            tls=tls,
            sender=args.sender or DEFAULT_SENDER,
            user=args.smtp_user,
            password=smtp_password(args),
            cafile=args.smtp_cafile,
        )
    except ValueError as error:
        raise Refused(str(error)) from None
    link = args.followup_url or DEFAULT_FOLLOWUP_URL_TEMPLATE
    if "{code}" not in link:
        raise Refused("--followup-url must hold {code}, where the receipt code goes, like https://borger.randers.dk/f/{code}.")
    return MailSettings(server, link, dt.timedelta(minutes=every))


def smtp_password(args: argparse.Namespace) -> str:
    """The mail login's password: the first line of --smtp-password-file, else $MOKOKO_SMTP_PASSWORD."""
    import os

    if not args.smtp_user:
        return ""
    if args.smtp_password_file is not None:
        try:
            lines = Path(args.smtp_password_file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise Refused(f"Cannot read the mail password file {args.smtp_password_file}: {type(error).__name__}") from None
        if lines and lines[0]:
            return lines[0]
    if os.environ.get(SMTP_PASSWORD_ENV):
        return os.environ[SMTP_PASSWORD_ENV]
    raise Refused(f"--smtp-user needs its password: --smtp-password-file FILE, or ${SMTP_PASSWORD_ENV}.")
