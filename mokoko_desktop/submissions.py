"""Storing what citizens submit (ideas, sign-ups, Byttebørs posts) with unused receipt codes.

Every submission gets a receipt code that is unique on this kiosk across all kinds, because a
citizen's code must lead to exactly one thing at follow-up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TypeVar

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, col, select

from mokoko_desktop import receipt_codes
from mokoko_desktop.models import Idea, Offer, Signup
from mokoko_desktop.store import Store

log = logging.getLogger(__name__)

ATTEMPTS = 20
CODED_MODELS: tuple[type[Idea] | type[Signup] | type[Offer], ...] = (Idea, Signup, Offer)
Record = TypeVar("Record", bound=SQLModel)


def codes_in_use(session: Session, codes: Sequence[str]) -> set[str]:
    """Which of ``codes`` an idea, sign-up or post on this kiosk already has."""
    used: set[str] = set()
    for model in CODED_MODELS:
        used.update(session.exec(select(model.receipt_code).where(col(model.receipt_code).in_(codes))))
    return used


def draw_unused_codes(session: Session, records: Sequence[Idea | Signup | Offer], tag: str) -> None:
    """Redraw any code already used on this kiosk (or twice in this batch). Random codes clash
    now and then once a kiosk has many records; unique indexes stay the backstop."""
    for _round in range(ATTEMPTS):
        used = codes_in_use(session, [record.receipt_code for record in records])
        seen: set[str] = set()
        clashes = 0
        for record in records:
            if record.receipt_code in used or record.receipt_code in seen:
                record.receipt_code = receipt_codes.new_code(tag)
                clashes += 1
            seen.add(record.receipt_code)
        if not clashes:
            return


def store_new(store: Store, tag: str, build: Callable[[Session], list[Record]]) -> list[Record]:
    """Build records in one transaction (``build`` may raise to store nothing), give them unused
    receipt codes, and commit. Durable when this returns: only then may a code be shown."""
    for _attempt in range(ATTEMPTS):
        try:
            with store.session() as session:
                records = build(session)
                draw_unused_codes(session, records, tag)  # type: ignore[arg-type]
                session.add_all(records)
        except IntegrityError as error:
            if "receipt_code" not in str(error.orig):
                raise
            log.warning("Receipt code clash; drawing new codes")
            continue
        return records
    raise RuntimeError("could not draw unused receipt codes")
