"""The inspectors (执法人员) the 监督抽查 page lists, with their recusals: read-only rows for tables."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Table, func, select
from sqlmodel import Session

from qsupervise.models import Enterprise, Inspector, InspectorRecusal, OrgUnit

ENT: Table = Enterprise.__table__  # type: ignore[attr-defined]
ORG: Table = OrgUnit.__table__  # type: ignore[attr-defined]
INSP: Table = Inspector.__table__  # type: ignore[attr-defined]
RECUSAL: Table = InspectorRecusal.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class InspectorRow:
    id: str
    name: str
    unit: str
    badge_no: str
    township: str
    active: bool
    recusals: int


def inspector_rows(session: Session, *, include_inactive: bool = True) -> list[InspectorRow]:
    recusals = (
        select(RECUSAL.c.inspector_id.label("inspector_id"), func.count().label("n"))
        .where(RECUSAL.c.deleted_at.is_(None))
        .group_by(RECUSAL.c.inspector_id)
        .subquery()
    )
    where: list[ColumnElement[bool]] = [INSP.c.deleted_at.is_(None)]
    if not include_inactive:
        where.append(INSP.c.active)
    stmt = (
        select(INSP.c.id, INSP.c.name, INSP.c.unit, INSP.c.badge_no, ORG.c.name.label("township"), INSP.c.active,
               recusals.c.n)
        .select_from(INSP.outerjoin(ORG, ORG.c.id == INSP.c.township_id)
                     .outerjoin(recusals, recusals.c.inspector_id == INSP.c.id))
        .where(*where)
        .order_by(INSP.c.active.desc(), INSP.c.name)
    )
    return [
        InspectorRow(r["id"], r["name"], r["unit"], r["badge_no"], r["township"] or "", bool(r["active"]),
                     int(r["n"] or 0))
        for r in session.connection().execute(stmt).mappings()
    ]


@dataclass(frozen=True)
class RecusalRow:
    enterprise: str
    uscc: str
    reason: str


def recusals_of(session: Session, inspector_id: str) -> list[RecusalRow]:
    stmt = (
        select(ENT.c.name, ENT.c.uscc, RECUSAL.c.reason)
        .select_from(RECUSAL.join(ENT, ENT.c.id == RECUSAL.c.enterprise_id))
        .where(RECUSAL.c.inspector_id == inspector_id, RECUSAL.c.deleted_at.is_(None))
        .order_by(ENT.c.name)
    )
    return [RecusalRow(r[0], r[1] or "", r[2]) for r in session.connection().execute(stmt)]
