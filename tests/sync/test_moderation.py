"""Moderation at the stop (issue 15): staff hide an abusive idea with a reason; it still syncs
and city hall sees it with the flag, but it never appears on a public wall, at a kiosk or on the
follow-up site; a mis-tap is undone by showing it again."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from sqlalchemy import text

from central_database.connection import CentralError
from central_database.devices import add_device
from central_database.office_users import add_office_user
from central_database.web_readers import add_web_reader
from followup_site.lookups import stories
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.moderation import ModerationRefused
from shared_kernel.command_line import main
from shared_kernel.receipt_codes import format_code, new_code
from sync.engine import sync_once
from tests.conftest import office_of
from tests.sync.conftest import central_rows


@pytest.fixture
def stop(owner_url, tmp_path, clock):
    kiosk = open_kiosk(tmp_path / "kiosk", demo=True, clock=clock)
    url = add_device(owner_url, "Containeren").url
    rude = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="Borgmesteren er en idiot"), "assentoft")
    good = kiosk.ideas.submit(IdeaDraft(theme_code="aeldre", text="Bænke ved åen"), "assentoft")
    sync_once(kiosk, url)
    person = add_office_user(owner_url, "Mette Østergård", None, login=f"office_t{uuid.uuid4().hex[:10]}")
    yield {"kiosk": kiosk, "url": url, "rude": rude.receipt_code, "good": good.receipt_code, "office": person.url}
    kiosk.close()


def test_a_hidden_idea_syncs_with_its_flag_and_leaves_every_wall(stop, owner_url, clock) -> None:
    kiosk, office_url, code = stop["kiosk"], stop["office"], stop["rude"]
    office_of(owner_url).reply(code, "done", "Tak for din henvendelse.")
    office_of(office_url).publish(code, "En idé om rådhuset")  # published before anyone noticed
    reader = add_web_reader(owner_url, f"web_t{uuid.uuid4().hex[:8]}")
    sync_once(kiosk, stop["url"])
    assert [story.headline for story in kiosk.stories("assentoft")] == ["En idé om rådhuset"]
    clock.advance(minutes=5)
    assert kiosk.hide_idea(format_code(code).lower(), "offensive") == code
    [hidden] = [line for line in kiosk.ideas_of_day() if line.receipt_code == code]
    assert hidden.hidden_reason == "offensive" and hidden.hidden_at == clock()
    report = sync_once(kiosk, stop["url"])
    assert report.moderation == 1 and "sent 1 moderation changes" in report.summary()
    assert kiosk.stories("assentoft") == []  # taken down at this kiosk in the same sync
    with psycopg.connect(reader) as connection:
        assert stories(connection, 10) == []  # and on the follow-up site
    detail = office_of(office_url).show(code)
    assert detail.idea.text == "Borgmesteren er en idiot" and detail.hidden_reason == "offensive"  # city hall still sees it
    [entry] = [entry for entry in detail.history if entry.kind == "hidden"]
    assert entry.reason == "offensive" and entry.by == "Containeren"
    with pytest.raises(CentralError, match="hidden at the kiosk"):
        office_of(office_url).publish(code, "En idé om rådhuset")
    assert sync_once(kiosk, stop["url"]).moderation == 0  # sent once


def test_showing_it_again_after_a_mis_tap_lets_city_hall_publish_it(stop, owner_url, clock) -> None:
    kiosk, office_url, code = stop["kiosk"], stop["office"], stop["good"]
    kiosk.hide_idea(code, "duplicate")
    clock.advance(minutes=1)
    kiosk.hide_idea(code, "")
    sync_once(kiosk, stop["url"])
    assert central_rows(owner_url, "SELECT reason FROM mokoko.moderation ORDER BY at") == [("duplicate",), ("",)]
    assert office_of(office_url).show(code).hidden_reason == ""
    office_of(owner_url).reply(code, "done", "Der står nu tre bænke ved åen.")
    office_of(office_url).publish(code, "Nye bænke ved åen")
    assert [line.hidden_reason for line in kiosk.ideas_of_day() if line.receipt_code == code] == [""]


def test_the_command_line_hides_once_and_refuses_calmly(stop, tmp_path, capsys) -> None:
    kiosk, code = stop["kiosk"], stop["rude"]
    data = ["--data-dir", str(kiosk.data_dir)]
    kiosk.close()
    assert main(["idea", "hide", code, "--reason", "offensive", *data]) == 0
    assert capsys.readouterr().out.startswith(f"{format_code(code)} hidden (offensive)")
    assert main(["idea", "hide", code, "--reason", "test", *data]) == 1
    assert "That idea was hidden already, at " in capsys.readouterr().err
    other = new_code("ZZZZ")
    assert main(["idea", "hide", other, "--reason", "test", *data]) == 1
    assert f"No idea with the code {format_code(other)} was given at this kiosk. Nothing was changed." in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["idea", "hide", code, "--reason", "rude", *data])  # not a reason on the list
    assert main(["idea", "unhide", stop["good"], *data]) == 1
    assert "That idea is not hidden." in capsys.readouterr().err
    assert main(["idea", "unhide", code, *data]) == 0


def test_an_unknown_reason_is_refused_by_the_core(kiosk) -> None:
    idea = kiosk.submit(IdeaDraft(theme_code="andet", text="Lys"))
    with pytest.raises(ModerationRefused, match="is not a reason"):
        kiosk.hide_idea(idea.receipt_code, "boring")
    assert kiosk.ideas_of_day()[0].hidden_reason == ""


def test_moderations_go_in_one_statement_and_a_refused_one_is_set_aside_alone(stop, owner_url, clock) -> None:
    """Issue 32: a kiosk's moderations of a sync go as one set-based statement; when the central
    database refuses one (here a code of another kiosk, written past the core as a tampered kiosk
    might), it is found by halving and set aside, and the others of the batch arrive."""
    kiosk = stop["kiosk"]
    clock.advance(minutes=5)
    kiosk.hide_idea(stop["rude"], "offensive")
    kiosk.hide_idea(stop["good"], "personal")
    with kiosk.store.writing() as local:
        local.execute(
            text("INSERT INTO moderation (id, receipt_code, reason, at) VALUES (:id, :code, 'offensive', :at)"),
            {"id": str(uuid.uuid4()), "code": new_code("ZZZZ"), "at": clock().isoformat()},
        )
    report = sync_once(kiosk, stop["url"])
    assert report.moderation == 2 and report.refused == 1
    assert sorted(code for (code,) in central_rows(owner_url, "SELECT receipt_code FROM mokoko.moderation")) == sorted(
        [stop["rude"], stop["good"]]
    )
    with kiosk.store.engine.connect() as local:
        [(code, reason)] = local.execute(text("SELECT receipt_code, sync_refused FROM moderation WHERE sync_refused IS NOT NULL")).all()
    assert code.startswith("ZZZZ") and reason
