"""Background sync in the kiosk: right after a submission; back-off while the central database
refuses; resumes by itself when it is back. Against a real PostgreSQL server."""

from __future__ import annotations

import psycopg
from PySide6.QtCore import Qt

from mokoko_desktop.ideas import IdeaDraft
from tests.conftest import central_rows
from tests.ui.conftest import commit_text
from ui.sync_scheduler import BACKOFF_MAX_MS


def _give_idea(qtbot, window, text: str) -> None:
    qtbot.mouseClick(window.start_screen.idea_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.flow.theme_step.cards[0], Qt.MouseButton.LeftButton)
    commit_text(window.flow.text_step.editor, text)
    for _ in range(4):
        qtbot.mouseClick(window.flow.next_button, Qt.MouseButton.LeftButton)


def test_an_idea_is_synced_right_after_it_is_given(qtbot, kiosk, owner_url, kiosk_url, make_window) -> None:
    window = make_window(kiosk, kiosk_url)
    scheduler = window.sync
    scheduler.start()
    qtbot.waitUntil(lambda: scheduler.view().online is True and not scheduler.view().running, timeout=15000)
    _give_idea(qtbot, window, "Synkroniseret med det samme")
    qtbot.waitUntil(lambda: central_rows(owner_url, "SELECT count(*) FROM mokoko.idea") == [(1,)], timeout=15000)
    qtbot.waitUntil(lambda: window.sync_indicator.text() == "● Online", timeout=15000)
    assert scheduler.next_delay_ms() > 30_000  # next regular sync after about a minute


def test_back_off_while_refused_then_resumes_by_itself(qtbot, kiosk, owner_url, kiosk_url, make_window) -> None:
    role = kiosk_url.split("://", 1)[1].split(":", 1)[0]
    with psycopg.connect(owner_url, autocommit=True) as connection:
        connection.execute(f"ALTER ROLE {role} NOLOGIN")  # the central database turns the kiosk away
    kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="Venter på forbindelse"), "assentoft")
    window = make_window(kiosk, kiosk_url)
    scheduler = window.sync
    scheduler.start()
    qtbot.waitUntil(lambda: scheduler.view().online is False, timeout=15000)
    assert window.sync_indicator.text() == "○ Offline – alt gemmes her · 1 venter"
    assert 0 < scheduler.next_delay_ms() <= BACKOFF_MAX_MS
    with psycopg.connect(owner_url, autocommit=True) as connection:
        connection.execute(f"ALTER ROLE {role} LOGIN")  # back again; no new submission needed
    qtbot.waitUntil(lambda: central_rows(owner_url, "SELECT count(*) FROM mokoko.idea") == [(1,)], timeout=20000)
    qtbot.waitUntil(lambda: scheduler.view().online is True, timeout=5000)
