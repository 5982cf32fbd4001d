"""Personal details at the kiosk: sealed at submit to the municipality's public key, so the
kiosk's files never hold them in clear. A stolen kiosk gives a thief sealed values it
cannot open; only city hall's private key does (:mod:`shared_kernel.sealing`).

Every kind of submission seals its name, phone and e-mail, a sign-up also its guardian's details
and its free-text message, into one ``sealed_contact`` value. The clear text lives only in the
citizen's draft, in memory, while they are at the kiosk. What needed the clear text here before
moved: receipts no longer show a masked phone or e-mail, staff at the kiosk no longer see the
Byttebørs contacts (city hall does), and a second sign-up by the same person is found at city
hall, not refused here (a kiosk that could recognise a phone number could be made to reveal it:
Danish numbers are 8 digits, quickly tried).

A kiosk without a key takes no contact details: :func:`has_key` lets the services say so before
the citizen sends (staff see why on the staff panel).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text
from sqlmodel import Session, col, select

from mokoko_desktop.models import SUBMISSION_MODELS, Retention, SealingKey
from mokoko_desktop.store import Store
from shared_kernel.i18n import QT_TRANSLATE_NOOP
from shared_kernel.retention_periods import Periods

if TYPE_CHECKING:
    from shared_kernel.sealing import PublicKey

log = logging.getLogger(__name__)

# What a citizen is told when the kiosk has no key (under the name field), and what staff see.
NO_KEY_FOR_CITIZEN = QT_TRANSLATE_NOOP("validation", "This kiosk cannot save contact details right now. Please ask the staff.")
NO_KEY_FOR_STAFF = (
    "This kiosk has no sealing key from the municipality, so it cannot take contact details (ideas "
    "without contact details still work). Sync with the central database to fetch the key."
)
# The key of each clear column inside a sealed value (the central documents' names).
SEALED_KEYS = {
    "contact_name": "name",
    "contact_phone": "phone",
    "contact_email": "email",
    "guardian_name": "guardian_name",
    "guardian_phone": "guardian_phone",
    "message": "message",
}
# The columns that held personal data in clear before sealing, per table; ``message`` is a
# sign-up's text to the organisation (an empty string, never NULL, when not given).
CLEAR_COLUMNS = {
    "idea": ("contact_name", "contact_email", "contact_phone"),
    "signup": ("contact_name", "contact_phone", "contact_email", "guardian_name", "guardian_phone", "message"),
    "offer": ("contact_name", "contact_phone", "contact_email"),
}


def consent_periods(store: Store) -> Periods:
    """The periods the consent texts promise now: the kiosk's setting and the municipality's
    retention from the catalogue (its defaults where the catalogue names none)."""
    from mokoko_desktop.settings import Settings

    with store.session() as session:
        days = {row.kind: row.days for row in session.exec(select(Retention))}
    return Periods.of(days, kiosk=Settings(store).get("contact_retention_days"))


def has_key(session: Session) -> bool:
    """Whether this kiosk has a public key to seal contact details to."""
    return session.exec(select(SealingKey.key_id).where(col(SealingKey.active))).first() is not None


def newest_key(session: Session) -> PublicKey | None:
    """The municipality's newest active public key (pulled with the catalogue), or None."""
    from shared_kernel.sealing import PublicKey

    row = session.exec(select(SealingKey).where(col(SealingKey.active)).order_by(col(SealingKey.created_at).desc())).first()
    return PublicKey(row.key_id, row.public_key) if row else None


def seal_details(key: PublicKey, details: dict[str, str | None]) -> str | None:
    """The given ``details`` (empty ones left out) sealed to ``key``; None when none was given."""
    from shared_kernel.sealing import seal

    given = {name: value for name, value in details.items() if value}
    return seal(key, given) if given else None


def seal_leftovers(store: Store) -> int:
    """Seal contact details this kiosk still holds in clear (written by a version before
    sealing, which had no key when it was updated) once a key is here. Returns how many records
    were sealed."""
    with store.writing() as connection:
        sealed = seal_clear_details(connection)
    if sealed:
        store.checkpoint()  # the clear values must not stay readable in the -wal file
    return sealed


def seal_clear_details(connection: Connection) -> int:
    """In ``connection``'s transaction: seal the clear details of every record to the newest key,
    if there is one (local migration 0010 does this when a kiosk is updated)."""
    row = connection.execute(text("SELECT key_id, public_key FROM sealing_key WHERE active ORDER BY created_at DESC LIMIT 1")).first()
    if row is None:
        return 0
    from shared_kernel.sealing import PublicKey

    key = PublicKey(row[0], row[1])
    sealed = sum(_seal_table(connection, model.local_table().name, model.personal_columns, key) for model in SUBMISSION_MODELS)
    if sealed:
        log.info("Sealed the contact details of %d records written before this kiosk sealed them", sealed)
    return sealed


def purge_condition(columns: tuple[str, ...]) -> str:
    """Records that still hold contact details, sealed or not: word for word the condition of the
    local index ``ix_*_purge_due`` (local migration 0010), so a query with it reads only those."""
    return f"contact_purged_at IS NULL AND ({' OR '.join(f'{c} IS NOT NULL' for c in columns)})"


def clear_condition(table: str) -> str:
    """Records holding contact details in the clear (written while the kiosk had no key): word
    for word the condition of the local index ``ix_*_in_clear`` (local migration 0022), so that
    each sync looks for them without reading every record that holds sealed details."""
    in_clear = " OR ".join(f"{c} <> ''" if c == "message" else f"{c} IS NOT NULL" for c in CLEAR_COLUMNS[table])
    return f"sealed_contact IS NULL AND ({in_clear})"


def _seal_table(connection: Connection, table: str, personal_columns: tuple[str, ...], key: PublicKey) -> int:
    clear = CLEAR_COLUMNS[table]
    rows = connection.execute(
        text(f"SELECT id, {', '.join(clear)} FROM {table} WHERE {purge_condition(personal_columns)} AND {clear_condition(table)}")
    ).all()
    emptied = ", ".join("message = ''" if c == "message" else f"{c} = NULL" for c in clear)
    update = text(f"UPDATE {table} SET sealed_contact = :sealed, {emptied} WHERE id = :id")
    for row in rows:
        details = {SEALED_KEYS[column]: value for column, value in zip(clear, row[1:], strict=True)}
        connection.execute(update, {"sealed": seal_details(key, details), "id": row[0]})
    return len(rows)
