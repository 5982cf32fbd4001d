"""'I sagde – vi gjorde' (issue 14): city hall publishes an answered idea; kiosks pull it to their
start screen, the nearest first; taking it down takes it off every kiosk."""

from __future__ import annotations

import uuid

import pytest

from central_database.connection import CentralError
from central_database.devices import add_device
from central_database.office_users import add_office_user
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.start_info import read_start_info
from shared_kernel.command_line import main
from sync.engine import sync_once
from tests.conftest import office_of


@pytest.fixture
def town(owner_url, tmp_path, clock):
    kiosk = open_kiosk(tmp_path / "kiosk", demo=True, clock=clock)
    url = add_device(owner_url, "Container").url
    here = kiosk.ideas.submit(IdeaDraft(theme_code="aeldre", text="Bænke ved åen", name="Åse", consent=True), "assentoft")
    there = kiosk.ideas.submit(IdeaDraft(theme_code="natur-miljo", text="Cykelsti til skolen"), "langaa")
    open_idea = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="Mere lys"), "assentoft")
    sync_once(kiosk, url)
    office_of(owner_url).reply(here.receipt_code, "done", "Der står nu tre bænke ved åen.")
    office_of(owner_url).reply(there.receipt_code, "in-progress", "Stien er med i budgettet for 2027.")
    person = add_office_user(owner_url, "Mette Østergård", None, login=f"office_t{uuid.uuid4().hex[:10]}")
    yield {
        "kiosk": kiosk,
        "url": url,
        "here": here.receipt_code,
        "there": there.receipt_code,
        "open": open_idea.receipt_code,
        "office": person.url,
    }
    kiosk.close()


def test_published_stories_reach_the_start_screen_nearest_first_and_leave_when_taken_down(town) -> None:
    kiosk, office_url = town["kiosk"], town["office"]
    office_of(office_url).publish(town["here"], "Nye bænke ved åen")
    office_of(office_url).publish(town["there"], "Cykelsti til skolen")
    assert [story.headline for story in office_of(office_url).published()] == ["Cykelsti til skolen", "Nye bænke ved åen"]  # newest first
    sync_once(kiosk, town["url"])
    assert kiosk.today_stop().id == "assentoft"
    stories = kiosk.stories("assentoft")
    assert [story.headline for story in stories] == ["Nye bænke ved åen", "Cykelsti til skolen"]  # given here first
    assert stories[0].did == "Der står nu tre bænke ved åen." and stories[0].said == "Bænke ved åen"
    assert "Åse" not in repr(stories)
    info = kiosk.start_info()
    assert info.stories[0] == ("Nye bænke ved åen", "Der står nu tre bænke ved åen.", "", "da")
    assert read_start_info(kiosk.data_dir) == info  # painted at the next start before the database loads
    assert office_of(office_url).unpublish(town["here"]) and not office_of(office_url).unpublish(town["here"])
    sync_once(kiosk, town["url"])
    assert [story.headline for story in kiosk.stories("assentoft")] == ["Cykelsti til skolen"]


def test_only_an_answered_idea_with_a_headline_goes_up_once(town) -> None:
    office_url = town["office"]
    with pytest.raises(CentralError, match="Answer the idea first"):
        office_of(office_url).publish(town["open"], "Mere lys på stien")
    with pytest.raises(CentralError, match="3 to 120"):
        office_of(office_url).publish(town["here"], "  ")
    office_of(office_url).publish(town["here"], "Nye bænke")
    with pytest.raises(CentralError, match="on the wall already"):
        office_of(office_url).publish(town["here"], "Igen")


def test_on_the_command_line(town, tmp_path, capsys) -> None:
    args = ["--url", town["office"]]
    assert main(["office", "publish", town["here"], "--headline", "Nye bænke ved åen", *args]) == 0
    assert main(["office", "wall", *args]) == 0
    assert "Nye bænke ved åen" in capsys.readouterr().out
    assert main(["office", "unpublish", town["here"], *args]) == 0
    assert main(["office", "unpublish", town["here"], *args]) != 0
