"""Pass rates of spot checks by township, industry, product category or year, and the failing items ranked."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Table, func, select
from sqlmodel import Session

from qsupervise.models import Enterprise, OrgUnit, SpotCheck, SpotCheckPlan
from qsupervise.rules import industry
from qsupervise.rules.verdicts import FAILING, PASS

CHECK: Table = SpotCheck.__table__  # type: ignore[attr-defined]
PLAN: Table = SpotCheckPlan.__table__  # type: ignore[attr-defined]
ENT: Table = Enterprise.__table__  # type: ignore[attr-defined]
ORG: Table = OrgUnit.__table__  # type: ignore[attr-defined]
GROUPS = ("township", "industry", "category", "year")
_ITEM_SPLIT = re.compile(r"[、,，;；/\n]+")
NONE_WORDS = frozenset({"", "/", "-", "—", "无", "—-"})


@dataclass(frozen=True)
class Rate:
    key: str
    label: str
    total: int
    passed: int

    @property
    def failed(self) -> int:
        return self.total - self.passed

    @property
    def rate(self) -> float | None:
        return self.passed / self.total if self.total else None


def year_of() -> ColumnElement[str]:
    return func.coalesce(func.substr(CHECK.c.sampled_on, 1, 4), func.substr(CHECK.c.report_on, 1, 4),
                         func.cast(PLAN.c.year, CHECK.c.sampled_on.type))


def pass_rates(session: Session, *, by: str = "township", year: int | None = None) -> list[Rate]:
    """Samples with a verdict, grouped; a group's rate is passed / judged. Best-covered groups first."""
    if by not in GROUPS:
        raise ValueError(by)
    source = CHECK.join(PLAN, PLAN.c.id == CHECK.c.plan_id)
    key: ColumnElement[str]
    if by == "township":
        key = func.coalesce(CHECK.c.township_id, "")
    elif by == "industry":
        source = source.outerjoin(ENT, ENT.c.id == func.coalesce(CHECK.c.producer_id, CHECK.c.enterprise_id))
        key = func.coalesce(func.substr(ENT.c.industry_code, 1, 1), "")
    elif by == "category":
        key = func.coalesce(func.nullif(CHECK.c.category, ""), PLAN.c.category, "")
    else:
        key = year_of()
    where: list[ColumnElement[bool]] = [CHECK.c.deleted_at.is_(None), CHECK.c.verdict.isnot(None)]
    if year is not None:
        where.append(year_of() == str(year))
    stmt = (
        select(key.label("k"), func.count(), func.sum(func.iif(CHECK.c.verdict == PASS, 1, 0)))
        .select_from(source).where(*where).group_by(key)
    )
    rows = session.connection().execute(stmt).all()
    labels = _labels(session, by, [r[0] for r in rows])
    out = [Rate(r[0] or "", labels.get(r[0] or "", r[0] or ""), int(r[1]), int(r[2] or 0)) for r in rows]
    if by == "year":
        return sorted(out, key=lambda r: r.key)
    return sorted(out, key=lambda r: (-r.total, r.label))


def _labels(session: Session, by: str, keys: list[str]) -> dict[str, str]:
    if by == "township":
        ids = [k for k in keys if k]
        names = dict(session.connection().execute(select(ORG.c.id, ORG.c.name).where(ORG.c.id.in_(ids))).all())
        return {**names, "": "（未关联乡镇）"}
    if by == "industry":
        out = {}
        for k in keys:
            section = industry.parse(k) if k else None
            out[k or ""] = f"{k} {section.section_name}" if section else "（未关联企业）"
        return out
    if by == "category":
        return {"": "（未分类）"}
    return {}


def overall(session: Session, *, year: int | None = None) -> Rate:
    rates = pass_rates(session, by="year", year=year)
    return Rate(str(year or ""), str(year or ""), sum(r.total for r in rates), sum(r.passed for r in rates))


def failing_items(session: Session, *, year: int | None = None, limit: int = 20) -> list[tuple[str, int]]:
    """The items failing most often: from the test items where entered, else from the published 不合格项目 text."""
    where: list[ColumnElement[bool]] = [CHECK.c.deleted_at.is_(None), CHECK.c.verdict.in_(FAILING)]
    if year is not None:
        where.append(year_of() == str(year))
    stmt = select(CHECK.c.failed_items).select_from(CHECK.join(PLAN, PLAN.c.id == CHECK.c.plan_id)).where(*where)
    counts: Counter[str] = Counter()
    for (text,) in session.connection().execute(stmt):
        names = {n.strip() for n in _ITEM_SPLIT.split(text or "")}
        counts.update(n for n in names if n not in NONE_WORDS)
    return counts.most_common(limit)
