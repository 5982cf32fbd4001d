"""The kiosk's check of a restored central database (``mokoko central restore-check``, entry point
group ``mokoko.restore_checks``): a scratch kiosk registered on the copy syncs with it and pulls
the whole tour plan, so a kiosk in the field would too."""

from __future__ import annotations

import tempfile

from central_database.connection import connect
from central_database.devices import add_device


def a_kiosk_syncs(url: str) -> list[str]:
    """Problems of a scratch kiosk syncing with the database at ``url`` (a superuser's)."""
    try:
        from mokoko_desktop.kiosk import Kiosk
        from sync.engine import sync_once
    except ImportError:  # a database server with the central program only
        return ["the kiosk program is not installed here (pip install '.[kiosk]'); leave this check out with --without-kiosk"]

    with connect(url) as connection:
        row = connection.execute("SELECT count(*) FROM mokoko.stop").fetchone()
    stops = int(row[0]) if row else 0
    with tempfile.TemporaryDirectory(prefix="mokoko-restore-kiosk-") as folder:
        kiosk = Kiosk.open(folder)
        try:
            sync_once(kiosk, add_device(url, "Restore check").url)
            pulled = len(kiosk.catalogue.stops())
        except Exception as error:  # any failure is the check's answer
            return [f"a scratch kiosk could not sync: {error}"]
        finally:
            kiosk.close()
    return [] if pulled == stops else [f"a scratch kiosk pulled {pulled} of the {stops} stops of the tour plan"]
