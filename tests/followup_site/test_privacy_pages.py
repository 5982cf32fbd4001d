"""Issue 33: the follow-up site's privacy notice (``/privatliv``) and accessibility statement
(``/tilgaengelighed``), linked from every page, with the municipality's facts and the periods the
purge deletes by, read from the central database as the web reader."""

from __future__ import annotations

import psycopg
import pytest

from followup_site import accessibility
from followup_site.app import FollowUpSite, RateLimiter
from shared_kernel.dates import long_date
from tests.followup_site.serving import get, serving


@pytest.mark.parametrize("path", ["/", "/f/ABCD", "/nowhere", "/privatliv", "/tilgaengelighed"])
def test_every_page_links_the_notice_and_the_statement_in_its_language(site, path) -> None:
    page = get(site, path + "?lang=uk")
    assert 'href="/privatliv?lang=uk">Як ми обробляємо ваші дані</a>' in page.body
    assert 'href="/tilgaengelighed?lang=uk">Заява про доступність</a>' in page.body
    assert '<a class="skip" href="#main">' in page.body and '<main id="main"' in page.body


def test_the_notice_says_who_is_responsible_and_the_purges_periods(owner_url, site) -> None:
    page = get(site, "/privatliv", language="da")
    assert page.status == 200 and "<h1>Sådan behandler vi dine oplysninger</h1>" in page.body
    for fact in ("Randers Kommune er dataansvarlig", "Laksetorvet 1, 8900 Randers C", "databeskyttelse@randers-kommune.example"):
        assert fact in page.body
    assert "senest 1 år efter din tilmelding" in page.body and "3 måneder efter, at du gav dem" in page.body  # the demo's periods
    assert "Datatilsynet" in page.body and "Kiosken sletter dem få dage efter" in page.body
    with psycopg.connect(owner_url) as connection:  # the administrator changes a period: a new site says the new one
        connection.execute("UPDATE mokoko.retention SET days = 180 WHERE kind = 'signup-contact'")
    assert "senest 1 år efter din tilmelding" in get(site, "/privatliv", language="da").body  # read again after 5 minutes
    reader = site_reader(owner_url)
    with serving(FollowUpSite(reader)) as fresh:
        assert "senest 6 måneder efter din tilmelding" in get(fresh, "/privatliv", language="da").body


def site_reader(owner_url: str) -> str:
    import uuid

    from central_database.web_readers import add_web_reader

    return add_web_reader(owner_url, f"t{uuid.uuid4().hex[:10]}")


def test_the_notice_is_still_shown_while_the_database_does_not_answer(town, monkeypatch) -> None:
    monkeypatch.setattr("followup_site.app.PRIVACY_FRESH", 0.0)  # every view reads again, and falls back
    followup = FollowUpSite(town["reader"])
    with serving(followup) as base:
        assert get(base, "/privatliv").status == 200
        followup.pool.close()  # the database is gone; the facts read before are still true
        page = get(base, "/privatliv", language="en")
    assert page.status == 200 and "Randers Kommune is responsible" in page.body


def test_a_site_that_never_read_the_facts_says_it_cannot_answer(town) -> None:
    with serving(FollowUpSite("postgresql://nobody@127.0.0.1:1/none?connect_timeout=1")) as base:
        notice = get(base, "/privatliv", language="da")
        statement = get(base, "/tilgaengelighed", language="da")
    assert notice.status == 503 and "Siden kan ikke svare lige nu" in notice.body
    assert statement.status == 200 and "fortæl det til personalet i MOKOKO" in statement.body  # still true, without the contact


def test_the_statement_names_the_standard_the_check_and_the_contact(site) -> None:
    page = get(site, "/tilgaengelighed", language="da")
    assert page.status == 200 and "<h1>Tilgængelighedserklæring</h1>" in page.body
    assert f"standarden {accessibility.STANDARD}" in page.body and f"axe-core {accessibility.AXE_CORE}" in page.body
    assert long_date(accessibility.CHECKED_ON, "da") in page.body
    assert "tilgaengelighed@randers-kommune.example" in page.body and "Digitaliseringsstyrelsen" in page.body


def test_an_address_is_forgotten_a_minute_after_its_last_look_up() -> None:
    now = [0.0]
    limiter = RateLimiter(limit=30, window=60.0, clock=lambda: now[0])
    assert limiter.wait_for("10.0.0.1") == 0 and limiter.remembers("10.0.0.1")
    now[0] = 59.0
    assert limiter.wait_for("10.0.0.2") == 0 and limiter.remembers("10.0.0.1")  # within its minute
    now[0] = 121.0
    limiter.wait_for("10.0.0.3")
    assert not limiter.remembers("10.0.0.1") and not limiter.remembers("10.0.0.2")
