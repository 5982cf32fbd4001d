"""Reward vouchers: "Gratis mad for gode idéer". With the setting ``reward_voucher``
on, an idea's receipt carries a voucher for the food basket, stored with the idea in one
transaction. Staff redeem it by scanning the receipt's QR code or typing its code: once, and
only at the stop where it was given, and not when the idea was hidden (a test, a mistake, given
twice, ...: the voucher is void, and staff are told why). A redemption is one conditional UPDATE in a write
transaction, so two taps, two threads or a restart cannot redeem it twice here.

Light to import; the messages are English sources in context ``voucher``, for the staff screen
and the command line to translate.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mokoko_desktop.clock import stored_time
from mokoko_desktop.followup import code_from_scan
from mokoko_desktop.moderation import NEWEST_FOR_IDEA
from shared_kernel import receipt_codes
from shared_kernel.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from mokoko_desktop.store import Store

MESSAGES = {
    "redeemed": QT_TRANSLATE_NOOP("voucher", "Voucher {code} redeemed: hand over the food basket."),
    "not_voucher": QT_TRANSLATE_NOOP("voucher", "{code} is not a voucher: its receipt has no food basket."),
    "already": QT_TRANSLATE_NOOP("voucher", "Voucher {code} was already redeemed at {time}."),
    "other_stop": QT_TRANSLATE_NOOP("voucher", "Voucher {code} was given at {place}; it is redeemed there."),
    "void": QT_TRANSLATE_NOOP("voucher", "Voucher {code} is void: its idea was hidden ({reason}). No food basket for it."),
}


@dataclass(frozen=True)
class VoucherAnswer:
    """What a redemption did: ``outcome`` is a key of :data:`MESSAGES`; ``params`` fill it
    (``reason``: a moderation reason's code, :data:`shared_kernel.moderation_reasons.REASONS`,
    for the front end to name in the reader's language)."""

    outcome: str
    params: dict[str, object]

    @property
    def redeemed(self) -> bool:
        return self.outcome == "redeemed"

    @property
    def message(self) -> str:
        return MESSAGES[self.outcome]


# A voucher, and why it is void: this kiosk's own idea hidden here (its newest moderation decides,
# "" once shown again), else what the central database said of another kiosk's idea (pulled).
_VOUCHER = f"""
SELECT v.stop_id, v.redeemed_at, CASE WHEN i.receipt_code IS NOT NULL THEN coalesce(m.reason, '') ELSE v.void_reason END
FROM voucher v LEFT JOIN idea i ON i.receipt_code = v.receipt_code LEFT JOIN moderation m ON m.id = {NEWEST_FOR_IDEA}
WHERE v.receipt_code = :code
"""


def redeem(store: Store, scanned: str, stop_id: str, places: dict[str, str], now: dt.datetime) -> VoucherAnswer:
    """Redeem the voucher of a scanned or typed code at ``stop_id`` (``places``: stop id ->
    place, for the answer). Raises :class:`~shared_kernel.receipt_codes.InvalidReceiptCode`
    for a mistyped code; every other answer is a :class:`VoucherAnswer` (nothing changed
    unless it says redeemed)."""
    from sqlalchemy import text

    code = receipt_codes.normalise(code_from_scan(scanned))
    shown = receipt_codes.format_code(code)
    with store.writing() as connection:
        row = connection.execute(text(_VOUCHER), {"code": code}).first()
        if row is None:
            return VoucherAnswer("not_voucher", {"code": shown})
        given_at, redeemed_at, void_reason = row
        if redeemed_at is not None:
            return VoucherAnswer("already", {"code": shown, "time": f"{dt.datetime.fromisoformat(redeemed_at).astimezone():%H:%M}"})
        if void_reason:
            return VoucherAnswer("void", {"code": shown, "reason": void_reason})
        if given_at != stop_id:
            return VoucherAnswer("other_stop", {"code": shown, "place": places.get(given_at, given_at)})
        connection.execute(
            text("UPDATE voucher SET redeemed_at = :now, synced_at = NULL WHERE receipt_code = :code AND redeemed_at IS NULL"),
            {"now": stored_time(now), "code": code},
        )
    return VoucherAnswer("redeemed", {"code": shown})


def has_voucher(store: Store, code: str) -> bool:
    """Whether the receipt of ``code`` carries a voucher."""
    with store.reading() as connection:
        return connection.execute("SELECT 1 FROM voucher WHERE receipt_code = ?", (code,)).fetchone() is not None
