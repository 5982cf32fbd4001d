"""What a catalogue lacks for citizens: a text without one of the kiosk's languages, a pictogram
name with no picture. Citizens then quietly see the Danish text (``i18n.pick``) and no picture;
staff see the list here (``mokoko catalogue check``) and can ask the municipality to fill it in."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from shared_kernel.i18n import available_languages
from shared_kernel.pictograms import pictogram_path

# What citizens read, by kind: the text fields of each entry. (Admin areas and effect goals
# are city hall's: Danish and English are enough there.)
CITIZEN_TEXTS = {
    "themes": ("title", "description"),
    "consultations": ("question", "intro"),
    "interests": ("name",),
    "opportunities": ("title", "organisation", "summary", "description", "place", "time_needed"),
}
PICTOGRAMS = {"themes", "opportunities"}


@dataclass(frozen=True)
class Gap:
    """One thing missing: ``where`` is "themes/aeldre/title"; ``missing`` the languages, or the
    pictogram's name when ``kind`` is "pictogram"."""

    where: str
    kind: str  # "languages" or "pictogram"
    missing: tuple[str, ...]

    def line(self) -> str:
        if self.kind == "pictogram":
            return f"{self.where}: no pictogram called {self.missing[0]!r} (shown without one)"
        return f"{self.where}: no {', '.join(self.missing)} (citizens see Danish)"


def catalogue_gaps(catalogue: dict[str, Any], languages: list[str] | None = None) -> list[Gap]:
    """The gaps of a catalogue given as its JSON (a file, or the kiosk's store as :func:`stored_catalogue`)."""
    wanted = languages or available_languages()
    return list(_gaps(catalogue, wanted))


def _gaps(catalogue: dict[str, Any], languages: list[str]) -> Iterator[Gap]:
    for kind, fields in CITIZEN_TEXTS.items():
        for entry in catalogue.get(kind) or []:
            if not isinstance(entry, dict):
                continue
            key = str(entry.get("code") or entry.get("id") or "?")
            for field in fields:
                texts = entry.get(field)
                if isinstance(texts, dict) and texts:
                    missing = tuple(lang for lang in languages if not str(texts.get(lang) or "").strip())
                    if missing:
                        yield Gap(f"{kind}/{key}/{field}", "languages", missing)
            icon = entry.get("icon")
            if kind in PICTOGRAMS and icon and pictogram_path(str(icon)) is None:
                yield Gap(f"{kind}/{key}/icon", "pictogram", (str(icon),))
