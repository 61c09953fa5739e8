"""Tables about the installation itself: stations, users, clock, change log, audit trail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from qsupervise.ids import new_id
from qsupervise.models.base import utcnow


class Station(SQLModel, table=True):
    """An installation enrolled under the county; exactly one row has is_local set."""

    __tablename__ = "station"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    code: str = Field(max_length=20, unique=True)
    name: str = Field(max_length=100)
    role: str = Field(max_length=20)  # county | township
    org_unit_id: str | None = Field(default=None, foreign_key="org_unit.id")
    is_local: bool = False
    public_key: str | None = None
    created_at: datetime = Field(default_factory=utcnow)
    revoked_at: datetime | None = None  # set by the county (lost laptop): its packages are refused from then on


class LocalClock(SQLModel, table=True):
    """The persisted hybrid logical clock and change sequence of the local station."""

    __tablename__ = "local_clock"

    station_id: str = Field(primary_key=True, foreign_key="station.id")
    hlc: int = 0
    seq: int = 0


class Change(SQLModel, table=True):
    """One immutable change record: an inserted row, one changed field, or a tombstone."""

    __tablename__ = "change_log"
    __table_args__ = (
        UniqueConstraint("station_id", "seq"),
        Index("ix_change_log_row", "table_name", "row_id"),
    )

    change_id: str = Field(primary_key=True, max_length=36)
    station_id: str = Field(max_length=36)
    seq: int
    table_name: str = Field(max_length=40)
    row_id: str = Field(max_length=36)
    op: str = Field(max_length=10)  # insert | update | delete
    field: str | None = Field(default=None, max_length=60)
    value: str | None = None  # JSON
    hlc: int = Field(index=True)
    base_hlc: int | None = None
    user_id: str = Field(default="", max_length=36)


class User(SQLModel, table=True):
    __tablename__ = "app_user"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    username: str = Field(max_length=50, unique=True)
    display_name: str = Field(default="", max_length=50)
    role: str = Field(max_length=20)  # county_admin | township_clerk | inspector | viewer | system (rules/roles.py)
    org_unit_id: str | None = Field(default=None, foreign_key="org_unit.id")  # a clerk's township
    inspector_id: str | None = Field(default=None, foreign_key="inspector.id")  # an inspector's pool entry
    password_hash: str | None = None
    must_change_password: bool = False  # set by an admin's reset
    failed_attempts: int = 0  # wrong passwords since the last sign-in
    locked_until: datetime | None = None
    last_sign_in: datetime | None = None
    password_changed_at: datetime | None = None
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)


class AuditEntry(SQLModel, table=True):
    """Append-only audit trail; each entry hashes the previous one."""

    __tablename__ = "audit_entry"

    seq: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow)
    actor: str = Field(max_length=50)
    action: str = Field(max_length=50, index=True)
    target: str = Field(default="", max_length=200)
    detail: str = "{}"
    prev_hash: str = Field(default="", max_length=64)
    hash: str = Field(max_length=64)


class AppSetting(SQLModel, table=True):
    __tablename__ = "app_setting"

    key: str = Field(primary_key=True, max_length=60)
    value: str = ""
