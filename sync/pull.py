"""Pull: catalogue changes and status replies come down from the central change log.

The cursor is a sequence number in ``mokoko.change_log``. Writers of the log serialise on one
lock held to the end of their transaction, so sequence numbers follow commit order: a change that is not visible
yet will get a higher number than everything a pull has seen, and no open transaction anywhere
on the server (a kiosk's dropped link, a long report, a backup) holds pulls back. Each page and
its new cursor are saved in one local transaction.
A cursor older than the log's horizon (the office pruned it) makes the kiosk start over from
the newest state of every row.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import psycopg
from pydantic import ValidationError
from sqlalchemy import func
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, delete, select

from central_database.connection import fetch_one
from mokoko_desktop.models import (
    AdminArea,
    Consultation,
    Erasure,
    HomeArea,
    IdeaStatus,
    Interest,
    Municipality,
    Opportunity,
    Retention,
    SealingKey,
    SignupStatus,
    Status,
    Stop,
    Story,
    SyncState,
    Theme,
    Voucher,
)
from mokoko_desktop.store import Store
from shared_kernel.catalogue_file import (
    AdminAreaEntry,
    ConsultationEntry,
    HomeAreaEntry,
    InterestEntry,
    MunicipalityEntry,
    OpportunityEntry,
    StopEntry,
    ThemeEntry,
    where,
)

log = logging.getLogger(__name__)

PAGE_SIZE = 5000
CURSOR_KEY = "pull_cursor"
CATALOGUE_PROBLEMS = "catalogue_problems"
MODELS: dict[str, type[SQLModel]] = {
    "admin_area": AdminArea,
    "home_area": HomeArea,
    "theme": Theme,
    "consultation": Consultation,
    "stop": Stop,
    "interest": Interest,
    "opportunity": Opportunity,
    "status": Status,
    "idea_status": IdeaStatus,
    "signup_status": SignupStatus,
    "sealing_key": SealingKey,
    "retention": Retention,
    "municipality": Municipality,
    "erasure": Erasure,
    "story": Story,
    "voucher": Voucher,
}
_KEYS = {
    "admin_area": "code",
    "home_area": "code",
    "theme": "code",
    "consultation": "id",
    "stop": "id",
    "interest": "code",
    "opportunity": "id",
    "status": "code",
    "idea_status": "idea_id",
    "signup_status": "signup_id",
    "sealing_key": "key_id",
    "retention": "kind",
    "municipality": "key",
    "erasure": "receipt_code",
    "story": "idea_id",
    "voucher": "receipt_code",
}
_DATES = {"opens_on", "closes_on", "starts_on", "ends_on"}

# Every writer of the change log holds one lock until it commits (on mokoko.change_log_turn,
# central migration c0018; an advisory lock before), so sequence numbers follow commit order: a page by sequence never skips a change that
# commits later, and no other session's open transaction can hold a pull back.
_PAGE = """
SELECT seq, table_name, key, op, row_data FROM mokoko.change_log WHERE seq > %s ORDER BY seq LIMIT %s
"""
# Starting over: the newest change of every key, and the position after it, as of one snapshot.
_NEWEST = """
SELECT DISTINCT ON (table_name, key) table_name, key, op, row_data
FROM mokoko.change_log ORDER BY table_name, key, seq DESC
"""
_NEWEST_POSITION = "SELECT coalesce(max(seq), 0) FROM mokoko.change_log"
CURSOR_ORDER = "seq"  # cursors of kiosk versions before c0005 ordered by transaction id: those start over once


@dataclass
class PullResult:
    applied: int = 0
    pages: int = 0
    started_over: bool = False


def _column_defaults(model: type[SQLModel]) -> dict[str, Any]:
    return {
        name: None if field.is_required() else field.get_default(call_default_factory=True) for name, field in model.model_fields.items()
    }


_DEFAULTS = {table: _column_defaults(model) for table, model in MODELS.items()}


def _values(table: str, data: dict[str, Any]) -> dict[str, Any]:
    """A pulled row as the local table's column values (a plain dict: building model objects
    took 80 % of a pull's time). Fields the kiosk does not know are left out; missing ones get
    the model's defaults."""
    values = {name: data.get(name, default) for name, default in _DEFAULTS[table].items()}
    for name in _DATES & values.keys():
        if values[name] is not None:
            values[name] = dt.date.fromisoformat(values[name])
    if table == "sealing_key":
        values["created_at"] = str(values["created_at"])
    if table == "erasure":
        values["done_at"] = str(values["done_at"])
    if table == "story":
        for name, value in values.items():  # ids and times as text, absent ones empty
            values[name] = "" if value is None else str(value)
    if table == "voucher":
        for name in ("issued_at", "redeemed_at"):
            values[name] = dt.datetime.fromisoformat(values[name]) if values[name] else None
        values["synced_at"] = values["issued_at"]  # city hall has it: nothing to report back
        values["void_reason"] = str(values.get("void_reason") or "")
    if table in ("idea_status", "signup_status"):
        key = _KEYS[table]
        values[key] = str(values[key])
        values["set_at"] = str(values["set_at"])
        for name in ("area_code", "contact_name") & values.keys():
            values[name] = values[name] or ""
    return values


def _upsert_all(session: Session, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert or replace many rows of one table in one statement (executemany)."""
    model = MODELS[table]
    sql_table = model.__table__  # type: ignore[attr-defined]
    values = [_values(table, data) for data in rows]
    statement = sqlite_insert(sql_table)
    replaced = {column.name: statement.excluded[column.name] for column in sql_table.columns if column.name != _KEYS[table]}
    if table == "voucher":  # a redemption made here and not sent yet is never undone by a pull
        replaced = {
            "stop_id": statement.excluded.stop_id,
            "issued_at": statement.excluded.issued_at,
            "redeemed_at": func.coalesce(sql_table.c.redeemed_at, statement.excluded.redeemed_at),
            "void_reason": statement.excluded.void_reason,  # the central database's word on another kiosk's idea
        }
    statement = statement.on_conflict_do_update(index_elements=[_KEYS[table]], set_=replaced)
    session.connection().execute(statement, values)


def _apply_page(session: Session, changes: list[tuple[str, str, str, dict[str, Any] | None]]) -> None:
    """Apply a page of changes: within a page only each row's last change matters. A catalogue
    row this kiosk cannot use is kept out (its previous version, if any, stays) and remembered
    for staff, so one typo centrally can never stop a kiosk from starting or syncing."""
    last: dict[tuple[str, str], tuple[str, dict[str, Any] | None]] = {}
    for table, key, op, data in changes:
        if table in MODELS:  # a table a newer central schema added: an older kiosk ignores it
            last[(table, key)] = (op, data)
    upserts: dict[str, list[dict[str, Any]]] = {}
    problems = _load_problems(session)
    for (table, key), (op, data) in last.items():
        problems.pop(f"{table} {key}", None)  # a newer version, or gone: the old problem is over
        if op != "U":
            _delete(session, table, key)
            continue
        problem = entry_problem(table, data or {})
        if problem is None:
            upserts.setdefault(table, []).append(data or {})
        else:
            problems[f"{table} {key}"] = problem
            log.warning("Pulled %s %s kept out; the previous version stays: %s", table, key, problem)
    for key, problem in _unknown_areas(session, upserts).items():
        problems[key] = problem
        log.warning("Pulled %s kept out; the previous version stays: %s", key, problem)
    for table in MODELS:  # parents before children
        if upserts.get(table):
            _upsert_all(session, table, upserts[table])
    session.merge(SyncState(key=CATALOGUE_PROBLEMS, value=problems))


def _unknown_areas(session: Session, upserts: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
    """Themes naming an administration area this kiosk does not have (nor gets in this page):
    taken out of ``upserts``; returns their problems."""
    themes = upserts.get("theme", [])
    if not themes:
        return {}
    known = {area.code for area in session.exec(select(AdminArea))} | {row.get("code") for row in upserts.get("admin_area", [])}
    kept, problems = [], {}
    for row in themes:
        area = row.get("admin_area_code")
        if area is not None and area not in known:
            problems[f"theme {row.get('code')}"] = f"admin_area_code: no administration area {str(area)[:60]!r}"
        else:
            kept.append(row)
    upserts["theme"] = kept
    return problems


def _load_problems(session: Session) -> dict[str, str]:
    row = session.get(SyncState, CATALOGUE_PROBLEMS)
    return dict(row.value) if row is not None and isinstance(row.value, dict) else {}


def catalogue_problems(store: Store) -> dict[str, str]:
    """Catalogue rows from the central database this kiosk keeps out, and why (for staff)."""
    with store.session() as session:
        return _load_problems(session)


def entry_problem(table: str, data: dict[str, Any]) -> str | None:
    """Why a pulled catalogue row cannot be used here, checked as a catalogue file is
    (:mod:`shared_kernel.catalogue_file`), or None."""
    entry = _ENTRIES.get(table)
    if entry is None:
        return None
    try:
        entry(data)
    except ValidationError as error:
        return "; ".join(f"{where(problem['loc'])}: {problem['msg']}" for problem in error.errors())[:300]
    except (TypeError, ValueError) as error:
        return str(error)[:300]
    return None


def _optional_texts(value: Any) -> Any:
    return {} if value is None else value


_ENTRIES: dict[str, Callable[[dict[str, Any]], object]] = {
    "admin_area": lambda d: AdminAreaEntry.model_validate({"code": d.get("code"), "name": d.get("name")}),
    "home_area": lambda d: HomeAreaEntry.model_validate({"code": d.get("code"), "name": d.get("name")}),
    "interest": lambda d: InterestEntry.model_validate({"code": d.get("code"), "name": d.get("name")}),
    "municipality": lambda d: MunicipalityEntry.model_validate(d.get("facts")),
    "theme": lambda d: ThemeEntry.model_validate(
        {
            "code": d.get("code"),
            "title": d.get("title"),
            "description": _optional_texts(d.get("description")),
            "admin_area": d.get("admin_area_code"),
            "icon": d.get("icon"),
        }
    ),
    "consultation": lambda d: ConsultationEntry.model_validate(
        {
            "id": d.get("id"),
            "question": d.get("question"),
            "intro": _optional_texts(d.get("intro")),
            "opens_on": d.get("opens_on"),
            "closes_on": d.get("closes_on"),
        }
    ),
    "stop": lambda d: StopEntry.model_validate(
        {
            "id": d.get("id"),
            "place": d.get("place"),
            "address": d.get("address") or "",
            "starts_on": d.get("starts_on"),
            "ends_on": d.get("ends_on"),
            "hours": _optional_texts(d.get("hours")),
            "reward_voucher": d.get("reward_voucher", False),
        }
    ),
    "opportunity": lambda d: OpportunityEntry.model_validate(
        {**_as_dict(d.get("data")), "id": d.get("id"), "active": d.get("active", True)}
    ),
}


def _as_dict(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError("data: expected a map of fields")
    return value


def _delete(session: Session, table: str, key: str) -> None:
    """Apply a pulled deletion (a catalogue row still used locally is kept, see below)."""
    model = MODELS[table]
    existing = session.get(model, key)
    if existing is None:
        return
    try:
        with session.begin_nested():
            session.delete(existing)
    except IntegrityError:
        # Still used by ideas on this kiosk: keep the row, but no longer offer it.
        if isinstance(existing, Theme):
            existing.active = False
            session.add(existing)
        log.info("Pulled deletion of %s %s kept locally: ideas refer to it", table, key)


def _load_cursor(session: Session) -> int | None:
    """The sequence number pulled up to; None for none (or a cursor of an older version)."""
    row = session.get(SyncState, CURSOR_KEY)
    if row is None or not isinstance(row.value, dict) or row.value.get("order") != CURSOR_ORDER:
        return None
    return int(row.value["seq"])


def _save_cursor(session: Session, seq: int) -> None:
    session.merge(SyncState(key=CURSOR_KEY, value={"order": CURSOR_ORDER, "seq": seq}))


def _start_over(store: Store, central: psycopg.Connection) -> int:
    """Replace the local catalogue and statuses with the newest central state."""
    with central.transaction():
        central.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        newest = central.execute(_NEWEST).fetchall()
        (seq,) = fetch_one(central, _NEWEST_POSITION)
    with store.session(writes=True) as session:
        session.exec(delete(IdeaStatus))
        session.exec(delete(SignupStatus))
        session.exec(delete(Opportunity))
        current = {(table, key) for table, key, op, _ in newest if op == "U"}
        for table, model in MODELS.items():
            if table in ("idea_status", "signup_status", "opportunity", "voucher"):
                continue  # cleared above, or (vouchers) this kiosk's own may not have been sent yet
            for row in session.exec(model.__table__.select()):  # type: ignore[attr-defined]
                key = str(getattr(row, _KEYS[table]))
                if (table, key) not in current:
                    _delete(session, table, key)
        _apply_page(session, [row for row in newest if row[2] == "U"])
        _save_cursor(session, int(seq))
    log.info("Pull started over: %d rows from the newest central state", len(newest))
    return len(newest)


def pull_changes(store: Store, central: psycopg.Connection, *, page_size: int = PAGE_SIZE) -> PullResult:
    """Bring the local catalogue and statuses up to date with the central database."""
    result = PullResult()
    with store.session() as session:
        cursor = _load_cursor(session)
    if cursor is not None:
        with central.transaction():
            (too_old,) = fetch_one(central, "SELECT %s::bigint < min_seq FROM mokoko.change_log_horizon WHERE id = 1", (cursor,))
    if cursor is None or too_old:
        result.applied += _start_over(store, central)
        result.started_over = True
        with store.session() as session:
            cursor = _load_cursor(session)
    assert cursor is not None
    while True:
        with central.transaction():
            rows = central.execute(_PAGE, (cursor, page_size)).fetchall()
        if not rows:
            return result
        with store.session(writes=True) as session:
            _apply_page(session, [(table, key, op, data) for _seq, table, key, op, data in rows])
            cursor = int(rows[-1][0])
            _save_cursor(session, cursor)
        result.applied += len(rows)
        result.pages += 1
        if len(rows) < page_size:
            return result
