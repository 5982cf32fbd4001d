"""``mokoko office app``: city hall's window, registered as a front end like the kiosk's; from an
e-mail's ``mokoko-office://idea/CODE`` link (deploy/office) it opens with that idea chosen."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from city_hall.command_line.mail import add_mail_options, mail_settings
from shared_kernel import receipt_codes
from shared_kernel.command_line import Refused
from shared_kernel.texts import code_in_office_link

if TYPE_CHECKING:
    from city_hall.office import Office

FRONT_END_GROUP = "mokoko.front_ends"
OFFICE_LOG = "office.log"


def register(command: Callable[[str, Any, str], argparse.ArgumentParser]) -> None:
    app = command("app", start_app, "open the office app")
    app.add_argument("--smoke", action="store_true", help="show the inbox, print the start-up time and exit")
    app.add_argument("--screenshot", metavar="PATH", help="save a PNG of the first frame (implies --smoke)")
    app.add_argument("--size", metavar="WxH")
    app.add_argument(
        "--open", metavar="CODE", help="open with this idea chosen (a receipt code, or a mokoko-office:// link from an e-mail)"
    )
    add_mail_options(app, required=False)
    app.add_argument(
        "--notify-every",
        type=float,
        default=5.0,
        metavar="MINUTES",
        help="with --smtp: how often the app sends the e-mails that are due (default 5)",
    )


def start_app(args: argparse.Namespace, office: Office) -> int:
    """The office window, a front end registered like the kiosk's (``ui.office.app:run_office``)."""
    from importlib.metadata import entry_points

    from platformdirs import user_log_path

    from shared_kernel import logs

    found = [entry for entry in entry_points(group=FRONT_END_GROUP) if entry.name == "office"]
    if not found:
        raise Refused("The office app is not installed. Run: pip install -e '.[office]'")
    run_office = found[0].load()
    mail = mail_settings(args)  # checked before the window opens
    try:
        opened = receipt_codes.normalise(code_in_office_link(args.open)) if args.open else None
    except receipt_codes.InvalidReceiptCode as problem:
        raise Refused(f"--open {args.open!r}: {problem}") from None
    logs.configure(user_log_path("mokoko") / OFFICE_LOG, verbose=args.verbose)  # a window has no terminal to warn in
    return int(run_office(office, smoke=args.smoke, screenshot=args.screenshot, size=args.size, mail=mail, open_code=opened))
