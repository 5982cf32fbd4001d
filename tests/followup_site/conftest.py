"""A town for the follow-up site's tests: an idea city hall answered, an idea still waiting and a
sign-up, synced from a demo kiosk to a real central database, and the site serving it."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from central_database.devices import add_device
from central_database.web_readers import add_web_reader
from followup_site.app import FollowUpSite, RateLimiter
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.signups import SignupDraft
from sync.engine import sync_once
from tests.conftest import office_of
from tests.followup_site.serving import serving


@pytest.fixture
def town(owner_url, data_dir, clock):
    kiosk = open_kiosk(data_dir, demo=True, clock=clock)
    idea = kiosk.submit(
        IdeaDraft(theme_code="natur-miljo", text="Flere cykelstier ud til skolen", name="Åse", phone="20304050", consent=True)
    )
    waiting = kiosk.submit(IdeaDraft(theme_code="andet", text="Lys på stien"))
    signup = kiosk.submit(
        SignupDraft(opportunity_id="bogvenner", name="Bo", phone="20304051", age_group="65-79", availability=["weekdays"], consent=True)
    )
    sync_once(kiosk, add_device(owner_url, "Container").url)
    kiosk.close()
    office_of(owner_url).reply(idea.receipt_code, "in-progress", "Vi har sat cykelstien på budgettet for 2027.")
    return {
        "idea": idea.receipt_code,
        "waiting": waiting.receipt_code,
        "signup": signup.receipt_code,
        "reader": add_web_reader(owner_url, f"t{time.monotonic_ns()}"),
        "tag": idea.receipt_code[:4],
        "owner": owner_url,
    }


@pytest.fixture
def site(town) -> Iterator[str]:
    with serving(FollowUpSite(town["reader"], limiter=RateLimiter(limit=30))) as base:
        yield base
