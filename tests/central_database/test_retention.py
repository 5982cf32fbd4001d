"""Deleted when promised (issue 13): `mokoko central purge` deletes the municipality's copy of
contact details and posts when the catalogue's period is over, and nothing else."""

from __future__ import annotations

import json

import psycopg
import pytest

from central_database.catalogue import load_catalogue
from central_database.retention import purge_expired
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.offers import OfferDraft
from mokoko_desktop.signups import SignupDraft
from shared_kernel.catalogue_file import CatalogueError, read_catalogue
from shared_kernel.command_line import main
from sync.engine import sync_once
from tests.central_database.conftest import central_rows
from tests.conftest import demo_key, office_of


@pytest.fixture
def stored(kiosk, kiosk_url, owner_url):
    done = kiosk.ideas.submit(IdeaDraft(theme_code="aeldre", text="Bænke", name="Åse", email="aase@example.dk", consent=True), "assentoft")
    open_idea = kiosk.ideas.submit(IdeaDraft(theme_code="aeldre", text="Lys", name="Bo", phone="20304051", consent=True), "assentoft")
    kiosk.signups.submit(
        SignupDraft(opportunity_id="bogvenner", name="Ida", phone="20304052", age_group="65-79", availability=["weekdays"], consent=True),
        "assentoft",
    )
    kiosk.offers.submit(OfferDraft(text="Trailer", tags=["praktisk"], name="Jens", phone="20304053", consent=True), "assentoft")
    sync_once(kiosk, kiosk_url)
    office_of(owner_url).reply(done.receipt_code, "done", "Bænkene står der nu.")
    office_of(owner_url).reply(open_idea.receipt_code, "in-progress", "Vi ser på det.")
    return {"done": done.receipt_code, "open": open_idea.receipt_code}


def _age(owner_url: str, days: int) -> None:
    """Move everything ``days`` into the past: the purge goes by the server's clock, which tests cannot set."""
    with psycopg.connect(owner_url) as central:
        for table, column in (
            ("idea", "created_at"),
            ("idea_state", "status_at"),
            ("status_update", "set_at"),
            ("signup", "created_at"),
            ("offer", "created_at"),
        ):
            central.execute(f"UPDATE mokoko.{table} SET {column} = {column} - make_interval(days => %s)", (days,))


def _contacts(owner_url: str) -> list[tuple]:
    return central_rows(owner_url, "SELECT receipt_code, sealed_contact IS NOT NULL FROM mokoko.idea ORDER BY 2")


def test_purge_deletes_what_is_past_its_period_and_nothing_else(owner_url, stored) -> None:
    _age(owner_url, days=1)
    assert purge_expired(owner_url) == {
        "ideas' contact details": 1,
        "sign-ups' contact details": 0,
        "Byttebørs posts": 0,
        "copies kept aside as conflicts": 0,
    }
    assert _contacts(owner_url) == [(stored["done"], False), (stored["open"], True)]  # only the idea that was dealt with
    assert central_rows(owner_url, "SELECT data ? 'sealed_contact', data ->> 'age_group' FROM mokoko.signup") == [(True, "65-79")]
    _age(owner_url, days=299)
    meanwhile = purge_expired(owner_url)
    assert (meanwhile["ideas' contact details"], meanwhile["sign-ups' contact details"], meanwhile["Byttebørs posts"]) == (0, 0, 1)
    assert _contacts(owner_url)[1] == (stored["open"], True)  # not dealt with: kept while younger than idea-contact-max
    _age(owner_url, days=100)
    later = purge_expired(owner_url)
    assert (later["ideas' contact details"], later["sign-ups' contact details"], later["Byttebørs posts"]) == (1, 1, 0)
    assert central_rows(owner_url, "SELECT data ? 'sealed_contact', data ? 'name', data ->> 'age_group' FROM mokoko.signup") == [
        (False, False, "65-79")
    ]  # the sign-up itself stays
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.offer") == [(0,)]
    # Issue 26 (finding 9): an idea never answered kept its contact details for ever; now at most
    # idea-contact-max days (365 in the demo catalogue) from when it was given.
    assert _contacts(owner_url) == [(stored["done"], False), (stored["open"], False)]
    assert set(purge_expired(owner_url).values()) == {0}  # nothing twice


def test_the_periods_come_from_the_catalogue(owner_url, stored, tmp_path, capsys) -> None:
    catalogue = tmp_path / "catalogue.json"
    catalogue.write_text(json.dumps({"retention": [{"kind": "idea-contact-after-answer", "days": 30}]}))
    load_catalogue(owner_url, catalogue)
    _age(owner_url, days=29)
    assert purge_expired(owner_url)["ideas' contact details"] == 0
    _age(owner_url, days=2)
    assert purge_expired(owner_url)["ideas' contact details"] == 1
    assert main(["central", "purge", "--url", owner_url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Deleted: 0 ideas' contact details") and "Bo" not in out and "Åse" not in out
    assert office_of(owner_url).open_contact(stored["done"], "Borgeren har ringet", [demo_key()]).fields == {}  # gone for good


@pytest.mark.parametrize(
    ("retention", "message"),
    [
        ([{"kind": "forever", "days": 1}], "retention[0].kind"),
        ([{"kind": "offer", "days": -1}], "retention[0].days"),
        ([{"kind": "offer", "days": 90}, {"kind": "offer", "days": 30}], "more than once"),
    ],
)
def test_a_bad_retention_is_refused_whole(tmp_path, retention, message) -> None:
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps({"retention": retention}))
    with pytest.raises(CatalogueError, match=message.replace("[", r"\[").replace("]", r"\]")):
        read_catalogue(path)


def test_a_copy_kept_aside_as_a_conflict_loses_the_details_too(kiosk, kiosk_url, owner_url, stored) -> None:
    from sqlalchemy import text

    with kiosk.store.engine.begin() as connection:  # the answered idea comes again with other words
        connection.execute(
            text("UPDATE idea SET synced_at = NULL, text = 'Bænke, tak' WHERE receipt_code = :code"), {"code": stored["done"]}
        )
    assert sync_once(kiosk, kiosk_url).push.conflicts == 1
    _age(owner_url, days=1)
    counts = purge_expired(owner_url)
    assert counts["copies kept aside as conflicts"] == 1
    [(payload,)] = central_rows(owner_url, "SELECT payload FROM mokoko.push_conflict")
    assert "sealed_contact" not in payload and "mokoko-sealed" not in json.dumps(payload) and payload["text"] == "Bænke, tak"


def test_kiosks_promise_the_periods_the_central_purge_keeps(owner_url, kiosk, kiosk_url, tmp_path) -> None:
    from mokoko_desktop.consent import idea_contact_text
    from shared_kernel.i18n import translate

    catalogue = tmp_path / "catalogue.json"
    catalogue.write_text(json.dumps({"retention": [{"kind": "idea-contact-after-answer", "days": 14}]}))
    load_catalogue(owner_url, catalogue)
    sync_once(kiosk, kiosk_url)
    periods = kiosk.consent_periods()
    assert (periods.idea_after_answer, periods.signup, periods.offer) == (14, 365, 90)
    assert "14 dage efter, at din idé er færdigbehandlet" in idea_contact_text(periods, lambda c, s: translate("da", c, s))
    idea = kiosk.submit(IdeaDraft(theme_code="aeldre", text="Bænke", name="Åse", consent=True))
    assert idea.consent_version == "idea-contact-2026-11-29:7/14"
