"""Figures for the 工作台 page: what the database holds, by township and by kind."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from qsupervise.models import Change, Enterprise, ExecutedStandard, OrgKind, OrgUnit, Product


@dataclass(frozen=True)
class TownshipCount:
    township_id: str
    name: str
    kind: str
    active: bool
    enterprises: int
    individual: int
    above_scale: int


@dataclass(frozen=True)
class Summary:
    county: str
    townships: int
    member_units: int
    enterprises: int
    products: int
    standards: int
    changes: int
    by_kind: dict[str, int]
    by_township: list[TownshipCount]


def summary(session: Session) -> Summary:
    """Counts straight from the database (soft-deleted enterprises left out)."""
    county = session.exec(select(OrgUnit.name).where(OrgUnit.kind == OrgKind.COUNTY)).first() or ""
    live = col(Enterprise.deleted_at).is_(None)
    by_kind = dict(session.exec(select(Enterprise.kind, func.count()).where(live).group_by(Enterprise.kind)).all())
    rows = session.exec(
        select(
            Enterprise.township_id,
            func.count(),
            func.sum(func.iif(Enterprise.kind == "individual", 1, 0)),
            func.sum(func.iif(Enterprise.scale == "above", 1, 0)),
        )
        .where(live)
        .group_by(Enterprise.township_id)
    ).all()
    per_unit = {r[0]: (int(r[1]), int(r[2] or 0), int(r[3] or 0)) for r in rows}
    units = session.exec(
        select(OrgUnit).where(OrgUnit.kind != OrgKind.COUNTY).order_by(col(OrgUnit.kind), col(OrgUnit.sort_order))
    ).all()
    by_township = [
        TownshipCount(u.id, u.name, u.kind, u.active, *per_unit.get(u.id, (0, 0, 0)))
        for u in units
        if u.kind == OrgKind.TOWNSHIP and (u.active or u.id in per_unit)
    ]
    by_township.sort(key=lambda t: -t.enterprises)
    return Summary(
        county=county,
        townships=sum(1 for u in units if u.kind == OrgKind.TOWNSHIP and u.active),
        member_units=sum(1 for u in units if u.kind == OrgKind.MEMBER_UNIT and u.active),
        enterprises=sum(by_kind.values()),
        products=session.exec(select(func.count()).select_from(Product).where(col(Product.deleted_at).is_(None))).one(),
        standards=session.exec(select(func.count()).select_from(ExecutedStandard)).one(),
        changes=session.exec(select(func.count()).select_from(Change)).one(),
        by_kind=by_kind,
        by_township=by_township,
    )
