"""City hall's answer to ideas: a status and a public reply (with, for an idea in another language,
the reply in that language), for one idea, many, or a whole case of similar ideas at once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

import psycopg

from central_database.connection import CentralError
from city_hall.inbox import _known, checked_text, code_from_typed, idea_id_for
from city_hall.refusals import DANISH_NEEDS_NO_TRANSLATION, NEEDS_REASON, NONE_CHOSEN, REPLY_EMPTY
from shared_kernel import receipt_codes
from shared_kernel.i18n import DEFAULT_LANGUAGE

if TYPE_CHECKING:
    from city_hall.office import Office


@dataclass(frozen=True)
class AnswerResult:
    """What a (bulk) answer did: the codes answered, and those left alone with why."""

    answered: list[str]
    skipped: dict[str, str]


def answer(
    office: Office,
    typed_codes: list[str],
    status: str,
    public_reply: str,
    reason: str = "",
    *,
    seen: dict[str, dt.datetime | None] | None = None,
    translated_reply: str = "",
) -> AnswerResult:
    """Give each idea ``status`` and the same public reply, in one transaction; an idea in a case
    (:mod:`city_hall.similar_ideas`) answers its whole case, each citizen getting their own status,
    follow-up and e-mail. With ``seen`` (code -> the status time the person saw, None for
    unanswered), an idea answered meanwhile by someone else is left alone and reported in
    :attr:`AnswerResult.skipped`. ``translated_reply``: the reply in the language of the first
    idea (typed by a translator), given to every idea of that language; the others get the Danish
    reply alone."""
    public_reply, reason, translated_reply = checked_text(public_reply), checked_text(reason), checked_text(translated_reply)
    if not public_reply:
        raise CentralError(REPLY_EMPTY)
    codes = list(dict.fromkeys(code_from_typed(typed) for typed in typed_codes))
    if not codes:
        raise CentralError(NONE_CHOSEN)
    answered: list[str] = []
    skipped: dict[str, str] = {}
    with office.session() as connection:
        _known(connection, "status", "code", status, "status")
        row = connection.execute("SELECT needs_reason FROM mokoko.status WHERE code = %s", (status,)).fetchone()
        if row and row[0] and not reason:
            raise CentralError(NEEDS_REASON, status=repr(status))
        ids = {code: idea_id_for(connection, code) for code in codes}
        ids |= {code: idea_id_for(connection, code) for code in whole_cases(connection, codes) if code not in ids}
        languages = dict(
            connection.execute("SELECT id::text, language FROM mokoko.idea WHERE id = ANY(%s)", (list(ids.values()),)).fetchall()
        )
        translated_into = languages[ids[codes[0]]]
        if translated_reply and translated_into == DEFAULT_LANGUAGE:
            raise CentralError(DANISH_NEEDS_NO_TRANSLATION, code=receipt_codes.format_code(codes[0]))
        connection.execute("SELECT mokoko.take_change_log_turn()")  # no one answers in between
        for code, idea_id in ids.items():
            current = connection.execute(
                "SELECT s.status_at, coalesce(u.display_name, s.status_by) FROM mokoko.idea_state s "
                "LEFT JOIN mokoko.office_user u ON u.role_name = s.status_by WHERE s.idea_id = %s",
                (idea_id,),
            ).fetchone()
            status_at = current[0] if current else None
            if seen is not None and code in seen and seen[code] != status_at:
                skipped[code] = f"answered meanwhile by {current[1] if current else 'someone'}"
                continue
            connection.execute(
                "INSERT INTO mokoko.status_update (idea_id, status, public_reply, reason, translated_reply) VALUES (%s, %s, %s, %s, %s)",
                (idea_id, status, public_reply, reason, translated_reply if languages[idea_id] == translated_into else ""),
            )
            answered.append(code)
    return AnswerResult(answered, skipped)


def whole_cases(connection: psycopg.Connection, codes: list[str]) -> list[str]:
    """``codes`` with every other idea of their cases after them (an answer to one idea of a case
    is the case's answer)."""
    rows = connection.execute(
        "SELECT i.receipt_code FROM mokoko.idea_group_member m JOIN mokoko.idea i ON i.id = m.idea_id "
        "WHERE m.group_id IN (SELECT g.group_id FROM mokoko.idea_group_member g JOIN mokoko.idea x ON x.id = g.idea_id "
        "WHERE x.receipt_code = ANY(%s)) ORDER BY i.created_at, i.receipt_code",
        (codes,),
    ).fetchall()
    return list(dict.fromkeys([*codes, *(row[0] for row in rows)]))
