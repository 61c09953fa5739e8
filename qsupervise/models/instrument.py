"""Measuring instruments under compulsory verification (强检计量器具)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field

from qsupervise.models.base import Record, partial


class Instrument(Record, table=True):
    """One instrument an enterprise uses for trade settlement, safety, health care or environment monitoring.

    ``registered`` is 登记造册 (filed with the metrology authority); ``due_on`` the next verification date.
    """

    __tablename__ = "instrument"
    __table_args__ = (
        Index("ix_instrument_live_enterprise", "enterprise_id", **partial("deleted_at IS NULL")),
        Index("ix_instrument_live_due", "due_on", **partial("deleted_at IS NULL")),
    )

    enterprise_id: str = Field(foreign_key="enterprise.id")
    name: str = Field(max_length=100)
    model: str = Field(default="", max_length=100)
    serial: str = Field(default="", max_length=60)
    use_category: str = Field(default="trade", max_length=12)  # trade | safety | medical | environment
    location: str = Field(default="", max_length=200)
    registered: bool = True
    verification_body: str = Field(default="", max_length=100)
    certificate_no: str = Field(default="", max_length=60)
    cycle_months: int = 12
    verified_on: str | None = Field(default=None, max_length=10)
    due_on: str | None = Field(default=None, max_length=10)
    result: str | None = Field(default=None, max_length=12)  # pass | fail
    deleted_at: datetime | None = None
