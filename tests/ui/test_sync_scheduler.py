"""Background sync in the kiosk: right after a submission; back-off while the central database
refuses; resumes by itself when it is back. Against a real PostgreSQL server."""

from __future__ import annotations

import threading

import psycopg
from PySide6.QtCore import Qt
from sqlalchemy import event

from mokoko_desktop.demo_data import synthetic_drafts
from mokoko_desktop.ideas import IdeaDraft
from tests.conftest import central_rows
from tests.ui.conftest import commit_text
from ui.kiosk.sync_scheduler import BACKOFF_MAX_MS


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
    qtbot.waitUntil(lambda: scheduler.view().online is True and not scheduler.view().running, timeout=15000)
    assert window.sync_indicator.text() == "● "  # a citizen sees a dot, no staff words
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
    assert window.sync_indicator.text() == "○ "  # on the citizens' start screen: no "1 venter"
    window.staff.open_panel()
    assert window.sync_indicator.text() == "○ Offline – alt gemmes her · 1 venter"  # staff see the words
    assert 0 < scheduler.next_delay_ms() <= BACKOFF_MAX_MS
    with psycopg.connect(owner_url, autocommit=True) as connection:
        connection.execute(f"ALTER ROLE {role} LOGIN")  # back again; no new submission needed
    qtbot.waitUntil(lambda: central_rows(owner_url, "SELECT count(*) FROM mokoko.idea") == [(1,)], timeout=20000)
    qtbot.waitUntil(lambda: scheduler.view().online is True, timeout=5000)


def test_sync_never_queries_the_database_on_the_gui_thread(qtbot, kiosk, owner_url, kiosk_url, make_window) -> None:
    """Counting what waits, reading the setting, syncing: all on a worker. The GUI thread only
    shows the results, and it alone uses the tag the central database gave the kiosk."""
    tag_before = kiosk.device.tag
    window = make_window(kiosk, kiosk_url)
    on_gui_thread: list[str] = []

    def record(_connection, _cursor, statement, *_args) -> None:
        if threading.current_thread() is threading.main_thread():
            on_gui_thread.append(statement)

    event.listen(kiosk.store.engine, "before_cursor_execute", record)
    try:
        scheduler = window.sync
        scheduler.start()
        qtbot.waitUntil(lambda: scheduler.view().online is True and not scheduler.view().running, timeout=15000)
        scheduler.sync_now()
        qtbot.waitUntil(lambda: not scheduler.view().running, timeout=15000)
        assert window.sync_indicator.text() == "● "
        assert (scheduler.view().status.waiting, scheduler.view().status.last_error) == (0, None)
    finally:
        event.remove(kiosk.store.engine, "before_cursor_execute", record)
    assert on_gui_thread == []
    assert kiosk.device.tag != tag_before  # adopted from the central database, on the GUI thread
    assert central_rows(owner_url, "SELECT tag FROM mokoko.device") == [(kiosk.device.tag,)]


def test_staff_see_how_far_a_long_catch_up_has_come(qtbot, kiosk, kiosk_url, make_window, monkeypatch) -> None:
    """Issue 32: a kiosk long offline catches up in batches; the staff panel's line says how far
    ("Sender 1.000 af 3.000 …"), and says nothing of it to a citizen."""
    import sync.push

    stop = kiosk.today_stop()
    assert stop is not None
    kiosk.ideas.submit_many(synthetic_drafts(3000, seed=3), stop.id)
    monkeypatch.setattr(sync.push, "BATCH_SIZE", 1000)
    window = make_window(kiosk, kiosk_url)
    window.staff.open_panel()
    seen: list[str] = []
    window.sync.changed.connect(lambda _view: seen.append(window.sync_indicator.text()))
    window.sync.start()
    qtbot.waitUntil(lambda: window.sync.view().online is True and not window.sync.view().running, timeout=30000)
    shown = [text for text in seen if " af 3.000" in text]
    assert shown[0] == "● Sender 0 af 3.000 …" and "● Sender 2.000 af 3.000 …" in shown, seen
    assert seen[-1] == "● Online"
