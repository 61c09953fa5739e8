"""Columns every synchronised row carries, and the marker the change log looks for."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import text
from sqlmodel import Field, SQLModel

from qsupervise.ids import new_id


def partial(condition: str, *, postgresql: str | None = None) -> dict[str, Any]:
    """Index options making an index partial on both engines (PostgreSQL spells booleans its own way)."""
    return {"sqlite_where": text(condition), "postgresql_where": text(postgresql or condition)}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class Record(SQLModel):
    """Base of every table whose edits travel between stations through the change log."""

    __tracked__: ClassVar[bool] = True

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    created_by: str = Field(default="", max_length=36)
    origin_station: str = Field(default="", max_length=36)
