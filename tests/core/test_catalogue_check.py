"""The catalogue in four languages: what lacks a language or a pictogram is listed for staff,
and citizens quietly get Danish."""

from __future__ import annotations

import json
from pathlib import Path

from mokoko_desktop.catalogue_check import catalogue_gaps
from shared_kernel.command_line import main
from shared_kernel.i18n import pick
from shared_kernel.pictograms import pictogram_names, pictogram_path
from shared_kernel.resources import DEMO_CATALOGUE


def test_the_demo_catalogue_speaks_every_language_and_has_its_pictograms() -> None:
    data = json.loads(Path(DEMO_CATALOGUE).read_text(encoding="utf-8"))
    assert catalogue_gaps(data) == []
    icons = [entry["icon"] for kind in ("themes", "opportunities") for entry in data[kind]]
    assert len(icons) == 25 and all(pictogram_path(icon) is not None for icon in icons)


def test_a_missing_language_and_an_unknown_pictogram_are_listed(tmp_path, capsys) -> None:
    data = {
        "themes": [
            {
                "code": "aeldre",
                "title": {"da": "Ældre", "en": "Older people", "uk": "Літні люди"},
                "description": {"da": "Hjælp", "en": "Help", "uk": "Допомога", "ar": "مساعدة"},
                "icon": "unicorn",
            }
        ],
        "admin_areas": [{"code": "x", "name": {"da": "Kun dansk"}}],
    }
    gaps = catalogue_gaps(data)
    assert [gap.line() for gap in gaps] == [
        "themes/aeldre/title: no ar (citizens see Danish)",
        "themes/aeldre/icon: no pictogram called 'unicorn' (shown without one)",
    ]  # city hall's own texts (admin areas) need not be in every language
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["catalogue", "check", str(path), "--json"]) == 1
    assert [gap["where"] for gap in json.loads(capsys.readouterr().out)] == ["themes/aeldre/title", "themes/aeldre/icon"]
    assert pick(data["themes"][0]["title"], "ar") == "Ældre"  # the citizen: Danish, quietly


def test_pictograms_are_only_files_in_the_icons_folder() -> None:
    assert pictogram_path("../styles/kiosk") is None and pictogram_path("tick") is None and pictogram_path("") is None
    assert "book" in pictogram_names() and "tick" not in pictogram_names()
