"""What the start screen shows, kept in a small file so the kiosk can paint its first frame
before the database layer has even loaded.

The kiosk writes ``start_screen.json`` in the data folder whenever it has read the current
values from the database (at every start, and when staff change today's stop). It holds no
personal data: the municipality's name, the consultation's question, today's place and the
stories city hall published (headlines and public replies).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from shared_kernel.opening_hours import Opening, is_open, next_opening

log = logging.getLogger(__name__)

SNAPSHOT_FILE = "start_screen.json"


@dataclass(frozen=True)
class StartInfo:
    """The start screen's content. ``question`` and ``intro`` map language codes to text."""

    municipality: str = ""
    question: dict[str, str] = field(default_factory=dict)
    intro: dict[str, str] = field(default_factory=dict)
    stop_place: str = ""
    # "I sagde – vi gjorde": (headline, what the municipality did, that in the citizen's language or "",
    # the citizen's language), nearest and newest first.
    stories: tuple[tuple[str, str, str, str], ...] = ()
    not_ready: tuple[str, ...] = ()  # what stops citizens now (``readiness.PROBLEMS`` codes); empty when open
    day: str = ""  # the local day (YYYY-MM-DD) this was read for: a new day reads it again
    language: str = "da"  # the language the start screen shows today
    closed_today: bool = False  # staff closed the day ("Luk dagen")
    # The opening periods from today on: (place, opens, closes) as ISO 8601 with offset.
    openings: tuple[tuple[str, str, str], ...] = ()
    next_stops: tuple[tuple[str, str, str], ...] = ()  # (place, first day, last day) after today's
    followup_home: str = ""  # the follow-up site's front page (the closed screen shows it as a QR code)

    def periods(self) -> list[Opening]:
        return [
            Opening(place, dt.datetime.fromisoformat(opens), dt.datetime.fromisoformat(closes)) for place, opens, closes in self.openings
        ]

    def closed_at(self, moment: dt.datetime) -> bool:
        """Outside today's stop's opening hours (the kiosk has a stop today, but is not open now)."""
        return bool(self.stop_place) and "no_stop" not in self.not_ready and not is_open(self.periods(), moment)

    def next_opening(self, moment: dt.datetime) -> Opening | None:
        return next_opening(self.periods(), moment)


def _story(written: list[str]) -> tuple[str, str, str, str]:
    """A story as written (by a version before c0030: headline and reply only)."""
    headline, did, *rest = (str(part) for part in written)
    translated, language = [*rest, "", "da"][:2] if len(rest) < 2 else rest[:2]
    return headline, did, translated, language


def read_start_info(data_dir: Path) -> StartInfo | None:
    """The last written start screen content, or ``None`` if there is none (or it is unreadable)."""
    path = data_dir / SNAPSHOT_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        info = StartInfo(
            municipality=str(data["municipality"]),
            question={str(k): str(v) for k, v in data["question"].items()},
            intro={str(k): str(v) for k, v in data["intro"].items()},
            stop_place=str(data["stop_place"]),
            stories=tuple(_story(story) for story in data.get("stories", [])),
            not_ready=tuple(str(problem) for problem in data.get("not_ready", [])),
            day=str(data.get("day", "")),
            language=str(data.get("language", "da")),
            closed_today=bool(data.get("closed_today", False)),
            openings=tuple((str(place), str(opens), str(closes)) for place, opens, closes in data.get("openings", [])),
            next_stops=tuple((str(place), str(first), str(last)) for place, first, last in data.get("next_stops", [])),
            followup_home=str(data.get("followup_home", "")),
        )
        info.periods()  # readable times, or the whole snapshot is ignored
        return info
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        log.warning("Ignoring unreadable %s: %s", path.name, error)
        return None


def write_start_info(data_dir: Path, info: StartInfo) -> None:
    """Replace the snapshot atomically (a power cut leaves the old or the new file)."""
    path = data_dir / SNAPSHOT_FILE
    temporary = path.with_name(path.name + ".part")
    temporary.write_text(json.dumps(asdict(info), ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(temporary, path)
