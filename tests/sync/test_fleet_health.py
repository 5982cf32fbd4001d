"""Issue 29: the fleet, watched. Every sync reports the kiosk's health (version, local schema, stop,
what waits and what was set aside, printer, free disk, clock against the server, last problem);
'mokoko central fleet' shows it with alerts in plain Danish, '--check' exits non-zero while one
stands; a kiosk older than city hall supports tells staff. And what no login can do with it.
Against a real PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import psycopg
import pytest
from psycopg import errors

from central_database.devices import add_device
from central_database.fleet import alerts_for, fleet
from central_database.office_users import add_office_user
from central_database.web_readers import add_web_reader
from mokoko_desktop import __version__
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.printing import OUT_OF_PAPER, PrintOutcome
from shared_kernel.command_line import main
from sync.engine import sync_once, sync_status
from tests.conftest import local

REPORT = "SELECT mokoko.report_health(%s, %s, %s, %s, %s, %s, %s, %s, %s)"


def _healthy(**changes: object) -> tuple:
    values: dict[str, object] = {"version": __version__, "revision": "0020", "stop": None, "unsent": 0, "refused": 0, "printer": "ok"}
    values |= {"disk": 40000} | changes
    ahead = values.pop("ahead", dt.timedelta())
    assert isinstance(ahead, dt.timedelta)
    return (*values.values(), dt.datetime.now(dt.UTC) + ahead, "")


def _report(kiosk_url: str, **changes: object) -> str:
    with psycopg.connect(kiosk_url, autocommit=True) as connection:
        row = connection.execute(REPORT, _healthy(**changes)).fetchone()
    assert row is not None
    return str(row[0])


class OutOfPaper:
    """The receipt printer (hardware, faked) telling its print system it has no paper."""

    def print_pdf(self, pdf: Path) -> PrintOutcome:
        return PrintOutcome(False, "Bonprinter", "media-empty", OUT_OF_PAPER)


@pytest.fixture
def real_kiosk(data_dir):
    """A demo kiosk on the real clock (the server compares the kiosk's clock with its own)."""
    opened = open_kiosk(data_dir, demo=True)
    yield opened
    opened.close()


def test_every_sync_reports_the_kiosks_health_and_city_hall_sees_it(real_kiosk, kiosk_url, admin_url, capsys) -> None:
    record = real_kiosk.submit(IdeaDraft(theme_code="aeldre", text="Bænke ved åen"))
    sync_once(real_kiosk, kiosk_url)
    assert main(["central", "fleet", "--json", "--url", admin_url]) == 0
    (seen,) = json.loads(capsys.readouterr().out)
    assert {"device", "stop", "last_contact", "version", "unsent", "refused", "printer", "disk_free_mb", "clock_offset_s", "alerts"} <= set(
        seen
    )
    assert seen["device"] == "Testkiosk" and seen["version"] == __version__ and seen["schema_revision"]
    assert seen["unsent"] == 0 and seen["refused"] == 0 and seen["printer"] == "unknown" and seen["alerts"] == []
    assert seen["disk_free_mb"] > 0 and abs(seen["clock_offset_s"]) < 5
    assert main(["central", "fleet", "--check", "--url", admin_url]) == 0

    real_kiosk.print_receipt(record, OutOfPaper())
    sync_once(real_kiosk, kiosk_url)
    assert main(["central", "fleet", "--check", "--url", admin_url]) == 1
    captured = capsys.readouterr()
    assert "  ! Printeren mangler papir" in captured.out and "1 alerts stand." in captured.err


@pytest.mark.parametrize(
    ("report", "alert"),
    [
        ({"refused": 3}, "3 poster er lagt til side, fordi kommunen ikke kunne tage imod dem"),
        ({"ahead": dt.timedelta(minutes=5)}, "Kioskens ur går 5 minutter foran"),
        ({"ahead": -dt.timedelta(minutes=3)}, "Kioskens ur går 3 minutter bagud"),
        ({"printer": OUT_OF_PAPER}, "Printeren mangler papir"),
        ({"disk": 500}, "Kun 500 MB fri diskplads"),
        ({"version": "0.0.9"}, "Version 0.0.9 understøttes ikke længere; kiosken skal opdateres til mindst 0.1.0"),
    ],
)
def test_each_alert_is_raised_in_plain_danish(kiosk_url, admin_url, report, alert) -> None:
    assert main(["central", "require-version", "0.1.0", "--url", admin_url]) == 0
    _report(kiosk_url, **report)
    (kiosk,) = fleet(admin_url)
    assert [found.text for found in kiosk.alerts] == [alert]


def test_a_kiosk_not_heard_from_while_its_stop_is_open_is_an_alert(kiosk_url, admin_url) -> None:
    _report(kiosk_url, stop="asferg")  # Asferg: 7-13 December 2026, 10-17, Saturday 10-14, Sunday closed
    (kiosk,) = fleet(admin_url, now=local(2026, 12, 7, 12, 0))
    assert [alert.code for alert in kiosk.alerts] == ["silent"]
    assert kiosk.alerts[0].text.startswith("Ikke hørt fra i ") and kiosk.alerts[0].text.endswith(", mens Asferg har åbent")
    assert fleet(admin_url, now=local(2026, 12, 7, 18, 0))[0].alerts == ()  # closed for the evening: nobody expects it
    assert fleet(admin_url, now=local(2026, 12, 13, 12, 0))[0].alerts == ()  # Sunday: closed


def test_silence_counts_from_two_hours() -> None:
    def row(reported_at: dt.datetime) -> tuple:
        hours = {"daily": "10:00-17:00"}
        return ("K", "ABCD", "asferg", "Asferg", dt.date(2026, 12, 7), dt.date(2026, 12, 13), hours, reported_at, "0.1.0", "0020")

    now = local(2026, 12, 8, 14, 0)
    healthy = (0, 0, "ok", 40000, 0.0, "")
    assert alerts_for((*row(now - dt.timedelta(minutes=119)), *healthy), "0", now) == ()
    (alert,) = alerts_for((*row(now - dt.timedelta(minutes=121)), *healthy), "0", now)
    assert alert.text == "Ikke hørt fra i 2 timer, mens Asferg har åbent"


def test_a_kiosk_city_hall_no_longer_supports_tells_staff(real_kiosk, kiosk_url, admin_url) -> None:
    sync_once(real_kiosk, kiosk_url)
    assert sync_status(real_kiosk).required_version is None
    assert main(["central", "require-version", "99.0", "--url", admin_url]) == 0
    sync_once(real_kiosk, kiosk_url)
    assert sync_status(real_kiosk).required_version == "99.0"
    (kiosk,) = fleet(admin_url)
    assert [alert.code for alert in kiosk.alerts] == ["version"]
    assert main(["central", "require-version", "0.1", "--url", admin_url]) == 0
    sync_once(real_kiosk, kiosk_url)
    assert sync_status(real_kiosk).required_version is None


def test_require_version_takes_only_a_version(admin_url, capsys) -> None:
    assert main(["central", "require-version", "1.0'; DROP TABLE mokoko.idea; --", "--url", admin_url]) == 1
    assert "is not a version like 0.2.0" in capsys.readouterr().err


# What no login can do with it.


def test_a_kiosk_reports_only_its_own_health_and_reads_nobodys(owner_url, kiosk_url, admin_url) -> None:
    other = add_device(owner_url, "Kiosk B")
    _report(other.url, refused=2)
    _report(kiosk_url, stop="no-such-stop")
    states = {kiosk.device: kiosk for kiosk in fleet(admin_url)}
    assert states["Kiosk B"].refused == 2 and states["Testkiosk"].refused == 0  # each wrote its own row
    assert states["Testkiosk"].stop is None  # a stop the tour plan does not have is not taken
    with psycopg.connect(kiosk_url, autocommit=True) as connection:
        for attack in (
            "SELECT * FROM mokoko.device_health",
            "SELECT * FROM mokoko.fleet_policy",
            "UPDATE mokoko.fleet_policy SET oldest_version = '0'",
            "DELETE FROM mokoko.device_health",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                connection.execute(attack)


@pytest.mark.parametrize(
    "bad",
    [{"printer": "on fire"}, {"unsent": -1}, {"version": "1.0; DROP"}, {"revision": "x" * 33}, {"disk": -5}],
)
def test_a_report_the_schema_cannot_take_is_refused(kiosk_url, bad) -> None:
    with pytest.raises(errors.CheckViolation):
        _report(kiosk_url, **bad)


def test_nobody_but_a_kiosk_reports_and_nobody_but_the_administrator_sets_the_policy(owner_url, admin_url) -> None:
    person = add_office_user(owner_url, "Careless Clerk", login="office_fleet_test")
    reader = add_web_reader(owner_url, "fleet-test.example.dk")
    for url in (person.url, reader, admin_url):
        with psycopg.connect(url, autocommit=True) as connection, pytest.raises(errors.InsufficientPrivilege):
            connection.execute(REPORT, _healthy())
    with psycopg.connect(person.url, autocommit=True) as connection:
        assert connection.execute("SELECT count(*) FROM mokoko.device_health").fetchone() == (0,)  # city hall reads the fleet
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute("UPDATE mokoko.fleet_policy SET oldest_version = '0'")
    with psycopg.connect(reader, autocommit=True) as connection, pytest.raises(errors.InsufficientPrivilege):
        connection.execute("SELECT * FROM mokoko.device_health")


def test_versions_compare_as_numbers_and_a_trailing_zero_changes_nothing() -> None:
    from shared_kernel.versions import version_key

    assert version_key("0.10.0") > version_key("0.9.9") and version_key("0.1") == version_key("0.1.0")
    assert version_key("1.0; DROP") == (0,) < version_key("0.0.1")
