"""Spot-check plans (抽查计划): adding one, finding one, and the pool filter that defines its enterprises."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Table, or_
from sqlmodel import Session, col, select

from qsupervise.errors import KnownError
from qsupervise.models import Enterprise, OrgKind, OrgUnit, SpotCheckPlan, utcnow
from qsupervise.services import audit, org

LEVELS = ("national", "provincial", "municipal", "county")
FIELDS = ("production", "circulation", "ecommerce")
# the words people write for a level / field, to the stored code
LEVEL_WORDS = {"国": "national", "国家": "national", "国家级": "national", "省": "provincial", "省级": "provincial",
               "市": "municipal", "市级": "municipal", "县": "county", "县级": "county", "区": "county"}
FIELD_WORDS = {"生产": "production", "生产领域": "production", "流通": "circulation", "流通领域": "circulation",
               "电商": "ecommerce", "电子商务": "ecommerce", "电商领域": "ecommerce"}
ENT: Table = Enterprise.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class PoolFilter:
    """Which live enterprises a plan draws from; empty lists mean "all"."""

    townships: list[str] = field(default_factory=list)  # org unit ids
    industries: list[str] = field(default_factory=list)  # GB/T 4754 prefixes: "C", "C13", "C1391"
    kinds: list[str] = field(default_factory=list)
    scales: list[str] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, raw: str) -> PoolFilter:
        data = json.loads(raw or "{}")
        return cls(**{k: list(data.get(k) or []) for k in ("townships", "industries", "kinds", "scales")})

    def conditions(self) -> list[ColumnElement[bool]]:
        where: list[ColumnElement[bool]] = [ENT.c.deleted_at.is_(None), ENT.c.status == "active"]
        if self.townships:
            where.append(ENT.c.township_id.in_(self.townships))
        if self.industries:
            where.append(or_(*(ENT.c.industry_code.like(p.upper() + "%") for p in self.industries)))
        if self.kinds:
            where.append(ENT.c.kind.in_(self.kinds))
        if self.scales:
            where.append(ENT.c.scale.in_(self.scales))
        return where


@dataclass(frozen=True)
class PlanInput:
    plan_no: str
    year: int
    level: str = "county"
    category: str = ""
    authority: str = ""
    batch: str = ""
    field: str = "production"
    rules_ref: str = ""
    agency: str = ""
    sample_count: int | None = None
    sample_ratio: float | None = None
    pool: PoolFilter = PoolFilter()
    weight_by_risk: bool = False
    recuse_own_township: bool = False
    note: str = ""


def level_code(value: str) -> str:
    value = value.strip()
    code = LEVEL_WORDS.get(value, value.lower())
    if code not in LEVELS:
        raise KnownError("plan_bad_level", value=value)
    return code


def field_code(value: str) -> str:
    value = value.strip()
    code = FIELD_WORDS.get(value, value.lower())
    if code not in FIELDS:
        raise KnownError("plan_bad_field", value=value)
    return code


def live_plan(session: Session, plan_no: str) -> SpotCheckPlan | None:
    live = col(SpotCheckPlan.deleted_at).is_(None)
    stmt = select(SpotCheckPlan).where(SpotCheckPlan.plan_no == plan_no.strip(), live)
    return session.exec(stmt).first()


def by_no(session: Session, plan_no: str) -> SpotCheckPlan:
    """The live plan with this number; an unknown number is an error naming it."""
    plan = live_plan(session, plan_no)
    if plan is None:
        raise KnownError("plan_unknown", plan=plan_no)
    return plan


def _check(session: Session, data: PlanInput) -> None:
    if not data.plan_no.strip():
        raise KnownError("plan_no_missing")
    if live_plan(session, data.plan_no) is not None:
        raise KnownError("plan_exists", plan=data.plan_no)
    if not 1990 <= data.year <= 2100:
        raise KnownError("plan_bad_year", year=data.year)
    if data.sample_count is None and data.sample_ratio is None:
        raise KnownError("plan_no_size")
    if data.sample_count is not None and data.sample_count < 1:
        raise KnownError("plan_bad_count", count=data.sample_count)
    if data.sample_ratio is not None and not 0 < data.sample_ratio <= 1:
        raise KnownError("plan_bad_ratio", ratio=data.sample_ratio)


def add(session: Session, data: PlanInput, *, actor: str = "cli") -> SpotCheckPlan:
    """Add a plan; its number must be new among live plans."""
    _check(session, data)
    authority = data.authority.strip() or default_authority(session, data.level)
    plan = SpotCheckPlan(
        plan_no=data.plan_no.strip(), year=data.year, level=level_code(data.level), authority=authority,
        category=data.category.strip(), batch=data.batch.strip(), field=field_code(data.field),
        rules_ref=data.rules_ref.strip(), agency=data.agency.strip(), sample_count=data.sample_count,
        sample_ratio=data.sample_ratio, pool_filter=data.pool.to_json(), weight_by_risk=data.weight_by_risk,
        recuse_own_township=data.recuse_own_township, note=data.note,
    )
    session.add(plan)
    session.flush()
    audit.record(session, actor=actor, action="plan.add", target=plan.plan_no, detail={"id": plan.id})
    return plan


def default_authority(session: Session, level: str) -> str:
    """The county's own market regulator unless the plan names another authority."""
    if level_code(level) != "county":
        return ""
    unit = session.exec(select(OrgUnit).where(OrgUnit.kind == OrgKind.COUNTY)).first()
    return f"{unit.name}市场监督管理局" if unit else ""


def for_import(session: Session, name: str, year: int, *, actor: str = "cli") -> SpotCheckPlan:
    """The plan a published table's rows attach to when no plan was named: one per file name, reused."""
    base = f"导入：{name.strip()}"[:60]
    plan = live_plan(session, base)
    if plan is not None and plan.source == "import":
        return plan
    plan_no, n = base, 2
    while live_plan(session, plan_no) is not None:
        plan_no, n = f"{base[:55]}（{n}）", n + 1
    plan = add(session, PlanInput(plan_no=plan_no, year=year, sample_count=1, note=name), actor=actor)
    plan.source, plan.status, plan.sample_count = "import", "drawn", None
    session.add(plan)
    session.flush()
    return plan


def resolve_townships(session: Session, refs: list[str]) -> list[str]:
    return [org.resolve(session, ref).id for ref in refs]


def set_status(session: Session, plan: SpotCheckPlan, status: str) -> None:
    plan.status, plan.updated_at = status, utcnow()
    session.add(plan)


def describe(plan: SpotCheckPlan) -> dict[str, Any]:
    return {
        "id": plan.id, "plan_no": plan.plan_no, "level": plan.level, "year": plan.year, "category": plan.category,
        "authority": plan.authority, "field": plan.field, "agency": plan.agency, "status": plan.status,
        "sample_count": plan.sample_count, "sample_ratio": plan.sample_ratio,
        "pool": json.loads(plan.pool_filter or "{}"),
    }


def this_year() -> int:
    return date.today().year
