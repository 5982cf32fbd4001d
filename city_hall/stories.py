"""'I sagde – vi gjorde': city hall publishes an answered idea with a short public
headline; the follow-up site shows it, and kiosks pull it to their start screen. No names: a
story is the idea's words, the public reply, where and when (central migration c0011)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from psycopg import errors

from central_database.connection import CentralError
from city_hall.inbox import code_from_typed
from city_hall.refusals import ANSWER_FIRST, HEADLINE_LENGTH, HIDDEN_OFF_THE_WALL, IDEA_NOT_ARRIVED, ON_THE_WALL
from shared_kernel import receipt_codes

if TYPE_CHECKING:
    from city_hall.office import Office

HEADLINE_MIN, HEADLINE_MAX = 3, 120


@dataclass(frozen=True)
class PublishedStory:
    receipt_code: str
    headline: str
    published_at: dt.datetime
    published_by: str


def publish(office: Office, typed_code: str, headline: str) -> None:
    """Show an answered idea on the kiosks' wall and the follow-up site, under ``headline``."""
    code, headline = code_from_typed(typed_code), " ".join(headline.split())
    if not HEADLINE_MIN <= len(headline) <= HEADLINE_MAX:
        raise CentralError(HEADLINE_LENGTH, least=HEADLINE_MIN, most=HEADLINE_MAX)
    with office.session() as connection:
        row = connection.execute(
            "SELECT i.id, s.status FROM mokoko.idea i LEFT JOIN mokoko.idea_state s ON s.idea_id = i.id WHERE i.receipt_code = %s",
            (code,),
        ).fetchone()
        if row is None:
            raise CentralError(IDEA_NOT_ARRIVED, code=receipt_codes.format_code(code))
        if row[1] is None:
            raise CentralError(ANSWER_FIRST)
        try:
            connection.execute("INSERT INTO mokoko.published_story (idea_id, headline) VALUES (%s, %s)", (row[0], headline))
        except errors.UniqueViolation:
            raise CentralError(ON_THE_WALL) from None
        except errors.CheckViolation:
            raise CentralError(HIDDEN_OFF_THE_WALL) from None


def unpublish(office: Office, typed_code: str) -> bool:
    """Take an idea off the wall (kiosks take it down at their next pull). False if it was not up."""
    code = code_from_typed(typed_code)
    with office.session() as connection:
        deleted = connection.execute(
            "DELETE FROM mokoko.published_story p USING mokoko.idea i WHERE i.id = p.idea_id AND i.receipt_code = %s", (code,)
        ).rowcount
    return bool(deleted)


def published(office: Office) -> list[PublishedStory]:
    """What is on the wall, newest first."""
    with office.session() as connection:
        rows = connection.execute(
            "SELECT i.receipt_code, p.headline, p.published_at, coalesce(u.display_name, p.published_by::text) "
            "FROM mokoko.published_story p JOIN mokoko.idea i ON i.id = p.idea_id "
            "LEFT JOIN mokoko.office_user u ON u.role_name = p.published_by ORDER BY p.published_at DESC"
        ).fetchall()
    return [PublishedStory(*row) for row in rows]
