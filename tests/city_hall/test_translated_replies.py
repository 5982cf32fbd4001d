"""Issue 31, replies in the citizen's language: an idea given in Arabic gets the Danish reply and,
next to it, the reply in Arabic as a translator wrote it. The citizen's e-mail, the kiosk that
took the idea (after a sync), the follow-up site and the wall show the Arabic one to a reader in
Arabic; a reader in another language, or a citizen whose reply nobody translated, sees the Danish
reply with a line in their own language saying it is in Danish. Real PostgreSQL, real SMTP."""

from __future__ import annotations

import time

import pytest

from central_database.devices import add_device
from central_database.web_readers import add_web_reader
from followup_site.app import FollowUpSite, RateLimiter
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from shared_kernel.command_line import main
from sync.engine import sync_once
from tests.city_hall.conftest import central_rows
from tests.conftest import demo_key, office_of
from tests.followup_site.test_app import get, serving
from tests.mail_server import running_mail_server

DANISH = "Vi sætter to bænke op ved åen til foråret."
ARABIC = "سنضع مقعدين بجانب النهر في الربيع."
ARABIC_NOTE = "رد البلدية مكتوب باللغة الدنماركية."
UKRAINIAN_NOTE = "Відповідь муніципалітету написана данською мовою."
LINK = "https://borger.randers.dk/f/{code}"


@pytest.fixture
def town(owner_url, data_dir, clock):
    kiosk = open_kiosk(data_dir, demo=True, clock=clock)

    def idea(text: str, language: str, email: str) -> str:
        draft = IdeaDraft(theme_code="natur-miljo", text=text, language=language, name="Borger", email=email, consent=True, notify_me=True)
        return kiosk.submit(draft).receipt_code

    codes = {
        "ar": idea("نريد مقاعد بجانب النهر", "ar", "amal@example.dk"),
        "uk": idea("Більше лавок біля річки", "uk", "olena@example.dk"),
        "da": idea("Flere bænke ved åen", "da", "aase@example.dk"),
    }
    kiosk_url = add_device(owner_url, "Havndal").url
    sync_once(kiosk, kiosk_url)
    yield {"kiosk": kiosk, "kiosk_url": kiosk_url, "codes": codes}
    kiosk.close()


def test_the_e_mail_is_in_the_citizens_language_or_says_the_answer_is_in_danish(owner_url, town) -> None:
    codes, office = town["codes"], office_of(owner_url)
    office.reply(codes["ar"], "in-progress", DANISH, translated_reply=ARABIC)
    office.reply(codes["uk"], "in-progress", DANISH)  # nobody translated it
    office.reply(codes["da"], "in-progress", DANISH)
    with running_mail_server() as (handler, server):
        assert office.notify_due(server, [demo_key()], LINK).sent == 3
    mails = {email["To"]: email for email in handler.received}
    arabic = mails["amal@example.dk"]
    assert arabic["Content-Language"] == "ar" and ARABIC in arabic.get_content()
    assert DANISH not in arabic.get_content() and ARABIC_NOTE not in arabic.get_content()
    ukrainian = mails["olena@example.dk"].get_content()
    assert UKRAINIAN_NOTE in ukrainian and DANISH in ukrainian
    danish = mails["aase@example.dk"].get_content()
    assert DANISH in danish and "på dansk" not in danish


def test_a_danish_idea_needs_no_translation_and_a_case_translates_only_its_own_language(owner_url, town, capsys) -> None:
    codes, office = town["codes"], office_of(owner_url)
    assert main(["office", "reply", codes["da"], "--status", "done", "--text", DANISH, "--translation", ARABIC, "--url", owner_url]) != 0
    assert "was given in Danish" in capsys.readouterr().err
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.status_update") == [(0,)]  # nothing half-written
    office.group([codes["ar"], codes["uk"], codes["da"]], title="Bænke ved åen")
    assert main(["office", "reply", codes["ar"], "--status", "done", "--text", DANISH, "--translation", ARABIC, "--url", owner_url]) == 0
    rows = central_rows(
        owner_url,
        "SELECT i.language, u.public_reply, u.translated_reply FROM mokoko.status_update u JOIN mokoko.idea i ON i.id = u.idea_id "
        "ORDER BY i.language",
    )
    assert rows == [("ar", DANISH, ARABIC), ("da", DANISH, ""), ("uk", DANISH, "")]  # the case's answer; Arabic where it belongs


def test_the_kiosk_and_the_follow_up_site_show_the_reply_in_arabic_to_a_reader_in_arabic(owner_url, town) -> None:
    codes, kiosk = town["codes"], town["kiosk"]
    office_of(owner_url).reply(codes["ar"], "in-progress", DANISH, translated_reply=ARABIC)
    office_of(owner_url).publish(codes["ar"], "Bænke ved åen")
    sync_once(kiosk, town["kiosk_url"])
    found = kiosk.follow_up(codes["ar"]).status
    assert found is not None and (found.public_reply, found.translated_reply, found.language) == (DANISH, ARABIC, "ar")
    [story] = kiosk.stories()
    assert (story.did, story.did_translated, story.language) == (DANISH, ARABIC, "ar")
    assert kiosk.start_stories() == (("Bænke ved åen", DANISH, ARABIC, "ar"),)

    reader = add_web_reader(owner_url, f"t{time.monotonic_ns()}")
    with serving(FollowUpSite(reader, limiter=RateLimiter(limit=30))) as site:
        in_arabic = get(site, f"/f/{codes['ar']}", language="ar")
        in_danish = get(site, f"/f/{codes['ar']}", language="da")
        in_english = get(site, f"/f/{codes['ar']}", language="en")
        wall_in_arabic = get(site, "/", language="ar")
        wall_in_danish = get(site, "/", language="da")
    assert in_arabic.status == 200 and ARABIC in in_arabic.body and f'lang="ar" dir="auto">{ARABIC}' in in_arabic.body
    assert DANISH not in in_arabic.body
    assert DANISH in in_danish.body and ARABIC not in in_danish.body and "på dansk" not in in_danish.body
    assert DANISH in in_english.body and "The municipality&#39;s answer is in Danish." in in_english.body
    assert f'lang="da" dir="auto">{DANISH}' in in_english.body  # a screen reader reads it as Danish
    assert ARABIC in wall_in_arabic.body and DANISH in wall_in_danish.body and ARABIC not in wall_in_danish.body


def test_no_login_but_city_halls_can_write_a_translation(owner_url, town) -> None:
    import psycopg
    from psycopg import errors

    reader = add_web_reader(owner_url, f"t{time.monotonic_ns()}")
    for url in (town["kiosk_url"], reader):
        with psycopg.connect(url, autocommit=True) as login, pytest.raises(errors.InsufficientPrivilege):
            login.execute(
                "INSERT INTO mokoko.status_update (idea_id, status, public_reply, translated_reply) "
                "SELECT id, 'done', 'x', 'y' FROM mokoko.idea LIMIT 1"
            )
