"""``mokoko central add-office-user|remove-office-user|office-email|add-partner|partner-key|remove-partner``:
the people at city hall who log in (and where routed ideas are announced to them), and the
associations that run volunteer opportunities."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from shared_kernel.command_line import EXIT_OK
from shared_kernel.command_options import passphrase


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
    partner = command("add-partner", register_partner, "an association's login: it sees its own opportunities' volunteers only")
    partner.add_argument("name", help="e.g. 'Havndal Vennetjeneste'")
    partner.add_argument("--opportunity", action="append", required=True, metavar="ID", help="an opportunity it runs; repeat for more")
    partner.add_argument("--login", help="its login (default: partner_ and its name)")
    partner.add_argument(
        "--key-out", type=Path, metavar="KEYFILE", help="also make its key pair, the private key here ($MOKOKO_KEY_PASSPHRASE or asked)"
    )
    address_options(partner)
    partner_key = command("partner-key", make_partner_key, "give an association a (new) key pair for its volunteers' contact details")
    partner_key.add_argument("login")
    partner_key.add_argument("--out", type=Path, required=True, metavar="KEYFILE", help="new file for its private key")
    remove_partner = command("remove-partner", unregister_partner, "take an association's login away")
    remove_partner.add_argument("login")
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


def register_partner(args: argparse.Namespace) -> int:
    from central_database.command_line import for_others
    from central_database.partners import add_partner

    phrase = passphrase("Passphrase for the association's new key file: ", twice=True) if args.key_out else ""
    partner = add_partner(args.url, args.name, args.opportunity, args.login, key_out=args.key_out, passphrase=phrase)
    print(f"{partner.name}: login {partner.role_name}; sees the volunteers of {', '.join(partner.opportunities)}")
    if partner.key_id:
        print(f"Its key {partner.key_id} is in {args.key_out}: give the file and its passphrase to the association only.")
    else:
        print(f"It has no key yet: city hall hands contact details over once it has one (mokoko central partner-key {partner.role_name}).")
    print(for_others(args, partner.url))
    return EXIT_OK


def make_partner_key(args: argparse.Namespace) -> int:
    from central_database.partners import new_partner_key

    public = new_partner_key(args.url, args.login, args.out, passphrase("Passphrase for the association's new key file: ", twice=True))
    print(f"New key {public.key_id} for {args.login} in {args.out}: new volunteers' contact details are handed over to it.")
    return EXIT_OK


def unregister_partner(args: argparse.Namespace) -> int:
    from central_database.partners import remove_partner

    name = remove_partner(args.url, args.login)
    print(f"{name} ({args.login}) can no longer log in; what it marked stays in the history.")
    return EXIT_OK


def set_email(args: argparse.Namespace) -> int:
    from central_database.office_users import set_office_email

    name = set_office_email(args.url, args.login, args.address)
    print(f"{name}: " + (f"ideas routed to their areas are announced to {args.address.strip()}" if args.address else "no e-mail address"))
    return EXIT_OK
