"""The ``mokoko`` command: the kiosk, and what staff and scripts do without a window.

Exit codes: 0 done; 1 refused (bad input, nothing stored); 2 wrong usage; 3 the local database
cannot be used.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING

from mokoko_desktop import STARTED_AT, logs
from mokoko_desktop.demographics import AGE_GROUPS
from mokoko_desktop.i18n import pick
from mokoko_desktop.paths import resolve_data_dir
from mokoko_desktop.pin import PinError
from mokoko_desktop.receipt_codes import InvalidReceiptCode, format_code

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_STORE = 0, 1, 2, 3
FRONT_END_GROUP = "mokoko.front_ends"
_OPTION_FOR = {"tags": "tag", "interests": "interest", "general_text": "general"}  # a problem's field -> its option


class Refused(Exception):
    """Stop the command with a clear message and exit code 1."""


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", help="data folder (default: $MOKOKO_DATA_DIR or the user data folder)")
    common.add_argument("--demo", action="store_true", help="use the demo catalogue and the demo staff PIN")
    common.add_argument("--verbose", action="store_true", help="log everything to the terminal too")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="mokoko", description="MOKOKO desktop: the kiosk of the travelling municipal office."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    kiosk = commands.add_parser("kiosk", parents=[common], help="start the kiosk (full screen)")
    kiosk.add_argument("--smoke", action="store_true", help="show the start screen, print the start-up time and exit")
    kiosk.add_argument("--screenshot", metavar="PATH", help="save a PNG of the first frame (implies --smoke)")
    kiosk.add_argument("--windowed", action="store_true", help="run in a window instead of full screen (development)")
    kiosk.add_argument("--size", metavar="WxH", help="window size for --windowed, --smoke and --screenshot")
    kiosk.add_argument("--central-url", metavar="URL", help="central database (default: $MOKOKO_CENTRAL_URL or the setting)")

    idea = commands.add_parser("idea", help="add or show ideas").add_subparsers(dest="action", required=True)
    add = idea.add_parser("add", parents=[common], help="store an idea exactly as the kiosk would")
    add.add_argument("--theme", required=True, metavar="CODE", help="theme code (see: mokoko theme list)")
    add.add_argument("--text", required=True, help="the idea, 1 to 2000 characters")
    add.add_argument("--name", default="")
    add.add_argument("--email", default="")
    add.add_argument("--phone", default="")
    add.add_argument("--consent", action="store_true", help="the citizen agreed that contact details are kept")
    add.add_argument("--age-group", choices=AGE_GROUPS)
    add.add_argument("--home-area", metavar="CODE")
    add.add_argument("--language", default="da", help="language the citizen used (default: da)")
    add.add_argument("--stop", metavar="ID", help="stop where it was given (default: today's stop)")
    add.add_argument("--assisted", action="store_true", help="typed in by staff on the citizen's behalf")
    add.add_argument("--receipt", metavar="PATH", help="also write the receipt PDF here")
    show = idea.add_parser("show", parents=[common], help="show the idea behind a receipt code")
    show.add_argument("code")

    opportunity = commands.add_parser("opportunity", help="volunteering opportunities").add_subparsers(
        dest="action", required=True
    )
    opportunity_list = opportunity.add_parser("list", parents=[common], help="one open opportunity per line, its id first")
    opportunity_list.add_argument("--tag", metavar="T", help="only those with this interest (see the second column)")
    opportunity_list.add_argument("--near", metavar="STOP", help="only those near this stop (first) or everywhere")

    signup = commands.add_parser("signup", help="volunteer sign-ups").add_subparsers(dest="action", required=True)
    signup_add = signup.add_parser("add", parents=[common], help="sign a volunteer up exactly as the kiosk would")
    what = signup_add.add_mutually_exclusive_group(required=True)
    what.add_argument("--opportunity", metavar="ID", help="the opportunity (see: mokoko opportunity list)")
    what.add_argument("--general", metavar="TEXT", help='"something else": what they would like to help with')
    signup_add.add_argument("--interest", action="append", default=[], metavar="T", help="with --general: an interest (repeatable)")
    signup_add.add_argument("--name", required=True)
    signup_add.add_argument("--phone", default="")
    signup_add.add_argument("--email", default="")
    signup_add.add_argument("--age-group", required=True, choices=AGE_GROUPS)
    signup_add.add_argument("--availability", required=True, metavar="A", help="comma-separated: weekdays,evenings,weekends")
    signup_add.add_argument("--frequency", choices=("once", "regular"), help="default: the opportunity's")
    signup_add.add_argument("--message", default="")
    signup_add.add_argument("--guardian-name", default="", help="needed for under-15")
    signup_add.add_argument("--guardian-phone", default="", help="needed for under-15")
    signup_add.add_argument("--guardian-consent", action="store_true", help="the parent or guardian agreed (under-15)")
    signup_add.add_argument("--consent", action="store_true", help="the volunteer agreed that their details are passed on")
    signup_add.add_argument("--language", default="da")
    signup_add.add_argument("--stop", metavar="ID", help="default: today's stop")
    signup_add.add_argument("--receipt", metavar="PATH", help="also write the receipt PDF here")

    offer = commands.add_parser("offer", help="the Byttebørs: offers and needs").add_subparsers(dest="action", required=True)
    offer_add = offer.add_parser("add", parents=[common], help="post an offer or a need")
    offer_add.add_argument("--kind", required=True, choices=("offer", "need"))
    offer_add.add_argument("--text", required=True)
    offer_add.add_argument("--tag", action="append", default=[], metavar="T", help="an interest (repeatable; at least one)")
    offer_add.add_argument("--place", default="", help="where (default: today's stop)")
    offer_add.add_argument("--name", default="")
    offer_add.add_argument("--phone", default="")
    offer_add.add_argument("--email", default="")
    offer_add.add_argument("--consent", action="store_true", help="the poster agreed that the post and contact are kept")
    offer_add.add_argument("--language", default="da")
    offer_add.add_argument("--stop", metavar="ID", help="default: today's stop")
    offer_add.add_argument("--receipt", metavar="PATH", help="also write the receipt PDF here")
    offer_matches = offer.add_parser("matches", parents=[common], help="suggested matches of the day, best first")
    offer_matches.add_argument("--day", metavar="YYYY-MM-DD", help="default: today")

    theme = commands.add_parser("theme", help="themes").add_subparsers(dest="action", required=True)
    theme.add_parser("list", parents=[common], help="one theme per line, its code first")

    stop = commands.add_parser("stop", help="the tour's stops").add_subparsers(dest="action", required=True)
    stop.add_parser("list", parents=[common], help="one stop per line, its id first; * marks today's")
    set_today = stop.add_parser("set-today", parents=[common], help="choose today's stop")
    set_today.add_argument("stop_id", metavar="ID")

    staff = commands.add_parser("staff", help="staff access").add_subparsers(dest="action", required=True)
    staff.add_parser("set-pin", parents=[common], help="set the staff PIN (asked twice, never shown)")

    catalogue = commands.add_parser("catalogue", help="the catalogue").add_subparsers(dest="action", required=True)
    load = catalogue.add_parser("load", parents=[common], help="load a catalogue JSON file")
    load.add_argument("path", type=Path)

    sync_command = commands.add_parser("sync", parents=[common], help="sync once with the central database")
    sync_command.add_argument("--central-url", metavar="URL", help="default: $MOKOKO_CENTRAL_URL or the central_url setting")

    demo = commands.add_parser("demo", help="demo data").add_subparsers(dest="action", required=True)
    fill = demo.add_parser("fill", parents=[common], help="add realistic synthetic ideas the way the kiosk stores them")
    fill.add_argument("--ideas", type=int, default=100, metavar="N")
    fill.add_argument("--signups", type=int, default=0, metavar="M", help="also add M volunteer sign-ups")

    central = commands.add_parser("central", help="the central database (city hall)").add_subparsers(
        dest="action", required=True
    )
    url_help = "the central database's URL (owner's for init and add-device, office's for replies)"
    init = central.add_parser("init", parents=[common], help="create or upgrade the central schema")
    init.add_argument("--url", required=True, help=url_help)
    add_device = central.add_parser("add-device", parents=[common], help="register a kiosk; prints its URL last")
    add_device.add_argument("name")
    add_device.add_argument("--url", required=True, help=url_help)
    add_device.add_argument("--qr", action="store_true", help="also show the kiosk's URL as a QR code")
    statuses = central.add_parser("statuses", parents=[common], help="the status catalogue, code first")
    statuses.add_argument("--url", required=True, help=url_help)
    reply = central.add_parser("reply", parents=[common], help="set an idea's status and public reply")
    reply.add_argument("code")
    reply.add_argument("--status", required=True)
    reply.add_argument("--text", required=True, help="the public reply the citizen will see")
    reply.add_argument("--reason", default="", help="needed for 'not-taken-further'")
    reply.add_argument("--url", required=True, help=url_help)
    central_catalogue = central.add_parser("load-catalogue", parents=[common], help="load a catalogue JSON centrally")
    central_catalogue.add_argument("path", type=Path)
    central_catalogue.add_argument("--url", required=True, help=url_help)
    prune = central.add_parser("prune-log", parents=[common], help="drop superseded change-log entries")
    prune.add_argument("--url", required=True, help=url_help)
    serve = central.add_parser("serve-embedded", parents=[common], help="run a local PostgreSQL for demos")
    serve.add_argument("--dir", type=Path, help="where its data lives (default: DATA_DIR/central)")

    settings = commands.add_parser("settings", help="kiosk settings").add_subparsers(dest="action", required=True)
    settings.add_parser("list", parents=[common], help="every setting, its value and what it does")
    set_setting = settings.add_parser("set", parents=[common], help="change a setting")
    set_setting.add_argument("key")
    set_setting.add_argument("value")
    return parser


def _idea_add(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop.ideas import IdeaDraft

    stop = kiosk.catalogue.stop(args.stop) if args.stop else kiosk.today_stop()
    if stop is None:
        raise Refused(
            f"There is no stop {args.stop!r}." if args.stop else "No stop is chosen for today: run 'mokoko stop set-today ID'."
        )
    draft = IdeaDraft(
        theme_code=args.theme,
        text=args.text,
        name=args.name,
        email=args.email,
        phone=args.phone,
        consent=args.consent,
        age_group=args.age_group,
        home_area_code=args.home_area,
        language=args.language,
        assisted=args.assisted,
    )
    idea = kiosk.ideas.submit(draft, stop.id)
    if args.receipt:
        path = kiosk.write_receipt(idea, Path(args.receipt))
        print(f"Receipt written to {path}")
    print(format_code(idea.receipt_code))
    return EXIT_OK


def _stop_for(kiosk: Kiosk, stop_id: str | None) -> str:
    stop = kiosk.catalogue.stop(stop_id) if stop_id else kiosk.today_stop()
    if stop is None:
        raise Refused(
            f"There is no stop {stop_id!r}." if stop_id else "No stop is chosen for today: run 'mokoko stop set-today ID'."
        )
    return stop.id


def _opportunity_list(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop.clock import local_date

    if args.near and kiosk.catalogue.stop(args.near) is None:
        raise Refused(f"There is no stop {args.near!r} (see: mokoko stop list).")
    found = kiosk.opportunities.browse(local_date(kiosk.clock()), tag=args.tag, near_stop=args.near, only_near=bool(args.near))
    for info in found:
        ages = f"{info.min_age}+" if info.min_age else "all ages"
        print(f"{info.id}\t{','.join(info.tags)}\t{pick(info.title, 'da')} ({pick(info.organisation, 'da')})"
              f"\t{info.place_text('da')}\t{info.frequency}, {ages}")  # fmt: skip
    if not found:
        print("No open opportunities match.", file=sys.stderr)
    return EXIT_OK


def _signup_add(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop.signups import AlreadySignedUp, SignupDraft

    draft = SignupDraft(
        opportunity_id=args.opportunity or "",
        general_text=args.general or "",
        interests=args.interest,
        name=args.name,
        phone=args.phone,
        email=args.email,
        age_group=args.age_group,
        availability=[part.strip() for part in args.availability.split(",") if part.strip()],
        frequency=args.frequency,
        message=args.message,
        guardian_name=args.guardian_name,
        guardian_phone=args.guardian_phone,
        guardian_consent=args.guardian_consent,
        consent=args.consent,
        language=args.language,
    )
    try:
        signup = kiosk.signups.submit(draft, _stop_for(kiosk, args.stop))
    except AlreadySignedUp:
        raise Refused("This person is already signed up for this opportunity (same phone or e-mail). Nothing new was stored.") from None
    if args.receipt:
        print(f"Receipt written to {kiosk.write_receipt(signup, Path(args.receipt))}")
    print(format_code(signup.receipt_code))
    return EXIT_OK


def _offer_add(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop.offers import OfferDraft

    draft = OfferDraft(
        kind=args.kind, text=args.text, tags=args.tag, place=args.place, name=args.name, phone=args.phone,
        email=args.email, consent=args.consent, language=args.language,
    )  # fmt: skip
    post = kiosk.offers.submit(draft, _stop_for(kiosk, args.stop))
    if args.receipt:
        print(f"Receipt written to {kiosk.write_receipt(post, Path(args.receipt))}")
    print(format_code(post.receipt_code))
    return EXIT_OK


def _offer_matches(kiosk: Kiosk, args: argparse.Namespace) -> int:
    import datetime as dt

    from mokoko_desktop.clock import local_date

    try:
        day = dt.date.fromisoformat(args.day) if args.day else local_date(kiosk.clock())
    except ValueError:
        raise Refused(f"--day must be a date like 2026-11-20, not {args.day!r}.") from None
    matches = kiosk.offers.matches(day)
    for match in matches:
        place = "same place" if match.same_place else "elsewhere"
        print(f"{match.score}\t{match.giver.kind} {match.giver.shown_ref} -> {match.taker.kind} {match.taker.shown_ref}"
              f"\t{','.join(match.shared_tags)}, {place}\t{match.giver.summary} -> {match.taker.summary}")  # fmt: skip
    print(f"{len(matches)} suggested matches on {day}", file=sys.stderr)
    return EXIT_OK


def _idea_show(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop.followup import look_up

    try:
        found = look_up(kiosk.store, args.code)
    except InvalidReceiptCode as error:
        raise Refused(str(error)) from None
    if not found.known:
        raise Refused(f"No idea with the code {format_code(found.code)} is known here yet.")
    print(f"Code:     {format_code(found.code)}")
    idea = found.idea
    if idea is not None:
        theme = kiosk.catalogue.theme(idea.theme_code)
        stop = kiosk.catalogue.stop(idea.stop_id)
        print(f"Given:    {idea.created_at.astimezone():%Y-%m-%d %H:%M} at {stop.place if stop else idea.stop_id}")
        print(f"Theme:    {pick(theme.title, 'en') if theme else idea.theme_code}")
        if idea.contact_purged_at:
            contact = "deleted here after it reached the municipality"
        else:
            contact = "kept with consent" if idea.consent_version else "none given"
        print(f"Contact:  {contact}")
        print(f"Synced:   {'yes' if idea.synced_at else 'not yet'}" + (" (conflict, kept aside centrally)" if idea.sync_conflict else ""))
    else:
        print("Given at another kiosk; its text is kept centrally.")
    if found.status is not None:
        print(f"Status:   {found.status_text('en')} ({found.status.status}), {found.status.set_at[:16]}")
        if found.status.public_reply:
            print(f"Reply:    {found.status.public_reply}")
        if found.status.reason:
            print(f"Reason:   {found.status.reason}")
    else:
        print("Status:   no reply yet")
    if idea is not None:
        print("Idea:")
        print(idea.text)
    return EXIT_OK


def _staff_set_pin(kiosk: Kiosk) -> int:
    if sys.stdin.isatty():
        first = getpass.getpass("New staff PIN: ")
        second = getpass.getpass("Same PIN again: ")
    else:  # scripts: two lines on standard input
        lines = sys.stdin.read().splitlines() + ["", ""]
        first, second = lines[0].strip(), lines[1].strip()
    if first != second:
        raise Refused("The two PINs differ. Nothing was changed.")
    try:
        kiosk.staff.set_pin(first)
    except PinError as error:
        raise Refused(f"{error} Nothing was changed.") from None
    print("The staff PIN is set.")
    return EXIT_OK


def _central(args: argparse.Namespace, data_dir: Path) -> int:
    """`mokoko central ...`: city hall's side. Needs no local store."""
    from sync import office
    from sync.central import init_central
    from sync.devices import add_device

    if args.action == "init":
        print(f"Central schema at revision {init_central(args.url)}")
    elif args.action == "add-device":
        device = add_device(args.url, args.name)
        print(f"Kiosk {device.name!r}: receipt codes start with {device.tag}; login role {device.role_name}")
        if args.qr:
            import qrcode

            code = qrcode.QRCode(border=2)
            code.add_data(device.url)
            code.print_ascii(invert=True)
        print(device.url)
    elif args.action == "statuses":
        for code, label, needs_reason in office.statuses(args.url):
            print(f"{code}\t{pick(label, 'da')}" + ("\t(needs --reason)" if needs_reason else ""))
    elif args.action == "reply":
        try:
            code = office.reply(args.url, args.code, args.status, args.text, args.reason)
        except InvalidReceiptCode as error:
            raise Refused(str(error)) from None
        print(f"{format_code(code)}: {args.status}")
    elif args.action == "load-catalogue":
        counts = office.load_catalogue(args.url, args.path)
        print("Loaded centrally: " + ", ".join(f"{count} {kind}" for kind, count in counts.items()))
    elif args.action == "prune-log":
        print(f"Dropped {office.prune_change_log(args.url)} superseded change-log entries")
    elif args.action == "serve-embedded":
        return _serve_embedded(args.dir or data_dir / "central")
    return EXIT_OK


def _serve_embedded(directory: Path) -> int:
    import signal
    import threading

    from sync.embedded import start_embedded, stop_embedded

    server, owner_url = start_embedded(directory)
    stop = threading.Event()
    for signal_number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signal_number, lambda *_: stop.set())
    print(f"Embedded PostgreSQL for MOKOKO is running (data in {directory}). Stop it with Ctrl+C.", flush=True)
    print("Owner URL (for 'mokoko central add-device NAME --url ...'):", flush=True)
    print(owner_url, flush=True)
    stop.wait()
    stop_embedded(server)
    print("Stopped.", flush=True)
    return EXIT_OK


def _sync(kiosk: Kiosk, args: argparse.Namespace) -> int:
    import os

    from sync.engine import sync_once

    url = args.central_url or os.environ.get("MOKOKO_CENTRAL_URL") or kiosk.settings.get("central_url")
    report = sync_once(kiosk, url)
    print(f"Sync done: {report.summary()}")
    return EXIT_OK


def _demo_fill(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop.clock import local_date
    from mokoko_desktop.demo_data import synthetic_drafts, synthetic_signups

    stop = kiosk.today_stop()
    if stop is None:
        raise Refused("No stop is chosen for today: run 'mokoko stop set-today ID' (or use --demo).")
    if args.ideas < 0 or args.signups < 0:
        raise Refused("--ideas and --signups must be 0 or more.")
    drafts = synthetic_drafts(args.ideas)
    for start in range(0, len(drafts), 1000):
        kiosk.ideas.submit_many(drafts[start : start + 1000], stop.id)
    opportunities = [info.id for info in kiosk.opportunities.browse(local_date(kiosk.clock()), age_group="18-29")]
    already = kiosk.signups.count()  # new phone numbers after the ones used by earlier fills
    for draft in synthetic_signups(args.signups, opportunities, first_number=already):
        kiosk.signups.submit(draft, stop.id)
    print(f"Added {len(drafts)} synthetic ideas and {args.signups} sign-ups at {stop.place}")
    return EXIT_OK


def _run(kiosk: Kiosk, args: argparse.Namespace) -> int:
    command = (args.command, getattr(args, "action", None))
    if command == ("sync", None):
        return _sync(kiosk, args)
    if command == ("demo", "fill"):
        return _demo_fill(kiosk, args)
    if command == ("idea", "add"):
        return _idea_add(kiosk, args)
    if command == ("idea", "show"):
        return _idea_show(kiosk, args)
    if command == ("opportunity", "list"):
        return _opportunity_list(kiosk, args)
    if command == ("signup", "add"):
        return _signup_add(kiosk, args)
    if command == ("offer", "add"):
        return _offer_add(kiosk, args)
    if command == ("offer", "matches"):
        return _offer_matches(kiosk, args)
    if command == ("theme", "list"):
        for theme in kiosk.catalogue.themes():
            print(f"{theme.code}\t{pick(theme.title, 'da')}")
        return EXIT_OK
    if command == ("stop", "list"):
        today = kiosk.today_stop()
        for stop in kiosk.catalogue.stops():
            mark = "*" if today and stop.id == today.id else " "
            print(f"{stop.id}\t{mark} {stop.place}, {stop.address}\t{stop.starts_on} – {stop.ends_on}")
        return EXIT_OK
    if command == ("stop", "set-today"):
        try:
            stop = kiosk.set_today_stop(args.stop_id)
        except ValueError as error:
            raise Refused(str(error)) from None
        print(f"Today's stop: {stop.place} ({stop.id})")
        return EXIT_OK
    if command == ("staff", "set-pin"):
        return _staff_set_pin(kiosk)
    if command == ("catalogue", "load"):
        from mokoko_desktop.catalogue import load_catalogue

        counts = load_catalogue(kiosk.store, args.path)
        print("Loaded " + ", ".join(f"{count} {kind}" for kind, count in counts.items()))
        return EXIT_OK
    if command == ("settings", "list"):
        from mokoko_desktop.settings import SPECS

        values = kiosk.settings.all()
        for spec in SPECS:
            print(f"{spec.key} = {values[spec.key]!r}\t# {spec.description}")
        return EXIT_OK
    if command == ("settings", "set"):
        from mokoko_desktop.settings import parse_value

        kiosk.settings.set(args.key, parse_value(args.key, args.value))
        print(f"{args.key} = {kiosk.settings.get(args.key)!r}")
        return EXIT_OK
    raise AssertionError(f"unhandled command {command}")


def _start_front_end(args: argparse.Namespace, data_dir: Path) -> int:
    """Start the kiosk window. The core knows no Qt: the window is a front end registered under
    the entry point group ``mokoko.front_ends`` (``ui.app:run_kiosk`` in pyproject.toml)."""
    found = [entry for entry in entry_points(group=FRONT_END_GROUP) if entry.name == "kiosk"]
    if not found:
        print("The kiosk window is not installed. Run: pip install -e .", file=sys.stderr)
        return EXIT_USAGE
    args.started_at = STARTED_AT  # set when the package was first imported
    run_kiosk = found[0].load()
    return int(run_kiosk(args, data_dir))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        data_dir = resolve_data_dir(args.data_dir)
    except OSError as error:
        print(f"Cannot use the data folder: {error}", file=sys.stderr)
        return EXIT_STORE
    logs.configure(data_dir, verbose=args.verbose)
    if args.command == "kiosk":
        return _start_front_end(args, data_dir)
    if args.command == "central":
        from sync.central import CentralError

        try:
            return _central(args, data_dir)
        except (CentralError, Refused) as error:
            print(str(error), file=sys.stderr)
            return EXIT_REFUSED
    # The database layer is imported here, not at the top: the kiosk's first frame must not
    # wait for SQLAlchemy (see ui/app.py).
    from mokoko_desktop.catalogue import CatalogueError
    from mokoko_desktop.ideas import KioskNotReady
    from mokoko_desktop.kiosk import Kiosk
    from mokoko_desktop.settings import SettingError
    from mokoko_desktop.store import StoreError
    from mokoko_desktop.validation import SubmissionRejected
    from sync.central import CentralError

    try:
        kiosk = Kiosk.open(data_dir, demo=args.demo)
    except StoreError as error:
        print(str(error), file=sys.stderr)
        return EXIT_STORE
    try:
        return _run(kiosk, args)
    except SubmissionRejected as rejected:
        print("Nothing was stored:", file=sys.stderr)
        for problem in rejected.problems:
            option = _OPTION_FOR.get(problem.field, problem.field).replace("_", "-")
            print(f"  --{option}: {problem.english()}", file=sys.stderr)
        return EXIT_REFUSED
    except (Refused, KioskNotReady, SettingError, CatalogueError, CentralError) as error:
        print(str(error), file=sys.stderr)
        return EXIT_REFUSED
    finally:
        kiosk.close()
