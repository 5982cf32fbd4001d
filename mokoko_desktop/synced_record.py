"""What sync needs to know of a kind of submission, declared with its model (``models.py``)."""

from __future__ import annotations

from typing import ClassVar

from sqlalchemy import Table


class SyncedRecord:
    """What sync needs to know of a kind of submission, declared with its model: which of its
    columns stay on this kiosk, which hold personal data (purged here after sync), and whether it
    travels as columns of its own or as one JSON document (``data jsonb`` centrally).

    Every other column is pushed, in the order the model declares it: the central database
    fingerprints a record from its pushed columns in that order, so reordering a model's fields
    would make every earlier record look changed (a test pins the order)."""

    LOCAL_ONLY: ClassVar[tuple[str, ...]] = ("device_id", "synced_at", "sync_conflict", "contact_purged_at", "sync_refused")
    # A document's keys are its column names, but for these: central documents have always
    # called them so, and kiosks of an older version still write them so.
    DOCUMENT_KEYS: ClassVar[dict[str, str]] = {"contact_name": "name", "contact_phone": "phone", "contact_email": "email"}
    ENVELOPE: ClassVar[tuple[str, ...]] = ("id", "receipt_code", "created_at")  # a document's own columns
    # Left out of a document when empty (None, false): a record pushed again after an upgrade
    # keeps the fingerprint it arrived with.
    ADDED_LATER: ClassVar[tuple[str, ...]] = ("sealed_contact", "notify_me")
    # A column record (not a document) fingerprints its columns in order; columns added after its
    # first version are fingerprinted only when set, so a record pushed again after an upgrade
    # keeps the fingerprint it arrived with.
    FINGERPRINTED_WHEN_SET: ClassVar[tuple[str, ...]] = ()
    personal_columns: ClassVar[tuple[str, ...]]
    pushed_as_document: ClassVar[bool] = False

    @classmethod
    def local_table(cls) -> Table:
        """The model's table (SQLModel sets ``__table__`` on each table model)."""
        table = cls.__table__  # type: ignore[attr-defined]
        assert isinstance(table, Table)
        return table

    @classmethod
    def pushed_columns(cls) -> tuple[str, ...]:
        """The columns pushed to the central database, in the model's order."""
        return tuple(column.name for column in cls.local_table().columns if column.name not in cls.LOCAL_ONLY)

    @classmethod
    def document_fields(cls) -> tuple[str, ...]:
        """For a kind pushed as a document: the columns that go inside it."""
        return tuple(name for name in cls.pushed_columns() if name not in cls.ENVELOPE)

    @classmethod
    def document_key(cls, column: str) -> str:
        """The key of ``column`` in the central document."""
        return cls.DOCUMENT_KEYS.get(column, column)
