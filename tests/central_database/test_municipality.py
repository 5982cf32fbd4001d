"""Issue 33: the municipality's own facts (data controller, DPO, accessibility contact) go from the
catalogue to the central database and every kiosk, and to the follow-up site only through
``mokoko.public_privacy()``: tried as each login that must not write or read them."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import psycopg
import pytest
from psycopg import errors

from central_database.catalogue import load_catalogue
from central_database.office_users import add_office_user
from central_database.web_readers import add_web_reader
from mokoko_desktop.catalogue import Catalogue
from sync.engine import sync_once
from sync.pull import catalogue_problems
from tests.central_database.conftest import central_rows
from tests.conftest import DEMO_CATALOGUE, present


def _catalogue_with(tmp_path: Path, **facts: str) -> Path:
    data = json.loads(DEMO_CATALOGUE.read_text(encoding="utf-8"))
    data["municipality"] = {**data["municipality"], **facts}
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_kiosk_pulls_the_municipalitys_facts_and_their_changes(kiosk, admin_url, kiosk_url, tmp_path) -> None:
    sync_once(kiosk, kiosk_url)
    assert present(Catalogue(kiosk.store).municipality()).dpo_email == "databeskyttelse@randers-kommune.example"
    load_catalogue(admin_url, _catalogue_with(tmp_path, dpo_email="dpo@aarhus.example", name="Aarhus Kommune"))
    sync_once(kiosk, kiosk_url)
    pulled = present(Catalogue(kiosk.store).municipality())
    assert (pulled.name, pulled.dpo_email) == ("Aarhus Kommune", "dpo@aarhus.example")


def test_facts_a_kiosk_cannot_use_are_kept_out_and_the_previous_stay(kiosk, owner_url, kiosk_url) -> None:
    sync_once(kiosk, kiosk_url)
    with psycopg.connect(owner_url) as connection:  # as if a newer release had loaded facts this one does not know
        connection.execute("UPDATE mokoko.municipality SET facts = facts - 'dpo_email'")
    sync_once(kiosk, kiosk_url)
    assert present(Catalogue(kiosk.store).municipality()).dpo_email == "databeskyttelse@randers-kommune.example"
    assert "dpo_email" in catalogue_problems(kiosk.store)["municipality municipality"]


def _person(owner_url: str) -> str:
    return add_office_user(owner_url, "Careless Clerk", login=f"office_t{uuid.uuid4().hex[:10]}").url


def _web_reader(owner_url: str) -> str:
    return add_web_reader(owner_url, f"t{uuid.uuid4().hex[:10]}.example.dk")


def test_only_the_administrator_writes_the_facts(owner_url, kiosk_url) -> None:
    for url in (kiosk_url, _person(owner_url), _web_reader(owner_url)):
        with psycopg.connect(url) as connection, pytest.raises(errors.InsufficientPrivilege):
            connection.execute('UPDATE mokoko.municipality SET facts = \'{"name": "Evil"}\'')
        with psycopg.connect(url) as connection, pytest.raises(errors.InsufficientPrivilege):
            connection.execute(
                "INSERT INTO mokoko.change_log (table_name, key, op, row_data) VALUES ('municipality', 'municipality', 'D', NULL)"
            )
    with psycopg.connect(_web_reader(owner_url)) as connection, pytest.raises(errors.InsufficientPrivilege):
        connection.execute("SELECT facts FROM mokoko.municipality")
    assert central_rows(owner_url, "SELECT facts ->> 'name' FROM mokoko.municipality") == [("Randers Kommune",)]


def test_the_web_reader_gets_the_facts_and_periods_and_nothing_more(owner_url, admin_url) -> None:
    with psycopg.connect(admin_url) as connection:
        connection.execute("UPDATE mokoko.retention SET days = 120 WHERE kind = 'offer'")
    with psycopg.connect(_web_reader(owner_url)) as connection:
        (facts,) = present(connection.execute("SELECT mokoko.public_privacy()").fetchone())
    assert set(facts) == {"municipality", "retention"}
    assert facts["retention"] == dict(central_rows(owner_url, "SELECT kind, days FROM mokoko.retention"))  # the purge's own
    assert facts["retention"]["offer"] == 120 and facts["municipality"]["accessibility_email"].startswith("tilgaengelighed@")


def test_no_other_login_calls_the_web_readers_function(owner_url, kiosk_url, admin_url) -> None:
    for url in (kiosk_url, _person(owner_url), admin_url):
        with psycopg.connect(url) as connection, pytest.raises(errors.InsufficientPrivilege):
            connection.execute("SELECT mokoko.public_privacy()")
