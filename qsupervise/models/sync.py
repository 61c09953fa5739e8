"""Sync bookkeeping: packages imported, what each peer holds, open conflicts, records held or waiting.

All local to one installation (not in the change log) except :class:`RecordRedirect`, which travels: a
duplicate merged at one station is merged everywhere.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from qsupervise.models.base import Record, utcnow


class SyncPackage(SQLModel, table=True):
    """A package this installation has imported: its id with the hash of the whole file (same id, other
    bytes = forged) and what the import did."""

    __tablename__ = "sync_package"

    package_id: str = Field(primary_key=True, max_length=36)
    file_sha256: str = Field(max_length=64)
    station_id: str = Field(max_length=36, index=True)
    kind: str = Field(max_length=20)
    seq_first: int = 0
    seq_last: int = 0
    file_name: str = Field(default="", max_length=260)
    summary: str = "{}"  # JSON: created / updated / unchanged / conflicts / errors / held / pending
    imported_at: datetime = Field(default_factory=utcnow, index=True)


class SyncWatermark(SQLModel, table=True):
    """``peer`` holds every change record of ``origin`` up to ``seq`` (a receipt)."""

    __tablename__ = "sync_watermark"

    peer_station_id: str = Field(primary_key=True, max_length=36)
    origin_station_id: str = Field(primary_key=True, max_length=36)
    seq: int = 0
    updated_at: datetime = Field(default_factory=utcnow)


class SyncConflict(SQLModel, table=True):
    """A field two stations changed without either seeing the other, until a user resolves it."""

    __tablename__ = "sync_conflict"

    table_name: str = Field(primary_key=True, max_length=40)
    row_id: str = Field(primary_key=True, max_length=36)
    field: str = Field(primary_key=True, max_length=60)
    detected_at: datetime = Field(default_factory=utcnow)


class SyncHeld(SQLModel, table=True):
    """A change record stamped more than a day ahead of this installation's clock: kept, not applied."""

    __tablename__ = "sync_held"

    change_id: str = Field(primary_key=True, max_length=36)
    station_id: str = Field(max_length=36)
    seq: int
    table_name: str = Field(max_length=40)
    row_id: str = Field(max_length=36)
    op: str = Field(max_length=10)
    field: str | None = Field(default=None, max_length=60)
    value: str | None = None
    hlc: int
    base_hlc: int | None = None
    user_id: str = Field(default="", max_length=36)
    package_id: str = Field(default="", max_length=36)
    held_at: datetime = Field(default_factory=utcnow)


class SyncPending(SQLModel, table=True):
    """A row whose change records arrived before what it needs (its insert, or a row it points at)."""

    __tablename__ = "sync_pending"

    table_name: str = Field(primary_key=True, max_length=40)
    row_id: str = Field(primary_key=True, max_length=36)
    reason: str = Field(default="", max_length=40)  # no_insert | missing_parent | has_children
    since: datetime = Field(default_factory=utcnow)


class RecordRedirect(Record, table=True):
    """A duplicate merged into the row kept: links to ``from_id`` lead to ``to_id``."""

    __tablename__ = "record_redirect"

    table_name: str = Field(max_length=40, index=True)
    from_id: str = Field(max_length=36, index=True)
    to_id: str = Field(max_length=36)
    reason: str = Field(default="", max_length=200)
