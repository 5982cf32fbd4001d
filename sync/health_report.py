"""The kiosk's health, reported at the end of every sync (``mokoko.report_health``), and what city
hall answers: the oldest kiosk version it supports, and the version it offers
(``mokoko.offered_update()``). A report that fails never fails the sync."""

from __future__ import annotations

import logging
import subprocess
from typing import TYPE_CHECKING

import psycopg

from mokoko_desktop.health import kiosk_health, remember_required_version
from mokoko_desktop.updates import Offer, remember_offer

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk

log = logging.getLogger(__name__)


def report_health(
    kiosk: Kiosk, central: psycopg.Connection, *, unsent: int, refused: int, last_problem: str | None, stop_id: str | None
) -> None:
    """Tell the central database how this kiosk is (standing at ``stop_id`` today); remember whether
    city hall requires a newer version."""
    try:
        health = kiosk_health(kiosk, unsent, refused, stop_id)
    except (OSError, subprocess.SubprocessError) as error:  # the print system did not answer: the sync goes on
        log.warning("The kiosk's health could not be read: %s", error)
        return
    try:
        row = central.execute(
            "SELECT mokoko.report_health(%s, %s, %s, %s, %s, %s, %s, %s, %s)",
            (
                health.version,
                health.schema_revision,
                health.stop,
                health.unsent,
                health.refused,
                health.printer,
                health.disk_free_mb,
                health.clock,
                last_problem or "",
            ),
        ).fetchone()
    except psycopg.errors.UndefinedFunction:  # a central database not upgraded yet (c0025)
        log.info("The central database is older than this kiosk: its health is not reported until it is upgraded")
        return
    except psycopg.Error as error:
        log.warning("The health report was refused: %s", str(error).strip().splitlines()[0])
        return
    remember_required_version(kiosk.store, row[0] if row else None)
    try:
        offer = central.execute("SELECT version, bundle_sha256, bundle_url FROM mokoko.offered_update()").fetchone()
    except psycopg.errors.UndefinedFunction:  # a central database not upgraded yet (c0027): no offer
        offer = None
    except psycopg.Error as error:
        log.warning("The offered version could not be read: %s", str(error).strip().splitlines()[0])
        return
    remember_offer(kiosk.store, Offer(offer[0], offer[1], offer[2]) if offer else None)
