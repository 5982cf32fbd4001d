"""Replies by e-mail at volume: how many messages a second ``mokoko office notify`` sends to a
real local SMTP server (aiosmtpd), against plain smtplib sending the same number of messages to
the same server in the same run (the baseline).

    python benchmarks/notify_rate.py [--messages 500]

Each message's address is opened with the demo key (Argon2id once, then a sealed box per
message), its reveal written to the access log (20 addresses in one transaction, just before
their messages go), and its outbox row marked as it goes (one statement, committed by itself,
on a connection held for the round), through one ``Office`` and its connection pool, as the
mail sender runs. Goal: at least half of
plain smtplib's rate. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import smtplib
import socket
import tempfile
import time
import uuid
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import psycopg
from aiosmtpd.controller import Controller
from office_search import _code as receipt_code  # a well-formed code for a number (beside this script)

from central_database.catalogue import load_catalogue
from central_database.devices import add_device
from central_database.embedded import get_server
from central_database.office_users import add_office_user
from central_database.schema import init_central
from city_hall.office import Office
from city_hall.smtp import SmtpServer
from shared_kernel.resources import DEMO_CATALOGUE, DEMO_PRIVATE_KEY
from shared_kernel.sealing import read_key_file, seal


class Count:
    def __init__(self) -> None:
        self.received = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's hook
        self.received += 1
        return "250 OK"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=500)
    args = parser.parse_args()
    keys = [read_key_file(DEMO_PRIVATE_KEY, "mokoko-demo-2026")]
    with tempfile.TemporaryDirectory(prefix="mokoko-notify-bench-") as folder:
        server = get_server(Path(folder) / "pgdata", cleanup_mode="delete")
        counter = Count()
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        controller = Controller(counter, hostname="127.0.0.1", port=port)
        controller.start()
        try:
            owner = server.get_uri()
            init_central(owner)
            load_catalogue(owner, DEMO_CATALOGUE)
            device = add_device(owner, "Bench")
            with psycopg.connect(owner) as connection:
                connection.execute("SET session_replication_role = replica")  # a bulk fill: no kiosk checks
                for number in range(args.messages):
                    sealed = seal(keys[0].public, {"email": f"borger{number}@example.dk"})
                    connection.execute(
                        "INSERT INTO mokoko.idea (id, device_role, device_id, receipt_code, consultation_id, theme_code, text, "
                        "language, stop_id, created_at, content_hash, sealed_contact, notify_me) "
                        "VALUES (%s, %s, %s, %s, 'demo', 'andet', 'Bænke', 'da', 'assentoft', now(), 'x', %s, true)",
                        (str(uuid.uuid4()), device.role_name, device.id, receipt_code(device.tag, number), sealed),
                    )
                connection.execute("SET session_replication_role = origin")
                connection.execute(
                    "INSERT INTO mokoko.status_update (idea_id, status, public_reply) "
                    "SELECT id, 'done', 'Tak, det er gjort.' FROM mokoko.idea"
                )
            person = add_office_user(owner, "Bench", None, login=f"office_b{uuid.uuid4().hex[:8]}")
            started = time.perf_counter()
            with smtplib.SMTP("127.0.0.1", port) as smtp:
                for number in range(args.messages):
                    message = EmailMessage()
                    message["From"], message["To"], message["Subject"] = "a@example.dk", f"b{number}@example.dk", "Svar"
                    message.set_content("Hej")
                    smtp.send_message(message)
            baseline = time.perf_counter() - started
            with Office(person.url) as office:  # as the mail sender runs: one Office, its pool open
                office.outbox_state()
                started = time.perf_counter()
                report = office.notify_due(SmtpServer("127.0.0.1", port), keys, "https://x/f/{code}", limit=args.messages)
                elapsed = time.perf_counter() - started
            print(f"plain smtplib: {args.messages} messages in {baseline:.2f} s = {args.messages / baseline:.0f} a second")
            print(
                f"mokoko office notify: sent {report.sent} in {elapsed:.2f} s = {report.sent / elapsed:.0f} a second "
                f"({elapsed / baseline:.1f}x the baseline; each opened with the key, logged and marked)"
            )
        finally:
            controller.stop()
            server.cleanup()


if __name__ == "__main__":
    main()
