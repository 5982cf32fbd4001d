"""One sync: push what is new, pull what changed, purge contact details that are no longer
needed here, and remember how it went (for the staff panel and the indicator)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import psycopg
from sqlalchemy import text
from sqlmodel import select

from central_database.connection import CentralError, CentralUnreachable, NotAllowed, connect
from mokoko_desktop.clock import local_date
from mokoko_desktop.erasure import erase_pulled
from mokoko_desktop.health import required_version
from mokoko_desktop.models import SUBMISSION_MODELS, Device, SyncState
from mokoko_desktop.personal_data import has_key, purge_condition, seal_leftovers
from mokoko_desktop.sync_problem import NOT_ALLOWED, REFUSED, UNREACHABLE
from shared_kernel.redact import mask_secrets
from sync.actions import push_actions, refused_actions, unsent_actions
from sync.health_report import report_health
from sync.pull import PullResult, catalogue_problems, pull_changes
from sync.push import PushResult, pending_count, push_pending, refused_count

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk
    from mokoko_desktop.models import Stop

log = logging.getLogger(__name__)

LAST_SUCCESS, LAST_ERROR = "last_success_at", "last_error"
SERVING = "serving"  # the stop the central database took this kiosk at, on which day, as which kiosk
LONG_PUSH = 1000  # records waiting: a catch-up, whose progress staff see


@dataclass
class SyncReport:
    """What one sync did."""

    push: PushResult = field(default_factory=PushResult)
    pull: PullResult = field(default_factory=PullResult)
    purged: int = 0
    waiting: int = 0
    refused: int = 0  # all the records set aside here so far (this sync's and earlier ones)
    new_identity: tuple[str, str] | None = None  # (tag, name) the central database gave this kiosk
    erasure_requests: int = 0  # citizens' requests to delete their details, sent to city hall
    moderation: int = 0  # ideas staff hid (or showed again), sent to city hall
    vouchers: int = 0  # food-basket vouchers issued or redeemed here, reported

    def summary(self) -> str:
        pushed = self.push.by_kind
        parts = [f"pushed {pushed.get('idea', 0)} ideas, {pushed.get('signup', 0)} sign-ups, {pushed.get('offer', 0)} Byttebørs posts"]
        if self.push.conflicts:
            parts.append(f"{self.push.conflicts} conflicts kept aside centrally")
        if self.refused:
            parts.append(f"{self.refused} records could not be sent (set aside here; see the log, then 'mokoko sync --retry-refused')")
        parts.append(f"pulled {self.pull.applied} changes" + (" (started over)" if self.pull.started_over else ""))
        if self.erasure_requests:
            parts.append(f"sent {self.erasure_requests} erasure requests")
        if self.moderation:
            parts.append(f"sent {self.moderation} moderation changes")
        if self.vouchers:
            parts.append(f"reported {self.vouchers} vouchers")
        if self.purged:
            parts.append(f"deleted contact details of {self.purged} records here")
        parts.append(f"{self.waiting} waiting")
        return ", ".join(parts)


@dataclass(frozen=True)
class SyncStatus:
    """What staff and the indicator see."""

    waiting: int
    conflicts: int
    last_success_at: str | None
    last_error: str | None  # in English, for the log and a tooltip
    refused: int = 0  # records the central database would not take; set aside here
    catalogue_problems: int = 0  # pulled catalogue rows kept out (their previous versions stay)
    sealing_key: bool = True  # without the municipality's public key no contact details are taken
    last_problem: str | None = None  # the kind of the last sync's problem (problem_kind), what staff are told
    required_version: str | None = None  # a newer kiosk version city hall requires (its fleet policy), or None


def purge_contacts(kiosk: Kiosk, now: dt.datetime) -> int:
    """Delete the (sealed) contact details of ideas, sign-ups and posts synced more than the
    retention days ago. Returns how many records were purged."""
    days = kiosk.settings.get("contact_retention_days")
    cutoff = (now - dt.timedelta(days=days)).isoformat(timespec="microseconds")
    purged = 0
    with kiosk.store.writing() as connection:
        for model in SUBMISSION_MODELS:  # the records themselves and their codes stay for follow-up
            table, columns = model.__tablename__, model.personal_columns
            result = connection.execute(
                text(
                    f"UPDATE {table} SET {', '.join(f'{c} = NULL' for c in columns)}, contact_purged_at = :now "
                    f"WHERE synced_at IS NOT NULL AND synced_at <= :cutoff AND {purge_condition(columns)}"
                ),
                {"now": now.isoformat(timespec="microseconds"), "cutoff": cutoff},
            )
            if result.rowcount:
                log.info("Purged contact details of %d synced %s records", result.rowcount, table)
            purged += result.rowcount
    if purged:
        kiosk.store.checkpoint()  # the purged details must not stay readable in the -wal file
    return purged


def _adopt_central_identity(kiosk: Kiosk, central: psycopg.Connection) -> tuple[str, str] | None:
    """The central database decides this kiosk's receipt-code tag (unique across the fleet).
    Stores a new tag and name locally and returns them (None when nothing changed); the kiosk
    object itself is not touched here (this may run on a worker thread)."""
    row = central.execute("SELECT id::text, name, tag FROM mokoko.device WHERE role_name = current_user").fetchone()
    if row is None:
        raise CentralError(
            "The central database does not know this kiosk's login. Ask for a new connection URL ('mokoko central add-device')."
        )
    _central_id, name, tag = row
    if tag == kiosk.device.tag:
        return None
    with kiosk.store.session(writes=True) as session:
        device = session.exec(select(Device)).one()
        device.tag, device.name = tag, name
        session.add(device)
    log.info("Receipt codes now start with %s, the tag the central database gave this kiosk", tag)
    return tag, name


def _serve_today_stop(kiosk: Kiosk, central: psycopg.Connection, stop: Stop | None, tag: str) -> None:
    """Tell the central database where this kiosk stands today, so it pulls the vouchers given
    there by other kiosks (taken only for a stop on today's tour plan). Once it has taken the stop,
    the kiosk does not ask again that day (a kiosk serves a stop for good once taken)."""
    if stop is None:
        return
    serving = {"stop": stop.id, "day": local_date(kiosk.clock()).isoformat(), "tag": tag}
    with kiosk.store.session() as session:
        told = session.get(SyncState, SERVING)
    if told is not None and told.value == serving:
        return
    try:
        row = central.execute("SELECT mokoko.serve_stop(%s)", (stop.id,)).fetchone()
    except psycopg.errors.UndefinedFunction:  # a central database not upgraded yet (c0019): the rest of the sync goes on
        log.warning("The central database is older than this kiosk: other kiosks' vouchers are not pulled until it is upgraded")
        return
    if row is None or not row[0]:
        log.info("The tour plan does not have %s today: vouchers of other kiosks there are not pulled", stop.id)
        return
    _remember(kiosk, SERVING, serving)


def problem_kind(error: Exception) -> str:
    """The kind of a sync's problem: the central database could not be reached (or the
    connection was lost), this kiosk's login may not do it, or the database refused it."""
    if isinstance(error, CentralUnreachable | psycopg.OperationalError):
        return UNREACHABLE
    if isinstance(error, NotAllowed | psycopg.errors.InsufficientPrivilege):
        return NOT_ALLOWED
    return REFUSED


def _last_problem(kiosk: Kiosk) -> str | None:
    with kiosk.store.session() as session:
        error = session.get(SyncState, LAST_ERROR)
    return (error.value.get("kind") or REFUSED) if error and error.value else None


def _remember(kiosk: Kiosk, key: str, value: Any, *, also: dict[str, Any] | None = None) -> None:
    """Store ``value`` under ``key`` (and the values ``also`` names) in one local transaction."""
    with kiosk.store.session(writes=True) as session:
        for name, stored in {key: value, **(also or {})}.items():
            session.merge(SyncState(key=name, value=stored))


@dataclass(frozen=True)
class SyncProgress:
    """How far a sync's push has come: records sent or set aside (``done``) of those that waited
    when it began (``total``)."""

    done: int
    total: int

    @property
    def long(self) -> bool:
        """A catch-up (a kiosk long offline): worth telling staff how far it has come."""
        return self.total >= LONG_PUSH


def sync_once(
    kiosk: Kiosk, central_url: str, *, adopt_identity: bool = True, progress: Callable[[SyncProgress], None] | None = None
) -> SyncReport:
    """Push, pull and purge once. Raises :class:`CentralError` when the central database cannot
    be reached or refuses; what was done before the failure stays done.

    A new receipt-code tag from the central database is stored, and with ``adopt_identity`` the
    kiosk object uses it at once. From a worker thread pass False and call
    :meth:`Kiosk.use_identity` with ``report.new_identity`` on the thread that owns the kiosk.
    ``progress`` hears after each batch of the push how far it has come (called on this thread)."""
    if not central_url:
        raise CentralError("No central database is set for this kiosk (setting central_url).")
    report = SyncReport()
    previous = _last_problem(kiosk)  # what went wrong last time, for city hall's fleet view
    try:
        with connect(central_url, autocommit=True) as central:
            report.new_identity = _adopt_central_identity(kiosk, central)
            if report.new_identity and adopt_identity:
                kiosk.use_identity(*report.new_identity)
            seal_leftovers(kiosk.store)  # a key pulled last time seals what was written without one
            marked = _progress_of_push(kiosk, progress)
            report.push = push_pending(kiosk.store, central, clock=kiosk.clock, on_marked=marked)
            actions = push_actions(kiosk.store, central, kiosk.clock(), on_marked=marked)  # after the ideas they are about
            report.erasure_requests = actions.sent["erasure_request"]
            report.moderation = actions.sent["moderation"]
            report.vouchers = actions.sent["voucher"] + report.push.vouchers  # a new idea's went with it
            stop = kiosk.today_stop()
            _serve_today_stop(kiosk, central, stop, report.new_identity[0] if report.new_identity else kiosk.device.tag)
            report.pull = pull_changes(kiosk.store, central)
            report.waiting = pending_count(kiosk.store)
            report.refused = refused_count(kiosk.store) + refused_actions(kiosk.store)
            report_health(
                kiosk, central, unsent=report.waiting, refused=report.refused, last_problem=previous, stop_id=stop.id if stop else None
            )
    except psycopg.Error as error:
        message = mask_secrets(f"The central database refused the sync: {str(error).strip().splitlines()[0]}")
        _remember(kiosk, LAST_ERROR, {"at": kiosk.clock().isoformat(), "message": message, "kind": problem_kind(error)})
        raise CentralError(message) from error
    except CentralError as error:
        _remember(kiosk, LAST_ERROR, {"at": kiosk.clock().isoformat(), "message": mask_secrets(str(error)), "kind": problem_kind(error)})
        raise
    report.purged = purge_contacts(kiosk, kiosk.clock()) + erase_pulled(kiosk.store, kiosk.clock())
    _remember(kiosk, LAST_SUCCESS, kiosk.clock().isoformat(), also={LAST_ERROR: None})
    log.info("Sync: %s", report.summary())
    return report


def _progress_of_push(kiosk: Kiosk, progress: Callable[[SyncProgress], None] | None) -> Callable[[int], None] | None:
    """A counter of the push's batches that tells ``progress`` how far it has come."""
    if progress is None:
        return None
    total = pending_count(kiosk.store) + unsent_actions(kiosk.store)
    done = 0

    def marked(rows: int) -> None:
        nonlocal done
        done = min(total, done + rows)
        progress(SyncProgress(done, total))

    progress(SyncProgress(0, total))
    return marked


def sync_status(kiosk: Kiosk) -> SyncStatus:
    with kiosk.store.session() as session:
        success = session.get(SyncState, LAST_SUCCESS)
        error = session.get(SyncState, LAST_ERROR)
        key_here = has_key(session)
    with kiosk.store.engine.connect() as connection:
        counts = " + ".join(f"(SELECT count(*) FROM {model.__tablename__} WHERE sync_conflict)" for model in SUBMISSION_MODELS)
        conflicts = connection.execute(text(f"SELECT {counts}")).scalar_one()
    return SyncStatus(
        waiting=pending_count(kiosk.store),
        conflicts=conflicts,
        refused=refused_count(kiosk.store) + refused_actions(kiosk.store),
        catalogue_problems=len(catalogue_problems(kiosk.store)),
        sealing_key=key_here,
        last_success_at=success.value if success else None,
        last_error=error.value["message"] if error and error.value else None,
        last_problem=_last_problem(kiosk),
        required_version=required_version(kiosk.store),
    )
