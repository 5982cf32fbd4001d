"""``mokoko opportunity|signup|offer``: volunteering opportunities, sign-ups and the Byttebørs."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING

from mokoko_desktop.cli.common import Commands, add_submission_options, draft_from, print_stored, stop_for, with_kiosk
from shared_kernel.command_line import EXIT_OK, Refused
from shared_kernel.demographics import AGE_GROUPS
from shared_kernel.i18n import pick

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    opportunity = commands.group("opportunity", "volunteering opportunities")
    listing = opportunity.add_parser("list", parents=[common], help="one open opportunity per line, its id first")
    listing.add_argument("--tag", metavar="T", help="only those with this interest (see the second column)")
    listing.add_argument("--near", metavar="STOP", help="only those near this stop (first) or everywhere")
    listing.set_defaults(run=with_kiosk(list_opportunities))

    signup = commands.group("signup", "volunteer sign-ups")
    add = signup.add_parser("add", parents=[common], help="sign a volunteer up exactly as the kiosk would")
    what = add.add_mutually_exclusive_group(required=True)
    what.add_argument("--opportunity", metavar="ID", help="the opportunity (see: mokoko opportunity list)")
    what.add_argument("--general", metavar="TEXT", help='"something else": what they would like to help with')
    add.add_argument("--interest", action="append", default=[], metavar="T", help="with --general: an interest (repeatable)")
    add.add_argument("--age-group", required=True, choices=AGE_GROUPS)
    add.add_argument("--availability", required=True, metavar="A", help="comma-separated: weekdays,evenings,weekends")
    add.add_argument("--frequency", choices=("once", "regular"), help="default: the opportunity's")
    add.add_argument("--message", default="")
    add.add_argument("--guardian-name", default="", help="needed for under-15")
    add.add_argument("--guardian-phone", default="", help="needed for under-15")
    add.add_argument("--guardian-consent", action="store_true", help="the parent or guardian agreed (under-15)")
    add_submission_options(add, consent_help="the volunteer agreed that their details are passed on", name_required=True)
    add.add_argument("--notify-me", action="store_true", help="an e-mail when they are contacted or placed (needs --email)")
    add.set_defaults(run=with_kiosk(add_signup))

    offer = commands.group("offer", "the Byttebørs: offers and needs")
    post = offer.add_parser("add", parents=[common], help="post an offer or a need")
    post.add_argument("--kind", required=True, choices=("offer", "need"))
    post.add_argument("--text", required=True)
    post.add_argument("--tag", action="append", default=[], metavar="T", help="an interest (repeatable; at least one)")
    post.add_argument("--place", default="", help="where (default: today's stop)")
    add_submission_options(post, consent_help="the poster agreed that the post and contact are kept")
    post.set_defaults(run=with_kiosk(add_offer))
    matches = offer.add_parser("matches", parents=[common], help="suggested matches of the day, best first")
    matches.add_argument("--day", metavar="YYYY-MM-DD", help="default: today")
    matches.set_defaults(run=with_kiosk(show_matches))


def list_opportunities(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop.clock import local_date

    if args.near and kiosk.catalogue.stop(args.near) is None:
        raise Refused(f"There is no stop {args.near!r} (see: mokoko stop list).")
    found = kiosk.opportunities.browse(local_date(kiosk.clock()), tag=args.tag, near_stop=args.near, only_near=bool(args.near))
    for info in found:
        ages = f"{info.min_age}+" if info.min_age else "all ages"
        print(
            f"{info.id}\t{','.join(info.tags)}\t{pick(info.title, 'da')} ({pick(info.organisation, 'da')})"
            f"\t{info.place_text('da')}\t{info.frequency}, {ages}"
        )
    if not found:
        print("No open opportunities match.", file=sys.stderr)
    return EXIT_OK


def add_signup(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop.signups import SignupDraft

    draft = draft_from(
        args,
        SignupDraft,
        opportunity_id=args.opportunity or "",
        general_text=args.general or "",
        interests=args.interest,
        availability=[part.strip() for part in args.availability.split(",") if part.strip()],
    )
    return print_stored(kiosk, kiosk.submit(draft, stop_for(kiosk, args.stop)), args.receipt)


def add_offer(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop.offers import OfferDraft

    draft = draft_from(args, OfferDraft, tags=args.tag)
    return print_stored(kiosk, kiosk.submit(draft, stop_for(kiosk, args.stop)), args.receipt)


def show_matches(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop.clock import local_date

    try:
        day = dt.date.fromisoformat(args.day) if args.day else local_date(kiosk.clock())
    except ValueError:
        raise Refused(f"--day must be a date like 2026-11-20, not {args.day!r}.") from None
    matches = kiosk.offers.matches(day)
    for match in matches:
        place = "same place" if match.same_place else "elsewhere"
        print(
            f"{match.score}\t{match.giver.kind} {match.giver.shown_ref} -> {match.taker.kind} {match.taker.shown_ref}"
            f"\t{','.join(match.shared_tags)}, {place}\t{match.giver.summary} -> {match.taker.summary}"
        )
    print(f"{len(matches)} suggested matches on {day}", file=sys.stderr)
    return EXIT_OK
