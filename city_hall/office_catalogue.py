"""What the office app's filters and forms offer: the catalogue as city hall sees it, who is
logged in and which areas they answer for, and the reply templates per status."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from city_hall.office import Office


# A starting point for the public reply, per status; the person edits it before sending.
REPLY_TEMPLATES = {
    "received": "Tak for din idé. Vi har modtaget den, og kontaktpersonen på området læser den.",
    "being-looked-at": "Tak for din idé. Vi ser nærmere på den og vender tilbage.",
    "forwarded": "Tak for din idé. Vi har sendt den videre til kontaktpersonen på området.",
    "in-progress": "Tak for din idé. Vi er gået i gang: ",
    "done": "Tak for din idé. Den er nu gennemført: ",
    "not-taken-further": "Tak for din idé. Vi kan desværre ikke føre den videre, fordi ",
}


@dataclass(frozen=True)
class OfficeCatalogue:
    """Codes with their names (``{language: text}`` or plain text), in the catalogue's order."""

    me: str  # the logged-in person's name (or login, for a login made by hand)
    my_areas: list[str]
    statuses: list[tuple[str, dict[str, str], bool]]  # code, label, needs a reason
    areas: list[tuple[str, dict[str, str]]]
    stops: list[tuple[str, str]]
    themes: list[tuple[str, dict[str, str]]]
    home_areas: list[tuple[str, str]]
    interests: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # the Byttebørs' subjects (tags)


MY_AREAS = "SELECT admin_area_code FROM mokoko.area_contact WHERE role_name = current_user ORDER BY 1"
STATUSES = "SELECT code, label, needs_reason FROM mokoko.status ORDER BY sort_order"


def office_catalogue(office: Office) -> OfficeCatalogue:
    with office.session() as connection:

        def rows(query: str) -> list[tuple[Any, ...]]:
            return [tuple(row) for row in connection.execute(query)]

        me = rows("SELECT coalesce((SELECT display_name FROM mokoko.office_user WHERE role_name = current_user), current_user)")
        return OfficeCatalogue(
            me=str(me[0][0]),
            my_areas=[str(code) for (code,) in rows(MY_AREAS)],
            statuses=[(str(c), dict(label), bool(reason)) for c, label, reason in rows(STATUSES)],
            areas=[(str(c), dict(name)) for c, name in rows("SELECT code, name FROM mokoko.admin_area ORDER BY sort_order")],
            stops=[(str(c), str(place)) for c, place in rows("SELECT id, place FROM mokoko.stop ORDER BY tour_order")],
            themes=[(str(c), dict(title)) for c, title in rows("SELECT code, title FROM mokoko.theme ORDER BY sort_order")],
            home_areas=[(str(c), str(name)) for c, name in rows("SELECT code, name FROM mokoko.home_area ORDER BY sort_order")],
            interests=[(str(c), dict(name)) for c, name in rows("SELECT code, name FROM mokoko.interest ORDER BY sort_order")],
        )
