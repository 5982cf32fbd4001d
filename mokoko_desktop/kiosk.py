"""The kiosk's core, put together: the one object the window and the command line both use.

``Kiosk.open()`` opens (checks, migrates) the local store and makes sure this kiosk has a device
identity. Front ends build it through ``mokoko_desktop.bootstrap`` (which also does the demo
set-up and connects sync).
"""

from __future__ import annotations

import datetime as dt
import logging
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import uuid6
from sqlmodel import col, select

from mokoko_desktop.catalogue import Catalogue
from mokoko_desktop.clock import Clock, local_date, utc_now
from mokoko_desktop.dashboard import DayFigures, day_figures
from mokoko_desktop.day_plan import CheckItem, DayPlan, checklist, confirm, day_plan
from mokoko_desktop.erasure import request_erasure
from mokoko_desktop.followup import FollowUp, code_from_scan, look_up
from mokoko_desktop.health import note_print
from mokoko_desktop.ideas import IdeaService
from mokoko_desktop.models import SUBMISSION_MODELS, Device, Stop, Story
from mokoko_desktop.moderation import DayIdea, ideas_of_day, set_hidden
from mokoko_desktop.offers import OfferService
from mokoko_desktop.opportunities import Opportunities
from mokoko_desktop.paths import forget_old_receipts, receipts_dir, resolve_data_dir
from mokoko_desktop.personal_data import consent_periods, newest_key
from mokoko_desktop.receipt_content import ReceiptContent
from mokoko_desktop.settings import Settings
from mokoko_desktop.signups import SignupService
from mokoko_desktop.staff import StaffAccess
from mokoko_desktop.start_info import StartInfo, write_start_info
from mokoko_desktop.store import Store
from mokoko_desktop.store_backup import copy_at_close
from mokoko_desktop.submissions import Draft, Submission, SubmissionService, UnknownReceipt
from mokoko_desktop.validation import FieldProblem
from mokoko_desktop.vouchers import VoucherAnswer, has_voucher, redeem
from shared_kernel import receipt_codes
from shared_kernel.i18n import available_languages
from shared_kernel.privacy_notice import Notice, notice_address, privacy_notice
from shared_kernel.retention_periods import Periods, Translator
from shared_kernel.texts import followup_home, followup_url

if TYPE_CHECKING:
    from mokoko_desktop.printing import PrintOutcome, ReceiptPrinter
    from shared_kernel.sealing import PublicKey

log = logging.getLogger(__name__)
STORIES_ON_START = 5  # the start screen's rotation
OPENINGS_ON_START = 14  # enough to know "open now?" all day and when it opens next


def _ensure_device(store: Store, clock: Clock) -> Device:
    with store.session() as session:  # a read: opening writes nothing (the check may still run)
        device = session.exec(select(Device)).first()
    if device is not None:
        return device
    with store.session(writes=True) as session:
        device = session.exec(select(Device)).first()
        if device is None:
            device = Device(
                id=str(uuid6.uuid7()),
                name=socket.gethostname()[:100] or "MOKOKO-kiosk",
                tag=receipt_codes.new_device_tag(),
                created_at=clock(),
            )
            session.add(device)
            log.info("New kiosk identity %s (receipt codes start with %s)", device.id, device.tag)
    return device


def _texts(value: object) -> dict[str, str]:
    """A catalogue text as ``{language: text}``; anything else a damaged catalogue holds is left
    out, so the start screen always shows."""
    if isinstance(value, dict):
        return {str(language): text for language, text in value.items() if isinstance(text, str)}
    return {"da": value} if isinstance(value, str) else {}


@dataclass
class Kiosk:
    """The open kiosk core. Construct with :meth:`open`; call :meth:`close` when done."""

    data_dir: Path
    store: Store
    device: Device
    settings: Settings
    catalogue: Catalogue
    ideas: IdeaService
    opportunities: Opportunities
    signups: SignupService
    offers: OfferService
    staff: StaffAccess
    clock: Clock
    _saved_start_info: StartInfo | None = field(default=None, init=False, repr=False)

    @classmethod
    def open(cls, data_dir: str | Path | None = None, *, clock: Clock = utc_now, check_in_background: bool = False) -> Kiosk:
        """Open the kiosk in ``data_dir``. ``check_in_background``: see
        :class:`~mokoko_desktop.store.Store` (the kiosk app; its writes wait for the check)."""
        folder = resolve_data_dir(data_dir)
        store = Store(folder, check_in_background=check_in_background)
        device = _ensure_device(store, clock)
        opportunities = Opportunities(store)
        forget_old_receipts(folder, local_date(clock()))
        return cls(
            data_dir=folder,
            store=store,
            device=device,
            settings=Settings(store),
            catalogue=Catalogue(store),
            ideas=IdeaService(store, device, clock),
            opportunities=opportunities,
            signups=SignupService(store, device, opportunities, clock),
            offers=OfferService(store, device, opportunities, clock),
            staff=StaffAccess(store, clock),
            clock=clock,
        )

    def today_stop(self) -> Stop | None:
        """The stop staff chose for today (a choice holds for that day only), else the one the
        tour plan has for today."""
        today = local_date(self.clock())
        chosen = self.settings.get("current_stop_id")
        if chosen and self.settings.get("current_stop_day") == today.isoformat():
            stop = self.catalogue.stop(chosen)
            if stop is not None:
                return stop
        return self.catalogue.scheduled_stop(today)

    def set_today_stop(self, stop_id: str) -> Stop:
        stop = self.catalogue.stop(stop_id)
        if stop is None:
            known = ", ".join(s.id for s in self.catalogue.stops()) or "none (load a catalogue first)"
            raise ValueError(f"There is no stop {stop_id!r}. Known stops: {known}.")
        self.settings.set("current_stop_id", stop.id)
        self.settings.set("current_stop_day", local_date(self.clock()).isoformat())
        log.info("Today's stop set to %s (for today; tomorrow follows the tour plan)", stop.id)
        return stop

    def day_plan(self) -> DayPlan:
        """Today's stop, its opening hours, the next stops and the language of the day."""
        return day_plan(self.catalogue, self.settings, self.today_stop(), local_date(self.clock()))

    def keep_open_today(self, keep: bool = True) -> None:
        """Staff keep the kiosk open all of today, whatever the stop's opening hours say."""
        self.settings.set("open_all_day", local_date(self.clock()).isoformat() if keep else "")

    def close_day(self, closed: bool = True) -> None:
        """'Luk dagen' (or open it again): closed, the kiosk sleeps for the rest of today, also
        after a restart; tomorrow follows the tour plan. Closing copies the store (store_backup)."""
        self.settings.set("closed_day", local_date(self.clock()).isoformat() if closed else "")
        if closed:
            copy_at_close(self.store.path, self.data_dir, self.clock())

    def set_start_language(self, language: str) -> None:
        """The language the start screen shows today (after every citizen); tomorrow: Danish."""
        if language not in available_languages():
            raise ValueError(f"The kiosk has no {language!r}; it has {', '.join(available_languages())}.")
        self.settings.set("start_language", language)
        self.settings.set("start_language_day", local_date(self.clock()).isoformat())

    def checklist(self, synced_today: bool) -> list[CheckItem]:
        """The start-of-day checklist (``synced_today``: from the sync state, read by the caller)."""
        return checklist(self.day_plan(), self.settings, synced_today)

    def confirm_check(self, key: str, confirmed: bool = True) -> None:
        """Staff tick the printer (a test receipt came out readable) or the paper on the checklist."""
        confirm(self.settings, key, local_date(self.clock()), confirmed)

    def sealing_key(self) -> PublicKey | None:
        """The municipality's newest active public key (pulled with the catalogue), or None: then
        this kiosk cannot take contact details."""
        with self.store.session() as session:
            return newest_key(session)

    def consent_periods(self) -> Periods:
        """How long contact details are kept, as the consent texts promise it now."""
        return consent_periods(self.store)

    def privacy_notice(self, translated: Translator) -> Notice:
        """The privacy notice in the language ``translated`` speaks: the municipality's facts and
        this kiosk's periods, as the consent texts promise them (``shared_kernel/privacy_notice.py``)."""
        return privacy_notice(self.catalogue.municipality(), self.consent_periods(), translated)

    def submit(self, draft: Draft, stop_id: str | None = None) -> Submission:
        """Check and store what a citizen filled in (an idea, a sign-up or a Byttebørs post) at
        ``stop_id`` (default: today's stop), in one transaction. Raises
        :class:`~mokoko_desktop.validation.SubmissionRejected` (nothing stored),
        or :class:`~mokoko_desktop.submissions.KioskNotReady`. Durable when this returns."""
        if stop_id is None:
            today = self.today_stop()
            stop_id = today.id if today else ""
        return self._service(draft.submission_kind).submit(draft, stop_id)

    def follow_up(self, scanned: str) -> FollowUp:
        """What is known about a scanned or typed receipt code (never anyone's contact details).
        Raises :class:`~shared_kernel.receipt_codes.InvalidReceiptCode` for a mistyped code."""
        with self.store.reading() as connection:
            return look_up(connection, scanned)

    def submission(self, scanned: str) -> Submission:
        """The idea, sign-up or Byttebørs post made here with this receipt code (typed, or the
        receipt's QR scanned): what a reprint prints again. Raises
        :class:`~shared_kernel.receipt_codes.InvalidReceiptCode` for a mistyped code and
        :class:`~mokoko_desktop.submissions.UnknownReceipt` when no record here has it."""
        code = receipt_codes.normalise(code_from_scan(scanned))
        found: Submission | None = None
        with self.store.session() as session:
            for model in SUBMISSION_MODELS:  # one code, one record across the kinds (submissions.py)
                found = found or cast("Submission | None", session.exec(select(model).where(model.receipt_code == code)).first())
        if found is None:
            raise UnknownReceipt(code)
        return found

    def hide_idea(self, typed: str, reason: str) -> str:
        """Staff hide an idea given here (``reason`` from ``moderation.REASONS``); "" shows it
        again. Returns its code; see :func:`mokoko_desktop.moderation.set_hidden`."""
        return set_hidden(self.store, typed, reason, self.clock())

    def ideas_of_day(self, day: dt.date | None = None) -> list[DayIdea]:
        """The moderation list: today's ideas (or ``day``'s), newest first. Reads only."""
        return ideas_of_day(self.store, day or local_date(self.clock()))

    def day_figures(self, day: dt.date | None = None) -> DayFigures:
        """The staff dashboard's figures of today (or ``day``). Reads only: off the GUI thread."""
        with self.store.reading() as connection:
            return day_figures(connection, day or local_date(self.clock()))

    def has_voucher(self, code: str) -> bool:
        """Whether the idea with this receipt code earned a food basket (one key look-up)."""
        return has_voucher(self.store, code)

    def redeem_voucher(self, scanned: str) -> VoucherAnswer:
        """Staff hand over the food basket for a receipt's voucher: once, at today's stop."""
        stop = self.today_stop()
        places = {known.id: known.place for known in self.catalogue.stops()}
        return redeem(self.store, scanned, stop.id if stop else "", places, self.clock())

    def write_day_summary(self, waiting: int = -1, day: dt.date | None = None) -> Path:
        """The day's figures as an 80 mm PDF in the data folder's reports/ (``waiting``: records
        not sent yet, -1 if unknown). Slow: off the GUI thread."""
        from mokoko_desktop.day_summary import DaySummary, render_day_summary, summary_path

        day = day or local_date(self.clock())
        stop = self.today_stop()
        summary = DaySummary(self.day_figures(day), stop.place if stop else "", waiting, len(self.unprinted_receipts()))
        return render_day_summary(summary, summary_path(self.data_dir, day), municipality=self.settings.get("municipality_name"))

    def unprinted_receipts(self) -> list[str]:
        """The codes of today's receipts that did not print (their PDFs are kept), oldest first."""
        kept = sorted(receipts_dir(self.data_dir).glob("*.pdf"), key=lambda path: path.stat().st_mtime)
        return [path.stem for path in kept]

    def request_erasure(self, typed_code: str) -> bool:
        """'Slet mine oplysninger': delete what this kiosk holds of ``typed_code`` now and ask city
        hall to delete the rest (sent at the next sync). Returns whether details were deleted here."""
        return request_erasure(self.store, typed_code, self.clock())

    def use_identity(self, tag: str, name: str) -> None:
        """Make receipt codes start with ``tag`` from now on (the central database gave this
        kiosk its tag and name; sync has stored them). Call it on the thread that owns the kiosk."""
        self.device.tag, self.device.name = tag, name

    def check(self, draft: Draft) -> list[FieldProblem]:
        """Every problem with ``draft``, storing nothing (for inline messages while typing)."""
        return self._service(draft.submission_kind).problems(draft)

    def _service(self, submission_kind: str) -> SubmissionService[Any, Any]:
        services: dict[str, SubmissionService[Any, Any]] = {
            service.submission_kind: service for service in (self.ideas, self.signups, self.offers)
        }
        return services[submission_kind]

    def receipt_content(self, record: Submission) -> ReceiptContent:
        """What the receipt of an idea, a sign-up or a Byttebørs post says."""
        stop = self.catalogue.stop(record.stop_id)
        body = self._service(record.submission_kind).receipt_body(record)
        return ReceiptContent(
            municipality=self.settings.get("municipality_name"),
            stop_place=stop.place if stop else record.stop_id,
            created_at=record.created_at,
            receipt_code=record.receipt_code,
            followup_url=self.followup_url(record.receipt_code),
            privacy_url=notice_address(self.settings.get("followup_url_template")),
            excerpt_source=body.excerpt_source,
            language=record.language,
            kind=record.submission_kind,
            sections=body.sections,
            voucher=record.submission_kind == "idea" and self.has_voucher(record.receipt_code),
        )

    def start_info(self) -> StartInfo:
        """What the start screen shows now; also saved so the next start can show it at once."""
        consultation = self.catalogue.current_consultation(local_date(self.clock()))
        plan = self.day_plan()
        info = StartInfo(
            municipality=self.settings.get("municipality_name"),
            question=_texts(consultation.question) if consultation else {},
            intro=_texts(consultation.intro) if consultation else {},
            stop_place=plan.stop.place if plan.stop else "",
            stories=self.start_stories(),
            not_ready=self.readiness(),
            day=plan.day.isoformat(),
            language=plan.language,
            closed_today=plan.closed_by_staff,
            openings=tuple(
                (period.place, period.opens.isoformat(), period.closes.isoformat()) for period in plan.periods[:OPENINGS_ON_START]
            ),
            next_stops=tuple((stop.place, stop.starts_on.isoformat(), stop.ends_on.isoformat()) for stop in plan.next_stops),
            followup_home=followup_home(self.settings.get("followup_url_template")),
        )
        if info != self._saved_start_info:  # asked after every citizen; written only on a change
            try:
                write_start_info(self.data_dir, info)
                self._saved_start_info = info
            except OSError as error:
                log.warning("Could not save the start screen snapshot: %s", error)
        return info

    def readiness(self) -> tuple[str, ...]:
        """What stops citizens now (codes of ``readiness.PROBLEMS``); empty when the kiosk is open."""
        if not self.catalogue.themes():
            return ("no_catalogue",)  # the stops and the consultation come with it
        problems = []
        if self.today_stop() is None:
            problems.append("no_stop")
        if self.catalogue.current_consultation(local_date(self.clock())) is None:
            problems.append("no_consultation")
        return tuple(problems)

    def start_stories(self) -> tuple[tuple[str, str, str, str], ...]:
        """The start screen's stories: (headline, what was done, that in the citizen's language,
        which), today's stop first. Reads only (a sync's worker thread asks it too)."""
        stop = self.today_stop()
        stories = self.stories(stop.id if stop else "", STORIES_ON_START)
        return tuple((story.headline, story.did, story.did_translated, story.language) for story in stories)

    def stories(self, stop_id: str = "", limit: int = 50) -> list[Story]:
        """'I sagde – vi gjorde': the published stories, those given at ``stop_id`` first, then
        the newest."""
        with self.store.session() as session:
            statement = select(Story).order_by((col(Story.stop_id) == stop_id).desc(), col(Story.published_at).desc()).limit(limit)
            return list(session.exec(statement))

    def followup_url(self, code: str) -> str:
        return followup_url(self.settings.get("followup_url_template"), code)

    def write_receipt(self, record: Submission, path: Path | None = None) -> Path:
        """Render the receipt PDF of an idea, a sign-up or a Byttebørs post (by default into
        the data folder's receipts/)."""
        from mokoko_desktop.receipts import render_receipt  # reportlab: loaded on the first receipt

        target = path or receipts_dir(self.data_dir) / f"{record.receipt_code}.pdf"
        return render_receipt(self.receipt_content(record), target)

    def print_receipt(self, record: Submission, printer: ReceiptPrinter) -> tuple[Path, PrintOutcome]:
        """Render and print the receipt of ``record`` (the first time, or again). A printed
        receipt's PDF is deleted (it holds the citizen's words); one that did not print is kept
        among :meth:`unprinted_receipts` for staff. Slow: call it off the GUI thread."""
        path = self.write_receipt(record)
        outcome = printer.print_pdf(path)
        note_print(self.store, outcome, self.clock())  # the printer's state, for city hall's fleet view
        if outcome.printed:
            path.unlink(missing_ok=True)
        return path, outcome

    def print_test_receipt(self, printer: ReceiptPrinter) -> PrintOutcome:
        """The start-of-day test receipt (no one's data), printed. Slow: off the GUI thread."""
        from mokoko_desktop.printer_check import render_printer_check

        stop = self.today_stop()
        path = render_printer_check(
            self.data_dir / "reports" / "test-receipt.pdf",
            municipality=self.settings.get("municipality_name"),
            place=stop.place if stop else "",
            now=self.clock(),
        )
        outcome = printer.print_pdf(path)
        note_print(self.store, outcome, self.clock())
        return outcome

    def close(self) -> None:
        self.store.close()
