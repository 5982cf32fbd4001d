"""Issue 31 in the office app: under the chosen idea, the ideas most like it; ticked and put in one
case with it; the case named, and one answer to it reaching every idea of it; taken out again.
Against a real PostgreSQL; PNGs in Danish and English with MOKOKO_SHOTS=folder."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from central_database.devices import add_device
from central_database.office_users import add_office_user
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from sync.engine import sync_once
from tests.conftest import office_of
from tests.sync.conftest import central_rows
from ui.office.window import OfficeWindow

LEFT = Qt.MouseButton.LeftButton
TEXTS = ("Flere bænke ved åen", "flere bænke ved åen, tak!", "Vi mangler flere bænke ved åen", "Bogbus hver uge")


@pytest.fixture
def benches(owner_url, tmp_path, clock):
    kiosk = open_kiosk(tmp_path / "havndal", demo=True, clock=clock)
    codes = [kiosk.ideas.submit(IdeaDraft(theme_code="natur-miljo", text=text), "assentoft").receipt_code for text in TEXTS]
    sync_once(kiosk, add_device(owner_url, "Havndal").url)
    kiosk.close()
    person = add_office_user(owner_url, "Mette Østergård", ["miljo-teknik"], login=f"office_t{uuid.uuid4().hex[:10]}")
    return {"url": person.url, "codes": codes}


@pytest.fixture(params=["da", "en"])
def window(request, open_desk, benches):
    return open_desk(OfficeWindow, office_of(benches["url"]), request.param, lambda shown: shown.inbox.loaded), request.param


def _shot(shown: OfficeWindow, name: str) -> None:
    folder = os.environ.get("MOKOKO_SHOTS")
    if folder:
        shown.grab().save(str(Path(folder) / f"{name}.png"))


def test_similar_ideas_are_put_in_one_case_and_answered_together(qtbot, window, benches, owner_url) -> None:
    shown, language = window
    panel, codes = shown.inbox.panel, benches["codes"]
    box = panel.similar
    shown.inbox.select_code(codes[0])
    qtbot.waitUntil(lambda: box.ideas.count() == 2, timeout=10_000)  # the other two bench ideas, not the book bus
    listed = [box.ideas.item(row).data(Qt.ItemDataRole.UserRole) for row in range(box.ideas.count())]
    assert sorted(listed) == sorted(codes[1:3]) and not box.group_button.isEnabled()
    for row in range(box.ideas.count()):
        box.ideas.item(row).setCheckState(Qt.CheckState.Checked)
    assert box.group_button.isEnabled()
    qtbot.mouseClick(box.group_button, LEFT)
    qtbot.waitUntil(lambda: box.case_line.isVisible(), timeout=10_000)
    expected = {"da": "I sagen 'Flere bænke ved åen': 3 idéer, stop: 1.", "en": "In the case 'Flere bænke ved åen': 3 ideas, stops: 1."}
    assert box.case_line.text().startswith(expected[language])
    qtbot.waitUntil(lambda: "'Flere bænke ved åen'" in panel.history.text(), timeout=10_000)  # who grouped, in the history
    _shot(shown, f"office-case-{language}")
    panel.status.setCurrentIndex(panel.status.findData("in-progress"))
    panel.reply.setPlainText("Parkafdelingen sætter tre bænke op ved åen i maj.")
    qtbot.mouseClick(panel.send_button, LEFT)
    sent = {"da": "Svaret er sendt til 3 idéer", "en": "The answer was sent for 3 ideas"}
    qtbot.waitUntil(lambda: sent[language] in shown._notice.text(), timeout=10_000)
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.status_update") == [(3,)]
    qtbot.waitUntil(lambda: panel.settled and box.case_line.isVisible(), timeout=10_000)
    qtbot.mouseClick(box.ungroup_button, LEFT)
    qtbot.waitUntil(lambda: not box.case_line.isVisible() and box.ideas.count() == 2, timeout=10_000)
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.idea_group_member") == [(2,)]


def test_an_idea_like_no_other_says_so(qtbot, window, benches) -> None:
    shown, language = window
    shown.inbox.select_code(benches["codes"][3])
    box = shown.inbox.panel.similar
    said = {"da": "Ingen anden idé ligner den meget.", "en": "No other idea is much like it."}
    qtbot.waitUntil(lambda: box.none_line.text() == said[language], timeout=10_000)
    assert not box.group_button.isVisible()


def test_a_case_is_taken_given_on_and_noted_and_the_inbox_finds_it(qtbot, window, benches, owner_url) -> None:
    shown, language = window
    panel, codes = shown.inbox.panel, benches["codes"]
    box = panel.case
    shown.inbox.select_code(codes[3])
    nobody = {"da": "Ingen har sagen endnu · svarfrist ", "en": "Nobody has the case yet · answer due "}
    qtbot.waitUntil(lambda: box.holder.text().startswith(nobody[language]) and box.person.count() == 1, timeout=10_000)
    qtbot.mouseClick(box.take_button, LEFT)
    mine = {"da": "Mette Østergård har sagen", "en": "Mette Østergård has the case"}
    qtbot.waitUntil(lambda: box.holder.text().startswith(mine[language]), timeout=10_000)
    box.note.setText("Bogbussen kører allerede om tirsdagen; spørg biblioteket")
    qtbot.mouseClick(box.note_button, LEFT)
    qtbot.waitUntil(lambda: "Bogbussen kører allerede" in panel.history.text(), timeout=10_000)
    _shot(shown, f"office-case-owner-{language}")
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.idea_note") == [(1,)]
    shown.inbox.owned.setChecked(True)
    qtbot.waitUntil(lambda: shown.inbox.table.rowCount() == 1, timeout=10_000)
    assert shown.inbox.table.item(0, 4).text().endswith("· Mette Østergård")  # the status column names who has it
