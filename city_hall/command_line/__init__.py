"""``mokoko office ...``: city hall reads and answers what came in, with each person's own login
(``mokoko central add-office-user``). The office app (``mokoko office app``) does the same in a
window; both work through city hall's façade, :class:`city_hall.office.Office`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from city_hall.command_line import app, cases, exports, partners
from city_hall.command_line.exports import add_inbox_filters, inbox_filter
from city_hall.command_line.keys import add_key_options, key_files, register_key_sheet
from city_hall.command_line.mail import add_mail_options, mail_settings
from shared_kernel.command_line import EXIT_OK, CommandGroups, Handler, Refused, require
from shared_kernel.command_options import add_url_option, refusing
from shared_kernel.i18n import pick
from shared_kernel.receipt_codes import format_code
from shared_kernel.submission_kinds import SUBMISSION_KINDS

if TYPE_CHECKING:
    from city_hall.office import Office

OfficeHandler = Callable[[argparse.Namespace, "Office"], int]  # a command of city hall's: it works through an Office


def register(groups: CommandGroups) -> None:
    """City hall's commands, ``mokoko office …`` (the entry point ``office`` in pyproject.toml)."""
    require("office", ["office"])
    office = groups.group("office", "city hall: the inbox, answers, sign-ups")

    def command(name: str, handler: OfficeHandler, help_text: str) -> argparse.ArgumentParser:
        parser = office.add_parser(name, parents=[groups.common], help=help_text)
        add_url_option(parser)
        parser.set_defaults(run=with_office(handler))
        return parser

    inbox = command("inbox", list_inbox, "ideas from every kiosk, newest first; one per line, code first")
    add_inbox_filters(inbox)
    inbox.add_argument("--limit", type=int, default=50)
    inbox.add_argument("--json", action="store_true", help="a JSON list of objects")
    show = command("show", show_idea, "an idea with its area, contact person and history")
    show.add_argument("code")
    route = command("route", route_idea, "send an idea to another administration area")
    route.add_argument("code")
    route.add_argument("area")
    route.add_argument("--note", default="", help="for the area's contact person (not shown to the citizen)")
    cases.register(command)
    partners.register(command)
    command("statuses", list_statuses, "the status catalogue, code first")
    reply = command("reply", reply_to_ideas, "set the status and public reply of one or more ideas")
    add_reply_options(reply, several=True)
    signups = command("signups", list_signups, "volunteer sign-ups, newest first; code first")
    signups.add_argument("--opportunity")
    signups.add_argument("--status")
    signups.add_argument("--mine", action="store_true", help="opportunities you are the contact of")
    signups.add_argument("--json", action="store_true")
    mark = command("signup-status", mark_signup, "record that a volunteer was contacted, placed or declined")
    mark.add_argument("code")
    mark.add_argument("status", help="new, contacted, placed or declined")
    mark.add_argument("--note", default="")
    command("posts", list_posts, "Byttebørs posts from every stop, newest first")
    command("matches", list_matches, "Byttebørs offers and needs that fit, across every stop, best first")
    conflicts = command("conflicts", list_conflicts, "records that came twice with different content, side by side")
    conflicts.add_argument("--undecided", action="store_true")
    decide = command("decide", decide_conflict, "record what city hall decided about a conflict")
    decide.add_argument("conflict", type=int, help="the conflict's number (office conflicts)")
    decide.add_argument("decision", choices=("keep-central", "same-in-substance", "ask-the-citizen"))
    decide.add_argument("--note", default="")
    contact = command("contact", show_contact, "open a citizen's sealed contact details (logged with your name and why)")
    contact.add_argument("code", help="the receipt code of an idea, a sign-up or a Byttebørs post")
    contact.add_argument("--why", required=True, help="why you need them (written in the access log)")
    contact.add_argument(
        "--key",
        required=True,
        action="append",
        type=Path,
        metavar="KEYFILE",
        help="the municipality's key file (an association: its own); again for a key it replaced",
    )
    contact.add_argument("--kind", choices=SUBMISSION_KINDS, help="(found by the code when left out)")
    publish = command("publish", publish_story, "'vis på væggen': show an answered idea on the kiosks and the follow-up site")
    publish.add_argument("code")
    publish.add_argument("--headline", required=True, help="a short public headline, e.g. 'Nye bænke ved åen'")
    unpublish = command("unpublish", unpublish_story, "take an idea off the wall")
    unpublish.add_argument("code")
    command("wall", list_wall, "what is on the wall ('I sagde – vi gjorde'), newest first")
    notify = command("notify", send_notifications, "send the e-mails that are due (citizens who asked to hear back); run it often")
    add_mail_options(notify, required=True)
    add_key_options(notify, "the municipality's key file (default: $MOKOKO_KEY_FILE); again for a key it replaced")
    duplicates = command(
        "duplicates",
        find_duplicates,
        "sign-ups likely from the same person for the same task, across kiosks "
        "(opens new sign-ups' details with the key, logged); run it on the timer with notify",
    )
    duplicates.add_argument(
        "--key",
        action="append",
        type=Path,
        metavar="KEYFILE",
        help="the municipality's key file (default: $MOKOKO_KEY_FILE); the first makes the fingerprints",
    )
    duplicates.add_argument("--json", action="store_true")
    erasures = command("erasures", list_erasures, "citizens' requests to delete their contact details, oldest first")
    erasures.add_argument("--pending", action="store_true", help="only those not handled yet")
    erasures.add_argument("--json", action="store_true")
    erase = command("erase", erase_contact, "delete the contact details given with a code, centrally and on every kiosk")
    erase.add_argument("code")
    erase.add_argument("--note", default="", help="for the record (not shown to the citizen)")
    exports.register(command)
    exports.register_report(command)
    command("access-log", list_access_log, "who looked at whose contact details, and why (data-protection officer)")
    register_key_sheet(groups)
    app.register(command)


def with_office(handler: OfficeHandler) -> Handler:
    """A command of city hall's, run with an :class:`~city_hall.office.Office` for ``--url``'s
    login (closed when it is done)."""

    def run(args: argparse.Namespace) -> int:
        from city_hall.office import Office

        with Office(args.url) as office:
            return handler(args, office)

    return refusing(run, told_errors)


def told_errors() -> tuple[type[Exception], ...]:
    """What city hall's commands tell in plain words: the central database unreachable or refusing."""
    from central_database.connection import CentralError
    from shared_kernel.catalogue_file import CatalogueError

    return (CentralError, CatalogueError)


def add_reply_options(parser: argparse.ArgumentParser, *, several: bool) -> None:
    """The options of an answer (``office reply``)."""
    parser.add_argument("code", nargs="+" if several else None, help="receipt code(s)")
    parser.add_argument("--status", required=True)
    parser.add_argument("--text", required=True, help="the public reply the citizen will see")
    parser.add_argument("--reason", default="", help="internal; needed for 'not-taken-further'")
    parser.add_argument(
        "--translation",
        default="",
        metavar="TEXT",
        help="the reply in the language of the (first) idea, by a translator; shown to its citizen",
    )


def list_inbox(args: argparse.Namespace, office: Office) -> int:
    ideas = office.inbox(inbox_filter(args), limit=args.limit)
    if args.json:
        print(json.dumps([idea.as_json() for idea in ideas], ensure_ascii=False, indent=1))
        return EXIT_OK
    for idea in ideas:
        text = " ".join(idea.text.split())
        print(
            f"{format_code(idea.receipt_code)}\t{idea.created_at:%Y-%m-%d %H:%M}\t{idea.stop_id}\t{idea.area or '-'}\t"
            f"{idea.status or 'unanswered'}\t{text[:80]}"
        )
    return EXIT_OK


def show_idea(args: argparse.Namespace, office: Office) -> int:
    detail = office.show(args.code)
    idea = detail.idea
    print(f"{format_code(idea.receipt_code)}  {idea.created_at:%Y-%m-%d %H:%M} at {detail.stop_place}")
    print(idea.text)
    print(f"Theme: {pick(detail.theme_title, 'da') or idea.theme_code}")
    print(f"Area: {pick(detail.area_name, 'da') or idea.area or '-'}; contact person: {detail.contact_names or 'none yet'}")
    print(
        f"Language {idea.language}; age group {idea.age_group or '-'}; home area {idea.home_area_code or '-'}; "
        f"{'assisted by staff' if idea.assisted else 'on their own'}; "
        f"{'left contact details (office contact)' if detail.has_contact else 'no contact details'}"
    )
    print(f"Status: {idea.status or 'unanswered'}; case held by {idea.owner or 'nobody'}; answer due {idea.due:%Y-%m-%d}")
    if detail.hidden_reason:
        print(f"Hidden at the kiosk: {detail.hidden_reason} (never shown on a public wall)")
    for entry in detail.history:
        when = f"{entry.at:%Y-%m-%d %H:%M}"
        if entry.kind == "status":
            reason = f" (reason: {entry.reason})" if entry.reason else ""
            print(f"  {when}  {entry.by}: {entry.status}: {entry.text}{reason}")
        elif entry.kind == "route":
            print(f"  {when}  {entry.by}: routed to {entry.area}" + (f": {entry.text}" if entry.text else ""))
        elif entry.kind == "assigned":
            print(f"  {when}  {entry.by}: " + (f"gave the case to {entry.text}" if entry.text else "took the case from its owner"))
        elif entry.kind == "note":
            print(f"  {when}  {entry.by}: note: {entry.text}")
        elif entry.kind == "grouped":
            print(f"  {when}  {entry.by}: put in the case '{entry.text}'")
        elif entry.kind == "hidden":
            print(f"  {when}  {entry.by}: " + (f"hidden at the kiosk ({entry.reason})" if entry.reason else "shown again at the kiosk"))
        else:
            print(f"  {when}  {entry.by}: looked at the contact details")
    return EXIT_OK


def route_idea(args: argparse.Namespace, office: Office) -> int:
    contacts = office.route(args.code, args.area, args.note)
    print(f"{format_code(args.code.upper())}: routed to {args.area}" + (f" ({contacts})" if contacts else " (no contact person yet)"))
    return EXIT_OK


def list_statuses(args: argparse.Namespace, office: Office) -> int:
    for code, label, needs_reason in office.statuses():
        print(f"{code}\t{pick(label, 'da')}" + ("\t(needs --reason)" if needs_reason else ""))
    return EXIT_OK


def reply_to_ideas(args: argparse.Namespace, office: Office) -> int:
    codes = args.code if isinstance(args.code, list) else [args.code]
    result = office.answer(codes, args.status, args.text, args.reason, translated_reply=args.translation)
    for code in result.answered:
        print(f"{format_code(code)}: {args.status}")
    for code, why in result.skipped.items():
        print(f"{format_code(code)}: not changed, {why}", file=sys.stderr)
    return EXIT_OK


def list_signups(args: argparse.Namespace, office: Office) -> int:
    lines = office.signups(opportunity=args.opportunity, status=args.status, mine=args.mine)
    if args.json:
        print(json.dumps([line.as_json() for line in lines], ensure_ascii=False, indent=1))
        return EXIT_OK
    for line in lines:
        what = pick(line.opportunity_title, "da") or line.opportunity_id or f"something else: {line.general_text or ''}"
        same = f"\tlikely the same person as {', '.join(map(format_code, sorted(line.likely_same_as)))}" if line.likely_same_as else ""
        print(f"{format_code(line.receipt_code)}\t{line.created_at:%Y-%m-%d}\t{line.stop_id}\t{line.status}\t{what[:60]}{same}")
    return EXIT_OK


def find_duplicates(args: argparse.Namespace, office: Office) -> int:
    made = office.fingerprint_new_signups(key_files(args.key))
    found = office.likely_duplicates()
    if args.json:
        print(json.dumps([pair.as_json() for pair in found], ensure_ascii=False, indent=1))
        return EXIT_OK
    print(f"{made} new sign-ups checked; {len(found)} pairs are likely the same person", file=sys.stderr)
    for pair in found:
        print(f"{format_code(pair.first)}\t{format_code(pair.second)}\t{pair.opportunity_id or 'something else'}\tsame {pair.same}")
    return EXIT_OK


def mark_signup(args: argparse.Namespace, office: Office) -> int:
    office.mark_signup(args.code, args.status, args.note)
    print(f"{format_code(args.code.upper())}: {args.status}")
    return EXIT_OK


def list_posts(args: argparse.Namespace, office: Office) -> int:
    for post in office.posts():
        code = format_code(post.receipt_code) if post.receipt_code else "-"
        print(f"{code}\t{post.created_at:%Y-%m-%d}\t{post.stop_id}\t{post.kind}\t{', '.join(post.tags)}\t{post.text[:60]}")
    return EXIT_OK


def list_matches(args: argparse.Namespace, office: Office) -> int:
    for match in office.matches():
        place = "same stop" if match.same_place else "other stops"
        print(
            f"{match.giver.shown_ref} -> {match.taker.shown_ref}\t{', '.join(match.shared_tags)}\t{place}\t"
            f"{match.giver.summary} / {match.taker.summary}"
        )
    return EXIT_OK


def list_conflicts(args: argparse.Namespace, office: Office) -> int:
    for conflict in office.conflicts(undecided=args.undecided):
        state = f"decided by {conflict.decided_by}: {conflict.decision}" if conflict.decision else "not decided"
        print(f"#{conflict.id}\t{conflict.kind}\t{conflict.detected_at:%Y-%m-%d %H:%M}\t{conflict.kiosk}\t{state}")
        for key in conflict.differences:
            print(f"  {key}: {conflict.central.get(key)!r} (kept) / {conflict.sent.get(key)!r} (came again)")
    return EXIT_OK


def decide_conflict(args: argparse.Namespace, office: Office) -> int:
    office.decide(args.conflict, args.decision, args.note)
    print(f"#{args.conflict}: {args.decision}")
    return EXIT_OK


def send_notifications(args: argparse.Namespace, office: Office) -> int:
    settings = mail_settings(args)
    assert settings is not None  # --smtp is required here
    keys = key_files(args.key, args.key_passphrase_file)
    report = office.notify_due(settings.server, keys, settings.link_template)
    print(f"sent {report.sent}, to try again later {report.later}, failed for good {report.failed}")
    print(f"handed {office.hand_over_due(keys)} volunteers' contact details to the associations running their opportunities")
    for problem in report.problems:
        print(problem, file=sys.stderr)
    return EXIT_OK


def show_contact(args: argparse.Namespace, office: Office) -> int:
    keys = key_files(args.key)
    details = office.open_contact(args.code, args.why, keys, kind=args.kind)
    print(f"{details.kind} {format_code(details.receipt_code)} (this look is in the access log)")
    if not details.fields:
        print("No contact details (none were given, or they have been deleted as promised).")
    for key, value in details.fields.items():
        print(f"{key}: {value}")
    return EXIT_OK


def publish_story(args: argparse.Namespace, office: Office) -> int:
    office.publish(args.code, args.headline)
    print("On the wall: kiosks show it after their next sync, and the follow-up site at once.")
    return EXIT_OK


def unpublish_story(args: argparse.Namespace, office: Office) -> int:
    if not office.unpublish(args.code):
        raise Refused("That idea is not on the wall.")
    print("Taken down: kiosks take it down after their next sync.")
    return EXIT_OK


def list_wall(args: argparse.Namespace, office: Office) -> int:
    for story in office.published():
        print(f"{format_code(story.receipt_code)}\t{story.published_at:%Y-%m-%d}\t{story.published_by}\t{story.headline}")
    return EXIT_OK


def list_erasures(args: argparse.Namespace, office: Office) -> int:
    found = office.erasure_requests(pending=args.pending)
    if args.json:
        print(json.dumps([line.as_json() for line in found], ensure_ascii=False, indent=1))
        return EXIT_OK
    for line in found:
        state = (
            f"done {line.handled_at:%Y-%m-%d} by {line.handled_by}"
            if line.handled_at
            else ("waiting" if line.arrived else "waiting: not arrived yet")
        )
        print(f"{format_code(line.receipt_code)}\t{line.requested_at:%Y-%m-%d %H:%M}\t{line.kiosk}\t{state}")
    if not found:
        print("No requests." if not args.pending else "No requests waiting.", file=sys.stderr)
    return EXIT_OK


def erase_contact(args: argparse.Namespace, office: Office) -> int:
    from shared_kernel.receipt_codes import normalise

    handled = office.erase(args.code, args.note)
    print(
        f"Deleted the contact details given with {format_code(normalise(args.code))}; "
        f"{handled} request(s) handled. Every kiosk deletes what it still holds at its next sync."
    )
    return EXIT_OK


def list_access_log(args: argparse.Namespace, office: Office) -> int:
    for entry in office.access_log():
        code = format_code(entry.receipt_code) if entry.receipt_code else "-"
        print(f"{entry.at:%Y-%m-%d %H:%M}\t{entry.by}\t{entry.kind}\t{code}\t{entry.why}")
    return EXIT_OK
