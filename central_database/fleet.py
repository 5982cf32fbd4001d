"""The fleet, watched (``mokoko central fleet``, the office app's "Kiosker"): each kiosk as its last
sync reported it (central migration c0025), and alerts in plain Danish for what needs a person:
not heard from for more than 2 hours while its stop is open, records set aside, its clock off by
more than 2 minutes, its printer out of paper, under 1 GB of free disk, a version city hall no
longer supports. Read by the administrator's login or a person's at city hall."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import psycopg

from central_database.connection import CentralError, connect
from shared_kernel.opening_hours import day_period
from shared_kernel.versions import VERSION, version_key

SILENT_AFTER = dt.timedelta(hours=2)
CLOCK_TOLERANCE_SECONDS = 120
DISK_MINIMUM_MB = 1024
OUT_OF_PAPER = "out_of_paper"

_FLEET = """
SELECT d.name, d.tag, h.stop_id, s.place, s.starts_on, s.ends_on, s.hours, h.reported_at, h.version, h.schema_revision,
       h.unsent, h.refused, h.printer, h.disk_free_mb, h.clock_offset_s, h.last_error
FROM mokoko.device d
JOIN pg_catalog.pg_roles r ON r.rolname = d.role_name AND r.rolcanlogin  -- a removed kiosk is not part of the fleet
LEFT JOIN mokoko.device_health h ON h.device_id = d.id
LEFT JOIN mokoko.stop s ON s.id = h.stop_id
ORDER BY d.name, d.tag
"""


@dataclass(frozen=True)
class Alert:
    code: str  # silent, refused, clock, printer, disk, version
    text: str  # in Danish, for the person who acts on it


@dataclass(frozen=True)
class KioskState:
    device: str
    tag: str
    stop: str | None
    stop_place: str | None
    last_contact: dt.datetime | None  # the server's time of its last report; None: never reported
    version: str | None
    schema_revision: str | None
    unsent: int | None
    refused: int | None
    printer: str | None
    disk_free_mb: int | None
    clock_offset_s: float | None
    last_error: str | None
    alerts: tuple[Alert, ...]

    def line(self) -> str:
        """One line for a terminal (its alerts follow on lines of their own)."""
        seen = self.last_contact.astimezone().strftime("%Y-%m-%d %H:%M") if self.last_contact else "never"
        if self.last_contact is None:
            return f"{self.device} ({self.tag}): never reported"
        return (
            f"{self.device} ({self.tag}): last contact {seen}, stop {self.stop_place or '-'}, version {self.version}, "
            f"unsent {self.unsent}, set aside {self.refused}, printer {self.printer}, disk {self.disk_free_mb} MB free, "
            f"clock {self.clock_offset_s or 0:+.0f} s"
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "device": self.device,
            "tag": self.tag,
            "stop": self.stop,
            "stop_place": self.stop_place,
            "last_contact": self.last_contact.isoformat() if self.last_contact else None,
            "version": self.version,
            "schema_revision": self.schema_revision,
            "unsent": self.unsent,
            "refused": self.refused,
            "printer": self.printer,
            "disk_free_mb": self.disk_free_mb,
            "clock_offset_s": None if self.clock_offset_s is None else round(self.clock_offset_s, 1),
            "last_error": self.last_error,
            "alerts": [alert.text for alert in self.alerts],
            "alert_codes": [alert.code for alert in self.alerts],
        }


def _open_now(starts_on: dt.date | None, ends_on: dt.date | None, hours: dict[str, str] | None, now: dt.datetime) -> bool:
    local = now.astimezone()
    if starts_on is None or ends_on is None or not starts_on <= local.date() <= ends_on:
        return False
    period = day_period(hours or {}, local.date())
    return period is not None and period[0] <= local < period[1]


def _duration(span: dt.timedelta) -> str:
    minutes = round(span.total_seconds() / 60)
    if minutes < 120:
        return f"{minutes} minutter"
    hours = minutes // 60
    return f"{hours} timer" if hours < 48 else f"{hours // 24} dage"


def alerts_for(row: tuple[Any, ...], oldest_version: str, now: dt.datetime) -> tuple[Alert, ...]:
    """What needs a person, from one kiosk's row of ``_FLEET``."""
    _name, _tag, _stop, place, starts_on, ends_on, hours, reported_at, version, _rev, _unsent, refused, printer, disk, offset, _err = row
    found: list[Alert] = []
    if reported_at is not None and now - reported_at > SILENT_AFTER and _open_now(starts_on, ends_on, hours, now):
        found.append(Alert("silent", f"Ikke hørt fra i {_duration(now - reported_at)}, mens {place} har åbent"))
    if refused:
        found.append(Alert("refused", f"{refused} poster er lagt til side, fordi kommunen ikke kunne tage imod dem"))
    if offset is not None and abs(offset) > CLOCK_TOLERANCE_SECONDS:
        way = "foran" if offset > 0 else "bagud"
        found.append(Alert("clock", f"Kioskens ur går {_duration(dt.timedelta(seconds=abs(offset)))} {way}"))
    if printer == OUT_OF_PAPER:
        found.append(Alert("printer", "Printeren mangler papir"))
    if disk is not None and disk < DISK_MINIMUM_MB:
        found.append(Alert("disk", f"Kun {disk} MB fri diskplads"))
    if version is not None and version_key(version) < version_key(oldest_version):
        found.append(Alert("version", f"Version {version} understøttes ikke længere; kiosken skal opdateres til mindst {oldest_version}"))
    return tuple(found)


def fleet(url: str, now: dt.datetime | None = None) -> list[KioskState]:
    """Every kiosk that may log in, with its last report and its alerts."""
    with connect(url) as connection:
        return fleet_of(connection, now)


def fleet_of(connection: psycopg.Connection, now: dt.datetime | None = None) -> list[KioskState]:
    """:func:`fleet` on an open connection (city hall's pool)."""
    rows = connection.execute(_FLEET).fetchall()
    policy = connection.execute("SELECT oldest_version FROM mokoko.fleet_policy").fetchone()
    at = now or dt.datetime.now(dt.UTC)
    oldest = str(policy[0]) if policy else "0"
    states = []
    for row in rows:
        name, tag, stop, place, _starts, _ends, _hours, reported_at, version, revision, unsent, refused, printer, disk, offset, error = row
        states.append(
            KioskState(
                name,
                tag,
                stop,
                place,
                reported_at,
                version,
                revision,
                unsent,
                refused,
                printer,
                disk,
                offset,
                error,
                alerts_for(row, oldest, at),
            )
        )
    return states


def require_version(url: str, version: str) -> str:
    """Make ``version`` the oldest kiosk version city hall supports (the administrator); returns the one before."""
    version = version.strip()
    if not VERSION.match(version):
        raise CentralError(f"{version!r} is not a version like 0.2.0.")
    with connect(url) as connection:
        before = connection.execute("SELECT oldest_version FROM mokoko.fleet_policy").fetchone()
        connection.execute("UPDATE mokoko.fleet_policy SET oldest_version = %s", (version,))
    return str(before[0]) if before else "0"


@dataclass(frozen=True)
class UpdateOffer:
    version: str
    bundle_sha256: str
    bundle_url: str | None  # the bundle folder's web address; None: from a USB stick only


def offer_update(url: str, offer: UpdateOffer | None) -> UpdateOffer | None:
    """Offer ``offer`` to every kiosk at its next sync, or withdraw the offer (None); the
    administrator. Returns the offer before."""
    if offer is not None and offer.bundle_url is not None and not offer.bundle_url.startswith(("https://", "http://")):
        raise CentralError(f"{offer.bundle_url!r} is not a web address (https://…); leave --bundle-url out for USB sticks only.")
    with connect(url) as connection:
        before = offered_update_of(connection)
        connection.execute(
            "UPDATE mokoko.fleet_policy SET offered_version = %s, bundle_sha256 = %s, bundle_url = %s",
            (offer.version, offer.bundle_sha256, offer.bundle_url) if offer else (None, None, None),
        )
    return before


def offered_update_of(connection: psycopg.Connection) -> UpdateOffer | None:
    row = connection.execute("SELECT offered_version, bundle_sha256, bundle_url FROM mokoko.fleet_policy").fetchone()
    return UpdateOffer(str(row[0]), str(row[1]), row[2]) if row and row[0] else None


def offered_update(url: str) -> UpdateOffer | None:
    """The version city hall offers kiosks now, if any."""
    with connect(url) as connection:
        return offered_update_of(connection)
