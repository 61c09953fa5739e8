"""What every part of the awards services shares: stored dates, the tables, and finding a programme or an
application by id."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Table
from sqlmodel import Session

from qsupervise.errors import KnownError
from qsupervise.models import (
    AwardApplication,
    AwardProgram,
    Brand,
    Enterprise,
    OrgUnit,
)
from qsupervise.rules.dates import stored_date

BRAND: Table = Brand.__table__  # type: ignore[attr-defined]
APP: Table = AwardApplication.__table__  # type: ignore[attr-defined]
PROGRAM: Table = AwardProgram.__table__  # type: ignore[attr-defined]
ENT: Table = Enterprise.__table__  # type: ignore[attr-defined]
ORG: Table = OrgUnit.__table__  # type: ignore[attr-defined]
EXPIRING_DAYS = 90


def iso_day(value: str | date | None, field_: str, *, required: bool = False) -> str | None:
    """A date as stored (YYYY-MM-DD) or None; anything else is an error naming the field."""
    return stored_date(value, field_, code="award_bad_date", required=required)


def day(value: str | date, field_: str) -> date:
    return date.fromisoformat(iso_day(value, field_, required=True) or "")


def get_program(session: Session, program_id: str) -> AwardProgram:
    program = session.get(AwardProgram, program_id)
    if program is None or program.deleted_at is not None:
        raise KnownError("award_program_unknown", ref=program_id)
    return program


def get_application(session: Session, application_id: str) -> AwardApplication:
    application = session.get(AwardApplication, (application_id or "").strip())
    if application is None or application.deleted_at is not None:
        raise KnownError("award_application_unknown", id=application_id)
    return application


def whole(value: int | None, name: str, low: int, high: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise KnownError("award_bad_number", field=name, value=value, low=low, high=high)
    return value
