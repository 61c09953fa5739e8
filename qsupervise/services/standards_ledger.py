"""The executed-standards ledger (执行标准库): every live product's standards across the county, filtered by kind
(GB, GB/T, industry, DB, T/, Q/), industry and township, with the catalogue's flags and adoption, in SQL."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Join,
    Table,
    and_,
    exists,
    func,
    not_,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import aliased
from sqlmodel import Session

from qsupervise import dialect
from qsupervise.models import Enterprise, ExecutedStandard, OrgUnit, Product
from qsupervise.rules import standards as rules

STD: Table = ExecutedStandard.__table__  # type: ignore[attr-defined]
PRODUCT: Table = Product.__table__  # type: ignore[attr-defined]
ENT: Table = Enterprise.__table__  # type: ignore[attr-defined]
ORG: Table = OrgUnit.__table__  # type: ignore[attr-defined]
FLAGS = ("superseded", "withdrawn", "outdated", "enterprise_only", "adopting")
# A literal, not a parameter: SQLite then uses the partial index on adopting rows.
TRUE = dialect.TRUE
FEW = 20_000  # a search reaching at most this many products reads just theirs
CAP = 10_000  # the page counts this far, then says "10,000+"


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


def _search_conditions(needle: str) -> list[ColumnElement[bool]]:
    """Part of a standard number, a product's name, or the enterprise as the registry finds it (name, pinyin,
    initials, credit code: ``registry.search_pattern`` over the indexed ``search_key``)."""
    from qsupervise.services.registry import search_pattern

    parsed = rules.parse(needle)
    number = f"%{parsed.normalized if parsed else needle.upper()}%"
    either: list[ColumnElement[bool]] = [STD.c.normalized.like(number), PRODUCT.c.name.like(f"%{needle}%")]
    pattern = search_pattern(needle)
    if pattern:
        either.append(ENT.c.search_key.like(pattern))
    return [or_(*either)]


def _std_conditions(f: LedgerFilter) -> list[ColumnElement[bool]]:
    """What a filter asks of the standard row itself (kind, flag, product)."""
    where: list[ColumnElement[bool]] = []
    if f.kind:
        where.append(kind_condition(f.kind))
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
    return where


def _ent_conditions(f: LedgerFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if f.industry:
        where.append(ENT.c.industry_code.like(f"{f.industry.strip().upper()}%"))
    if f.township_id:
        where.append(ENT.c.township_id == f.township_id)
    return where


def _conditions(f: LedgerFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [PRODUCT.c.deleted_at.is_(None), ENT.c.deleted_at.is_(None)]
    where += _std_conditions(f) + _ent_conditions(f)
    needle = f.search.strip()
    if needle:
        where += _search_conditions(needle)
    return where


def _joined() -> Join:
    return STD.join(PRODUCT, PRODUCT.c.id == STD.c.product_id).join(ENT, ENT.c.id == PRODUCT.c.enterprise_id)


def _plain(table: Table, column: str) -> Any:
    """``+table.column``: the same value, but SQLite may not look rows up by it (forces the join order)."""
    return dialect.unindexed(table.c[column])


def _walk() -> Join:
    """Enterprises in pinyin order (their live-key index), then each one's products, then each product's standards:
    the order the ledger is shown in, so a page of 200 stops after about 200 rows instead of sorting 600k. The
    ``+`` keeps SQLite from turning the joins round (standards first, then a sort of all of them)."""
    return (ENT.join(PRODUCT, PRODUCT.c.enterprise_id == _plain(ENT, "id"))
            .join(STD, STD.c.product_id == _plain(PRODUCT, "id")))


def _ledger_statement(f: LedgerFilter, extra: Sequence[ColumnElement[bool]] = ()) -> Any:
    only = _only_enterprise().label("enterprise_only")
    # one product's standards, or a search's few products: reached through the products, not by walking the
    # county's enterprises
    source = _joined() if f.product_id or extra else _walk()
    return (select(STD.c.id, STD.c.product_id, PRODUCT.c.name.label("product"), ENT.c.id.label("enterprise_id"),
                   ENT.c.name.label("enterprise"), ENT.c.township_id, func.coalesce(ORG.c.name, "").label("township"),
                   ENT.c.industry_code, STD.c.raw, STD.c.normalized, STD.c.kind, STD.c.superseded, STD.c.withdrawn,
                   STD.c.replaced_by, STD.c.adoption_degree, STD.c.adopted_number, only)
            .select_from(source.outerjoin(ORG, ORG.c.id == ENT.c.township_id))
            .where(*_conditions(f), *extra)
            .order_by(ENT.c.search_key, ENT.c.id, PRODUCT.c.name, PRODUCT.c.id, STD.c.normalized))


def _row(r: Any) -> LedgerRow:
    return LedgerRow(
        standard_id=r.id, product_id=r.product_id, product=r.product, enterprise_id=r.enterprise_id,
        enterprise=r.enterprise, township_id=r.township_id, township=r.township, industry_code=r.industry_code,
        raw=r.raw, normalized=r.normalized, kind=rules.ledger_kind(r.normalized, r.kind),
        superseded=bool(r.superseded), withdrawn=bool(r.withdrawn), replaced_by=r.replaced_by or "",
        adoption_degree=r.adoption_degree or "", adopted_number=r.adopted_number or "",
        enterprise_only=bool(r.enterprise_only))


def _listed(ids: Sequence[str]) -> Any:
    """A list of ids as one parameter (``json_each``): no limit on how many, one statement cached."""
    return select(dialect.json_values(json.dumps(list(ids))).table_valued("value").c.value)


def narrowed(session: Session, f: LedgerFilter) -> list[ColumnElement[bool]] | None:
    """Extra conditions that let a search start from the few products it can reach: None when it reaches none.

    A search matches a number, a product or an enterprise; the products it can reach are found first, each
    from an index or one pass (the numbers' index, product names, the enterprises' live-key index like the
    registry's search). Up to ``FEW`` of them, the ledger reads just their standards; more, and walking the ledger
    in order finds a page soon enough."""
    needle = f.search.strip()
    if not needle or f.product_id:
        return []
    from qsupervise.services.registry import search_pattern

    conn = session.connection()
    parsed = rules.parse(needle)
    number = f"%{parsed.normalized if parsed else needle.upper()}%"
    numbers = list(conn.execute(select(STD.c.normalized).distinct().where(STD.c.normalized.like(number))).scalars())
    pattern = search_pattern(needle)
    firms: list[str] = []
    if pattern:
        firms = list(conn.execute(select(ENT.c.id).where(ENT.c.search_key.like(pattern), ENT.c.deleted_at.is_(None))
                                  .limit(FEW + 1)).scalars())
    if len(firms) > FEW:
        return []
    reach = [select(PRODUCT.c.id).where(PRODUCT.c.name.like(f"%{needle}%"), PRODUCT.c.deleted_at.is_(None))]
    if numbers:
        reach.append(select(STD.c.product_id).where(STD.c.normalized.in_(numbers)))
    if firms:
        reach.append(select(PRODUCT.c.id).where(PRODUCT.c.enterprise_id.in_(_listed(firms))))
    ids: set[str] = set()
    for stmt in reach:
        ids.update(conn.execute(stmt.limit(FEW + 1)).scalars())
        if len(ids) > FEW:
            return []
    return [STD.c.product_id.in_(_listed(sorted(ids)))] if ids else None


def rows_source(session: Session, f: LedgerFilter, extra: Sequence[ColumnElement[bool]] = ()) -> tuple[Any, list[Any]]:
    """FROM and WHERE for the filter's standards when their order does not matter (counts): the standards' own
    table, read in one pass, with the live products of the enterprises chosen given as one set (or, with no
    township / industry filter, the few dead products left out); joined only when a search needs the names."""
    if f.search.strip():
        return _joined(), [*_conditions(f), *extra]
    where: list[Any] = _std_conditions(f)
    if _ent_conditions(f):
        firms = select(ENT.c.id).where(ENT.c.deleted_at.is_(None), *_ent_conditions(f))
        where.append(STD.c.product_id.in_(
            select(PRODUCT.c.id).where(PRODUCT.c.enterprise_id.in_(firms), PRODUCT.c.deleted_at.is_(None))))
    else:
        removed = select(PRODUCT.c.id).where(PRODUCT.c.deleted_at.is_not(None))
        of_removed = select(PRODUCT.c.id).where(
            PRODUCT.c.enterprise_id.in_(select(ENT.c.id).where(ENT.c.deleted_at.is_not(None))))
        dead = list(session.connection().execute(union_all(removed, of_removed)).scalars())
        if dead:
            where.append(STD.c.product_id.not_in(_listed(dead)))
    return STD, where


def ledger(session: Session, f: LedgerFilter | None = None, *, limit: int | None = None,
           offset: int = 0) -> list[LedgerRow]:
    """One page of the ledger, by enterprise (pinyin order), product and number."""
    f = f or LedgerFilter()
    extra = narrowed(session, f)
    if extra is None:
        return []
    stmt = _ledger_statement(f, extra).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [_row(r) for r in session.connection().execute(stmt)]


def iter_ledger(session: Session, f: LedgerFilter | None = None) -> Iterator[LedgerRow]:
    """Every row the filter selects, streamed from one query (an export)."""
    for r in session.connection().execute(_ledger_statement(f or LedgerFilter())):
        yield _row(r)


def ledger_count(session: Session, f: LedgerFilter | None = None, *, cap: int | None = None) -> int:
    """How many rows the filter selects; with ``cap``, counting stops past it (the answer is then ``cap + 1``:
    show "10,000+"), which keeps a count over 600k rows as quick as the page."""
    f = f or LedgerFilter()
    extra = narrowed(session, f)
    if extra is None:
        return 0
    source, where = rows_source(session, f, extra)
    if cap is None:
        stmt = select(func.count()).select_from(source).where(*where)
    else:
        stmt = select(func.count()).select_from(select(STD.c.id).select_from(source).where(*where)
                                                .limit(cap + 1).subquery())
    return int(session.connection().execute(stmt).scalar_one())


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
    """The header's counts (standards_ledger_summary reads them)."""
    from qsupervise.services.standards_ledger_summary import summary

    return summary(session, f or LedgerFilter())
