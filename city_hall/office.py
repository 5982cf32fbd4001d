"""``Office``: city hall's one way into the central database, one per login.

A person at city hall (or the mail sender on its server) works as their own login; the database
records who did what. The office app, ``mokoko office`` and the mail sender all work through an
``Office``: it owns a small pool of connections (psycopg-pool), so a round of e-mails or a busy
inbox does not open a connection per call, and it turns what went wrong into typed errors
(:class:`CentralUnreachable`, :class:`NotAllowed`, or :class:`CentralError` for input the database
refused; the central connection's, named here too so a front end needs only this module), never
matched by their text.

    with Office(url) as office:
        for idea in office.inbox(InboxFilter(unanswered=True)):
            ...

Thread-safe: the office app calls it from worker threads (the pool lends each its own connection).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import psycopg
from psycopg import errors

from central_database.connection import CONNECT_TIMEOUT_SECONDS, CentralError, CentralUnreachable, NotAllowed, open_pool
from central_database.fleet import KioskState, fleet_of
from city_hall import access_log as _access_log
from city_hall import answers as _answers
from city_hall import case_work as _case_work
from city_hall import conflicts as _conflicts
from city_hall import contact_details as _contact_details
from city_hall import duplicates as _duplicates
from city_hall import erasures as _erasures
from city_hall import export as _export
from city_hall import hand_over as _hand_over
from city_hall import inbox as _inbox
from city_hall import inbox_count as _inbox_count
from city_hall import notify as _notify
from city_hall import office_catalogue as _office_catalogue
from city_hall import partner_desk as _partner_desk
from city_hall import signup_desk as _signup_desk
from city_hall import similar_ideas as _similar_ideas
from city_hall import stories as _stories
from city_hall import yearly as _yearly

# The modules that do the work, each function taking the Office first (aliased: the façade's
# methods have their names).
from city_hall.refusals import NOT_A_CITY_HALL_LOGIN
from city_hall.smtp import SmtpServer
from shared_kernel.redact import mask_secrets

if TYPE_CHECKING:
    from psycopg_pool import ConnectionPool

    from shared_kernel.byttebors import Match
    from shared_kernel.sealing import KeyPair

__all__ = ["CentralError", "CentralUnreachable", "NotAllowed", "Office"]
POOL_SIZE = 4  # the office app's worker threads, and the mail sender's round


class Office:
    """City hall's façade: every operation of the office app, ``mokoko office`` and the mail
    sender, as the login of ``url``. Close it when done (or use it as a context manager)."""

    def __init__(self, url: str, *, pool_size: int = POOL_SIZE) -> None:
        self._pool: ConnectionPool = open_pool(url, size=pool_size, name="mokoko-office")
        self._partner: _partner_desk.PartnerInfo | None = None
        self._partner_asked = False

    def close(self) -> None:
        self._pool.close()

    def __enter__(self) -> Office:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.close()

    @contextmanager
    def session(self) -> Iterator[psycopg.Connection]:
        """One transaction on a connection of the pool: committed when the block ends, rolled
        back if it raises. Nothing is half-written: a lost connection is
        :class:`CentralUnreachable`, a refused privilege :class:`NotAllowed`."""
        from psycopg_pool import PoolTimeout

        try:
            with self._pool.connection(timeout=CONNECT_TIMEOUT_SECONDS) as connection:
                yield connection
        except errors.InsufficientPrivilege:
            raise NotAllowed(NOT_A_CITY_HALL_LOGIN) from None
        except PoolTimeout:
            raise CentralUnreachable("The central database cannot be reached; nothing was changed. Try again in a moment.") from None
        except psycopg.OperationalError as error:
            cause = mask_secrets(str(error).strip())
            raise CentralUnreachable(f"The connection to the central database was lost; nothing was changed. ({cause})") from None

    # The inbox and answers.
    def inbox(self, chosen: _inbox.InboxFilter | None = None, *, limit: int = _inbox.PAGE_SIZE, offset: int = 0) -> list[_inbox.InboxIdea]:
        """A page of the ideas ``chosen`` finds (every idea without it), newest first."""
        return _inbox.inbox(self, chosen or _inbox.InboxFilter(), limit=limit, offset=offset)

    def count(self, chosen: _inbox.InboxFilter | None = None) -> int:
        return _inbox_count.count(self, chosen or _inbox.InboxFilter())

    def count_quickly(self, chosen: _inbox.InboxFilter | None = None) -> _inbox_count.Counted:
        return _inbox_count.count_quickly(self, chosen or _inbox.InboxFilter())

    def show(self, typed_code: str) -> _inbox.IdeaDetail:
        return _inbox.show(self, typed_code)

    def route(self, typed_code: str, area: str, note: str = "") -> str:
        return _inbox.route(self, typed_code, area, note)

    def answer(
        self,
        typed_codes: list[str],
        status: str,
        public_reply: str,
        reason: str = "",
        *,
        seen: dict[str, dt.datetime | None] | None = None,
        translated_reply: str = "",
    ) -> _answers.AnswerResult:
        return _answers.answer(self, typed_codes, status, public_reply, reason, seen=seen, translated_reply=translated_reply)

    def reply(self, typed_code: str, status: str, public_reply: str, reason: str = "", *, translated_reply: str = "") -> str:
        """Answer one idea (:meth:`answer`). Returns its normalised code."""
        return _answers.answer(self, [typed_code], status, public_reply, reason, translated_reply=translated_reply).answered[0]

    # Similar ideas together: cases.
    def similar(self, typed_code: str, *, limit: int = _similar_ideas.SIMILAR_LIMIT) -> list[_similar_ideas.SimilarIdea]:
        return _similar_ideas.similar(self, typed_code, limit=limit)

    def group(self, typed_codes: list[str], *, title: str = "") -> _similar_ideas.Case:
        return _similar_ideas.group(self, typed_codes, title=title)

    def ungroup(self, typed_codes: list[str]) -> list[str]:
        return _similar_ideas.ungroup(self, typed_codes)

    def case_of(self, typed_code: str) -> _similar_ideas.Case | None:
        return _similar_ideas.case_of(self, typed_code)

    # Cases with an owner.
    def people(self) -> list[tuple[str, str]]:
        return _case_work.people(self)

    def assign(self, typed_code: str, login: str | None, *, me: bool = False) -> str:
        return _case_work.assign(self, typed_code, login, me=me)

    def note(self, typed_code: str, text: str) -> None:
        _case_work.note(self, typed_code, text)

    def statuses(self) -> list[tuple[str, dict[str, str], bool]]:
        """The status catalogue: (code, label by language, needs a reason)."""
        with self.session() as connection:
            rows = connection.execute("SELECT code, label, needs_reason FROM mokoko.status ORDER BY sort_order, code").fetchall()
        return [(str(code), dict(label), bool(needs_reason)) for code, label, needs_reason in rows]

    def fleet(self) -> list[KioskState]:
        """Every kiosk as its last sync reported it, with alerts in Danish (the "Kiosker" tab)."""
        with self.session() as connection:
            return fleet_of(connection)

    def access_log(self, *, limit: int = 1000) -> list[_access_log.AccessEntry]:
        return _access_log.access_log(self, limit=limit)

    def catalogue(self) -> _office_catalogue.OfficeCatalogue:
        return _office_catalogue.office_catalogue(self)

    # Volunteers and the Byttebørs.
    # An association's login (mokoko central add-partner) sees its own volunteers through the same methods.
    @property
    def partner(self) -> _partner_desk.PartnerInfo | None:
        """The association logged in, or None for a city-hall login (asked once)."""
        if not self._partner_asked:
            self._partner, self._partner_asked = _partner_desk.partner_info(self), True
        return self._partner

    def hand_over_due(self, keys: list[KeyPair], *, limit: int = 500) -> int:
        return _hand_over.hand_over_due(self, keys, limit=limit)

    def signups(
        self, *, opportunity: str | None = None, status: str | None = None, mine: bool = False, limit: int = 500
    ) -> list[_signup_desk.SignupLine]:
        if self.partner is not None:
            return _partner_desk.signups(self, opportunity=opportunity, status=status, limit=limit)
        return _signup_desk.signups(self, opportunity=opportunity, status=status, mine=mine, limit=limit)

    def mark_signup(self, typed_code: str, status: str, note: str = "") -> None:
        if self.partner is not None:
            _partner_desk.mark(self, typed_code, status, note)
            return
        _signup_desk.mark_signup(self, typed_code, status, note)

    def posts(self, *, limit: int = 500) -> list[_signup_desk.PostLine]:
        return _signup_desk.posts(self, limit=limit)

    def matches(self, *, year: int | None = None) -> list[Match]:
        return _signup_desk.matches(self, year=year)

    def fingerprint_new_signups(self, keys: list[KeyPair], *, limit: int = 1000) -> int:
        return _duplicates.fingerprint_new_signups(self, keys, limit=limit)

    def likely_duplicates(self, *, limit: int = 500) -> list[_duplicates.LikelyDuplicate]:
        return _duplicates.likely_duplicates(self, limit=limit)

    # Conflicts, stories, _erasures.
    def conflicts(self, *, undecided: bool = False) -> list[_conflicts.Conflict]:
        return _conflicts.conflicts(self, undecided=undecided)

    def decide(self, conflict_id: int, decision: str, note: str = "") -> None:
        _conflicts.decide(self, conflict_id, decision, note)

    def publish(self, typed_code: str, headline: str) -> None:
        _stories.publish(self, typed_code, headline)

    def unpublish(self, typed_code: str) -> bool:
        return _stories.unpublish(self, typed_code)

    def published(self) -> list[_stories.PublishedStory]:
        return _stories.published(self)

    def erasure_requests(self, *, pending: bool = False) -> list[_erasures.ErasureLine]:
        return _erasures.erasure_requests(self, pending=pending)

    def erase(self, typed_code: str, note: str = "") -> int:
        return _erasures.erase(self, typed_code, note)

    # Contact details: on purpose, for a reason, logged, opened with the key.
    def reveal_contact(self, kind: str | None, typed_code: str, why: str) -> dict[str, str]:
        return _contact_details.reveal_contact(self, kind, typed_code, why)

    def open_contact(self, typed_code: str, why: str, keys: list[KeyPair], kind: str | None = None) -> _contact_details.ContactDetails:
        if self.partner is not None:  # a volunteer's, handed over to the association and opened with its key
            return _partner_desk.reveal(self, typed_code, why, keys)
        return _contact_details.open_contact(self, typed_code, why, keys, kind)

    # Exports and the yearly report.
    def idea_table(self, chosen: _inbox.InboxFilter | None = None) -> _export.ExportTable:
        return _export.idea_table(self, chosen)

    def signup_table(self, *, opportunity: str | None = None, status: str | None = None, mine: bool = False) -> _export.ExportTable:
        return _export.signup_table(self, opportunity=opportunity, status=status, mine=mine)

    def offer_table(self) -> _export.ExportTable:
        return _export.offer_table(self)

    def with_contact(self, table: _export.ExportTable, keys: list[KeyPair], why: str) -> _export.ExportTable:
        return _export.with_contact(self, table, keys, why)

    def export(
        self, table: _export.ExportTable, path: Path, file_format: str, progress: _export.Progress | None = None
    ) -> _export.Exported:
        return _export.write_table(table, path, file_format, progress)

    def yearly_report(self, year: int, language: str = "da", *, now: dt.datetime | None = None) -> _yearly.YearReport:
        return _yearly.yearly_report(self, year, language, now=now)

    # E-mail.
    def outbox_state(self) -> _notify.OutboxState:
        return _notify.outbox_state(self)

    def notify_due(self, server: SmtpServer, keys: list[KeyPair], link_template: str, *, limit: int = 200) -> _notify.NotifyReport:
        return _notify.notify_due(self, server, keys, link_template, limit=limit)
