"""Issue 31, an association's window: 'mokoko office app' with an association's login shows only
the volunteers for what it runs, marks them, and opens a volunteer's contact details with the
association's own key file once city hall has handed them over. Real PostgreSQL; PNGs in Danish
and English with MOKOKO_SHOTS=folder."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from central_database.devices import add_device
from central_database.office_users import add_office_user
from central_database.partners import add_partner
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.signups import SignupDraft
from shared_kernel.command_line import main
from sync.engine import sync_once
from tests.conftest import demo_key, office_of
from tests.sync.conftest import central_rows
from ui.office.partner_window import PartnerWindow

PASSPHRASE = "bogvennernes egen nøgle"


@pytest.fixture
def library(owner_url, tmp_path, clock):
    kiosk = open_kiosk(tmp_path / "havndal", demo=True, clock=clock)
    codes = []
    for opportunity, name in (("bogvenner", "Åse Holm"), ("bogvenner", "Bo Ørsted"), ("vennetjeneste-korsel", "Carl Bæk")):
        draft = SignupDraft(
            opportunity_id=opportunity, name=name, phone="20304050", age_group="65-79", availability=["weekdays"], consent=True
        )
        codes.append(kiosk.submit(draft).receipt_code)
    sync_once(kiosk, add_device(owner_url, "Havndal").url)
    kiosk.close()
    key_file = tmp_path / "bogvenner.key"
    partner = add_partner(
        owner_url, "Bibliotekets Bogvenner", ["bogvenner"], f"partner_t{uuid.uuid4().hex[:10]}", key_out=key_file, passphrase=PASSPHRASE
    )
    mette = add_office_user(owner_url, "Mette Østergård", [], login=f"office_t{uuid.uuid4().hex[:10]}")
    office_of(mette.url).hand_over_due([demo_key()])
    return {"url": partner.url, "codes": codes, "key": key_file}


@pytest.fixture(params=["da", "en"])
def window(request, open_desk, library):
    return open_desk(
        PartnerWindow, office_of(library["url"]), request.param, lambda shown: shown.signups.loaded, size=(1280, 800)
    ), request.param


def test_the_association_sees_marks_and_calls_its_own_volunteers(qtbot, window, library, owner_url, monkeypatch) -> None:
    shown, language = window
    view, codes = shown.signups, library["codes"]
    listed = {view.table.item(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(view.table.rowCount())}
    assert listed == set(codes[:2])  # never the driving service's volunteer
    assert not view.mine.isVisible() and view.table.isColumnHidden(6)
    brand = {"da": "MOKOKO · Frivillige  ·  Bibliotekets Bogvenner", "en": "MOKOKO · Volunteers  ·  Bibliotekets Bogvenner"}
    assert shown._brand.text() == brand[language] and "Bogvenner" in shown.intro.text()
    assert view.table.item(0, 4).text() == {"da": "Ja", "en": "Yes"}[language]  # handed over
    view.table.selectRow(0)
    chosen = view.table.item(0, 0).data(Qt.ItemDataRole.UserRole)
    monkeypatch.setenv("MOKOKO_KEY_FILE", str(library["key"]))
    monkeypatch.setenv("MOKOKO_KEY_PASSPHRASE", PASSPHRASE)
    view.reveal_why.setText("Ringer for at aftale første besøg")
    qtbot.mouseClick(view.reveal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "20304050" in view.info.text(), timeout=15_000)
    folder = os.environ.get("MOKOKO_SHOTS")
    if folder:
        shown.grab().save(str(Path(folder) / f"office-partner-{language}.png"))
    qtbot.mouseClick(view.mark_buttons["contacted"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: central_rows(owner_url, "SELECT count(*) FROM mokoko.signup_status") == [(1,)], timeout=10_000)
    assert central_rows(owner_url, "SELECT s.status FROM mokoko.signup_status s JOIN mokoko.signup g ON g.id = s.signup_id "
                                   "WHERE g.receipt_code = %s", (chosen,)) == [("contacted",)]  # fmt: skip


def test_the_office_app_opens_in_the_associations_mode(library, capsys) -> None:
    assert main(["office", "app", "--smoke", "--url", library["url"]]) == 0
    assert "2 volunteers shown to the association" in capsys.readouterr().out
