"""Preparing a PostgreSQL cluster for MOKOKO (``mokoko central prepare-cluster``): TLS with the
municipality's certificate, connections over the network only with TLS, kiosks authenticated by
their client certificate, city hall and the follow-up site by password from their own networks
only, and the administrator only on the server itself. Run as the cluster's user (on Debian:
``sudo -u postgres``) before ``mokoko central init``; restart the cluster afterwards.

It writes two files of the cluster's configuration folder: ``conf.d/mokoko.conf`` (included
from ``postgresql.conf``, as Debian's is) and ``pg_hba.conf`` (the one before it is kept once,
as ``pg_hba.conf.before-mokoko``). Nothing is written unless every input is usable."""

from __future__ import annotations

import datetime as dt
import getpass
import ipaddress
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from central_database.connection import CentralError
from central_database.privileges import ADMIN, DPO, KIOSK, OFFICE, PARTNER, WEB

SETTINGS_FILE = Path("conf.d") / "mokoko.conf"
HBA_FILE = "pg_hba.conf"
HBA_BEFORE = "pg_hba.conf.before-mokoko"
INCLUDE = "include_dir = 'conf.d'"
ANYWHERE = ("0.0.0.0/0", "::/0")


@dataclass(frozen=True)
class ClusterPlan:
    """What ``prepare-cluster`` was told. Networks are CIDRs; ``listen`` PostgreSQL's
    ``listen_addresses``; ``superuser`` the operating-system user that keeps peer access."""

    certificate: Path
    key: Path
    client_ca: Path
    listen: str = "*"
    office_networks: tuple[str, ...] = ()
    web_hosts: tuple[str, ...] = ()
    partner_networks: tuple[str, ...] = ()  # associations' logins (issue 31): by password, TLS only
    admin_networks: tuple[str, ...] = ()
    kiosk_networks: tuple[str, ...] = ANYWHERE
    database: str = "mokoko"
    superuser: str = field(default_factory=getpass.getuser)


def _networks(what: str, given: tuple[str, ...]) -> tuple[str, ...]:
    checked = []
    for text in given:
        try:
            checked.append(str(ipaddress.ip_network(text.strip(), strict=False)))
        except ValueError:
            raise CentralError(f"{text!r} ({what}) is not a network such as 10.20.0.0/16 or one address such as 10.30.0.5/32.") from None
    return tuple(checked)


def _pem(path: Path, what: str, kind: str) -> Path:
    path = path.resolve()
    try:
        head = path.read_text(encoding="ascii", errors="replace")[:20000]
    except OSError as error:
        raise CentralError(
            f"Cannot read {what} {path}: {error.strerror or error}. Run this as the cluster's user (sudo -u postgres)."
        ) from None
    if f"-----BEGIN {kind}" not in head and not (kind == "PRIVATE KEY" and re.search(r"-----BEGIN [A-Z ]*PRIVATE KEY", head)):
        raise CentralError(f"{path} ({what}) holds no PEM {kind.lower()}.")
    return path


def _private(key: Path, cluster_uid: int) -> None:
    """PostgreSQL starts only with a key its own user owns and no one else can read (or root owns
    and only its group can read): say so now rather than leave a cluster that will not start."""
    info = key.stat()
    if info.st_uid == cluster_uid and info.st_mode & 0o077 == 0:
        return
    if info.st_uid == 0 and info.st_mode & 0o037 == 0:
        return
    raise CentralError(
        f"The server's private key {key} can be read by others (mode {stat.filemode(info.st_mode)}): PostgreSQL will not start with it. "
        "Give it to the cluster's user with mode 0600 (chown postgres: FILE; chmod 600 FILE)."
    )


def _quoted(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def settings_text(plan: ClusterPlan, when: dt.datetime) -> str:
    """``conf.d/mokoko.conf``."""
    return (
        f"# Written by 'mokoko central prepare-cluster' on {when:%Y-%m-%d %H:%M}. Restart the cluster after a change.\n"
        f"listen_addresses = {_quoted(plan.listen)}\n"
        "ssl = on\n"
        f"ssl_cert_file = {_quoted(str(plan.certificate))}\n"
        f"ssl_key_file = {_quoted(str(plan.key))}\n"
        f"ssl_ca_file = {_quoted(str(plan.client_ca))}    # the CA that signs the kiosks' certificates\n"
        "ssl_min_protocol_version = 'TLSv1.2'\n"
        "password_encryption = 'scram-sha-256'\n"
    )


def hba_text(plan: ClusterPlan, when: dt.datetime) -> str:
    """``pg_hba.conf``: the first line that matches a connection decides. The administrator's
    lines come first, as it is a member (with ADMIN OPTION only) of every group and would
    otherwise match the kiosks' and city hall's lines too."""
    database = plan.database
    rows: list[tuple[str, ...]] = [
        ("local", "all", plan.superuser, "", "peer"),
        ("local", database, "+" + ADMIN, "", "scram-sha-256"),
    ]
    rows += [("hostssl", database, "+" + ADMIN, network, "scram-sha-256") for network in plan.admin_networks]
    rows += [("host", "all", "+" + ADMIN, network, "reject") for network in ANYWHERE]
    rows += [("hostssl", database, "+" + KIOSK, network, "cert clientcert=verify-full") for network in plan.kiosk_networks]
    for group, networks in (
        (OFFICE, plan.office_networks),
        (DPO, plan.office_networks),
        (WEB, plan.web_hosts),
        (PARTNER, plan.partner_networks),
    ):
        rows += [("hostssl", database, "+" + group, network, "scram-sha-256") for network in networks]
    rows += [("local", "all", "all", "", "reject")] + [("host", "all", "all", network, "reject") for network in ANYWHERE]
    lines = [
        f"# Written by 'mokoko central prepare-cluster' on {when:%Y-%m-%d %H:%M}; the file before it is {HBA_BEFORE}.",
        "# The first line that matches decides. Over the network only TLS; kiosks by their client certificate",
        "# (its common name is the kiosk's login), city hall and the follow-up site by password from their networks.",
        "# TYPE   DATABASE  USER  ADDRESS  METHOD",
    ]
    lines += ["  ".join(part for part in row if part) for row in rows]
    return "\n".join(lines) + "\n"


def _write(path: Path, text: str, owner: os.stat_result) -> None:
    """Whole or not at all, with the mode the file had (0600 for a new one) and, when run as root,
    the owner of the file or of the configuration (the cluster's user must read it)."""
    mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o600
    if path.exists():
        owner = path.stat()
    temporary = path.with_name(path.name + ".mokoko-new")
    temporary.write_text(text, encoding="utf-8")
    temporary.chmod(mode)
    if os.geteuid() == 0:
        os.chown(temporary, owner.st_uid, owner.st_gid)
    temporary.replace(path)


def prepare_cluster(config_dir: Path, plan: ClusterPlan, now: dt.datetime | None = None) -> list[Path]:
    """Write the cluster's TLS settings and ``pg_hba.conf`` for MOKOKO; the files written."""
    config = config_dir.resolve()
    conf = config / "postgresql.conf"
    if not conf.is_file() or not (config / HBA_FILE).is_file():
        raise CentralError(
            f"{config} is not a cluster's configuration folder (it needs postgresql.conf and {HBA_FILE}; "
            "on Debian: /etc/postgresql/VERSION/main)."
        )
    plan = ClusterPlan(
        certificate=_pem(plan.certificate, "the server's certificate", "CERTIFICATE"),
        key=_pem(plan.key, "the server's private key", "PRIVATE KEY"),
        client_ca=_pem(plan.client_ca, "the kiosks' CA certificate", "CERTIFICATE"),
        listen=plan.listen,
        office_networks=_networks("--office-network", plan.office_networks),
        web_hosts=_networks("--web-host", plan.web_hosts),
        partner_networks=_networks("--partner-network", plan.partner_networks),
        admin_networks=_networks("--admin-network", plan.admin_networks),
        kiosk_networks=_networks("--kiosk-network", plan.kiosk_networks) or ANYWHERE,
        database=plan.database,
        superuser=plan.superuser,
    )
    owner = conf.stat()  # the cluster's user owns its configuration
    _private(plan.key, owner.st_uid)
    if not re.fullmatch(r"[A-Za-z0-9_*.:, -]+", plan.listen):
        raise CentralError(f"{plan.listen!r} is not a list of addresses to listen on (e.g. '*' or '10.0.0.4, localhost').")
    when = now or dt.datetime.now().astimezone()
    written = []
    if not re.search(r"^\s*include_dir\s*=?\s*'conf\.d'", conf.read_text(encoding="utf-8"), flags=re.MULTILINE):
        _write(conf, conf.read_text(encoding="utf-8").rstrip("\n") + f"\n{INCLUDE}    # added by mokoko central prepare-cluster\n", owner)
        written.append(conf)
    settings_dir = (config / SETTINGS_FILE).parent
    if not settings_dir.exists():
        settings_dir.mkdir(mode=0o700)
        if os.geteuid() == 0:
            os.chown(settings_dir, owner.st_uid, owner.st_gid)
    _write(config / SETTINGS_FILE, settings_text(plan, when), owner)
    if not (config / HBA_BEFORE).exists():  # the one before MOKOKO's, kept once
        _write(config / HBA_BEFORE, (config / HBA_FILE).read_text(encoding="utf-8"), (config / HBA_FILE).stat())
    _write(config / HBA_FILE, hba_text(plan, when), owner)
    return [*written, config / SETTINGS_FILE, config / HBA_FILE]
