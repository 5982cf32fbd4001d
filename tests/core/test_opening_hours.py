"""Opening hours from the tour plan: the kiosk knows when it is open, when it opens next and
where the tour goes after; staff can keep it open for one day; the voucher can be per stop; the
start-of-day checklist and its test receipt."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.printing import PrintOutcome
from mokoko_desktop.start_info import read_start_info
from shared_kernel.catalogue_file import CatalogueError, read_catalogue
from shared_kernel.opening_hours import day_period, hours_problem
from shared_kernel.resources import DEMO_CATALOGUE
from tests.conftest import FixedClock, local, present

HOURS = {"daily": "10:00-17:00", "sat": "10:00-14:00", "sun": "closed"}  # Asferg's in the demo tour


def test_hours_by_weekday_with_a_default_and_closed_days() -> None:
    monday, saturday, sunday = dt.date(2026, 12, 7), dt.date(2026, 12, 12), dt.date(2026, 12, 13)
    assert day_period(HOURS, monday) == (local(2026, 12, 7, 10, 0), local(2026, 12, 7, 17, 0))
    assert day_period(HOURS, saturday) == (local(2026, 12, 12, 10, 0), local(2026, 12, 12, 14, 0))
    assert day_period(HOURS, sunday) is None
    assert day_period({}, sunday) == (local(2026, 12, 13), local(2026, 12, 14))  # no hours: open all day
    assert day_period({"mon": "18:00-24:00"}, monday) == (local(2026, 12, 7, 18, 0), local(2026, 12, 8))
    assert day_period({"mon": "18:00-24:00"}, dt.date(2026, 12, 8)) is None  # a day not named, and no "daily"


@pytest.mark.parametrize(
    ("hours", "problem"),
    [
        ({"monday": "10:00-17:00"}, "'monday' is not one of mon, tue"),
        ({"mon": "10-17"}, "hours.mon: '10-17' is not like '10:00-17:00' or 'closed'"),
        ({"mon": "17:00-10:00"}, "closes before it opens"),
        ({"mon": "10:00-24:30"}, "closes before it opens"),
    ],
)
def test_hours_an_editor_could_mistype_are_named(tmp_path: Path, hours, problem: str) -> None:
    assert problem in (hours_problem(hours) or "")
    data = json.loads(DEMO_CATALOGUE.read_text(encoding="utf-8"))
    data["stops"][5]["hours"] = hours
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"stops\[5\]"):
        read_catalogue(path)


def test_closed_before_opening_open_in_the_day_and_the_next_time_after_closing(asferg) -> None:
    kiosk, clock = asferg
    plan = kiosk.day_plan()
    assert present(plan.stop).id == "asferg" and plan.has_hours and not plan.chosen_by_staff
    assert present(plan.hours_today).opens == local(2026, 12, 7, 10, 0)
    assert not plan.open_at(clock()) and plan.open_at(local(2026, 12, 7, 12, 0)) and not plan.open_at(local(2026, 12, 7, 17, 0))
    assert [stop.id for stop in plan.next_stops] == ["stevnstrup", "harridslev", "vorup"]

    info = kiosk.start_info()
    assert info.closed_at(clock()) and present(info.next_opening(clock())).opens == local(2026, 12, 7, 10, 0)
    assert not info.closed_at(local(2026, 12, 7, 16, 59))
    saturday_evening = local(2026, 12, 12, 15, 0)  # Sunday (Asferg's last day) is closed
    after = present(info.next_opening(saturday_evening))
    assert (after.place, after.opens) == ("Stevnstrup", local(2027, 1, 4, 10, 0))  # past the Christmas break
    again = present(read_start_info(kiosk.data_dir))  # the snapshot the first frame uses says the same
    assert again.closed_at(clock()) and again.next_opening(saturday_evening) == after
    assert again.next_stops[0] == ("Stevnstrup", "2027-01-04", "2027-01-10")


def test_staff_keep_it_open_for_today_only(asferg) -> None:
    kiosk, clock = asferg
    kiosk.keep_open_today()
    assert kiosk.day_plan().open_at(clock()) and not kiosk.start_info().closed_at(local(2026, 12, 7, 23, 0))
    clock.advance(days=1)
    plan = kiosk.day_plan()
    assert not plan.kept_open and not plan.open_at(clock())  # Tuesday 08:00 follows the hours again


def test_a_stop_without_hours_is_open_all_day(kiosk, clock) -> None:
    plan = kiosk.day_plan()  # Assentoft on the fixed clock: no hours in the demo tour
    assert not plan.has_hours and plan.open_at(local(2026, 11, 20, 23, 59)) and not kiosk.start_info().closed_at(clock())


def test_the_voucher_can_come_from_the_tour_plan_for_one_stop(data_dir) -> None:
    havndal = open_kiosk(data_dir, demo=True, clock=FixedClock(local(2026, 12, 2, 12, 0)))
    try:
        assert not havndal.settings.get("reward_voucher")
        given = havndal.submit(IdeaDraft(theme_code="aeldre", text="Bænk ved købmanden"))
        assert havndal.receipt_content(given).voucher  # Havndal has vouchers in the tour plan
        havndal.set_today_stop("langaa")
        elsewhere = havndal.submit(IdeaDraft(theme_code="aeldre", text="Bænk ved stationen"))
        assert not havndal.receipt_content(elsewhere).voucher
        assert havndal.redeem_voucher(given.receipt_code).outcome == "other_stop"
    finally:
        havndal.close()


def test_the_language_of_the_day(asferg) -> None:
    kiosk, clock = asferg
    with pytest.raises(ValueError, match="no 'xx'"):
        kiosk.set_start_language("xx")
    kiosk.set_start_language("en")
    assert kiosk.day_plan().language == "en" and kiosk.start_info().language == "en"
    clock.advance(days=1)
    assert kiosk.day_plan().language == "da"


class PaperPrinter:
    """The receipt printer (hardware, so faked): keeps the text of what it was sent."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def print_pdf(self, pdf: Path) -> PrintOutcome:
        self.texts.append(PdfReader(str(pdf)).pages[0].extract_text())
        return PrintOutcome(True, "fake")


def test_the_checklist_and_its_test_receipt(asferg) -> None:
    kiosk, _clock = asferg
    printer = PaperPrinter()
    assert {item.key: item.done for item in kiosk.checklist(synced_today=False)} == {
        "stop": True,
        "printer": False,
        "paper": False,
        "sync": False,
        "language": True,
    }
    outcome = kiosk.print_test_receipt(printer)
    assert outcome.printed
    text = printer.texts[-1]
    assert "Testkvittering" in text and "æ ø å Æ Ø Å" in text and "Asferg" in text
    kiosk.confirm_check("printer")
    kiosk.confirm_check("paper")
    assert all(item.done for item in kiosk.checklist(synced_today=True))
    with pytest.raises(ValueError):
        kiosk.confirm_check("sync")  # the kiosk sees that itself
