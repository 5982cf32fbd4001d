"""``mokoko office similar|group|ungroup|assign|note``: similar ideas together in cases, and who
at city hall has a case (issue 31)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from shared_kernel.command_line import EXIT_OK
from shared_kernel.receipt_codes import format_code

if TYPE_CHECKING:
    from city_hall.office import Office
    from city_hall.similar_ideas import Case


def register(command: Callable[[str, Any, str], argparse.ArgumentParser]) -> None:
    similar = command("similar", list_similar, "the ideas most like one idea (its text), most alike first")
    similar.add_argument("code")
    similar.add_argument("--limit", type=int, default=10)
    similar.add_argument("--json", action="store_true", help="a JSON list of objects")
    group = command("group", group_ideas, "put similar ideas in one case: one answer then reaches every citizen of it")
    group.add_argument("codes", nargs="+", metavar="CODE")
    group.add_argument("--title", default="", help="the case's name in reports (default: the first idea's text)")
    group.add_argument("--json", action="store_true")
    ungroup = command("ungroup", ungroup_ideas, "take ideas out of their case (grouped by mistake)")
    ungroup.add_argument("codes", nargs="+", metavar="CODE")
    assign = command("assign", assign_idea, "give an idea's case to a city-hall person (its similar ideas with it)")
    assign.add_argument("code")
    whom = assign.add_mutually_exclusive_group(required=True)
    whom.add_argument("--to", metavar="LOGIN", help="their login (mokoko office people)")
    whom.add_argument("--me", action="store_true", help="yourself")
    whom.add_argument("--nobody", action="store_true", help="take it from whoever has it")
    command("people", list_people, "the city-hall people a case can be given to: login, then name")
    note = command("note", note_idea, "an internal note on an idea's case (never shown to the citizen)")
    note.add_argument("code")
    note.add_argument("text")


def list_similar(args: argparse.Namespace, office: Office) -> int:
    found = office.similar(args.code, limit=args.limit)
    if args.json:
        print(json.dumps([idea.as_json() for idea in found], ensure_ascii=False, indent=1))
        return EXIT_OK
    for idea in found:
        case = f"case {idea.case_id}" if idea.case_id else "-"
        print(
            f"{format_code(idea.receipt_code)}  {idea.similarity:.2f}  {idea.stop_id}  {idea.status or 'unanswered'}  {case}  {idea.text}"
        )
    if not found:
        print("No other idea is much like it.")
    return EXIT_OK


def _print_case(case: Case) -> None:
    print(f"Case {case.id} '{case.title}': {len(case.codes)} ideas from {case.stops} stops")
    print("  " + " ".join(format_code(code) for code in case.codes))


def group_ideas(args: argparse.Namespace, office: Office) -> int:
    case = office.group(args.codes, title=args.title)
    if args.json:
        print(json.dumps(case.as_json(), ensure_ascii=False, indent=1))
    else:
        _print_case(case)
        print("An answer to any of them ('mokoko office reply') goes to every citizen of the case.")
    return EXIT_OK


def ungroup_ideas(args: argparse.Namespace, office: Office) -> int:
    taken = office.ungroup(args.codes)
    print(f"Taken out of their case: {' '.join(format_code(code) for code in taken)}" if taken else "None of them was in a case.")
    return EXIT_OK


def assign_idea(args: argparse.Namespace, office: Office) -> int:
    name = office.assign(args.code, None if args.nobody or args.me else args.to, me=args.me)
    print(f"{format_code(args.code.upper())}: " + (f"given to {name}" if name else "nobody has it now"))
    return EXIT_OK


def list_people(args: argparse.Namespace, office: Office) -> int:
    for login, name in office.people():
        print(f"{login}\t{name}")
    return EXIT_OK


def note_idea(args: argparse.Namespace, office: Office) -> int:
    office.note(args.code, args.text)
    print(f"{format_code(args.code.upper())}: note kept (city hall only)")
    return EXIT_OK
