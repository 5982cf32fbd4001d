"""``mokoko followup ...``: what a citizen can do with their receipt code at the kiosk."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from mokoko_desktop.cli.common import EXIT_OK, Commands, Refused, add_url_option, refused_on_central_error

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    followup = commands.add_parser("followup", help="a citizen's receipt code: follow up, delete").add_subparsers(
        dest="action", required=True
    )
    erase = followup.add_parser("erase", parents=[common], help="'Slet mine oplysninger': delete the contact details given with a code")
    erase.add_argument("code", help="the receipt code (of an idea, a sign-up or a Byttebørs post, from any kiosk)")
    erase.set_defaults(func=request_erasure)
    serve = followup.add_parser("serve", parents=[common], help="the citizens' follow-up web site (what a receipt's QR code opens)")
    add_url_option(serve, "a web reader's URL (mokoko central add-web-reader)")
    serve.add_argument("--host", default="127.0.0.1", help="where to listen (default 127.0.0.1: behind the municipality's web server)")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--behind-proxy", action="store_true",
                       help="trust X-Forwarded-For from a reverse proxy on this machine (the rate limit then counts citizens)")  # fmt: skip
    serve.set_defaults(standalone=refused_on_central_error(serve_site))


def serve_site(args: argparse.Namespace, data_dir: Path) -> int:
    import uvicorn

    from followup_site.app import FollowUpSite
    from followup_site.server import config

    site = FollowUpSite(args.url)
    print(f"The follow-up site listens on http://{args.host}:{args.port}/ (Ctrl+C stops it)", flush=True)
    uvicorn.Server(config(site.app, args.host, args.port, behind_proxy=args.behind_proxy)).run()
    return EXIT_OK


def request_erasure(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from mokoko_desktop.erasure import CodeOfAnotherKiosk
    from shared_kernel.receipt_codes import InvalidReceiptCode, format_code

    try:
        here = kiosk.request_erasure(args.code)
    except InvalidReceiptCode as error:
        raise Refused(str(error)) from None
    except CodeOfAnotherKiosk as error:
        raise Refused(f"{format_code(str(error))} was printed by another kiosk: ask there, or ask city hall "
                      "('mokoko office erase'). Nothing was stored here.") from None  # fmt: skip
    code = format_code(kiosk.follow_up(args.code).code)
    print(f"Deleted here: the contact details given with {code}." if here else f"This kiosk holds no contact details of {code}.")
    print("City hall deletes them centrally and on every kiosk after the next sync.")
    return EXIT_OK
