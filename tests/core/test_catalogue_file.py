"""One reading of the catalogue file for the kiosk and city hall: a file with any problem is
refused whole, every problem named by where it is, and nothing is loaded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mokoko_desktop.catalogue import load_catalogue
from shared_kernel.catalogue_file import CatalogueError, read_catalogue
from shared_kernel.command_line import EXIT_REFUSED, main
from shared_kernel.resources import DEMO_CATALOGUE


def broken_catalogue(folder: Path) -> Path:
    """The demo catalogue with three mistakes an editor could make, and one new theme."""
    data = json.loads(DEMO_CATALOGUE.read_text(encoding="utf-8"))
    data["themes"][3]["title"] = "Bare en tekst"
    data["stops"][0]["starts_on"] = "2026-13-01"
    data["opportunities"][1]["frequency"] = "sometimes"
    data["themes"].append({"code": "ny-ting", "title": {"da": "Ny ting"}})
    path = folder / "catalogue.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_demo_catalogue_reads() -> None:
    counts = read_catalogue(DEMO_CATALOGUE).counts()
    assert counts == {
        "admin_areas": 6,
        "home_areas": 13,
        "themes": 11,
        "consultations": 1,
        "stops": 9,
        "interests": 12,
        "opportunities": 14,
        "retention": 4,
        "sealing_keys": 1,
        "effect_goals": 8,
        "municipality": 1,
    }


def test_a_municipality_with_a_broken_address_is_refused_by_where(tmp_path: Path) -> None:
    data = json.loads(DEMO_CATALOGUE.read_text(encoding="utf-8"))
    data["municipality"] = {**data["municipality"], "dpo_email": "", "website": "http://plain.example"}
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CatalogueError) as refused:
        read_catalogue(path)
    assert "municipality.dpo_email: String should have at least 1 character" in str(refused.value)
    assert "municipality.website: String should match pattern" in str(refused.value)


def test_every_problem_is_named_by_where_it_is(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError) as refused:
        read_catalogue(broken_catalogue(tmp_path))
    message = str(refused.value)
    assert "nothing was changed" in message
    assert "themes[3].title: Input should be a valid dictionary" in message
    assert "stops[0].starts_on:" in message
    assert "opportunities[1]:" in message and "frequency" in message


def test_a_broken_file_loads_nothing_on_the_kiosk(kiosk, tmp_path: Path) -> None:
    before = [theme.code for theme in kiosk.catalogue.themes()]
    with pytest.raises(CatalogueError):
        load_catalogue(kiosk.store, broken_catalogue(tmp_path))
    assert [theme.code for theme in kiosk.catalogue.themes()] == before  # not even the new theme


def test_the_command_refuses_it_calmly(kiosk, tmp_path: Path, capsys) -> None:
    path = broken_catalogue(tmp_path)
    kiosk.close()
    assert main(["catalogue", "load", str(path), "--data-dir", str(kiosk.data_dir)]) == EXIT_REFUSED
    err = capsys.readouterr().err
    assert "themes[3].title" in err and "Traceback" not in err


def test_a_file_that_is_not_json_is_told(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.json"
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(CatalogueError, match="Cannot read the catalogue"):
        read_catalogue(path)


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda data: data["stops"][2].update(ends_on="2026-11-01"), "stops[2]: Value error, ends_on is before starts_on"),
        (lambda data: data["consultations"][0].update(closes_on="2026-01-01"), "consultations[0]: Value error, closes_on is before"),
        (lambda data: data["themes"][0].update(admin_area="ukendt"), "themes name admin areas the file does not have: ukendt"),
        (lambda data: data["stops"][0].update(id="x" * 10_000), "stops[0].id: String should have at most 60 characters"),
    ],
)
def test_mistakes_an_editor_could_make_are_named(tmp_path: Path, change, named: str) -> None:
    data = json.loads(DEMO_CATALOGUE.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CatalogueError) as refused:
        read_catalogue(path)
    assert named in str(refused.value)


@pytest.mark.parametrize(
    ("text", "told"),
    [("[1, 2]", "the file: Input should be a valid dictionary"), ("[" * 100_000 + "]" * 100_000, "Cannot read the catalogue")],
)
def test_a_file_that_is_not_a_catalogue_is_told_calmly(tmp_path: Path, text: str, told: str) -> None:
    path = tmp_path / "catalogue.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError, match=told):
        read_catalogue(path)


@pytest.mark.parametrize(
    ("goal", "named"),
    [
        ({"measure": "reach_home_area"}, "reach_home_area needs home_area"),
        ({"measure": "happiness"}, "effect_goals[0].measure"),
        ({"targets": {"next year": 3}}, "effect_goals[0].targets"),
        ({"area": "ukendt"}, "effect goals name admin areas the file does not have: ukendt"),
    ],
)
def test_an_effect_goal_that_cannot_be_counted_is_named(tmp_path: Path, goal: dict, named: str) -> None:
    data = json.loads(DEMO_CATALOGUE.read_text(encoding="utf-8"))
    data["effect_goals"] = [{"code": "maal", "area": "sundhed", "name": {"da": "Mål"}, "measure": "ideas_received", **goal}]
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CatalogueError) as refused:
        read_catalogue(path)
    assert named in str(refused.value)
