"""``mokoko day ...``: the day at this kiosk's stop, as the staff screens run it: its plan and
start-of-day checklist (``status``), closing it ("Luk dagen") and opening it again, keeping it
open all day, and ticking the printer and the paper."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from mokoko_desktop.cli.common import Commands, with_kiosk
from shared_kernel.command_line import EXIT_OK, Refused
from shared_kernel.command_options import parse_date

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    day = commands.group("day", "the day at this stop: plan, checklist, open and close")
    status = day.add_parser("status", parents=[common], help="today's stop and hours, open now or not, the checklist")
    status.add_argument(
        "--json",
        action="store_true",
        help="as JSON (fields: stop, open_now, hours_today, next_opening, closed_by_staff, kept_open, language, checklist)",
    )
    status.set_defaults(run=with_kiosk(show_status))
    close = day.add_parser("close", parents=[common], help="'Luk dagen': the kiosk sleeps for the rest of today")
    close.set_defaults(run=with_kiosk(close_day))
    reopen = day.add_parser("open", parents=[common], help="open again after 'Luk dagen' (today)")
    reopen.add_argument("--all-day", action="store_true", help="and keep it open all day today, whatever the hours say")
    reopen.set_defaults(run=with_kiosk(open_day))
    check = day.add_parser("check", parents=[common], help="tick the printer (a test receipt came out fine) or the paper")
    check.add_argument("item", choices=["printer", "paper"])
    check.add_argument("--undo", action="store_true", help="untick it")
    check.set_defaults(run=with_kiosk(tick))
    report = day.add_parser("report", parents=[common], help="the day report on A4 (counts only, no contact data)")
    report.add_argument("--date", type=parse_date, help="the day (YYYY-MM-DD; default today)")
    report.add_argument("--pdf", metavar="OUT", required=True, help="write the report to this PDF")
    report.set_defaults(run=with_kiosk(write_report))


def write_report(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop.day_report import write_day_report

    try:
        report, path = write_day_report(kiosk, args.date, Path(args.pdf))
    except OSError as error:
        raise Refused(f"The report could not be written to {args.pdf}: {error.strerror or error}. Nothing was written.") from None
    totals = ", ".join(f"{count} {kind}s" for kind, count in report.figures.totals.items())
    print(f"Day report for {report.day.isoformat()} ({report.place or 'no stop'}): {totals}. Written to {path}")
    return EXIT_OK


def show_status(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop import bootstrap
    from mokoko_desktop.day_plan import synced_on
    from shared_kernel.opening_hours import next_opening

    plan = kiosk.day_plan()
    now = kiosk.clock()
    status = bootstrap.sync_status(kiosk)
    checklist = kiosk.checklist(synced_on(plan.day, status.last_success_at, status.waiting, status.refused))
    today, upcoming = plan.hours_today, next_opening(plan.periods, now)
    facts = {
        "stop": {"id": plan.stop.id, "place": plan.stop.place, "chosen_by_staff": plan.chosen_by_staff} if plan.stop else None,
        "open_now": plan.open_at(now) and not plan.closed_by_staff,
        "hours_today": [today.opens.isoformat(), today.closes.isoformat()] if today else None,
        "next_opening": {"place": upcoming.place, "opens": upcoming.opens.isoformat()} if upcoming else None,
        "closed_by_staff": plan.closed_by_staff,
        "kept_open": plan.kept_open,
        "language": plan.language,
        "checklist": {item.key: item.done for item in checklist},
    }
    if args.json:
        print(json.dumps(facts, ensure_ascii=False, indent=1))
        return EXIT_OK
    stop = f"{plan.stop.place} ({'chosen for today' if plan.chosen_by_staff else 'tour plan'})" if plan.stop else "none"
    hours = "all day" if today is not None and today.all_day else (f"{today.opens:%H:%M}-{today.closes:%H:%M}" if today else "closed today")
    print(f"Stop today: {stop}; hours: {hours}{' (kept open all day)' if plan.kept_open else ''}")
    state = "closed by staff ('Luk dagen')" if plan.closed_by_staff else ("open" if facts["open_now"] else "closed")
    when = f"{upcoming.opens:%Y-%m-%d}" + ("" if upcoming.all_day else f" {upcoming.opens:%H:%M}") if upcoming else ""
    print(f"Now: {state}" + (f"; next opening: {upcoming.place}, {when}" if upcoming else ""))
    print(f"Language of the day: {plan.language}")
    for item in checklist:
        print(f"[{'x' if item.done else ' '}] {item.key}")
    return EXIT_OK


def close_day(kiosk: Kiosk, args: argparse.Namespace) -> int:
    kiosk.close_day()
    print("The day is closed: the kiosk sleeps until tomorrow ('mokoko day open' opens it again today).")
    return EXIT_OK


def open_day(kiosk: Kiosk, args: argparse.Namespace) -> int:
    if kiosk.today_stop() is None:
        raise Refused("No stop is planned for today: run 'mokoko stop set-today ID' first. Nothing was changed.")
    kiosk.close_day(False)
    if args.all_day:
        kiosk.keep_open_today()
    print("The day is open" + (" all day today." if args.all_day else " (the stop's opening hours apply)."))
    return EXIT_OK


def tick(kiosk: Kiosk, args: argparse.Namespace) -> int:
    kiosk.confirm_check(args.item, not args.undo)
    print(f"{args.item}: {'unticked' if args.undo else 'ticked'} for today.")
    return EXIT_OK
