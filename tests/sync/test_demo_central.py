"""The demo kiosk's own central database: made on the first start, and started again on the
next (found by hand: a demo kiosk started a second time never synced, because its setting
pointed at the embedded server it no longer started). The kiosk keeps its login and tag."""

from __future__ import annotations

from mokoko_desktop.bootstrap import KioskStart, needs_demo_central, open_kiosk, start_demo_central, sync_once


def test_a_demo_kiosk_started_again_starts_its_central_database_again(data_dir, clock) -> None:
    start = KioskStart(data_dir=data_dir, demo=True)
    kiosk = open_kiosk(data_dir, demo=True, clock=clock)
    try:
        assert needs_demo_central(kiosk, start)
        server = start_demo_central(kiosk)
        url = kiosk.settings.get("central_url")
        sync_once(kiosk, url)
        tag = kiosk.device.tag
        server.cleanup()  # the program ended: the embedded server stops
        assert needs_demo_central(kiosk, start)  # its own, stopped: start it again
        assert not needs_demo_central(kiosk, KioskStart(data_dir=data_dir, demo=True, central_url="postgresql://rådhus/mokoko"))
        server = start_demo_central(kiosk)
        try:
            assert kiosk.settings.get("central_url") == url  # the same login, not a new kiosk
            report = sync_once(kiosk, url)
            assert report.new_identity is None and kiosk.device.tag == tag
        finally:
            server.cleanup()
    finally:
        kiosk.close()
