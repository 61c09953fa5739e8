"""The executed-standards ledger (执行标准库): every live product's standards across the county, filtered by kind
(GB, GB/T, industry, DB, T/, Q/), industry and township, with the catalogue's flags and adoption, in SQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnClause,
    ColumnElement,
    Join,
    Table,
    and_,
    case,
    exists,
    func,
    literal_column,
    not_,
    or_,
    select,
)
from sqlalchemy.orm import aliased
from sqlmodel import Session

from qsupervise.models import Enterprise, ExecutedStandard, OrgUnit, Product
from qsupervise.rules import standards as rules

STD: Table = ExecutedStandard.__table__  # type: ignore[attr-defined]
PRODUCT: Table = Product.__table__  # type: ignore[attr-defined]
ENT: Table = Enterprise.__table__  # type: ignore[attr-defined]
ORG: Table = OrgUnit.__table__  # type: ignore[attr-defined]
FLAGS = ("superseded", "withdrawn", "outdated", "enterprise_only", "adopting")
# A literal, not a parameter: SQLite then uses the partial index on adopting rows.
TRUE: ColumnClause[Any] = literal_column("1")


@dataclass(frozen=True)
class LedgerFilter:
    """``kind``: one of rules.LEDGER_KINDS; ``industry``: a code prefix ("C", "C14", "C1431"); ``flag``: one of
    FLAGS (outdated = superseded or withdrawn; enterprise_only = products whose standards are all Q/);
    ``search``: part of a number, product or enterprise name."""

    kind: str | None = None
    industry: str | None = None
    township_id: str | None = None
    flag: str | None = None
    search: str = ""
    product_id: str | None = None


@dataclass(frozen=True)
class LedgerRow:
    standard_id: str
    product_id: str
    product: str
    enterprise_id: str
    enterprise: str
    township_id: str
    township: str
    industry_code: str
    raw: str
    normalized: str
    kind: str  # ledger kind: GB | GB/T | industry | DB | T | Q | other
    superseded: bool
    withdrawn: bool
    replaced_by: str
    adoption_degree: str  # "" | IDT | MOD
    adopted_number: str
    enterprise_only: bool  # the product has no standard but enterprise ones


def _other_kinds() -> ColumnElement[bool]:
    return STD.c.kind.not_in(("national", "industry", "local", "group", "enterprise"))


def kind_condition(kind: str) -> ColumnElement[bool]:
    """SQL for a ledger kind (rules.ledger_kind in a WHERE clause)."""
    if kind == "GB":
        return and_(STD.c.kind == "national", STD.c.normalized.like("GB %"))
    if kind == "GB/T":
        return and_(STD.c.kind == "national", not_(STD.c.normalized.like("GB %")))
    simple = {"industry": "industry", "DB": "local", "T": "group", "Q": "enterprise"}
    if kind in simple:
        return STD.c.kind == simple[kind]
    if kind == "other":
        return _other_kinds()
    raise ValueError(f"unknown ledger kind {kind!r}")


def _only_enterprise() -> ColumnElement[bool]:
    other = aliased(STD)
    return ~exists().where(other.c.product_id == STD.c.product_id, other.c.kind != "enterprise")


def _conditions(f: LedgerFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [PRODUCT.c.deleted_at.is_(None), ENT.c.deleted_at.is_(None)]
    if f.kind:
        where.append(kind_condition(f.kind))
    if f.industry:
        where.append(ENT.c.industry_code.like(f"{f.industry.strip().upper()}%"))
    if f.township_id:
        where.append(ENT.c.township_id == f.township_id)
    if f.product_id:
        where.append(STD.c.product_id == f.product_id)
    if f.flag == "superseded":
        where.append(STD.c.superseded.is_(True))
    elif f.flag == "withdrawn":
        where.append(STD.c.withdrawn.is_(True))
    elif f.flag == "outdated":
        where.append(or_(STD.c.superseded.is_(True), STD.c.withdrawn.is_(True)))
    elif f.flag == "enterprise_only":
        where += [STD.c.kind == "enterprise", _only_enterprise()]
    elif f.flag == "adopting":
        where.append(STD.c.adopts_international == TRUE)
    elif f.flag is not None:
        raise ValueError(f"unknown ledger flag {f.flag!r}")
    needle = f.search.strip()
    if needle:
        parsed = rules.parse(needle)
        number = f"%{parsed.normalized if parsed else needle.upper()}%"
        where.append(or_(STD.c.normalized.like(number), PRODUCT.c.name.like(f"%{needle}%"),
                         ENT.c.name.like(f"%{needle}%")))
    return where


def _joined() -> Join:
    return STD.join(PRODUCT, PRODUCT.c.id == STD.c.product_id).join(ENT, ENT.c.id == PRODUCT.c.enterprise_id)


def _base(f: LedgerFilter) -> Any:
    return select(func.count()).select_from(_joined()).where(*_conditions(f))


def _ledger_statement(f: LedgerFilter) -> Any:
    only = _only_enterprise().label("enterprise_only")
    return (select(STD.c.id, STD.c.product_id, PRODUCT.c.name.label("product"), ENT.c.id.label("enterprise_id"),
                   ENT.c.name.label("enterprise"), ENT.c.township_id, func.coalesce(ORG.c.name, "").label("township"),
                   ENT.c.industry_code, STD.c.raw, STD.c.normalized, STD.c.kind, STD.c.superseded, STD.c.withdrawn,
                   STD.c.replaced_by, STD.c.adoption_degree, STD.c.adopted_number, only)
            .select_from(_joined().outerjoin(ORG, ORG.c.id == ENT.c.township_id))
            .where(*_conditions(f))
            .order_by(ENT.c.search_key, ENT.c.id, PRODUCT.c.name, PRODUCT.c.id, STD.c.normalized))


def _row(r: Any) -> LedgerRow:
    return LedgerRow(
        standard_id=r.id, product_id=r.product_id, product=r.product, enterprise_id=r.enterprise_id,
        enterprise=r.enterprise, township_id=r.township_id, township=r.township, industry_code=r.industry_code,
        raw=r.raw, normalized=r.normalized, kind=rules.ledger_kind(r.normalized, r.kind),
        superseded=bool(r.superseded), withdrawn=bool(r.withdrawn), replaced_by=r.replaced_by or "",
        adoption_degree=r.adoption_degree or "", adopted_number=r.adopted_number or "",
        enterprise_only=bool(r.enterprise_only))


def ledger(session: Session, f: LedgerFilter | None = None, *, limit: int | None = None,
           offset: int = 0) -> list[LedgerRow]:
    """One page of the ledger, by enterprise (pinyin order), product and number."""
    stmt = _ledger_statement(f or LedgerFilter()).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [_row(r) for r in session.connection().execute(stmt)]


def iter_ledger(session: Session, f: LedgerFilter | None = None) -> Iterator[LedgerRow]:
    """Every row the filter selects, streamed from one query (an export)."""
    for r in session.connection().execute(_ledger_statement(f or LedgerFilter())):
        yield _row(r)


def ledger_count(session: Session, f: LedgerFilter | None = None) -> int:
    return int(session.connection().execute(_base(f or LedgerFilter())).scalar_one())


def product_standards(session: Session, product_id: str) -> list[LedgerRow]:
    """The standards one product executes, with their flags (the product's own view)."""
    return ledger(session, LedgerFilter(product_id=product_id))


@dataclass(frozen=True)
class LedgerSummary:
    """Counts over the rows a filter selects (the page's header): rows, products and enterprises; rows by kind;
    rows superseded / withdrawn; products executing only enterprise standards; products adopting."""

    standards: int = 0
    products: int = 0
    enterprises: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    superseded: int = 0
    withdrawn: int = 0
    enterprise_only_products: int = 0
    adopting_products: int = 0


def ledger_summary(session: Session, f: LedgerFilter | None = None) -> LedgerSummary:
    f = f or LedgerFilter()
    conn = session.connection()
    where = _conditions(f)
    ledger_kind = case((and_(STD.c.kind == "national", STD.c.normalized.like("GB %")), "GB"),
                       (STD.c.kind == "national", "GB/T"), (STD.c.kind == "industry", "industry"),
                       (STD.c.kind == "local", "DB"), (STD.c.kind == "group", "T"), (STD.c.kind == "enterprise", "Q"),
                       else_="other")
    stmt = select(ledger_kind, func.count()).select_from(_joined()).where(*where).group_by(ledger_kind)
    by_kind = {str(k): int(n) for k, n in conn.execute(stmt)}
    totals = select(func.count(), func.count(func.distinct(STD.c.product_id)),
                    func.count(func.distinct(PRODUCT.c.enterprise_id)),
                    func.sum(func.iif(STD.c.superseded.is_(True), 1, 0)),
                    func.sum(func.iif(STD.c.withdrawn.is_(True), 1, 0)),
                    func.count(func.distinct(func.iif(STD.c.adopts_international.is_(True), STD.c.product_id, None))))
    rows, products, enterprises, superseded, withdrawn, adopting = conn.execute(
        totals.select_from(_joined()).where(*where)).one()
    only = select(func.count(func.distinct(STD.c.product_id))).select_from(_joined()).where(
        *where, STD.c.kind == "enterprise", _only_enterprise())
    return LedgerSummary(int(rows), int(products), int(enterprises), by_kind, int(superseded or 0),
                         int(withdrawn or 0), int(conn.execute(only).scalar_one()), int(adopting or 0))
