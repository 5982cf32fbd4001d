"""Cases with an owner (issue 31): an idea given to a named city-hall person, or taken back;
internal notes on it that never reach the citizen, a kiosk or the change log; the people it can be
given to. The inbox's "Mine sager", "Uden ejer" and "Overskredet frist" are :class:`InboxFilter`'s
``owned``, ``no_owner`` and ``overdue``. The database writes who did it and when."""

from __future__ import annotations

from typing import TYPE_CHECKING

from central_database.connection import CentralError
from city_hall.inbox import checked_text, code_from_typed, idea_id_for
from city_hall.refusals import NO_SUCH, NOTE_EMPTY

if TYPE_CHECKING:
    from city_hall.office import Office


def people(office: Office) -> list[tuple[str, str]]:
    """City hall's people a case can be given to: (login, name), by name."""
    with office.session() as connection:
        rows = connection.execute(
            "SELECT role_name, display_name FROM mokoko.office_user WHERE removed_at IS NULL ORDER BY display_name, role_name"
        ).fetchall()
    return [(str(login), str(name)) for login, name in rows]


def assign(office: Office, typed_code: str, login: str | None, *, me: bool = False) -> str:
    """Give the idea (its whole case of similar ideas, if any) to ``login`` (None: to nobody;
    ``me``: to the person asking). Returns the person's name ("" for nobody)."""
    code = code_from_typed(typed_code)
    with office.session() as connection:
        if me:
            row = connection.execute("SELECT current_user").fetchone()
            login = str(row[0]) if row else None
        ids = [idea_id_for(connection, code)]
        ids += [
            str(row[0])
            for row in connection.execute(
                "SELECT m.idea_id FROM mokoko.idea_group_member m WHERE m.group_id = "
                "(SELECT group_id FROM mokoko.idea_group_member WHERE idea_id = %s) AND m.idea_id <> %s",
                (ids[0], ids[0]),
            )
        ]
        name = ""
        if login is not None:
            row = connection.execute(
                "SELECT display_name FROM mokoko.office_user WHERE role_name = %s AND removed_at IS NULL", (login,)
            ).fetchone()
            if row is None:
                known = ", ".join(person for person, _name in people(office)) or "–"
                raise CentralError(NO_SUCH, label="city-hall person", value=repr(login), known=known)
            name = str(row[0])
        for idea_id in ids:
            connection.execute("INSERT INTO mokoko.idea_assignment (idea_id, owner_role) VALUES (%s, %s)", (idea_id, login))
    return name


def note(office: Office, typed_code: str, text: str) -> None:
    """An internal note on the idea's case (for colleagues; never to the citizen or a kiosk)."""
    code = code_from_typed(typed_code)
    text = checked_text(text)
    if not text:
        raise CentralError(NOTE_EMPTY)
    with office.session() as connection:
        connection.execute("INSERT INTO mokoko.idea_note (idea_id, text) VALUES (%s, %s)", (idea_id_for(connection, code), text))
