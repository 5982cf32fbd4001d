"""The follow-up site: ``GET /f/{code}`` (what a receipt's QR code holds), ``GET /`` (the
published "I sagde – vi gjorde" stories), and the privacy notice (``/privatliv``) and accessibility
statement (``/tilgaengelighed``) every page's footer links to. Plain HTML, no JavaScript, no
cookies, no tracking.

Each look-up, and each view of the home page (it reads the stories), counts against the client's
address (``RATE_LIMIT`` a minute, then 429 with Retry-After), so codes cannot be guessed in bulk
and the database is not read without end. Database work runs in Starlette's thread pool
on a small connection pool, as a web reader that may call two functions and read nothing else.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import psycopg
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from central_database.connection import open_pool
from followup_site import accessibility, lookups
from followup_site.texts import texts_for
from shared_kernel import privacy_notice, receipt_codes
from shared_kernel.catalogue_file import MunicipalityEntry
from shared_kernel.dates import long_date
from shared_kernel.i18n import DEFAULT_LANGUAGE, RTL_LANGUAGES, available_languages, language_name, pick, translate
from shared_kernel.replies import shown_reply
from shared_kernel.resources import FONTS_DIR, RESOURCES_DIR
from shared_kernel.retention_periods import Periods

log = logging.getLogger(__name__)

WEB_DIR = RESOURCES_DIR / "web"
FONTS = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
RATE_LIMIT, RATE_WINDOW = 30, 60.0  # look-ups per client address per window (seconds)
CODE_INPUT_MAX = 40  # longer than any code with spaces and dashes: not worth reading
PRIVACY_FRESH = 300.0  # seconds the privacy notice's facts are read again after (a changed catalogue shows within 5 minutes)
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}


@dataclass
class RateLimiter:
    """At most ``limit`` look-ups per client address in any ``window`` seconds. Thread-safe;
    an address not seen for a window is forgotten within the next window (the privacy notice
    promises it), so memory stays bounded by recent clients."""

    limit: int = RATE_LIMIT
    window: float = RATE_WINDOW
    clock: Callable[[], float] = time.monotonic
    _seen: dict[str, deque[float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _forgotten_at: float = float("-inf")

    def wait_for(self, client: str) -> int:
        """0 if ``client`` may look up now (and counts it), else the seconds to wait."""
        now = self.clock()
        with self._lock:
            if now - self._forgotten_at >= self.window or len(self._seen) > 10_000:
                self._seen = {key: times for key, times in self._seen.items() if times and times[-1] > now - self.window}
                self._forgotten_at = now
            times = self._seen.setdefault(client, deque())
            while times and times[0] <= now - self.window:
                times.popleft()
            if len(times) >= self.limit:
                return max(1, math.ceil(times[0] + self.window - now))
            times.append(now)
            return 0

    def remembers(self, client: str) -> bool:
        """Whether ``client``'s address is still held."""
        with self._lock:
            return client in self._seen


def choose_language(request: Request) -> str:
    """``?lang=`` if the site speaks it, else the first of Accept-Language it speaks, else Danish."""
    spoken = available_languages()
    asked = request.query_params.get("lang", "")
    if asked in spoken:
        return asked
    weighted = []
    for part in request.headers.get("accept-language", "")[:500].split(","):
        tag, _, rest = part.strip().partition(";")
        quality = 1.0
        if rest.strip().startswith("q="):
            try:
                quality = float(rest.strip()[2:])
            except ValueError:
                quality = 0.0
        weighted.append((quality, tag.strip().lower().split("-")[0]))
    for _quality, language in sorted(weighted, key=lambda pair: -pair[0]):
        if language in spoken:
            return language
    return DEFAULT_LANGUAGE


class FollowUpSite:
    """The site for one central database (``url``: a web reader's)."""

    def __init__(self, url: str, *, limiter: RateLimiter | None = None, pool_size: int = 4) -> None:
        self.pool = open_pool(url, size=pool_size, name="mokoko-web", autocommit=True)
        self.limiter = limiter or RateLimiter()
        self._privacy: tuple[float, dict[str, Any]] | None = None  # (read at, facts): the notice's facts, cached
        self._privacy_lock = threading.Lock()
        self.templates = Environment(loader=FileSystemLoader(WEB_DIR), autoescape=select_autoescape(["html"]))
        self.app = Starlette(
            routes=[
                Route("/", self.home, methods=["GET"]),
                Route("/f", self.typed_code, methods=["GET"]),
                Route("/f/{code:path}", self.follow_up, methods=["GET"]),
                Route(privacy_notice.PATH, self.privacy, methods=["GET"]),
                Route(accessibility.PATH, self.accessibility, methods=["GET"]),
                Route("/style.css", self.style, methods=["GET"]),
                Route("/fonts/{name}", self.font, methods=["GET"]),
            ],
            middleware=[Middleware(BaseHTTPMiddleware, dispatch=self._headers)],
            exception_handlers={404: self._not_found},
            lifespan=self._lifespan,
        )

    @asynccontextmanager
    async def _lifespan(self, _app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            self.pool.close()

    async def _headers(self, request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    def _page(self, template: str, request: Request, status: int = 200, *, links_to: str = "/", **values: Any) -> HTMLResponse:
        """A page; its language links lead to ``links_to``, a path this site made (the home page,
        or a normalised code's page), never to what the request's path says: ``GET //evil.example/x``
        made links that left the site."""
        language = choose_language(request)
        languages = [(code, language_name(code)) for code in available_languages() if code != language]
        page = self.templates.get_template(template).render(
            t=texts_for(language),
            language=language,
            direction="rtl" if language in RTL_LANGUAGES else "ltr",
            languages=languages,
            path=links_to,
            privacy_path=privacy_notice.PATH,
            accessibility_path=accessibility.PATH,
            **values,
        )
        return HTMLResponse(page, status_code=status)

    async def _not_found(self, request: Request, _error: Exception) -> Response:
        return self._page("message.html", request, 404, heading="", message=texts_for(choose_language(request))["not_found"])

    async def style(self, _request: Request) -> Response:
        return FileResponse(WEB_DIR / "style.css", media_type="text/css", headers={"Cache-Control": "public, max-age=3600"})

    async def font(self, request: Request) -> Response:
        """The kiosk's own fonts (Noto Sans: æ, ø and å on every phone), never another file."""
        name = request.path_params["name"]
        if name not in FONTS:
            return await self._not_found(request, LookupError(name))
        return FileResponse(FONTS_DIR / name, media_type="font/ttf", headers={"Cache-Control": "public, max-age=86400"})

    async def typed_code(self, request: Request) -> Response:
        """The form on the home page: GET /f?code=... goes to the code's page."""
        typed = request.query_params.get("code", "")[:CODE_INPUT_MAX]
        try:
            code = receipt_codes.normalise(typed)
        except receipt_codes.InvalidReceiptCode:
            return await self.follow_up(request, typed)
        language = request.query_params.get("lang", "")
        chosen = f"?lang={language}" if language in available_languages() else ""  # the language the form was shown in
        return RedirectResponse(f"/f/{code}{chosen}", status_code=303)

    async def follow_up(self, request: Request, typed: str | None = None) -> Response:
        language = choose_language(request)
        text = texts_for(language)
        typed = request.path_params.get("code", "") if typed is None else typed
        wait = self.limiter.wait_for(request.client.host if request.client else "")
        if wait:
            response = self._page("message.html", request, 429, heading="", message=text["too_many"])
            response.headers["Retry-After"] = str(wait)
            return response
        try:
            code = receipt_codes.normalise(typed[:CODE_INPUT_MAX])  # a 10 kB path is not read
        except receipt_codes.InvalidReceiptCode as error:
            problem = translate(language, "receipt_code", error.problem.message).format(**error.problem.params)
            return self._page("message.html", request, 400, heading=text["bad_code"], message=problem, typed=typed[:CODE_INPUT_MAX])
        try:
            found = await run_in_threadpool(self._look_up, code)
        except (psycopg.Error, OSError, TimeoutError) as error:
            log.warning("Follow-up page: the central database did not answer: %s", type(error).__name__)
            return self._page("message.html", request, 503, heading="", message=text["unavailable"])
        if found is None:
            return self._page(
                "message.html",
                request,
                404,
                links_to=f"/f/{code}",
                heading=text["code"].format(code=receipt_codes.format_code(code)),
                message=text["not_yet"],
            )
        return self._page(
            "followup.html", request, links_to=f"/f/{code}", code=receipt_codes.format_code(code), lines=describe(found, language)
        )

    def _look_up(self, code: str) -> dict[str, Any] | None:
        with self.pool.connection(timeout=5) as connection:
            return lookups.look_up(connection, code)

    async def home(self, request: Request) -> Response:
        wait = self.limiter.wait_for(request.client.host if request.client else "")  # each view reads the stories
        if wait:
            response = self._page("message.html", request, 429, heading="", message=texts_for(choose_language(request))["too_many"])
            response.headers["Retry-After"] = str(wait)
            return response
        try:
            found = await run_in_threadpool(self._stories)
        except (psycopg.Error, OSError, TimeoutError) as error:
            log.warning("Follow-up site: the central database did not answer: %s", type(error).__name__)
            return self._page("home.html", request, 503, stories=[], unavailable=True)  # not "no stories yet": it cannot say
        language = choose_language(request)
        shown = [
            {
                **story,
                "date": long_date(story.get("status_at") or story.get("published_at"), language),
                "reply": shown_reply(language, story.get("language") or "da", story.get("did") or "", story.get("did_translated") or ""),
            }
            for story in found
        ]
        return self._page("home.html", request, stories=shown)

    def _stories(self) -> list[dict[str, Any]]:
        with self.pool.connection(timeout=5) as connection:
            return lookups.stories(connection)

    async def privacy(self, request: Request) -> Response:
        """The privacy notice, with the municipality's facts and the periods the purge keeps to."""
        language = choose_language(request)
        try:
            facts = await run_in_threadpool(self._privacy_facts)
        except (psycopg.Error, OSError, TimeoutError) as error:
            log.warning("Privacy notice: the central database did not answer: %s", type(error).__name__)
            return self._page("message.html", request, 503, heading="", message=texts_for(language)["unavailable"])
        notice = privacy_notice.privacy_notice(
            _municipality(facts),
            Periods.of(facts.get("retention") or {}),
            lambda context, source: translate(language, context, source),
            kiosk_known=False,  # each kiosk has its own setting; its consent text says it
        )
        return self._page("privacy.html", request, links_to=privacy_notice.PATH, notice=notice, page_title=notice.title)

    async def accessibility(self, request: Request) -> Response:
        """The accessibility statement, with the municipality's contact (when it can be read)."""
        language = choose_language(request)
        try:
            municipality = _municipality(await run_in_threadpool(self._privacy_facts))
        except (psycopg.Error, OSError, TimeoutError) as error:  # the statement is still true: say it without the contact
            log.warning("Accessibility statement: the central database did not answer: %s", type(error).__name__)
            municipality = None
        name = municipality.name if municipality else translate(language, "privacy", privacy_notice.TEXTS["unknown"])
        texts = accessibility.statement_texts(language, name, municipality.accessibility_email if municipality else "")
        return self._page("accessibility.html", request, links_to=accessibility.PATH, s=texts, page_title=texts["title"])

    def _privacy_facts(self) -> dict[str, Any]:
        """The notice's facts, read at most every ``PRIVACY_FRESH`` seconds; the last ones read
        while the database does not answer."""
        with self._privacy_lock:
            cached = self._privacy
        if cached is not None and time.monotonic() - cached[0] < PRIVACY_FRESH:
            return cached[1]
        try:
            with self.pool.connection(timeout=5) as connection:
                facts = lookups.privacy(connection)
        except (psycopg.Error, OSError, TimeoutError):
            if cached is None:
                raise
            return cached[1]
        with self._privacy_lock:
            self._privacy = (time.monotonic(), facts)
        return facts


def _municipality(facts: dict[str, Any]) -> MunicipalityEntry | None:
    """The municipality's facts as the catalogue declares them (None if absent or not usable)."""
    try:
        return MunicipalityEntry.model_validate(facts["municipality"]) if facts.get("municipality") else None
    except ValueError:  # pydantic's ValidationError: loaded by a newer release, say; the notice asks staff instead
        log.warning("Privacy notice: the municipality's facts in the central database are not usable")
        return None


def describe(found: dict[str, Any], language: str) -> dict[str, str]:
    """The lines a record's page shows, in ``language``."""
    text = texts_for(language)
    created = long_date(found.get("created_at"), language)
    if found["kind"] == "signup":
        status = found.get("status") or "new"
        what = " · ".join(
            part for part in (pick(found.get("opportunity") or {}, language), pick(found.get("organisation") or {}, language)) if part
        )
        since = text["status_since"].format(date=long_date(found["status_at"], language)) if found.get("status_at") else ""
        return {
            "heading": text["your_signup"].format(date=created),
            "status": text.get(f"signup_{status}", status),
            "reply": what,
            "since": since,
        }
    if found["kind"] == "offer":
        return {"heading": text["your_post"].format(date=created), "status": text["post_body"], "reply": "", "since": ""}
    lines = {
        "heading": text["your_idea"].format(
            theme=pick(found.get("theme") or {}, language), place=found.get("stop_place") or "", date=created
        ),
        "status": text["no_reply"],
        "reply": text["no_reply_body"],
        "since": "",
        "area": "",
        "contact": "",
    }
    if found.get("status"):
        label = pick(found.get("status_label") or {}, language) or found["status"]
        reply = shown_reply(language, found.get("language") or "da", found.get("public_reply") or "", found.get("translated_reply") or "")
        lines.update(
            status=text["status"].format(status=label),
            reply=reply.text,
            reply_language=reply.language,
            reply_note=reply.note,
            since=text["status_since"].format(date=long_date(found.get("status_at"), language)),
        )
        if found.get("area"):
            lines["area"] = text["area"].format(area=pick(found["area"], language))
        if found.get("contact_names"):
            lines["contact"] = text["contact"].format(names=found["contact_names"])
    return lines
