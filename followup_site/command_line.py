"""``mokoko followup serve``: the citizens' follow-up web site (the entry point ``followup-site``)."""

from __future__ import annotations

import argparse

from shared_kernel.command_line import EXIT_OK, CommandGroups, require
from shared_kernel.command_options import add_url_option, refusing


def register(groups: CommandGroups) -> None:
    require("web", ["followup"])
    followup = groups.group("followup", "a citizen's receipt code: follow up, delete")
    serve = followup.add_parser("serve", parents=[groups.common], help="the citizens' follow-up web site (what a receipt's QR code opens)")
    add_url_option(serve, "a web reader's URL (mokoko central add-web-reader)")
    serve.add_argument("--host", default="127.0.0.1", help="where to listen (default 127.0.0.1: behind the municipality's web server)")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument(
        "--behind-proxy",
        action="store_true",
        help="trust X-Forwarded-For from a reverse proxy on this machine (the rate limit then counts citizens)",
    )
    serve.set_defaults(run=refusing(serve_site, told_errors))


def told_errors() -> tuple[type[Exception], ...]:
    """What ``followup serve`` tells in plain words: the central database unreachable or refusing."""
    from central_database.connection import CentralError

    return (CentralError,)


def serve_site(args: argparse.Namespace) -> int:
    import uvicorn

    from followup_site.app import FollowUpSite
    from followup_site.server import config

    site = FollowUpSite(args.url)
    print(f"The follow-up site listens on http://{args.host}:{args.port}/ (Ctrl+C stops it)", flush=True)
    uvicorn.Server(config(site.app, args.host, args.port, behind_proxy=args.behind_proxy)).run()
    return EXIT_OK
