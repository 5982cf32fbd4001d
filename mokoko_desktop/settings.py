"""Every kiosk setting, declared once: name, type, default, limits and what it is for.

Values are stored as plain JSON in the local ``setting`` table. Read them with
:meth:`Settings.get`; change them with :meth:`Settings.set`, which checks type and limits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlmodel import select

from mokoko_desktop.models import Setting
from mokoko_desktop.store import Store
from shared_kernel.texts import DEFAULT_FOLLOWUP_URL_TEMPLATE
from shared_kernel.time_zone import TIME_ZONE_ENV, time_zone_problem

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SettingSpec:
    key: str
    type: type
    default: Any
    description: str
    minimum: int | None = None
    maximum: int | None = None
    must_contain: str | None = None
    problem: Callable[[str], str | None] | None = None  # why a text value is not allowed, or None


SPECS: tuple[SettingSpec, ...] = (
    SettingSpec("municipality_name", str, "Randers Kommune", "Municipality name printed on receipts."),
    SettingSpec("device_name", str, "MOKOKO-kiosk", "This kiosk's name as staff and city hall see it."),
    SettingSpec("current_stop_id", str, "", "The stop staff chose instead of the tour plan's; every idea is tagged with it."),
    SettingSpec("current_stop_day", str, "", "The day (YYYY-MM-DD) staff's choice of stop is for; other days follow the tour plan."),
    SettingSpec("closed_day", str, "", "The day (YYYY-MM-DD) staff closed with 'Luk dagen': the kiosk sleeps for the rest of it."),
    SettingSpec("open_all_day", str, "", "The day (YYYY-MM-DD) staff keep the kiosk open all day, whatever the stop's opening hours."),
    SettingSpec("start_language", str, "da", "The language the kiosk starts in on the day of start_language_day (else Danish)."),
    SettingSpec("start_language_day", str, "", "The day (YYYY-MM-DD) start_language is for."),
    SettingSpec("printer_checked_day", str, "", "The day (YYYY-MM-DD) staff saw a readable test receipt (start-of-day checklist)."),
    SettingSpec("paper_checked_day", str, "", "The day (YYYY-MM-DD) staff checked the paper roll (start-of-day checklist)."),
    SettingSpec("idle_timeout_seconds", int, 60, "Seconds without touch before 'Are you still there?'.", 15, 900),
    SettingSpec("idle_countdown_seconds", int, 20, "Countdown on 'Are you still there?' before everything is wiped.", 5, 120),
    SettingSpec(
        "followup_url_template",
        str,
        DEFAULT_FOLLOWUP_URL_TEMPLATE,
        "Follow-up URL in the receipt's QR code; {code} is replaced by the receipt code.",
        must_contain="{code}",
    ),
    SettingSpec(
        "thanks_seconds", int, 20, "Seconds the thank-you screen (code and QR) shows before the next citizen's start screen.", 5, 120
    ),
    SettingSpec("print_receipts", bool, True, "Print a receipt after each submission."),
    SettingSpec("reward_voucher", bool, False, "'Gratis mad for gode idéer': an idea's receipt carries a food-basket voucher."),
    SettingSpec("central_url", str, "", "This kiosk's connection URL for the central database (from 'mokoko central add-device')."),
    SettingSpec("sync_interval_seconds", int, 60, "Seconds between syncs while online.", 10, 3600),
    SettingSpec("contact_retention_days", int, 7, "Days after a confirmed sync before names, e-mails and phones are deleted here.", 0, 365),
    SettingSpec("printer_name", str, "", "Printer queue for receipts; empty means the system's default printer."),
    SettingSpec(
        "time_zone",
        str,
        "",
        f"The municipality's time zone for every time shown and every day counted (e.g. Europe/Copenhagen); empty: ${TIME_ZONE_ENV}, "
        "else Europe/Copenhagen. Used from the kiosk's next start.",
        problem=lambda name: time_zone_problem(name) if name else None,
    ),
)

_BY_KEY = {spec.key: spec for spec in SPECS}
_KIND_OF_VALUE = {int: "a whole number", bool: "yes or no", str: "text"}


class SettingError(ValueError):
    """A setting name or value that is not allowed; ``str()`` says why."""


def spec_for(key: str) -> SettingSpec:
    try:
        return _BY_KEY[key]
    except KeyError:
        raise SettingError(f"There is no setting called {key!r}. Known: {', '.join(_BY_KEY)}.") from None


def parse_value(key: str, raw: str) -> Any:
    """Turn text typed by staff (command line) into a checked value for ``key``."""
    spec = spec_for(key)
    if spec.type is bool:
        lowered = raw.strip().lower()
        if lowered in ("1", "true", "yes", "ja", "on"):
            return True
        if lowered in ("0", "false", "no", "nej", "off"):
            return False
        raise SettingError(f"{key} must be true or false, not {raw!r}.")
    if spec.type is int:
        try:
            number = int(raw.strip())
        except ValueError:
            raise SettingError(f"{key} must be a whole number, not {raw!r}.") from None
        return check_value(key, number)
    return check_value(key, raw)


def check_value(key: str, value: Any) -> Any:
    spec = spec_for(key)
    if not isinstance(value, spec.type) or (spec.type is int and isinstance(value, bool)):
        raise SettingError(f"{key} must be {_KIND_OF_VALUE.get(spec.type, spec.type.__name__)}.")
    if isinstance(value, int):
        if spec.minimum is not None and value < spec.minimum:
            raise SettingError(f"{key} must be at least {spec.minimum}.")
        if spec.maximum is not None and value > spec.maximum:
            raise SettingError(f"{key} must be at most {spec.maximum}.")
    if isinstance(value, str) and spec.must_contain is not None and spec.must_contain not in value:
        raise SettingError(f"{key} must contain {spec.must_contain}.")
    problem = spec.problem(value) if isinstance(value, str) and spec.problem is not None else None
    if problem:
        raise SettingError(f"{key}: {problem}")
    return value


class Settings:
    """Read and write declared settings in the local store.

    A stored value that no longer fits its declaration (written by an older version, or by hand)
    is never used: the default is, the log says so once, and :meth:`unusable` lists it for the
    staff panel until staff set the setting again."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._reported: set[str] = set()

    def get(self, key: str) -> Any:
        spec = spec_for(key)
        with self._store.session() as session:
            row = session.get(Setting, key)
        if row is None:
            return spec.default
        try:
            return check_value(key, row.value)
        except SettingError as error:
            if key not in self._reported:  # the value itself is not logged: it may be a password
                log.warning("The stored value of the setting %s does not fit (%s); using its default", key, error)
                self._reported.add(key)
            return spec.default

    def unusable(self) -> dict[str, str]:
        """Settings whose stored value does not fit, and why (in English, for staff)."""
        with self._store.session() as session:
            stored = {row.key: row.value for row in session.exec(select(Setting))}
        found = {}
        for key, value in stored.items():
            if key not in _BY_KEY:
                continue  # a setting an older version had; nothing reads it
            try:
                check_value(key, value)
            except SettingError as error:
                found[key] = str(error)
        return found

    def set(self, key: str, value: Any) -> None:
        check_value(key, value)
        with self._store.session(writes=True) as session:
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value
                session.add(row)

    def all(self) -> dict[str, Any]:
        """Every setting's value as the kiosk uses it (the default where none fits)."""
        return {spec.key: self.get(spec.key) for spec in SPECS}
