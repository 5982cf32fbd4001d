"""How many ideas an inbox filter finds: exactly (``mokoko office``, the reports) or quickly for
the office app's inbox, where counting a million ideas exactly (0.4 s) would keep the person
waiting: the database's estimate then, said to be one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import psycopg
from psycopg import sql

from city_hall.inbox import _FROM, InboxFilter, _check_filter, _few_found, _where, catch_up_search

if TYPE_CHECKING:
    from city_hall.office import Office

ESTIMATE_ABOVE = 20_000  # ideas a filter may find before the inbox says "about" instead of counting them all
COUNT_WAIT_MS = 80


def count(office: Office, chosen: InboxFilter | None = None) -> int:
    """How many ideas the filter finds (every idea without one)."""
    chosen = chosen or InboxFilter()
    where, params = _where(chosen)
    with office.session() as connection:
        _check_filter(connection, chosen)
        if chosen.search.strip():
            catch_up_search(connection)
        row = connection.execute(sql.SQL("SELECT count(*) {source} WHERE {where}").format(source=_FROM, where=where), params).fetchone()
    return int(row[0]) if row else 0


@dataclass(frozen=True)
class Counted:
    """How many ideas a filter finds: exact, or the planner's estimate where counting exactly would
    keep the person waiting (``exact`` False: shown as "about")."""

    number: int
    exact: bool


def count_quickly(office: Office, chosen: InboxFilter | None = None) -> Counted:
    """:func:`count` within about :data:`COUNT_WAIT_MS`: the planner's estimate first (a few ms);
    under :data:`ESTIMATE_ABOVE` ideas counted exactly, given at most :data:`COUNT_WAIT_MS`, else
    (or when the estimate was far off) the estimate, rounded."""
    chosen = chosen or InboxFilter()
    where, params = _where(chosen)
    with office.session() as connection:
        _check_filter(connection, chosen)
        if chosen.search.strip():
            catch_up_search(connection)
        plan = connection.execute(
            sql.SQL("EXPLAIN (FORMAT JSON) SELECT 1 {source} WHERE {where}").format(source=_FROM, where=where), params
        )
        row = plan.fetchone()
        estimate = int(row[0][0]["Plan"]["Plan Rows"]) if row else 0
        if chosen.search.strip() and _few_found(connection, chosen.search.strip()):
            estimate = min(estimate, ESTIMATE_ABOVE)  # the planner's guess for words' beginnings is no better than that
        if estimate <= ESTIMATE_ABOVE:
            connection.execute(sql.SQL("SET LOCAL statement_timeout = {}").format(sql.Literal(f"{COUNT_WAIT_MS}ms")))
            try:
                counted = connection.execute(sql.SQL("SELECT count(*) {source} WHERE {where}").format(source=_FROM, where=where), params)
                exact = counted.fetchone()
                return Counted(int(exact[0]) if exact else 0, True)
            except psycopg.errors.QueryCanceled:
                connection.rollback()
    return Counted(_rounded(estimate), False)


def _rounded(number: int) -> int:
    """An estimate to two significant digits (612,345 -> 610,000)."""
    if number < 100:
        return number
    scale = 10 ** (len(str(number)) - 2)
    return round(number / scale) * scale
