"""``mokoko office export {ideas,signups,offers}``: city hall's records as CSV or XLSX for their
own tools, with the inbox's filters; contact details only with the key and a reason (each
record's look is written to the access log). ``city_hall.export`` does the work, through the ``Office``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from city_hall.command_line.keys import key_files
from shared_kernel.command_line import EXIT_OK, Refused
from shared_kernel.command_options import parse_date
from shared_kernel.submission_kinds import plurals

if TYPE_CHECKING:
    from city_hall.office import Office


def add_inbox_filters(parser: argparse.ArgumentParser) -> None:
    """The inbox's filters (``mokoko office inbox`` and ``export ideas``)."""
    parser.add_argument("--unanswered", action="store_true")
    parser.add_argument("--status")
    parser.add_argument("--area", help="administration area code")
    parser.add_argument("--stop", help="stop id")
    parser.add_argument("--theme")
    parser.add_argument("--age-group")
    parser.add_argument("--home-area")
    parser.add_argument("--since", type=parse_date, metavar="YYYY-MM-DD")
    parser.add_argument("--until", type=parse_date, metavar="YYYY-MM-DD")
    parser.add_argument("--search", default="", metavar="WORDS", help="Danish full-text search")
    parser.add_argument("--mine", action="store_true", help="the areas you are the contact person of")
    parser.add_argument("--owned", action="store_true", help="the cases you have ('mokoko office assign')")
    parser.add_argument("--no-owner", action="store_true", help="unanswered, and nobody has the case")
    parser.add_argument("--overdue", action="store_true", help="unanswered past the area's answer deadline")


def inbox_filter(args: argparse.Namespace) -> Any:
    from city_hall.inbox import InboxFilter

    return InboxFilter(
        unanswered=args.unanswered,
        status=args.status,
        area=args.area,
        stop=args.stop,
        theme=args.theme,
        age_group=args.age_group,
        home_area=args.home_area,
        since=args.since,
        until=args.until,
        search=args.search,
        mine=args.mine,
        owned=args.owned,
        no_owner=args.no_owner,
        overdue=args.overdue,
    )


def register(command: Callable[[str, Any, str], argparse.ArgumentParser]) -> None:
    export = command("export", export_records, "ideas, sign-ups or Byttebørs posts as CSV or XLSX (Danish headers)")
    export.add_argument("kind", choices=plurals())
    export.add_argument(
        "--format",
        choices=("csv", "xlsx"),
        required=True,
        dest="file_format",
        help="csv: UTF-8 with BOM and ';', as Danish Excel opens it; xlsx: real dates and numbers",
    )
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    add_inbox_filters(export)
    export.add_argument("--opportunity", help="(signups) one opportunity's sign-ups")
    export.add_argument("--signup-status", help="(signups) new, contacted, placed or declined")
    export.add_argument(
        "--with-contact",
        action="store_true",
        help="add the contact details (needs --key and --why; every record's look is in the access log)",
    )
    export.add_argument("--why", default="", help="why you need the contact details (written in the access log)")
    export.add_argument(
        "--key",
        action="append",
        type=Path,
        metavar="KEYFILE",
        help="the municipality's key file (default: $MOKOKO_KEY_FILE); again for a key it replaced",
    )


def register_report(command: Callable[[str, Any, str], argparse.ArgumentParser]) -> None:
    report = command("report", write_yearly_report, "the year's activity and effect goals against last year, as an A4 PDF")
    report.add_argument("--year", type=int, required=True)
    report.add_argument("--pdf", required=True, type=Path, metavar="OUT")
    report.add_argument("--municipality", default="Randers Kommune", help="the name at the top of the report")


def write_yearly_report(args: argparse.Namespace, office: Office) -> int:
    from city_hall.yearly_pdf import render_yearly_report

    if not 2000 <= args.year <= 2100:
        raise Refused(f"{args.year} is not a year the report can be made for. Nothing was written.")
    report = office.yearly_report(args.year)
    try:
        path = render_yearly_report(report, args.pdf, args.municipality)
    except OSError as error:
        raise Refused(f"The report could not be written to {args.pdf}: {error.strerror or error}. Nothing was written.") from None
    met = sum(1 for goal in report.goals if goal.met)
    judged = sum(1 for goal in report.goals if goal.met is not None)
    print(
        f"{args.year}: {report.ideas} ideas ({args.year - 1}: {report.ideas_last_year}); effect goals met: {met} of {judged} "
        f"with a target this year. Written to {path}"
    )
    return EXIT_OK


def export_records(args: argparse.Namespace, office: Office) -> int:
    from city_hall.export import ExportTooLarge  # here, not at the top: 'mokoko --help' loads no database driver

    if args.kind != "ideas" and any(
        (
            args.unanswered,
            args.status,
            args.area,
            args.stop,
            args.theme,
            args.age_group,
            args.home_area,
            args.since,
            args.until,
            args.search,
        )
    ):
        raise Refused("The inbox's filters are for 'export ideas'; nothing was written.")
    if args.with_contact and len(" ".join(args.why.split())) < 5:
        raise Refused("Say why you need the contact details with --why (a few words; it goes in the access log). Nothing was written.")
    keys = key_files(args.key) if args.with_contact else []  # opened before the database is asked anything
    if args.kind == "ideas":
        table = office.idea_table(inbox_filter(args))
    elif args.kind == "signups":
        table = office.signup_table(opportunity=args.opportunity, status=args.signup_status, mine=args.mine)
    else:
        table = office.offer_table()
    if args.with_contact:
        table = office.with_contact(table, keys, args.why)
    try:
        exported = office.export(table, args.out, args.file_format)
    except OSError as error:
        raise Refused(f"The export could not be written to {args.out}: {error.strerror or error}. Nothing was written.") from None
    except ExportTooLarge as error:
        raise Refused(str(error)) from None
    contact = f"; contact details of {exported.count} records, each in the access log" if args.with_contact else ""
    print(f"{exported.count} {args.kind} written to {exported.path}{contact}")
    return EXIT_OK
