"""Whatever the central catalogue holds, a kiosk starts, syncs and takes ideas: pulled rows are
fuzzed (hypothesis) and applied as a pull applies them."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mokoko_desktop.ideas import IdeaDraft
from shared_kernel.i18n import pick
from sync.pull import _apply_page

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=8,
)
TEXTS = JSON | st.dictionaries(st.sampled_from(["da", "en", "uk", ""]), JSON, max_size=3)
DATES = JSON | st.dates().map(str) | st.just("2026-13-45")
KEYS = st.sampled_from(["aeldre", "andet", "assentoft", "ny", "bogvenner", "", "x" * 80])

ROWS = st.one_of(
    st.builds(
        lambda k, t, d, a: ("theme", k, {"code": k, "title": t, "description": d, "admin_area_code": a}),
        KEYS,
        TEXTS,
        TEXTS,
        JSON | st.just("aeldre-kultur"),
    ),
    st.builds(
        lambda k, q, o, c: ("consultation", k, {"id": k, "question": q, "intro": {}, "opens_on": o, "closes_on": c}),
        st.just("aktivt-medborgerskab-2026") | KEYS,
        TEXTS,
        DATES,
        DATES,
    ),
    st.builds(lambda k, p, s, e: ("stop", k, {"id": k, "place": p, "starts_on": s, "ends_on": e}), KEYS, JSON, DATES, DATES),
    st.builds(lambda k, n: ("admin_area", k, {"code": k, "name": n}), KEYS, TEXTS),
    st.builds(lambda k, n: ("interest", k, {"code": k, "name": n}), KEYS, TEXTS),
    st.builds(lambda k, d, a: ("opportunity", k, {"id": k, "data": d, "active": a}), KEYS, JSON, JSON),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(ROWS, min_size=1, max_size=6))
def test_any_pulled_catalogue_leaves_a_kiosk_that_starts_and_takes_ideas(kiosk, rows: list[tuple[str, str, dict[str, Any]]]) -> None:
    with kiosk.store.session(writes=True) as session:  # applied exactly as a pull applies a page
        _apply_page(session, [(table, key, "U", data) for table, key, data in rows])
    info = kiosk.start_info()
    assert isinstance(pick(info.question, "da"), str)
    for theme in kiosk.catalogue.themes():
        assert isinstance(pick(theme.title, "en"), str) and isinstance(pick(theme.description, "da"), str)
    kiosk.opportunities.browse(kiosk.clock().date())
    idea = kiosk.submit(IdeaDraft(theme_code="andet", text="Stadig muligt"), "assentoft")
    assert kiosk.follow_up(idea.receipt_code).idea is not None
