"""``mokoko central ...``: city hall's side of the central database. Needs no local store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from central_database import people_commands
from shared_kernel.command_line import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, CommandGroups, Handler, Refused, require
from shared_kernel.command_options import add_url_option, passphrase, refusing, write_secret

if TYPE_CHECKING:
    from central_database.fleet import KioskState


def register(groups: CommandGroups) -> None:
    """The central database's commands, ``mokoko central …`` (the entry point ``central``)."""
    require("central", ["central"])
    central = groups.group("central", "the central database (city hall)")

    def command(name: str, handler: Handler, help_text: str, *, url: bool = True) -> argparse.ArgumentParser:
        parser = central.add_parser(name, parents=[groups.common], help=help_text)
        if url:
            add_url_option(parser)
        parser.set_defaults(run=refusing(handler, told_errors))
        return parser

    init_command = command("init", init, "create or upgrade the central schema (a superuser's URL) and the administrator's login")
    init_command.add_argument(
        "--admin-login", default="mokoko_administrator", metavar="NAME", help="the administrator's login (default: mokoko_administrator)"
    )
    init_command.add_argument(
        "--admin-url-file",
        type=Path,
        metavar="FILE",
        help="write the administrator's URL (with a new password) here, readable by you only; without it a new login's URL is printed last",
    )
    init_command.add_argument("--new-admin-password", action="store_true", help="give the administrator's login a new password")
    add_device = command("add-device", register_device, "register a kiosk; prints its URL last")
    add_device.add_argument("name")
    add_device.add_argument("--qr", action="store_true", help="also show the kiosk's URL as a QR code")
    add_device.add_argument(
        "--client-certificate",
        metavar="DIR",
        help="log in with a client certificate, no password: the folder on the kiosk with kiosk.crt, kiosk.key and root.crt",
    )
    _address_options(add_device)
    keys = command("keygen", make_key, "make the key pair kiosks seal personal data to; the private key goes to --out only")
    keys.add_argument("--out", type=Path, required=True, metavar="KEYFILE", help="new file for the private key (never overwritten)")
    remove_kiosk = command("remove-device", unregister_device, "take a kiosk's credential away (stolen or retired)")
    remove_kiosk.add_argument("kiosk", help="its name, receipt-code tag or login")
    people_commands.register(command, _address_options)
    web = command("add-web-reader", register_web_reader, "a login for the citizens' follow-up site; prints its URL last")
    web.add_argument("name", help="e.g. the site's host name: borger.randers.dk")
    _address_options(web)
    load = command("load-catalogue", load_catalogue_file, "load a catalogue JSON centrally")
    load.add_argument("path", type=Path)
    command("prune-log", prune_log, "drop superseded change-log entries")
    command("purge", purge_expired, "delete what is past the period the consent texts promise (run nightly)")
    records = command("records-of-processing", write_records, "the data protection officer's record of processing (GDPR article 30)")
    records.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx", help="where to write it (replaced whole if it is there)")
    records.add_argument("--language", choices=("da", "en"), default="da", help="the record's language (default: da)")
    watchdog = command("watchdog", watch_sessions, "end kiosk, web and city-hall sessions past their limits (run as a service)")
    watchdog.add_argument("--every", type=float, default=5.0, metavar="SECONDS", help="how often to look (default 5)")
    watchdog.add_argument("--once", action="store_true", help="look once and exit")
    backup = command("backup", make_backup, "dump the central database with a manifest of what it holds (a superuser's URL)")
    backup.add_argument("--out", type=Path, required=True, metavar="DIR", help="a new or empty folder")
    backup.add_argument("--pg-bin", type=Path, metavar="DIR", help="the server version's programs (default: PATH, then the newest)")
    restore = command(
        "restore-check", check_restore, "restore a backup into a scratch cluster and check it against its manifest", url=False
    )
    restore.add_argument("folder", type=Path)
    restore.add_argument("--pg-bin", type=Path, metavar="DIR", help="programs of the backed-up server's version or newer")
    restore.add_argument("--without-kiosk", action="store_true", help="leave out the check that a scratch kiosk syncs with the copy")
    fleet_command = command("fleet", show_fleet, "every kiosk's health as its last sync reported it, with alerts")
    fleet_command.add_argument("--json", action="store_true", help="as JSON, one object per kiosk")
    fleet_command.add_argument("--check", action="store_true", help="exit 1 when any alert stands (for monitoring)")
    required = command("require-version", set_required_version, "the oldest kiosk version city hall supports")
    required.add_argument("version", help="e.g. 0.2.0; kiosks older than it tell staff and raise an alert")
    offer = command("offer-update", offer_kiosk_update, "offer kiosks a new version, from its offline bundle (tools/kiosk_bundle.py)")
    offer.add_argument("--bundle", type=Path, metavar="DIR", help="the bundle's folder: its version and SHA-256 are offered")
    offer.add_argument("--bundle-url", metavar="URL", help="where kiosks download that folder (https://…); without it, USB sticks only")
    offer.add_argument("--withdraw", action="store_true", help="offer no version (kiosks keep the one they have)")
    cluster = command("prepare-cluster", prepare, "set a PostgreSQL cluster up for MOKOKO: TLS, pg_hba.conf (as its user)", url=False)
    cluster.add_argument("--config-dir", type=Path, required=True, metavar="DIR", help="e.g. /etc/postgresql/16/main")
    cluster.add_argument("--certificate", type=Path, required=True, metavar="FILE", help="the server's certificate (PEM, with its chain)")
    cluster.add_argument("--key", type=Path, required=True, metavar="FILE", help="its private key (the cluster user's, mode 0600)")
    cluster.add_argument("--client-ca", type=Path, required=True, metavar="FILE", help="the CA certificate that signs kiosks' certificates")
    cluster.add_argument("--listen", default="*", metavar="ADDRESSES", help="listen_addresses (default: *)")
    for option, what in (
        ("--office-network", "city hall's PCs and the mail sender's host"),
        ("--web-host", "the follow-up site's host"),
        ("--partner-network", "where associations' contact persons log in from (default: nowhere)"),
        ("--admin-network", "where the administrator may log in from besides the server itself (default: nowhere)"),
        ("--kiosk-network", "where kiosks connect from (default: anywhere, with their certificate)"),
    ):
        cluster.add_argument(option, action="append", default=[], metavar="CIDR", help=f"{what}; repeat for more")
    cluster.add_argument("--database", default="mokoko", help="the database's name (default: mokoko)")
    serve = command("serve-embedded", serve_embedded, "run a local PostgreSQL for demos", url=False)
    serve.add_argument("--dir", type=Path, required=True, help="where its data lives (made if missing)")


def _address_options(parser: argparse.ArgumentParser) -> None:
    """Where the new login reaches the database from its own machine (the administrator's URL is
    often the server's local socket)."""
    parser.add_argument(
        "--server", metavar="HOST[:PORT]", help="the database server's address as that machine reaches it (default: the URL's)"
    )
    parser.add_argument("--root-cert", metavar="FILE", help="on that machine, the CA certificate that verifies the server's (sslrootcert)")


def for_others(args: argparse.Namespace, url: str, certificate_dir: str | None = None) -> str:
    from central_database.connection import url_for_others

    return url_for_others(url, server=args.server, root_cert=args.root_cert, certificate_dir=certificate_dir)


def told_errors() -> tuple[type[Exception], ...]:
    """What the central commands tell in plain words: the database unreachable or refusing, a
    catalogue file with problems."""
    from central_database.connection import CentralError
    from shared_kernel.catalogue_file import CatalogueError

    return (CentralError, CatalogueError)


def register_web_reader(args: argparse.Namespace) -> int:
    from central_database.web_readers import add_web_reader

    url = add_web_reader(args.url, args.name)
    print("A login that can look up one receipt code at a time and read nothing else. Its URL (for 'mokoko followup serve --url'):")
    print(for_others(args, url))
    return EXIT_OK


def init(args: argparse.Namespace) -> int:
    from central_database.schema import ensure_admin_login, init_central

    print(f"Central schema at revision {init_central(args.url)}")
    admin_url = ensure_admin_login(args.url, args.admin_login, new_password=args.new_admin_password)
    if admin_url is None:
        print(f"The administrator's login {args.admin_login} keeps its password (--new-admin-password gives it a new one).")
    elif args.admin_url_file is not None:
        write_secret(args.admin_url_file, admin_url)
        print(
            f"The administrator's URL ({args.admin_login}) is in {args.admin_url_file}: use it with --url-file for every "
            "other central command."
        )
    else:
        print(f"The administrator's URL ({args.admin_login}), for --url-file or $MOKOKO_CENTRAL_URL:")
        print(admin_url)
    return EXIT_OK


def watch_sessions(args: argparse.Namespace) -> int:
    from central_database.watchdog import watch

    watch(args.url, every=args.every, once=args.once)
    return EXIT_OK


def register_device(args: argparse.Namespace) -> int:
    from central_database.devices import add_device

    device = add_device(args.url, args.name, certificate=args.client_certificate is not None)
    url = for_others(args, device.url, args.client_certificate)
    print(f"Kiosk {device.name!r}: receipt codes start with {device.tag}; login role {device.role_name}")
    if args.client_certificate is not None:
        print(
            f"It has no password: give it a certificate with the common name {device.role_name} signed by the kiosks' CA, "
            f"as kiosk.crt and kiosk.key (mode 0600) in {args.client_certificate} with the server's CA as root.crt."
        )
    if args.qr:
        import qrcode

        code = qrcode.QRCode(border=2)
        code.add_data(url)
        code.print_ascii(invert=True)
    print(url)
    return EXIT_OK


def make_key(args: argparse.Namespace) -> int:
    from central_database.keys import keygen

    public = keygen(args.url, args.out, passphrase("Passphrase for the new key file: ", twice=True))
    print(f"New key {public.key_id}: kiosks seal new personal data to it from their next sync.")
    print(
        f"The private key is in {args.out}, encrypted with the passphrase. Keep both safe: without them, "
        "what was sealed to this key can never be read."
    )
    return EXIT_OK


def unregister_device(args: argparse.Namespace) -> int:
    from central_database.devices import remove_device

    device = remove_device(args.url, args.kiosk)
    print(f"Kiosk {device.name!r} ({device.tag}) can no longer connect; what it sent stays, and its tag is not reused.")
    return EXIT_OK


def load_catalogue_file(args: argparse.Namespace) -> int:
    from central_database.catalogue import load_catalogue

    counts = load_catalogue(args.url, args.path)
    print("Loaded centrally: " + ", ".join(f"{count} {kind}" for kind, count in counts.items()))
    return EXIT_OK


def purge_expired(args: argparse.Namespace) -> int:
    from central_database.retention import purge_expired as purge

    counts = purge(args.url)
    print("Deleted: " + ", ".join(f"{count} {what}" for what, count in counts.items()))
    return EXIT_OK


def write_records(args: argparse.Namespace) -> int:
    from central_database.records_of_processing import RecordNotWritten, write_record

    try:
        out = write_record(args.url, args.out, language=args.language)
    except RecordNotWritten as error:
        raise Refused(str(error)) from error
    print(f"The record of processing activities is in {out}.")
    return EXIT_OK


def prune_log(args: argparse.Namespace) -> int:
    from central_database.change_log import prune_change_log

    print(f"Dropped {prune_change_log(args.url)} superseded change-log entries")
    return EXIT_OK


def serve_embedded(args: argparse.Namespace) -> int:
    import signal
    import threading

    from central_database.embedded import ADMIN_URL_FILE, start_embedded, stop_embedded
    from central_database.watchdog import Watchdog

    directory = args.dir
    server, admin_url = start_embedded(directory)
    admin_file = directory / ADMIN_URL_FILE
    watchdog = Watchdog(admin_url)
    watchdog.start()
    stop = threading.Event()
    for signal_number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signal_number, lambda *_: stop.set())
    print(f"Embedded PostgreSQL for MOKOKO is running (data in {directory}). Stop it with Ctrl+C.", flush=True)
    print(
        f"The administrator's URL is in {admin_file} (readable by you only): give it to the other central commands "
        f"with --url-file {admin_file}",
        flush=True,
    )
    stop.wait()
    watchdog.stop()
    stop_embedded(server)
    print("Stopped.", flush=True)
    return EXIT_OK


def show_fleet(args: argparse.Namespace) -> int:
    import json

    from central_database.fleet import fleet

    kiosks = fleet(args.url)
    if args.json:
        print(json.dumps([kiosk.as_json() for kiosk in kiosks], ensure_ascii=False, indent=2))
    else:
        for kiosk in kiosks:
            print(kiosk.line())
            for alert in kiosk.alerts:
                print(f"  ! {alert.text}")
        if not kiosks:
            print("No kiosks are registered ('mokoko central add-device').")
        _print_offer(args.url, kiosks)
    alerts = sum(len(kiosk.alerts) for kiosk in kiosks)
    if args.check and alerts:
        print(f"{alerts} alerts stand.", file=sys.stderr)
        return EXIT_REFUSED
    return EXIT_OK


def _print_offer(url: str, kiosks: list[KioskState]) -> None:
    """The version offered ('mokoko central offer-update') and how many kiosks run it already."""
    from central_database.fleet import offered_update
    from shared_kernel.versions import version_key

    offer = offered_update(url)
    if offer is not None:
        running = sum(1 for kiosk in kiosks if kiosk.version and version_key(kiosk.version) >= version_key(offer.version))
        print(f"City hall offers version {offer.version}: {running} of {len(kiosks)} kiosks run it or newer.")


def set_required_version(args: argparse.Namespace) -> int:
    from central_database.fleet import require_version

    before = require_version(args.url, args.version)
    print(f"Kiosks need version {args.version} or newer (before: {before}); older ones tell staff at their next sync.")
    return EXIT_OK


def offer_kiosk_update(args: argparse.Namespace) -> int:
    from central_database.fleet import UpdateOffer, offer_update
    from shared_kernel.kiosk_bundles import BundleError, read_manifest

    if args.withdraw == (args.bundle is not None):
        print("Give either --bundle DIR (the version to offer) or --withdraw.", file=sys.stderr)
        return EXIT_USAGE
    offer = None
    if args.bundle is not None:
        try:
            bundle = read_manifest(args.bundle)
        except BundleError as error:
            print(f"{error}. Give the folder tools/kiosk_bundle.py wrote.", file=sys.stderr)
            return EXIT_REFUSED
        offer = UpdateOffer(bundle.version, bundle.digest, args.bundle_url)
    before = offer_update(args.url, offer)
    if offer is None:
        print(f"No version is offered any more (before: {before.version if before else 'none'}).")
        return EXIT_OK
    where = f"from {offer.bundle_url} or a USB stick" if offer.bundle_url else "from a USB stick with the bundle"
    print(f"Kiosks are offered version {offer.version} (bundle SHA-256 {offer.bundle_sha256}); staff install it {where}.")
    return EXIT_OK


def prepare(args: argparse.Namespace) -> int:
    from central_database.cluster_setup import ClusterPlan, prepare_cluster

    plan = ClusterPlan(
        certificate=args.certificate,
        key=args.key,
        client_ca=args.client_ca,
        listen=args.listen,
        office_networks=tuple(args.office_network),
        partner_networks=tuple(args.partner_network),
        web_hosts=tuple(args.web_host),
        admin_networks=tuple(args.admin_network),
        kiosk_networks=tuple(args.kiosk_network),
        database=args.database,
    )
    for path in prepare_cluster(args.config_dir, plan):
        print(f"Written: {path}")
    print(
        "Restart the cluster (e.g. pg_ctlcluster 16 main restart), then create the database and the schema: "
        f"createdb {args.database} && mokoko central init --url postgresql:///{args.database} --admin-url-file /etc/mokoko/admin.url"
    )
    return EXIT_OK


def make_backup(args: argparse.Namespace) -> int:
    from central_database.backup import backup

    manifest = backup(args.url, args.out, args.pg_bin)
    rows = sum(manifest.counts.values())
    print(f"Backup written to {args.out}: {rows:,} rows in {len(manifest.counts)} tables, schema {manifest.revision}, {manifest.made_at}.")
    print(f"Prove it can be restored: mokoko central restore-check {args.out}")
    return EXIT_OK


def check_restore(args: argparse.Namespace) -> int:
    from central_database.backup import extra_check_names, restore_check

    problems = restore_check(args.folder, args.pg_bin, extra_checks=not args.without_kiosk)
    for problem in problems:
        print(f"PROBLEM: {problem}", file=sys.stderr)
    if problems:
        print(f"The backup in {args.folder} is NOT proven: {len(problems)} problems (above).", file=sys.stderr)
        return EXIT_REFUSED
    extra = "" if args.without_kiosk else "".join(f"; {name}: passed" for name in extra_check_names())
    print(f"The backup in {args.folder} restores whole: every count, the access log and every grant as declared{extra}.")
    return EXIT_OK
