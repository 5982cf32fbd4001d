"""Issue 33: every page of the follow-up site, in every language, at a phone's and a computer's
width, in a real browser (Debian's Chromium, driven by Playwright), checked by axe-core for WCAG
2.1 A and AA; used by keyboard alone; and enlarged to 200 % without scrolling sideways.

What this test checks is what the accessibility statement (``followup_site/accessibility.py``)
claims: its standard, its axe-core release, and no rule left out but its known exceptions."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from followup_site import accessibility
from followup_site.app import FollowUpSite, RateLimiter
from shared_kernel.i18n import available_languages
from shared_kernel.receipt_codes import new_code
from tests.followup_site.serving import CHROMIUM, CHROMIUM_FLAGS, get, serving

ROOT = Path(__file__).resolve().parents[2]
WIDTHS = {"phone": (360, 740), "desktop": (1280, 800)}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")


@pytest.fixture(scope="module")
def axe_script() -> str:
    """axe-core of the release the statement names (tools/axe_core.py, from the npm registry)."""
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "axe_core.py")], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr  # npm is needed: .ci/run installs it
    return Path(done.stdout.strip()).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@dataclass
class SitePage:
    name: str
    url: str
    status: int


def every_page(town: dict[str, str], site: str, limited: str, broken: str) -> list[SitePage]:
    """Every kind of page the site shows (the rate-limit page: ``limited`` allows one look-up a
    minute, used up here; ``broken`` has no database)."""
    code = town["idea"]
    typo = code[:5] + ("A" if code[5] != "A" else "B") + code[6:]
    assert get(limited, f"/f/{code}").status == 200  # the one look-up ``limited`` allows
    return [
        SitePage("home with stories", f"{site}/", 200),
        SitePage("an idea with a reply", f"{site}/f/{code}", 200),
        SitePage("an idea without a reply", f"{site}/f/{town['waiting']}", 200),
        SitePage("a sign-up", f"{site}/f/{town['signup']}", 200),
        SitePage("an unknown code", f"{site}/f/{new_code(town['tag'])}", 404),
        SitePage("a typo", f"{site}/f/{typo}", 400),
        SitePage("no such page", f"{site}/nowhere", 404),
        SitePage("the privacy notice", f"{site}/privatliv", 200),
        SitePage("the accessibility statement", f"{site}/tilgaengelighed", 200),
        SitePage("too many look-ups", f"{limited}/f/{code}", 429),
        SitePage("cannot answer", f"{broken}/", 503),
    ]


def violations(page: Page, axe: str) -> list[str]:
    page.add_script_tag(content=axe)
    found = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})"
        ".then(r => r.violations.map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')).join(', ')))",
        WCAG_TAGS,
    )
    return list(found)


KEYBOARD_WALK = """() => {
  const focusable = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, [tabindex]')]
    .filter(e => e.tabIndex >= 0 && e.getClientRects().length > 0 || e.classList.contains('skip'));
  return {count: focusable.length, positive: [...document.querySelectorAll('[tabindex]')].filter(e => e.tabIndex > 0).length};
}"""
FOCUSED = """() => {
  const e = document.activeElement, style = getComputedStyle(e), box = e.getBoundingClientRect();
  return {tag: e.tagName, cls: e.className, id: e.id, text: (e.textContent || e.value || '').trim().slice(0, 40),
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          seen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.left < innerWidth};
}"""


def keyboard_problems(page: Page, skip_text: str) -> list[str]:
    """Tab through the page from its start: the skip link first and seen, it leads to the main
    content, and every focusable element is reached once, in order, with a visible focus ring."""
    problems = []
    walk = page.evaluate(KEYBOARD_WALK)
    if walk["positive"]:
        problems.append(f"{walk['positive']} elements with a positive tabindex change the order")
    page.keyboard.press("Tab")
    first = page.evaluate(FOCUSED)
    if first["cls"] != "skip" or first["text"] != skip_text or not first["seen"] or not first["ring"]:
        problems.append(f"the first Tab does not show the skip link: {first}")
    page.keyboard.press("Enter")
    if page.evaluate("() => document.activeElement.id") != "main":
        problems.append("the skip link does not lead to the content")
    page.goto(page.url.split("#")[0])  # from the start again (not at #main): every stop, in order
    page.keyboard.press("Tab")  # the skip link
    reached = 1
    for _ in range(walk["count"] - 1):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["tag"] == "BODY":
            break
        reached += 1
        if not focused["ring"] or not focused["seen"]:
            problems.append(f"focus not visible on {focused}")
    if reached != walk["count"]:
        problems.append(f"Tab reached {reached} of {walk['count']} focusable elements")
    return problems


def scrolls_sideways(page: Page) -> bool:
    return bool(page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1"))


@pytest.mark.parametrize("language", available_languages())
def test_every_page_meets_wcag_21_aa_in_a_real_browser(town, site, browser, axe_script, language, tmp_path) -> None:
    with (
        serving(FollowUpSite(town["reader"], limiter=RateLimiter(limit=1))) as limited,
        serving(FollowUpSite("postgresql://nobody@127.0.0.1:1/none?connect_timeout=1")) as broken,
    ):
        _publish_story(town)
        pages = every_page(town, site, limited, broken)
        found: dict[str, list[str]] = {}
        for width, (x, y) in WIDTHS.items():
            context = browser.new_context(viewport={"width": x, "height": y}, locale=language, bypass_csp=True)
            tab = context.new_page()
            for page in pages:
                answer = tab.goto(f"{page.url}{'&' if '?' in page.url else '?'}lang={language}")
                assert answer is not None and answer.status == page.status, page
                assert tab.evaluate("() => document.documentElement.lang") == language
                assert tab.evaluate("() => document.documentElement.dir") == ("rtl" if language == "ar" else "ltr")
                for problem in violations(tab, axe_script):
                    found.setdefault(f"{page.name} ({width})", []).append(problem)
                if scrolls_sideways(tab):
                    found.setdefault(f"{page.name} ({width})", []).append("scrolls sideways")
                if width == "desktop":
                    skip = tab.evaluate("() => document.querySelector('.skip').textContent")
                    for problem in keyboard_problems(tab, skip):
                        found.setdefault(f"{page.name} (keyboard)", []).append(problem)
            _shot(tab, f"{site}/f/{town['idea']}?lang={language}", f"followup-{language}-{width}.png")
            context.close()
        # 200 %: a 1280-pixel screen at 200 % zoom lays the page out in 640 CSS pixels (device scale 2).
        zoomed = browser.new_context(viewport={"width": 640, "height": 400}, device_scale_factor=2, locale=language)
        tab = zoomed.new_page()
        for page in pages:
            tab.goto(f"{page.url}{'&' if '?' in page.url else '?'}lang={language}")
            if scrolls_sideways(tab):
                found.setdefault(f"{page.name} (200 %)", []).append("scrolls sideways")
        _shot(tab, f"{site}/privatliv?lang={language}", f"followup-{language}-privacy-200.png")
        zoomed.close()
    assert found == {}, json.dumps(found, ensure_ascii=False, indent=1)


def test_the_statement_claims_what_this_test_checks(browser, axe_script) -> None:
    context = browser.new_context()
    tab = context.new_page()
    tab.set_content("<!doctype html><html lang=en><title>t</title><main>t</main></html>")
    tab.add_script_tag(content=axe_script)
    assert tab.evaluate("() => axe.version") == accessibility.AXE_CORE
    context.close()
    assert accessibility.STANDARD == "WCAG 2.1 AA" and {"wcag21aa", "wcag2aa"} <= set(WCAG_TAGS)
    assert accessibility.KNOWN_EXCEPTIONS == ()  # the test runs every rule of those tags; an exception would be named here


def _publish_story(town: dict[str, str]) -> None:
    import psycopg

    with psycopg.connect(town["owner"]) as connection:
        connection.execute(
            "INSERT INTO mokoko.published_story (idea_id, headline) SELECT id, 'Cykelsti til skolen' FROM mokoko.idea "
            "WHERE receipt_code = %s ON CONFLICT DO NOTHING",
            (town["idea"],),
        )


def _shot(tab: Page, url: str, name: str) -> None:
    """A screenshot for people to look at, where MOKOKO_SHOTS names a folder."""
    folder = os.environ.get("MOKOKO_SHOTS")
    if folder:
        tab.goto(url)
        tab.screenshot(path=str(Path(folder) / name), full_page=True)
