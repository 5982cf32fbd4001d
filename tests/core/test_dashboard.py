"""The staff's dashboard of the day: every figure equals a count made independently here, from
the stored records, in local time."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from mokoko_desktop.clock import local_date
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.offers import OfferDraft
from mokoko_desktop.signups import SignupDraft
from shared_kernel.demographics import AGE_GROUPS


def test_the_days_figures_equal_an_independent_count(kiosk, clock) -> None:
    clock.now = dt.datetime(2026, 11, 20, 8, 5, tzinfo=dt.UTC)
    kiosk.submit(IdeaDraft(theme_code="andet", text="I går"))  # the day before: left out
    clock.advance(days=1)
    day = local_date(clock())
    given = []
    plan = [(0, "65-79", "assentoft"), (10, None, None), (70, "18-29", "assentoft"), (130, "65-79", "langaa"), (135, None, None)]
    for minutes, age, area in plan:
        clock.now = dt.datetime(2026, 11, 21, 8, 5, tzinfo=dt.UTC) + dt.timedelta(minutes=minutes)
        given.append(kiosk.submit(IdeaDraft(theme_code="andet", text=f"Idé {minutes}", age_group=age, home_area_code=area)))
    kiosk.submit(
        SignupDraft(opportunity_id="bogvenner", name="Ida", phone="20304050", age_group="80+", availability=["weekdays"], consent=True)
    )
    kiosk.submit(OfferDraft(text="Jeg kan låne en trailer ud", tags=["praktisk"], name="Bo", phone="20304051", consent=True))
    kiosk.hide_idea(given[1].receipt_code, "test")

    figures = kiosk.day_figures(day)

    hours = Counter(record.created_at.astimezone().hour for record in given)
    assert figures.by_hour["idea"] == dict(hours) and figures.totals == {"idea": 5, "signup": 1, "offer": 1}
    assert figures.by_hour["signup"] == {clock().astimezone().hour: 1}
    assert figures.age_groups == Counter({"65-79": 2, "": 2, "18-29": 1, "80+": 1})
    assert figures.home_areas == Counter({"assentoft": 2, "": 2, "langaa": 1})
    assert figures.hidden == 1
    assert figures.not_heard(list(AGE_GROUPS), figures.age_groups) == ["under-15", "15-17", "30-49", "50-64"]
    assert figures.hours == sorted(set(hours) | {clock().astimezone().hour})


def test_an_empty_day_has_nothing_to_show(kiosk) -> None:
    figures = kiosk.day_figures()
    assert figures.totals == {"idea": 0, "signup": 0, "offer": 0} and figures.hours == [] and figures.hidden == 0
    assert (figures.vouchers_given, figures.vouchers_redeemed) == (0, 0)


def test_vouchers_given_and_redeemed_today_are_counted(kiosk) -> None:
    kiosk.settings.set("reward_voucher", True)
    ideas = [kiosk.submit(IdeaDraft(theme_code="andet", text=f"Idé {n}")) for n in range(3)]
    assert kiosk.redeem_voucher(ideas[0].receipt_code).redeemed
    figures = kiosk.day_figures()
    assert (figures.vouchers_given, figures.vouchers_redeemed) == (3, 1)
