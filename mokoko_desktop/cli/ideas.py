"""``mokoko idea add|hide|unhide|show``: ideas collected on paper, moderation at the stop, and what
became of one."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mokoko_desktop.cli.common import Commands, add_submission_options, draft_from, print_stored, stop_for, with_data_dir, with_kiosk
from shared_kernel.command_line import EXIT_OK, EXIT_STORE, Refused
from shared_kernel.demographics import AGE_GROUPS
from shared_kernel.i18n import pick
from shared_kernel.moderation_reasons import REASONS
from shared_kernel.receipt_codes import InvalidReceiptCode, format_code

if TYPE_CHECKING:
    from mokoko_desktop.followup import FollowUp
    from mokoko_desktop.kiosk import Kiosk


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    idea = commands.group("idea", "add or show ideas")
    add = idea.add_parser("add", parents=[common], help="store an idea exactly as the kiosk would")
    add.add_argument("--theme", required=True, metavar="CODE", help="theme code (see: mokoko theme list)")
    add.add_argument("--text", required=True, help="the idea, 1 to 2000 characters")
    add_submission_options(add, consent_help="the citizen agreed that contact details are kept")
    add.add_argument("--age-group", choices=AGE_GROUPS)
    add.add_argument("--home-area", metavar="CODE")
    add.add_argument("--assisted", action="store_true", help="typed in by staff on the citizen's behalf")
    add.add_argument("--notify-me", action="store_true", help="the citizen wants an e-mail when city hall answers (needs --email)")
    add.add_argument(
        "--date",
        type=_paper_date,
        metavar="YYYY-MM-DD",
        help="the date written on a paper form typed in now (implies --assisted; give its --stop too)",
    )
    add.set_defaults(run=with_kiosk(add_idea))
    hide = idea.add_parser("hide", parents=[common], help="hide an abusive idea from every public wall (city hall still sees it)")
    hide.add_argument("code")
    hide.add_argument("--reason", required=True, choices=tuple(REASONS), help="why (recorded with the time)")
    hide.set_defaults(run=with_kiosk(hide_idea))
    unhide = idea.add_parser("unhide", parents=[common], help="show a hidden idea again (after a mistake)")
    unhide.add_argument("code")
    unhide.set_defaults(run=with_kiosk(unhide_idea))
    show = idea.add_parser("show", parents=[common], help="show the idea behind a receipt code (another kiosk's: asks centrally)")
    show.add_argument("code")
    show.add_argument("--central-url", metavar="URL", help="for another kiosk's code; default: $MOKOKO_CENTRAL_URL or the setting")
    show.set_defaults(run=with_data_dir(show_idea))


def add_idea(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop.ideas import IdeaDraft

    draft = draft_from(args, IdeaDraft, theme_code=args.theme, home_area_code=args.home_area, written_on=args.date)
    return print_stored(kiosk, kiosk.submit(draft, stop_for(kiosk, args.stop)), args.receipt)


def _paper_date(typed: str) -> dt.date:
    try:
        return dt.date.fromisoformat(typed)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{typed!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-12-03") from None


def hide_idea(kiosk: Kiosk, args: argparse.Namespace) -> int:
    return _moderate(kiosk, args.code, args.reason)


def unhide_idea(kiosk: Kiosk, args: argparse.Namespace) -> int:
    return _moderate(kiosk, args.code, "")


def _moderate(kiosk: Kiosk, typed: str, reason: str) -> int:
    from mokoko_desktop.moderation import ModerationRefused

    try:
        code = kiosk.hide_idea(typed, reason)
    except (InvalidReceiptCode, ModerationRefused) as error:
        raise Refused(f"{error} Nothing was changed.") from None
    what = f"hidden ({reason}): no public wall will show it" if reason else "shown again"
    print(f"{format_code(code)} {what}; city hall sees this at the next sync.")
    return EXIT_OK


def show_idea(args: argparse.Namespace, data_dir: Path) -> int:
    """Needs no database layer: the store file is read with plain SQL, so it answers at once."""
    from mokoko_desktop.followup import look_up
    from mokoko_desktop.paths import DATABASE_FILE
    from mokoko_desktop.store_file import StoreError, open_read_only

    try:
        connection = None if args.demo else open_read_only(data_dir / DATABASE_FILE)
        if connection is None:  # a new store, an older schema, or the demo set-up: open it properly once
            from mokoko_desktop.bootstrap import open_kiosk

            open_kiosk(data_dir, demo=args.demo).close()
            connection = open_read_only(data_dir / DATABASE_FILE)
    except StoreError as error:
        print(str(error), file=sys.stderr)
        return EXIT_STORE
    assert connection is not None, "a store that was just opened has the current schema"
    try:
        found = look_up(connection, args.code)
    except InvalidReceiptCode as error:
        raise Refused(str(error)) from None
    finally:
        connection.close()
    if found.from_other_kiosk:
        found = _ask_central(found, data_dir, args)
    if not found.known:
        raise Refused(f"No idea with the code {format_code(found.code)} is known here yet.")
    _print_follow_up(found)
    return EXIT_OK


_CENTRAL_PROBLEMS = {
    "no_connection": "this kiosk has no central database set up (setting central_url), so it can follow up its own codes only",
    "unreachable": "the central database cannot be reached now; try again when the kiosk is online",
    "too_many": "this kiosk has looked up too many codes in the last minute; try again in a minute",
}


def _ask_central(found: FollowUp, data_dir: Path, args: argparse.Namespace) -> FollowUp:
    """Another kiosk's code: what the central database shows anyone with it, or Refused."""
    from mokoko_desktop import bootstrap

    kiosk = bootstrap.open_kiosk(data_dir, demo=args.demo)
    try:
        url = bootstrap.central_url(kiosk, args.central_url)
    finally:
        kiosk.close()
    asked = bootstrap.ask_central(found, url)
    code = format_code(found.code)
    if asked.central_problem is not None:
        raise Refused(f"The code {code} was made by another kiosk, and {_CENTRAL_PROBLEMS[asked.central_problem]}.")
    if asked.elsewhere is None:
        raise Refused(f"The code {code} was made by another kiosk, and the central database does not know it yet (not sent yet?).")
    return asked


def _print_follow_up(found: FollowUp) -> None:
    print(f"Code:     {format_code(found.code)}")
    idea = found.idea
    if idea is not None:
        if idea.typed_at is not None:  # from a paper form: its date, and when it was typed in
            print(f"Given:    {idea.created_at.astimezone():%Y-%m-%d} at {idea.stop_place} (paper form)")
            print(f"Typed in: {idea.typed_at.astimezone():%Y-%m-%d %H:%M}")
        else:
            print(f"Given:    {idea.created_at.astimezone():%Y-%m-%d %H:%M} at {idea.stop_place}")
        print(f"Theme:    {pick(idea.theme_title, 'en') if idea.theme_title else idea.theme_code}")
        if idea.contact_purged:
            contact = "deleted here after it reached the municipality"
        else:
            contact = "kept with consent" if idea.contact_kept else "none given"
        print(f"Contact:  {contact}")
        conflict = " (conflict, kept aside centrally)" if idea.sync_conflict else ""
        print(f"Synced:   {'yes' if idea.synced else 'not yet'}{conflict}")
    elif found.elsewhere is not None:
        elsewhere = found.elsewhere
        given = f"{elsewhere.created_at.astimezone():%Y-%m-%d %H:%M} " if elsewhere.created_at else ""
        print(f"Given:    {given}at {elsewhere.stop_place or 'another kiosk'} (another kiosk; its text is kept centrally)")
        what = {"idea": elsewhere.theme_title, "signup": elsewhere.opportunity_title}.get(elsewhere.kind)
        if what:
            print(f"{'Theme:' if elsewhere.kind == 'idea' else 'Task:':<10}{pick(what, 'en')}")
        if elsewhere.kind != "idea":
            print(f"Kind:     {'sign-up' if elsewhere.kind == 'signup' else 'Byttebørs post'}")
            if found.signup_status:
                print(f"Status:   {found.signup_status}")
            return
    else:
        print("Given at another kiosk; its text is kept centrally.")
    if found.status is not None:
        print(f"Status:   {found.status_text('en')} ({found.status.status}), {found.status.set_at[:16]}")
        if found.status.public_reply:
            print(f"Reply:    {found.status.public_reply}")
        if found.status.translated_reply:
            print(f"Reply ({found.status.language}): {found.status.translated_reply}")
        if found.status.reason:
            print(f"Reason:   {found.status.reason}")
        if found.elsewhere is not None and found.status.contact_name:
            print(f"Answered by: {found.status.contact_name}")
    else:
        print("Status:   no reply yet")
    if idea is not None:
        print("Idea:")
        print(idea.text)
