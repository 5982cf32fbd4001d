"""``mokoko central add-office-user|remove-office-user|office-email``: the people at city hall who
log in, and where routed ideas are announced to them."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from shared_kernel.command_line import EXIT_OK


def register(command: Callable[..., argparse.ArgumentParser], address_options: Callable[[argparse.ArgumentParser], None]) -> None:
    add_person = command("add-office-user", register_office_user, "give a city-hall person a login; prints their URL last")
    add_person.add_argument("name", help="their name, as citizens see it when they are an area's contact person")
    add_person.add_argument("--area", action="append", default=[], metavar="CODE", help="make them this area's contact person")
    add_person.add_argument("--login", help="their login (default: office_ and their name)")
    add_person.add_argument("--dpo", action="store_true", help="the data-protection officer: reads the access log only")
    add_person.add_argument("--email", metavar="ADDRESS", help="their work address: ideas routed to their areas are announced there")
    address_options(add_person)
    remove_person = command("remove-office-user", unregister_office_user, "take a city-hall person's login away")
    remove_person.add_argument("login")
    email = command("office-email", set_email, "set (or, left out, remove) a city-hall person's work e-mail address")
    email.add_argument("login")
    email.add_argument("address", nargs="?", default=None)


def register_office_user(args: argparse.Namespace) -> int:
    from central_database.command_line import for_others
    from central_database.office_users import add_office_user

    person = add_office_user(args.url, args.name, args.area, args.login, dpo=args.dpo, email=args.email)
    areas = f"; contact person for {', '.join(person.areas)}" if person.areas else ""
    mail = f"; routed ideas are announced to {person.email}" if person.email else ""
    print(f"{person.display_name}: login {person.role_name}{areas}{mail}")
    print(for_others(args, person.url))
    return EXIT_OK


def unregister_office_user(args: argparse.Namespace) -> int:
    from central_database.office_users import remove_office_user

    name = remove_office_user(args.url, args.login)
    print(f"{name} ({args.login}) can no longer log in; what they did stays in the history.")
    return EXIT_OK


def set_email(args: argparse.Namespace) -> int:
    from central_database.office_users import set_office_email

    name = set_office_email(args.url, args.login, args.address)
    print(f"{name}: " + (f"ideas routed to their areas are announced to {args.address.strip()}" if args.address else "no e-mail address"))
    return EXIT_OK
