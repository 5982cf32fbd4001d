"""Replies by e-mail: ``mokoko office notify`` sends what is due in ``mokoko.outbox``
(central migration c0012), each message once.

A message is claimed for a few minutes (so two runs never take the same one), its address is
opened with the municipality's key (the reveal is in the access log, like any other), and it is
marked sent only after the SMTP server accepted it. A server that cannot be reached, or answers
"try later" (4xx), means another try later, after a growing delay; an address the server refuses
for good (5xx) is recorded and never tried again. If the connection drops after the message was
handed over but before the server said it took it, the message is sent again at the next try:
SMTP cannot tell whether the first one arrived, so a citizen may, rarely, get it twice. Nothing
is ever lost. The log holds ids and counts, never an address.

A message that cannot be built (an address that is not exactly one e-mail address: a line break,
two addresses) is failed with its reason and the round goes on. Claims, retries and marks use the
database's clock, so a desk PC whose clock is ahead cannot take a message another run still holds.
The connection to the mail server is encrypted when asked (STARTTLS, or implicit TLS on port 465)
and the server's certificate is verified; a login (SMTP AUTH) takes its password from a file or
the environment, never from the command line.
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
import time
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import TYPE_CHECKING

from central_database.connection import CentralError
from city_hall.contact_details import ContactDetails, open_contacts
from city_hall.smtp import SmtpServer, connect, drop
from shared_kernel import receipt_codes
from shared_kernel.email_address import NotAnAddress, one_address
from shared_kernel.i18n import QT_TRANSLATE_NOOP, pick, translate
from shared_kernel.replies import shown_reply
from shared_kernel.sealing import KeyPair
from shared_kernel.texts import excerpt, followup_url, office_link
from shared_kernel.time_zone import municipality_time_zone

if TYPE_CHECKING:
    import psycopg

    from city_hall.office import Office

log = logging.getLogger(__name__)

RETRY_AFTER = (60, 300, 1800, 7200, 43200)  # seconds after the 1st, 2nd, ... failed try; then daily
DAILY = 86400
SUBJECT_LENGTH = 60  # characters of a routed idea's text in the e-mail's subject
LEASE = dt.timedelta(minutes=5)  # a claimed message waits this long before another run may take it
LEASE_MARGIN = 60  # seconds: a round stops sending this long before its claim runs out
OPENED_TOGETHER = 20  # addresses opened in one transaction, just before their messages go
WHY = "E-mail to the citizen: city hall has answered (mokoko office notify)"

TEXTS = {
    "idea_subject": QT_TRANSLATE_NOOP("notify", "Reply to your idea ({code})"),
    "idea_body": QT_TRANSLATE_NOOP(
        "notify",
        "Hello,\n\nThe municipality has answered your idea.\n\nStatus: {status}\n{reply}\n\n"
        "Follow your idea: {link}\nYour code: {code}\n\nKind regards\nMOKOKO – the mobile municipal office",
    ),
    "signup_subject": QT_TRANSLATE_NOOP("notify", "News about your sign-up ({code})"),
    "signup_contacted": QT_TRANSLATE_NOOP("notify", "The contact person has contacted you."),
    "signup_placed": QT_TRANSLATE_NOOP("notify", "You have been given a place. Welcome!"),
    "routed_subject": QT_TRANSLATE_NOOP("StaffMail", "New idea sent to you: {text}"),  # to city hall's people: Danish
    "routed_body": QT_TRANSLATE_NOOP(
        "StaffMail",
        "Hello {name},\n\nAn idea has been sent to {area}, where you are the contact person:\n\n{text}\n\n"
        "Open it in the office app: {link}\nOr search for the code {code} in the inbox.\n\nMOKOKO – the mobile municipal office",
    ),
    "signup_body": QT_TRANSLATE_NOOP(
        "notify", "Hello,\n\n{news}\n\nFollow your sign-up: {link}\nYour code: {code}\n\nKind regards\nMOKOKO – the mobile municipal office"
    ),
}


@dataclass(frozen=True)
class MailSettings:
    """What the office app needs to send the e-mails that are due on a timer."""

    server: SmtpServer
    link_template: str
    every: dt.timedelta = dt.timedelta(minutes=5)


@dataclass(frozen=True)
class OutboxState:
    """How the outbox stands, for a person to see (counts only)."""

    waiting: int  # not sent yet, to be tried (now or later)
    failed: int  # refused for good
    sent_last_day: int  # in the last 24 hours


def outbox_state(office: Office) -> OutboxState:
    with office.session() as connection:
        row = connection.execute(
            "SELECT count(*) FILTER (WHERE sent_at IS NULL AND failed_at IS NULL), count(*) FILTER (WHERE failed_at IS NOT NULL), "
            "count(*) FILTER (WHERE sent_at >= now() - interval '1 day') FROM mokoko.outbox"
        ).fetchone()
    return OutboxState(*row) if row else OutboxState(0, 0, 0)


@dataclass(frozen=True)
class DueMessage:
    id: int
    kind: str
    receipt_code: str
    language: str
    status: str
    status_label: dict[str, str]
    public_reply: str
    attempts: int
    translated_reply: str = ""  # the reply in the citizen's language, if a translator gave one
    recipient_email: str | None = None  # kind "routed": the contact person's work address ...
    recipient_name: str = ""
    idea_text: str = ""  # ... and the idea routed to them
    area_name: dict[str, str] = field(default_factory=dict)


@dataclass
class NotifyReport:
    sent: int = 0
    later: int = 0  # to be tried again
    failed: int = 0  # refused for good, or no address any more
    problems: list[str] = field(default_factory=list)  # why, without addresses


def _claim(office: Office, limit: int) -> list[DueMessage]:
    """Take the due messages for this round: each is leased for :data:`LEASE` by the database's
    clock, so no other run (on a PC whose clock may be ahead) takes it meanwhile."""
    with office.session() as connection:
        rows = connection.execute(
            "SELECT o.id, o.kind, o.receipt_code, o.language, o.status, coalesce(s.label, '{}'), o.public_reply, o.attempts, "
            "o.translated_reply, u.email, coalesce(u.display_name, ''), coalesce(i.text, ''), coalesce(a.name, '{}') "
            "FROM mokoko.outbox o LEFT JOIN mokoko.status s ON o.kind = 'idea' AND s.code = o.status "
            "LEFT JOIN mokoko.office_user u ON u.role_name = o.recipient_role AND u.removed_at IS NULL "
            "LEFT JOIN mokoko.idea i ON o.kind = 'routed' AND i.id = o.record_id "
            "LEFT JOIN mokoko.admin_area a ON o.kind = 'routed' AND a.code = o.status "
            "WHERE o.sent_at IS NULL AND o.failed_at IS NULL AND o.next_attempt_at <= now() "
            "ORDER BY o.id LIMIT %s FOR UPDATE OF o SKIP LOCKED",
            (limit,),
        ).fetchall()
        if rows:
            connection.execute("UPDATE mokoko.outbox SET next_attempt_at = now() + %s WHERE id = ANY(%s)", (LEASE, [r[0] for r in rows]))
    return [DueMessage(*row) for row in rows]


def compose(message: DueMessage, address: str, link_template: str, sender: str) -> EmailMessage:
    """The e-mail in the citizen's language: plain and friendly, with the code and the link.
    ``address`` must be one checked address (:func:`one_address`)."""
    language = message.language

    def t(key: str) -> str:
        return translate(language, "StaffMail" if key.startswith("routed") else "notify", TEXTS[key])

    code = receipt_codes.format_code(message.receipt_code)
    link = followup_url(link_template, message.receipt_code)
    email = EmailMessage()
    if message.kind == "routed":
        text = " ".join(message.idea_text.split())
        email["Subject"] = t("routed_subject").format(text=excerpt(text, SUBJECT_LENGTH))
        area = pick(message.area_name, language) or message.status
        email.set_content(
            t("routed_body").format(name=message.recipient_name, area=area, text=text, link=office_link(message.receipt_code), code=code)
        )
    elif message.kind == "idea":
        email["Subject"] = t("idea_subject").format(code=code)
        status = pick(message.status_label, language) or message.status
        reply = shown_reply(language, language, message.public_reply, message.translated_reply)
        body = reply.text if not reply.note else f"{reply.note}\n\n{reply.text}"
        email.set_content(t("idea_body").format(status=status, reply=body, link=link, code=code))
    else:
        email["Subject"] = t("signup_subject").format(code=code)
        email.set_content(t("signup_body").format(news=t(f"signup_{message.status}"), link=link, code=code))
    email["From"], email["To"] = sender, address
    email["Message-ID"] = make_msgid(idstring=f"mokoko-outbox-{message.id}")  # the same on every try: a receiver may drop repeats
    email["Content-Language"] = language
    email["Date"] = format_datetime(dt.datetime.now(municipality_time_zone()))  # the municipality's time, as every time it shows
    return email


def _mark(
    connection: psycopg.Connection, message_id: int, *, sent: bool = False, failed: str = "", later: str = "", attempts: int = 0
) -> None:
    """Record what became of a try, by the database's clock, in one statement on ``connection``
    (in autocommit: committed at once, so a crash after it never sends the message again)."""
    if sent:
        connection.execute("UPDATE mokoko.outbox SET sent_at = now(), attempts = attempts + 1 WHERE id = %s", (message_id,))
    elif failed:
        connection.execute(
            "UPDATE mokoko.outbox SET failed_at = now(), attempts = attempts + 1, last_error = %s WHERE id = %s",
            (failed[:300], message_id),
        )
    else:
        delay = RETRY_AFTER[attempts] if attempts < len(RETRY_AFTER) else DAILY
        connection.execute(
            "UPDATE mokoko.outbox SET attempts = attempts + 1, next_attempt_at = now() + %s, last_error = %s WHERE id = %s",
            (dt.timedelta(seconds=delay), later[:300], message_id),
        )


def notify_due(office: Office, server: SmtpServer, keys: list[KeyPair], link_template: str, *, limit: int = 200) -> NotifyReport:
    """Send every message that is due (at most ``limit``), each marked as it went. The mail
    server is reached before any address is opened (a server that is down opens none); the
    addresses of the next few messages are opened together (:data:`OPENED_TOGETHER`, one
    transaction, one access-log row each); a round that runs out of its claim's time leaves the
    rest for the next round, so no other run can take a message this one is still sending."""
    report = NotifyReport()
    claimed = _claim(office, limit)
    with office.session() as marks:  # one connection marks the round's messages
        marks.autocommit = True  # each mark is one statement, committed by itself as the message goes
        try:
            _send_claimed(office, marks, server, keys, link_template, claimed, report)
        finally:
            marks.autocommit = False  # as the pool lends it
    return report


def _send_claimed(
    office: Office,
    marks: psycopg.Connection,
    server: SmtpServer,
    keys: list[KeyPair],
    link_template: str,
    claimed: list[DueMessage],
    report: NotifyReport,
) -> None:
    deadline = time.monotonic() + LEASE.total_seconds() - LEASE_MARGIN
    smtp: smtplib.SMTP | None = None
    opened: dict[int, ContactDetails | CentralError] = {}
    try:
        for index, message in enumerate(claimed):
            rest = claimed[index:]
            if time.monotonic() > deadline:
                _release(office, [waiting.id for waiting in rest])
                report.problems.append(f"{len(rest)} left for the next round (this one took too long)")
                break
            if smtp is None:
                try:
                    smtp = connect(server)
                except (smtplib.SMTPException, OSError) as error:  # ssl.SSLError is an OSError
                    for waiting in rest:
                        _count(report, waiting, False, f"the server could not be reached ({type(error).__name__})", marks)
                    break
            if message.id not in opened:
                opened.update(_open_addresses(office, rest[:OPENED_TOGETHER], keys))
            if not _send_one(marks, smtp, message, opened.pop(message.id), link_template, server.sender, report):
                drop(smtp)
                smtp = None  # the connection is in doubt: the next message gets a new one
    finally:
        drop(smtp)


def _open_addresses(office: Office, messages: list[DueMessage], keys: list[KeyPair]) -> dict[int, ContactDetails | CentralError]:
    """The contact details of ``messages``, opened together (one transaction); a database that
    cannot be reached makes each of them wait for the next try. A routed idea's message goes to
    the contact person's work address: nothing is opened for it."""
    opened: dict[int, ContactDetails | CentralError] = {
        message.id: ContactDetails(message.kind, message.receipt_code, {"email": message.recipient_email or ""}, None)
        for message in messages
        if message.kind == "routed"
    }
    citizens = [message for message in messages if message.kind != "routed"]
    if not citizens:
        return opened
    try:
        found = open_contacts(office, [(message.kind, message.receipt_code) for message in citizens], WHY, keys)
    except CentralError as error:
        return opened | {message.id: error for message in citizens}
    return opened | {message.id: details for message, details in zip(citizens, found, strict=True)}


def _send_one(
    marks: psycopg.Connection,
    smtp: smtplib.SMTP,
    message: DueMessage,
    opened: ContactDetails | CentralError,
    link_template: str,
    sender: str,
    report: NotifyReport,
) -> bool:
    """Send to the opened address, mark. False if the connection can no longer be trusted."""
    if isinstance(opened, CentralError):
        report.later += 1
        report.problems.append(f"#{message.id}: {opened}")
        _mark(marks, message.id, later=str(opened), attempts=message.attempts)
        return True
    fields = opened.fields
    if not fields.get("email"):
        report.failed += 1
        _mark(marks, message.id, failed="no e-mail address (deleted as promised, or never given)")
        return True
    try:
        address = one_address(fields["email"])
        email = compose(message, address, link_template, sender)
    except ValueError as error:  # not one address (NotAnAddress), or a value no header may carry
        why = str(error) if isinstance(error, NotAnAddress) else type(error).__name__
        _count(report, message, True, f"the message could not be built: {why}", marks)
        return True
    try:
        smtp.send_message(email, to_addrs=[address])  # exactly this one recipient, whatever the headers say
    except smtplib.SMTPRecipientsRefused as refused:
        code, _text = next(iter(refused.recipients.values()))
        _count(report, message, code >= 500, f"the server refused the address ({code})", marks)
        return True
    except smtplib.SMTPResponseException as error:
        _count(report, message, error.smtp_code >= 500, f"the server answered {error.smtp_code}", marks)
        return False
    except (smtplib.SMTPException, OSError) as error:
        _count(report, message, False, f"the server could not be reached or hung up ({type(error).__name__})", marks)
        return False
    report.sent += 1
    _mark(marks, message.id, sent=True)
    log.info("Outbox message %d sent", message.id)
    return True


def _release(office: Office, ids: list[int]) -> None:
    """Give claimed messages back, due at once (no try is counted: none was made)."""
    with office.session() as connection:
        connection.execute("UPDATE mokoko.outbox SET next_attempt_at = now() WHERE id = ANY(%s) AND sent_at IS NULL", (ids,))


def _count(report: NotifyReport, message: DueMessage, permanent: bool, why: str, marks: psycopg.Connection) -> None:
    log.warning("Outbox message %d not sent: %s", message.id, why)
    report.problems.append(f"#{message.id}: {why}")
    if permanent:
        report.failed += 1
        _mark(marks, message.id, failed=why)
    else:
        report.later += 1
        _mark(marks, message.id, later=why, attempts=message.attempts)
