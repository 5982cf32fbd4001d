"""Issue 29: the office app's "Kiosker" tab shows every kiosk as its last sync reported it, with the
alerts that need a person in Danish (here: the test kiosk's clock stands still, days behind)."""

from __future__ import annotations

import os
from pathlib import Path

from tests.ui.test_office_app import city_hall, office_window  # noqa: F401 - the fixtures


def test_the_kiosks_tab_shows_the_fleet_with_its_alerts(qtbot, office_window) -> None:  # noqa: F811
    window = office_window
    assert window.tabs.tabText(6) == "Kiosker"
    window.tabs.setCurrentWidget(window.fleet)
    view = window.fleet
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    assert view.table.item(0, 0).text() == "Havndal"
    assert view.table.item(0, 6).text().startswith("Printeren er ikke brugt endnu · ")
    assert view.table.item(0, 7).text().startswith("Kioskens ur går ") and view.table.item(0, 7).text().endswith(" bagud")
    assert view.summary.text() == "1 af 1 kiosker kræver opmærksomhed."
    assert view.table.horizontalHeaderItem(7).text() == "Advarsler"
    folder = os.environ.get("MOKOKO_SHOTS")
    if folder:
        window.grab().save(str(Path(folder) / "office-kiosks.png"))
