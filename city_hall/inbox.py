"""City hall's inbox: every idea from every kiosk and stop, found, read, routed and answered.

Every function connects as the person using it (their own login, ``mokoko central
add-office-user``); the database records who did what (migration c0006), never the client.
Contact details are not read here: :mod:`sync.contact_details` does that, on purpose and for a
stated reason, and the database logs it first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

from central_database.connection import CentralError
from city_hall.refusals import IDEA_NOT_ARRIVED, NO_SUCH, TOO_LONG
from shared_kernel import limits, receipt_codes
from shared_kernel.time_zone import municipality_time_zone

if TYPE_CHECKING:
    from city_hall.office import Office

PAGE_SIZE = 50
# The words searched for, as PostgreSQL's Danish stemmer has them, each also as the start of a word
# and without a last "s" (the stemmer keeps "legeplads" from "legepladsen" but makes "legeplad" of
# "legeplads"): "legepladsen" finds "legeplads", "motion" finds "motionshold". Quotes and -word as
# on the web (websearch_to_tsquery); words under 3 letters stay whole.
DANISH_SEARCH = (
    "regexp_replace(websearch_to_tsquery('danish', %s)::text, "
    r"'(^|[ (!])''([^'' ]{3,}?)(s?)''', '\1(''\2\3'':* | ''\2'':*)', 'g')::tsquery"
)
FEW_FOUND = 20_000  # ideas a search may find and still be sorted quickly (40,000: 40-50 ms at a million)
WHY_MIN, WHY_MAX = 5, 500  # the reason given for looking at contact details (the access log's CHECK)
AREA = sql.SQL("coalesce(s.area_code, t.admin_area_code)")
_FROM = sql.SQL(
    "FROM mokoko.idea i LEFT JOIN mokoko.idea_state s ON s.idea_id = i.id LEFT JOIN mokoko.theme t ON t.code = i.theme_code "
    "LEFT JOIN mokoko.admin_area dl ON dl.code = coalesce(s.area_code, t.admin_area_code) "  # its answer deadline
    "LEFT JOIN mokoko.office_user ow ON ow.role_name = s.owner_role"  # who has the case
)
DUE = "i.created_at + make_interval(days => coalesce(dl.answer_days, 30))"  # when its area's answer deadline passes
_COLUMNS = sql.SQL(
    "i.id::text AS id, i.receipt_code, i.text, i.theme_code, i.stop_id, i.created_at, i.language, i.age_group, "
    "i.home_area_code, i.assisted, s.status, s.status_at, {area} AS area, "
    "coalesce(u.display_name, s.status_by) AS answered_by, i.typed_at, coalesce(ow.display_name, s.owner_role) AS owner, "
    f"{DUE} AS due"
)


@dataclass(frozen=True)
class InboxFilter:
    """Which ideas: every field left at its default does not filter. ``mine``: the areas the
    person asking is the contact person of. ``search``: Danish words (PostgreSQL's ``danish``
    text search, so "cykelsti" finds "cykelstierne"; and words' beginnings, so "motion" finds
    "motionshold": :data:`DANISH_SEARCH`); quotes and ``-word`` work as on the web; a receipt code
    finds its idea."""

    unanswered: bool = False
    status: str | None = None
    area: str | None = None
    stop: str | None = None
    theme: str | None = None
    age_group: str | None = None
    home_area: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    search: str = ""
    mine: bool = False
    owned: bool = False  # "Mine sager": the cases the person asking has
    no_owner: bool = False  # "Uden ejer": unanswered, and nobody has the case
    overdue: bool = False  # "Overskredet frist": unanswered past its area's answer deadline


@dataclass(frozen=True)
class InboxIdea:
    """One line of the inbox (no contact details)."""

    id: str
    receipt_code: str
    text: str
    theme_code: str
    stop_id: str
    created_at: dt.datetime
    language: str
    age_group: str | None
    home_area_code: str | None
    assisted: bool
    status: str | None
    status_at: dt.datetime | None
    area: str | None
    answered_by: str | None
    typed_at: dt.datetime | None = None  # typed in from a paper form (then created_at is the form's date)
    owner: str | None = None  # who at city hall has the case (issue 31)
    due: dt.datetime | None = None  # when its area's answer deadline passes

    def as_json(self) -> dict[str, Any]:
        return as_json(self)


@dataclass(frozen=True)
class HistoryEntry:
    """Something that happened to an idea: a status (with reply), a routing, a look at contact details."""

    at: dt.datetime
    by: str
    # "status", "route", "revealed", "grouped" (``text``: the case's title), "assigned" (``text``: to whom, "" to
    # nobody), "note" (internal), or "hidden" at the kiosk (``reason``)
    kind: str
    status: str = ""
    text: str = ""  # the public reply, or the routing's note
    reason: str = ""
    area: str = ""


@dataclass(frozen=True)
class IdeaDetail:
    idea: InboxIdea
    area_name: dict[str, str]
    contact_names: str
    stop_place: str
    theme_title: dict[str, str]
    has_contact: bool
    history: list[HistoryEntry] = field(default_factory=list)
    hidden_reason: str = ""  # staff hid it at the kiosk (moderation): never on a public wall


def as_json(record: Any) -> dict[str, Any]:
    """A dataclass record as JSON values (times in ISO 8601), for ``--json``."""
    return {key: value.isoformat() if isinstance(value, dt.datetime) else value for key, value in asdict(record).items()}


def checked_text(text: str) -> str:
    """``text`` stripped, or :class:`CentralError` if it is over the limit of a reply or note."""
    text = text.strip()
    if len(text) > limits.REPLY_MAX:
        raise CentralError(TOO_LONG, limit=limits.REPLY_MAX, length=len(text))
    return text


def _where(chosen: InboxFilter) -> tuple[sql.Composable, list[Any]]:
    conditions: list[sql.Composable] = []
    params: list[Any] = []

    def add(condition: str | sql.Composable, *values: Any) -> None:
        conditions.append(sql.SQL(condition) if isinstance(condition, str) else condition)
        params.extend(values)

    if chosen.unanswered:  # NOT EXISTS, not "s.status IS NULL": the planner then estimates it well
        add("NOT EXISTS (SELECT 1 FROM mokoko.idea_state x WHERE x.idea_id = i.id AND x.status IS NOT NULL)")
    if chosen.status:
        add("s.status = %s", chosen.status)
    if chosen.area:
        add(sql.SQL("{} = %s").format(AREA), chosen.area)
    if chosen.mine:
        add(sql.SQL("{} IN (SELECT admin_area_code FROM mokoko.area_contact WHERE role_name = current_user)").format(AREA))
    if chosen.owned:
        add("s.owner_role = current_user")
    if chosen.no_owner or chosen.overdue:
        add("s.status IS NULL")
    if chosen.no_owner:
        add("s.owner_role IS NULL")
    if chosen.overdue:
        add(f"{DUE} < now()")
    for column, value in (
        ("stop_id", chosen.stop),
        ("theme_code", chosen.theme),
        ("age_group", chosen.age_group),
        ("home_area_code", chosen.home_area),
    ):
        if value:
            add(sql.SQL("{} = %s").format(sql.Identifier("i", column)), value)
    zone = municipality_time_zone().key  # a date filter means a day in the municipality
    if chosen.since:
        add("i.created_at >= (%s::date)::timestamp AT TIME ZONE %s", chosen.since, zone)
    if chosen.until:
        add("i.created_at < (%s::date + 1)::timestamp AT TIME ZONE %s", chosen.until, zone)
    if chosen.search.strip() and receipt_codes.problem_with(chosen.search) is None:  # a receipt code: that idea
        add("i.receipt_code = %s", receipt_codes.normalise(chosen.search))
    elif chosen.search.strip():
        add(f"i.text_search @@ {DANISH_SEARCH}", chosen.search.strip())
    where = sql.SQL(" AND ").join(conditions) if conditions else sql.SQL("true")
    return where, params


def _idea(row: dict[str, Any]) -> InboxIdea:
    return InboxIdea(**{name: row[name] for name in InboxIdea.__dataclass_fields__})


def _known(connection: psycopg.Connection, table: str, key: str, value: str, label: str) -> None:
    """Refuse a filter or target naming something the catalogue does not have, listing what it has."""
    table_sql, key_sql = sql.Identifier("mokoko", table), sql.Identifier(key)
    if connection.execute(sql.SQL("SELECT 1 FROM {} WHERE {} = %s").format(table_sql, key_sql), (value,)).fetchone() is None:
        known = ", ".join(r[0] for r in connection.execute(sql.SQL("SELECT {} FROM {} ORDER BY 1").format(key_sql, table_sql)))
        raise CentralError(NO_SUCH, label=label, value=repr(value), known=known or "–")


def _check_filter(connection: psycopg.Connection, chosen: InboxFilter) -> None:
    for value, table, label in (
        (chosen.status, "status", "status"),
        (chosen.area, "admin_area", "area"),
        (chosen.theme, "theme", "theme"),
        (chosen.home_area, "home_area", "home area"),
    ):
        if value:
            _known(connection, table, "code", value, label)
    if chosen.stop:
        _known(connection, "stop", "id", chosen.stop, "stop")


def page_query(
    chosen: InboxFilter, limit: int = PAGE_SIZE, offset: int = 0, *, after: InboxIdea | None = None, few: bool = False
) -> tuple[sql.Composed, list[Any]]:
    """The SQL of a page of the inbox and its parameters (``benchmarks/office_search.py
    --explain`` shows its plan). ``after``: the page after that idea, found by the index of the
    order (for reading every page: an offset makes each page read all the pages before it).
    ``few``: the search finds few ideas, so they are found by the search's index and sorted,
    rather than by walking every idea newest first until a page is full (:func:`_few_found`)."""
    where, params = _where(chosen)
    if after is not None:
        where = sql.SQL("{where} AND (i.created_at, i.id) < (%s, %s::uuid)").format(where=where)
        params = [*params, after.created_at, after.id]
    newest = sql.SQL("i.created_at + interval '0 s'" if few else "i.created_at")  # an expression: no walk along the index
    query = sql.SQL(
        "SELECT {columns} {source} LEFT JOIN mokoko.office_user u ON u.role_name = s.status_by "
        "WHERE {where} ORDER BY {newest} DESC, i.id DESC LIMIT %s OFFSET %s"
    ).format(columns=_COLUMNS.format(area=AREA), source=_FROM, where=where, newest=newest)
    return query, [*params, limit, offset]


def catch_up_search(connection: psycopg.Connection) -> None:
    """Put the ideas that arrived since the watchdog's last round into the search index (central
    c0033: a kiosk's push only queues them), so a search finds an idea the moment it has arrived."""
    connection.execute("SELECT mokoko.index_new_ideas()")


def _few_found(connection: psycopg.Connection, search: str) -> bool:
    """Whether the search's words, as the stemmer has them, are in few ideas, by the database's
    statistics (words' beginnings, as searched, are beyond them: the planner guesses those, and
    its guess made it walk a million ideas for a word that is in none)."""
    plan = connection.execute(
        "EXPLAIN (FORMAT JSON) SELECT 1 FROM mokoko.idea WHERE text_search @@ websearch_to_tsquery('danish', %s)", (search,)
    ).fetchone()
    return plan is not None and int(plan[0][0]["Plan"]["Plan Rows"]) <= FEW_FOUND


def inbox(
    office: Office, chosen: InboxFilter = InboxFilter(), *, limit: int = PAGE_SIZE, offset: int = 0, after: InboxIdea | None = None
) -> list[InboxIdea]:
    """A page of ideas, newest first (``after``: the page after that idea)."""
    with office.session() as connection:
        _check_filter(connection, chosen)
        if chosen.search.strip():
            catch_up_search(connection)
        few = bool(chosen.search.strip()) and _few_found(connection, chosen.search.strip())
        if few:  # found through the search's index, the rest joined by key (the planner's guess would hash-join a million)
            connection.execute("SET LOCAL enable_seqscan = off; SET LOCAL enable_hashjoin = off")
        query, params = page_query(chosen, limit, offset, after=after, few=few)
        rows = connection.cursor(row_factory=dict_row).execute(query, params).fetchall()
    return [_idea(row) for row in rows]


def code_from_typed(typed: str) -> str:
    """A typed receipt code, normalised; a mistyped one is a :class:`CentralError` in plain words."""
    try:
        return receipt_codes.normalise(typed)
    except receipt_codes.InvalidReceiptCode as error:
        raise CentralError(str(error)) from None


def idea_id_for(connection: psycopg.Connection, code: str) -> str:
    row = connection.execute("SELECT id::text FROM mokoko.idea WHERE receipt_code = %s", (code,)).fetchone()
    if row is None:
        raise CentralError(IDEA_NOT_ARRIVED, code=receipt_codes.format_code(code))
    return str(row[0])


def show(office: Office, typed_code: str) -> IdeaDetail:
    """An idea with its area, contact persons and whole history (who did what, when)."""
    code = code_from_typed(typed_code)
    query = sql.SQL(
        "SELECT {columns}, coalesce(a.name, '{{}}') AS area_name, mokoko.area_contact_names({area}) AS contact_names, "
        "coalesce(p.place, i.stop_id) AS stop_place, coalesce(t.title, '{{}}') AS theme_title, "
        "i.consent_version IS NOT NULL AS has_contact, "  # contact details are kept only with consent
        "coalesce(mokoko.hidden_reason(i.receipt_code), '') AS hidden_reason "
        "{source} LEFT JOIN mokoko.office_user u ON u.role_name = s.status_by "
        "LEFT JOIN mokoko.admin_area a ON a.code = {area} LEFT JOIN mokoko.stop p ON p.id = i.stop_id "
        "WHERE i.receipt_code = %s"
    ).format(columns=_COLUMNS.format(area=AREA), area=AREA, source=_FROM)
    with office.session() as connection:
        row = connection.cursor(row_factory=dict_row).execute(query, (code,)).fetchone()
        if row is None:
            raise CentralError(IDEA_NOT_ARRIVED, code=receipt_codes.format_code(code))
        history = [
            HistoryEntry(*entry)
            for entry in connection.execute(
                "SELECT set_at, coalesce(u.display_name, set_by), 'status', status, public_reply, reason, '' "
                "FROM mokoko.status_update x LEFT JOIN mokoko.office_user u ON u.role_name = x.set_by WHERE idea_id = %(id)s "
                "UNION ALL SELECT set_at, coalesce(u.display_name, set_by), 'route', '', note, '', admin_area_code "
                "FROM mokoko.idea_route x LEFT JOIN mokoko.office_user u ON u.role_name = x.set_by WHERE idea_id = %(id)s "
                "UNION ALL SELECT at, coalesce(u.display_name, by_role), 'revealed', '', '', '', '' "
                "FROM mokoko.access_log x LEFT JOIN mokoko.office_user u ON u.role_name = x.by_role "
                "WHERE kind = 'idea' AND record_id = %(id)s "
                "UNION ALL SELECT x.set_at, coalesce(u.display_name, x.set_by), 'assigned', '', "
                "coalesce(o.display_name, x.owner_role, ''), '', '' "
                "FROM mokoko.idea_assignment x LEFT JOIN mokoko.office_user u ON u.role_name = x.set_by "
                "LEFT JOIN mokoko.office_user o ON o.role_name = x.owner_role WHERE x.idea_id = %(id)s "
                "UNION ALL SELECT x.set_at, coalesce(u.display_name, x.set_by), 'note', '', x.text, '', '' "
                "FROM mokoko.idea_note x LEFT JOIN mokoko.office_user u ON u.role_name = x.set_by WHERE x.idea_id = %(id)s "
                "UNION ALL SELECT m.added_at, coalesce(u.display_name, m.added_by), 'grouped', '', g.title, '', '' "
                "FROM mokoko.idea_group_member m JOIN mokoko.idea_group g ON g.id = m.group_id "
                "LEFT JOIN mokoko.office_user u ON u.role_name = m.added_by WHERE m.idea_id = %(id)s "
                "UNION ALL SELECT at, coalesce(d.name, device_role::text), 'hidden', '', '', reason, '' "
                "FROM mokoko.moderation m LEFT JOIN mokoko.device d ON d.role_name = m.device_role "
                "WHERE m.receipt_code = %(code)s ORDER BY 1",
                {"id": row["id"], "code": code},
            )
        ]
    return IdeaDetail(
        _idea(row),
        row["area_name"],
        row["contact_names"],
        row["stop_place"],
        row["theme_title"],
        row["has_contact"],
        history,
        row["hidden_reason"],
    )


def route(office: Office, typed_code: str, area: str, note: str = "") -> str:
    """Send an idea to another administration area (its contact persons see it under "mine").
    Returns the area's contact persons' names (empty if it has none)."""
    code = code_from_typed(typed_code)
    note = checked_text(note)
    with office.session() as connection:
        idea_id = idea_id_for(connection, code)
        _known(connection, "admin_area", "code", area, "administration area")
        connection.execute("INSERT INTO mokoko.idea_route (idea_id, admin_area_code, note) VALUES (%s, %s, %s)", (idea_id, area, note))
        row = connection.execute("SELECT mokoko.area_contact_names(%s)", (area,)).fetchone()
    return str(row[0]) if row else ""
