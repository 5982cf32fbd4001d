"""The citizens' follow-up site (issue 14) over real HTTP: what a receipt's QR code opens, as a
web reader that can call one lookup function and read nothing else."""

from __future__ import annotations

import os
import shutil
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import psycopg
import pytest
from PIL import Image

from followup_site.app import FollowUpSite
from shared_kernel.receipt_codes import format_code, new_code
from tests.followup_site.serving import CHROMIUM, CHROMIUM_FLAGS, HEADER_SECONDS, get, serving


def test_the_qr_address_shows_city_halls_reply_in_danish_and_english(town, site) -> None:
    page = get(site, f"/f/{town['idea']}")
    assert page.status == 200 and page.headers["content-type"].startswith("text/html")
    assert "Status: I gang" in page.body and "Vi har sat cykelstien på budgettet for 2027." in page.body
    assert "Svarer: Miljø og teknik" in page.body and '<p class="since">Siden ' in page.body  # the area, the date
    assert "Din idé om Natur og nærmiljø, givet i Assentoft den 20. november 2026" in page.body
    assert "Flere cykelstier" not in page.body and "Åse" not in page.body and "20304050" not in page.body  # nothing personal
    assert "set-cookie" not in page.headers and "<script" not in page.body
    assert "default-src 'none'" in page.headers["content-security-policy"]
    english = get(site, f"/f/{format_code(town['idea']).lower()}", language="en-GB,en;q=0.9,da;q=0.5")
    assert english.status == 200 and "Status: In progress" in english.body and 'lang="en"' in english.body
    signup = get(site, f"/f/{town['signup']}")
    assert signup.status == 200 and "Modtaget. Kontaktpersonen kontakter dig." in signup.body and "Bogven" in signup.body


def test_typos_not_yet_arrived_and_unknown_codes_say_the_same_for_every_code(town, site) -> None:
    code = town["idea"]
    typo = code[:5] + ("A" if code[5] != "A" else "B") + code[6:]
    bad = get(site, f"/f/{typo}")
    assert bad.status == 400 and "går ikke op" in bad.body
    arrived_later = new_code(town["tag"])  # valid, this kiosk's, never sent
    missing = get(site, f"/f/{arrived_later}")
    assert missing.status == 404 and "Din idé er ikke nået frem endnu. Den kommer, når containeren har forbindelse." in missing.body
    other_kiosk = get(site, "/f/2222-222-222")
    assert (other_kiosk.status, other_kiosk.body.replace("2222222222", "X").replace("2222-222-222", "X")) == (
        missing.status,
        missing.body.replace(arrived_later, "X").replace(format_code(arrived_later), "X"),
    )  # nothing tells whether a code exists


@pytest.mark.parametrize(
    "path",
    ["/f/" + "A" * 10_000, "/f/%00%01", "/f/../../etc/passwd", "/f/%E2%80%AEABCD", "/f/<script>alert(1)</script>", "/nowhere"],
)
def test_garbage_in_the_path_gets_a_calm_page(site, path) -> None:
    page = get(site, path)
    assert page.status in (400, 404) and "<script>alert" not in page.body and "Traceback" not in page.body


def test_only_get_and_head(town, site) -> None:
    assert get(site, f"/f/{town['idea']}", method="HEAD").status == 200
    for method in ("POST", "PUT", "DELETE", "OPTIONS"):
        assert get(site, f"/f/{town['idea']}", method=method).status == 405


def test_guessing_is_slowed_to_30_look_ups_a_minute(town, site) -> None:
    answers = [get(site, f"/f/{new_code(town['tag'])}").status for _ in range(31)]
    assert answers[:30] == [404] * 30 and answers[30] == 429
    limited = get(site, f"/f/{town['idea']}")
    assert limited.status == 429 and 1 <= int(limited.headers["retry-after"]) <= 60


def test_the_web_reader_reads_no_table(owner_url, town) -> None:
    for query in (
        "SELECT * FROM mokoko.idea",
        "SELECT * FROM mokoko.status_update",
        "SELECT * FROM mokoko.signup",
        "SELECT * FROM mokoko.change_log",
        "SELECT mokoko.reveal_contact('idea', 'x', 'nysgerrig')",
    ):
        with psycopg.connect(town["reader"]) as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(query)
    with psycopg.connect(town["reader"]) as connection:
        assert connection.execute("SELECT mokoko.public_followup(%s) ->> 'status'", (town["idea"],)).fetchone() == ("in-progress",)


def test_published_stories_are_on_the_home_page(owner_url, town, site) -> None:
    with psycopg.connect(owner_url) as connection:
        connection.execute(
            "INSERT INTO mokoko.published_story (idea_id, headline) SELECT id, 'Cykelsti til skolen' "
            "FROM mokoko.idea WHERE receipt_code = %s",
            (town["idea"],),
        )
    home = get(site, "/")
    assert home.status == 200 and "I sagde – vi gjorde" in home.body and "Cykelsti til skolen" in home.body
    assert "Flere cykelstier ud til skolen" in home.body and "budgettet for 2027" in home.body and "Åse" not in home.body


def test_a_home_page_that_cannot_reach_the_database_says_so(town) -> None:
    """Not "no stories yet" when it does not know: it says it cannot answer just now."""
    with serving(FollowUpSite("postgresql://nobody@127.0.0.1:1/none?connect_timeout=1")) as base:
        home = get(base, "/", language="da")
    assert home.status == 503 and "Siden kan ikke svare lige nu" in home.body and "Ingen historier endnu" not in home.body


PHONE = (360, 740)  # a small, older phone's viewport in CSS pixels


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_a_phone_sized_browser_shows_the_reply(town, site, tmp_path) -> None:
    """Headless Chromium at phone size renders the page: the header's blue is at the top, the
    reply is in the page it loaded, and the screenshot is kept for people to look at."""
    shot = tmp_path / "followup-phone.png"
    flags = [
        "--headless",
        *CHROMIUM_FLAGS,
        "--hide-scrollbars",
        "--lang=da",
        "--accept-lang=da",
        f"--user-data-dir={tmp_path / 'profile'}",
        f"--window-size={PHONE[0]},{PHONE[1]}",
    ]
    url = f"{site}/f/{town['idea']}"
    dom = subprocess.run([str(CHROMIUM), *flags, "--dump-dom", url], capture_output=True, text=True, timeout=120, check=True).stdout
    assert "Vi har sat cykelstien på budgettet for 2027." in dom and "Status: I gang" in dom
    subprocess.run([str(CHROMIUM), *flags, f"--screenshot={shot}", url], capture_output=True, timeout=120, check=True)
    with Image.open(shot) as image:
        assert image.size == PHONE
        assert image.convert("RGB").getpixel((5, 5)) == (0x12, 0x35, 0x5B)  # the header, styled: the CSS loaded
        colours = image.convert("L").getcolors(maxcolors=PHONE[0] * PHONE[1]) or []
        assert len(colours) > 20  # text was drawn, not a blank page
    folder = os.environ.get("MOKOKO_SHOTS")
    if folder:
        shutil.copy(shot, Path(folder) / shot.name)


def test_the_form_takes_a_typed_code_to_its_page_in_the_language_it_was_shown_in(town, site) -> None:
    typed = format_code(town["idea"]).lower().replace("-", " ")
    page = get(site, f"/f?code={urllib.parse.quote(typed)}&lang=en")  # the redirect is followed, as a browser does
    assert page.status == 200 and "Status: In progress" in page.body
    bad = get(site, "/f?code=ABCD")
    assert bad.status == 400 and 'value="ABCD"' in bad.body  # what was typed stays in the field


# Issue 26, finding 10. -------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["//evil.example/x", "/%5Cevil.example/x", "///evil.example", "/f//evil.example"])
def test_language_links_never_leave_the_site(site, path) -> None:
    """GET //evil.example/x gave a municipal page whose language links pointed off-site."""
    import re

    page = get(site, path)
    links = [link for link in re.findall(r'href="([^"]*)"', page.body) if not link.startswith("#")]  # "#main": this page
    assert links and all(link.startswith("/") and not link.startswith(("//", "/\\")) for link in links), links
    assert "evil" not in " ".join(links)


def test_the_home_page_is_rate_limited_too(town, site) -> None:
    answers = [get(site, "/").status for _ in range(31)]
    assert answers[:30] == [200] * 30 and answers[30] == 429


def test_a_slow_client_cannot_hold_connections_open(site) -> None:
    """400 "slowloris" connections, each sending its headers a byte at a time, held the site."""
    import socket

    host, port = site.removeprefix("http://").split(":")
    slow = [socket.create_connection((host, int(port)), timeout=HEADER_SECONDS + 5) for _ in range(50)]
    try:
        for connection in slow:
            connection.sendall(b"GET / HTTP/1.1\r\nHost: borger.randers.dk\r\nX-Slow: ")  # never finished
        closed = [connection.recv(1024) == b"" for connection in slow]  # the server hangs up at its deadline
        assert all(closed)
    finally:
        for connection in slow:
            connection.close()
    assert get(site, "/").status == 200  # and the site still answers
