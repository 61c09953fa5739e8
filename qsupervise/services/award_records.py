"""What every part of the awards services shares: stored dates, the tables, finding a programme or an
application by id, and the lists of applications and their steps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import orjson
from sqlalchemy import Table, select
from sqlmodel import Session, col
from sqlmodel import select as sm_select

from qsupervise.errors import KnownError
from qsupervise.models import (
    ApplicationStep,
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


def documents_required(program: AwardProgram) -> list[str]:
    """The programme's list of required documents."""
    try:
        names = orjson.loads(program.documents or "[]")
    except orjson.JSONDecodeError:
        return []
    return [str(n) for n in names if str(n).strip()]


# -- lists ----------------------------------------------------------------------------------------------------


def steps_of(session: Session, application_id: str) -> list[ApplicationStep]:
    """The application's moves, oldest first."""
    stmt = (sm_select(ApplicationStep).where(ApplicationStep.application_id == application_id)
            .order_by(col(ApplicationStep.on), col(ApplicationStep.created_at), col(ApplicationStep.id)))
    return list(session.exec(stmt))


@dataclass(frozen=True)
class ApplicationRow:
    """An application as lists show it."""

    id: str
    program_id: str
    program: str
    kind: str
    level: str
    year: int
    enterprise_id: str
    enterprise: str
    uscc: str
    township_id: str
    product_name: str
    state: str
    submitted_on: str | None
    decided_on: str | None
    checked_on: str | None


def application_rows(session: Session, *, program_id: str | None = None, enterprise_id: str | None = None,
                     state: str | None = None, year: int | None = None) -> list[ApplicationRow]:
    stmt = (
        select(APP.c.id, APP.c.program_id, PROGRAM.c.name.label("program"), PROGRAM.c.kind, PROGRAM.c.level,
               PROGRAM.c.year, APP.c.enterprise_id, ENT.c.name.label("enterprise"), ENT.c.uscc, ENT.c.township_id,
               APP.c.product_name, APP.c.state, APP.c.submitted_on, APP.c.decided_on, APP.c.checked_on)
        .select_from(APP.join(PROGRAM, PROGRAM.c.id == APP.c.program_id).join(ENT, ENT.c.id == APP.c.enterprise_id))
        .where(APP.c.deleted_at.is_(None))
    )
    for column, value in ((APP.c.program_id, program_id), (APP.c.enterprise_id, enterprise_id),
                          (APP.c.state, state), (PROGRAM.c.year, year)):
        if value is not None:
            stmt = stmt.where(column == value)
    stmt = stmt.order_by(PROGRAM.c.year.desc(), PROGRAM.c.name, ENT.c.name, APP.c.id)
    return [ApplicationRow(**{**r, "uscc": r["uscc"] or ""}) for r in session.connection().execute(stmt).mappings()]


def applications(session: Session, *, program_id: str | None = None, state: str | None = None,
                 year: int | None = None) -> list[ApplicationRow]:
    """Live applications (of a programme, in a state, of a programme year), by year, programme and enterprise."""
    return application_rows(session, program_id=program_id, state=state, year=year)


def applications_of(session: Session, enterprise_id: str) -> list[ApplicationRow]:
    """An enterprise's applications, newest programme year first."""
    return application_rows(session, enterprise_id=enterprise_id)
