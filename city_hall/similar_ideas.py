"""Similar ideas together (issue 31): "Flere bænke ved åen" arrives 40 times from 9 stops. For an
idea, the ideas most like it (trigram similarity of their texts, ``pg_trgm``, central migration
c0028, indexed in ``mokoko.idea_search`` since c0033); and cases that group them, so that one
answer reaches every citizen of the case (each gets their own status, follow-up and e-mail:
:func:`city_hall.inbox.answer` answers a case whole) and a report counts the case as one matter.

Every function works as the person asking (their own login); the database records who grouped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import psycopg

from central_database.connection import CentralError
from city_hall.inbox import as_json, catch_up_search, code_from_typed, idea_id_for
from city_hall.refusals import IN_OTHER_CASES, NONE_CHOSEN, TITLE_LENGTH
from shared_kernel import receipt_codes

if TYPE_CHECKING:
    from city_hall.office import Office

SIMILAR_LIMIT = 10
THRESHOLD = 0.3  # pg_trgm's similarity below which two ideas are not "like" each other
TITLE_MAX = 200


@dataclass(frozen=True)
class SimilarIdea:
    receipt_code: str
    text: str
    stop_id: str
    created_at: dt.datetime
    language: str
    status: str | None
    similarity: float  # 0..1, pg_trgm's
    case_id: int | None  # the case it is in already, if any
    stop_place: str = ""  # the stop's name (its id if the tour plan has it no more)

    def as_json(self) -> dict[str, Any]:
        return as_json(self)


@dataclass(frozen=True)
class Case:
    id: int
    title: str
    codes: list[str]  # its ideas, oldest first
    stops: int  # at how many stops they were given

    def as_json(self) -> dict[str, Any]:
        return as_json(self)


def similar(office: Office, typed_code: str, *, limit: int = SIMILAR_LIMIT) -> list[SimilarIdea]:
    """The ideas most like ``typed_code``'s, most alike first (not itself)."""
    code = code_from_typed(typed_code)
    with office.session() as connection:
        idea_id = idea_id_for(connection, code)
        catch_up_search(connection)
        connection.execute("SELECT set_config('pg_trgm.similarity_threshold', %s, true)", (str(THRESHOLD),))
        row = connection.execute("SELECT text FROM mokoko.idea WHERE id = %s", (idea_id,)).fetchone()
        text = str(row[0]) if row else ""
        # Nearest first by the trigram index (the text a parameter, so the index orders), then the rest.
        rows = connection.execute(
            "WITH near AS (SELECT idea_id AS id, 1 - (text <-> %(text)s) AS score FROM mokoko.idea_search "
            "WHERE text %% %(text)s AND idea_id <> %(id)s ORDER BY text <-> %(text)s LIMIT %(limit)s) "
            "SELECT i.receipt_code, i.text, i.stop_id, i.created_at, i.language, s.status, near.score, g.group_id, "
            "coalesce(p.place, i.stop_id) FROM near JOIN mokoko.idea i ON i.id = near.id "
            "LEFT JOIN mokoko.idea_state s ON s.idea_id = i.id LEFT JOIN mokoko.stop p ON p.id = i.stop_id "
            "LEFT JOIN mokoko.idea_group_member g ON g.idea_id = i.id ORDER BY near.score DESC, i.created_at DESC",
            {"id": idea_id, "text": text, "limit": limit},
        ).fetchall()
    return [
        SimilarIdea(code, text, stop, created, language, status, round(float(score), 3), case, place)
        for code, text, stop, created, language, status, score, case, place in rows
    ]


def _case_of(connection: psycopg.Connection, idea_id: str) -> int | None:
    row = connection.execute("SELECT group_id FROM mokoko.idea_group_member WHERE idea_id = %s", (idea_id,)).fetchone()
    return int(row[0]) if row else None


def group(office: Office, typed_codes: list[str], *, title: str = "") -> Case:
    """Put the ideas of ``typed_codes`` in one case: the case one of them is in already, else a new
    one titled ``title`` (default: the first idea's text). Ideas in two different cases are
    refused (take them out first: :func:`ungroup`)."""
    codes = list(dict.fromkeys(code_from_typed(typed) for typed in typed_codes))
    if not codes:
        raise CentralError(NONE_CHOSEN)
    title = " ".join(title.split())
    if len(title) > TITLE_MAX:
        raise CentralError(TITLE_LENGTH, limit=TITLE_MAX)
    with office.session() as connection:
        ids = {code: idea_id_for(connection, code) for code in codes}
        cases = {code: case for code, case in ((code, _case_of(connection, idea_id)) for code, idea_id in ids.items()) if case}
        if len(set(cases.values())) > 1:
            listed = ", ".join(f"{receipt_codes.format_code(code)} (case {case})" for code, case in cases.items())
            raise CentralError(IN_OTHER_CASES, listed=listed)
        case_id = next(iter(cases.values()), None)
        if case_id is None:
            if not title:
                row = connection.execute("SELECT text FROM mokoko.idea WHERE id = %s", (ids[codes[0]],)).fetchone()
                first = " ".join(str(row[0]).split()) if row else receipt_codes.format_code(codes[0])
                title = first if len(first) <= TITLE_MAX else first[: TITLE_MAX - 1] + "…"
            created = connection.execute("INSERT INTO mokoko.idea_group (title) VALUES (%s) RETURNING id", (title,)).fetchone()
            assert created is not None
            case_id = int(created[0])
        elif title:
            connection.execute("UPDATE mokoko.idea_group SET title = %s WHERE id = %s", (title, case_id))
        for code, idea_id in ids.items():
            if code not in cases:
                connection.execute("INSERT INTO mokoko.idea_group_member (idea_id, group_id) VALUES (%s, %s)", (idea_id, case_id))
        return _case(connection, case_id)


def ungroup(office: Office, typed_codes: list[str]) -> list[str]:
    """Take ideas out of their cases (a grouping by mistake); returns the codes that were in one."""
    codes = list(dict.fromkeys(code_from_typed(typed) for typed in typed_codes))
    with office.session() as connection:
        taken = []
        for code in codes:
            deleted = connection.execute(
                "DELETE FROM mokoko.idea_group_member WHERE idea_id = %s RETURNING idea_id", (idea_id_for(connection, code),)
            ).fetchone()
            if deleted:
                taken.append(code)
    return taken


def case_of(office: Office, typed_code: str) -> Case | None:
    """The case ``typed_code``'s idea is in, or None."""
    code = code_from_typed(typed_code)
    with office.session() as connection:
        case_id = _case_of(connection, idea_id_for(connection, code))
        return _case(connection, case_id) if case_id is not None else None


def _case(connection: psycopg.Connection, case_id: int) -> Case:
    title = connection.execute("SELECT title FROM mokoko.idea_group WHERE id = %s", (case_id,)).fetchone()
    members = connection.execute(
        "SELECT i.receipt_code, i.stop_id FROM mokoko.idea_group_member m JOIN mokoko.idea i ON i.id = m.idea_id "
        "WHERE m.group_id = %s ORDER BY i.created_at, i.receipt_code",
        (case_id,),
    ).fetchall()
    return Case(case_id, str(title[0]) if title else "", [row[0] for row in members], len({row[1] for row in members}))
