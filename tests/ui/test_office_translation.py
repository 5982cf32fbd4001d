"""Issue 31 in the office app: an idea given in Arabic offers "Svar på arabisk (valgfrit)" under the
reply, a Danish idea does not; the translation goes with the answer. And an e-mail's
mokoko-office:// link opens the app on its idea. Against a real PostgreSQL; PNGs in Danish and
English with MOKOKO_SHOTS=folder."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from central_database.devices import add_device
from central_database.office_users import add_office_user
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from shared_kernel.command_line import main
from shared_kernel.receipt_codes import format_code
from shared_kernel.texts import office_link
from sync.engine import sync_once
from tests.conftest import office_of
from tests.sync.conftest import central_rows
from ui.office.window import OfficeWindow

ARABIC = "سنضع مقعدين بجانب النهر في الربيع."


@pytest.fixture
def ideas(owner_url, tmp_path, clock):
    kiosk = open_kiosk(tmp_path / "havndal", demo=True, clock=clock)
    arabic = kiosk.ideas.submit(IdeaDraft(theme_code="natur-miljo", text="نريد مقاعد بجانب النهر", language="ar"), "assentoft")
    danish = kiosk.ideas.submit(IdeaDraft(theme_code="natur-miljo", text="Flere bænke ved åen"), "assentoft")
    sync_once(kiosk, add_device(owner_url, "Havndal").url)
    kiosk.close()
    person = add_office_user(owner_url, "Mette Østergård", ["miljo-teknik"], login=f"office_t{uuid.uuid4().hex[:10]}")
    return {"url": person.url, "ar": arabic.receipt_code, "da": danish.receipt_code}


@pytest.fixture(params=["da", "en"])
def window(request, open_desk, ideas):
    return open_desk(OfficeWindow, office_of(ideas["url"]), request.param, lambda shown: shown.inbox.loaded), request.param


def test_an_arabic_idea_is_answered_with_an_arabic_version_next_to_the_danish(qtbot, window, ideas, owner_url) -> None:
    shown, language = window
    panel = shown.inbox.panel
    shown.inbox.select_code(ideas["da"])
    qtbot.waitUntil(lambda: panel.settled, timeout=10_000)
    assert not panel.translation.isVisible()  # a Danish idea: the Danish reply is its own
    shown.inbox.select_code(ideas["ar"])
    qtbot.waitUntil(lambda: panel.settled, timeout=10_000)
    assert panel.translation.isVisible()
    heading = {"da": "Svar på arabisk (valgfrit)", "en": "Reply in Arabic (optional)"}
    assert panel.translation._heading.text() == heading[language]
    assert {"da": "Sprog: arabisk", "en": "Language: Arabic"}[language] in panel.facts.text()
    panel.status.setCurrentIndex(panel.status.findData("in-progress"))
    panel.reply.setPlainText("Vi sætter to bænke op ved åen til foråret.")
    panel.translation.text.setPlainText(ARABIC)
    folder = os.environ.get("MOKOKO_SHOTS")
    if folder:
        panel.findChild(QScrollArea).ensureWidgetVisible(panel.translation)
        shown.grab().save(str(Path(folder) / f"office-translation-{language}.png"))
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.translation.text.toPlainText(), timeout=10_000)
    assert central_rows(owner_url, "SELECT public_reply, translated_reply FROM mokoko.status_update") == [
        ("Vi sætter to bænke op ved åen til foråret.", ARABIC)
    ]


def test_an_e_mails_link_opens_the_office_app_on_its_idea(ideas, capsys) -> None:
    assert main(["office", "app", "--open", office_link(ideas["ar"]), "--smoke", "--url", ideas["url"]]) == 0
    assert f"Opened on {format_code(ideas['ar'])}." in capsys.readouterr().out
    assert main(["office", "app", "--open", "2222-222-222", "--smoke", "--url", ideas["url"]]) == 0
    assert "No idea with the code 2222-222-222 is in the inbox." in capsys.readouterr().out
    assert main(["office", "app", "--open", "mokoko-office://idea/hello", "--smoke", "--url", ideas["url"]]) != 0
    assert "--open 'mokoko-office://idea/hello'" in capsys.readouterr().err  # said calmly, no window, no traceback
