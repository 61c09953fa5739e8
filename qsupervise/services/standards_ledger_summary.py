"""The counts over what a ledger filter selects (the 执行标准 page's header), read in as few passes as the filter
allows over 600k executed standards.

Without a search, the standards are read from their own table (one pass, no per-row join): live products of the
enterprises the township / industry filters choose are given as one set (or, with no such filter, the few dead
products are left out). Without a filter on the standards themselves (kind, flag), products, enterprises and
adopting products come from the products' tallies (``standard_count`` / ``adopting``, kept by triggers).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, case, func, select
from sqlmodel import Session

from qsupervise import dialect
from qsupervise.services.standards_ledger import (
    ENT,
    PRODUCT,
    STD,
    TRUE,
    LedgerFilter,
    LedgerSummary,
    _ent_conditions,
    _only_enterprise,
    _std_conditions,
    narrowed,
    rows_source,
)

KINDS: tuple[tuple[str, Any], ...] = (
    ("GB", and_(STD.c.kind == "national", STD.c.normalized.like("GB %"))),
    ("GB/T", and_(STD.c.kind == "national", ~STD.c.normalized.like("GB %"))),
    ("industry", STD.c.kind == "industry"),
    ("DB", STD.c.kind == "local"),
    ("T", STD.c.kind == "group"),
    ("Q", STD.c.kind == "enterprise"),
)


def _tally(condition: Any) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def summary(session: Session, f: LedgerFilter) -> LedgerSummary:
    conn = session.connection()
    extra = narrowed(session, f)
    if extra is None:
        return LedgerSummary()
    source, where = rows_source(session, f, extra)
    columns = [func.count(), *(_tally(c) for _k, c in KINDS), _tally(STD.c.superseded.is_(True)),
               _tally(STD.c.withdrawn.is_(True))]
    rows, *kinds, superseded, withdrawn = conn.execute(select(*columns).select_from(source).where(*where)).one()
    by_kind = {key: int(n) for (key, _c), n in zip(KINDS, kinds, strict=True) if n}
    if int(rows) - sum(by_kind.values()):
        by_kind["other"] = int(rows) - sum(by_kind.values())
    if _std_conditions(f) or f.search.strip():
        chosen = select(STD.c.product_id, STD.c.adopts_international).select_from(source).where(*where).subquery()
        adopts = dialect.any_where(chosen.c.adopts_international == TRUE).label("adopts")
        per_product = (select(chosen.c.product_id, adopts)
                       .group_by(chosen.c.product_id).subquery())
        products, enterprises, adopting = conn.execute(
            select(func.count(), func.count(func.distinct(PRODUCT.c.enterprise_id)), _tally(per_product.c.adopts == 1))
            .select_from(per_product.join(PRODUCT, PRODUCT.c.id == per_product.c.product_id))).one()
    else:
        # per enterprise first, from the products' covering tally index, so each enterprise is looked up once
        adopting_ = _tally(PRODUCT.c.adopting == TRUE).label("a")
        per_firm = (select(PRODUCT.c.enterprise_id, func.count().label("n"), adopting_)
                    .where(PRODUCT.c.deleted_at.is_(None), PRODUCT.c.standard_count > 0)
                    .group_by(PRODUCT.c.enterprise_id).subquery())
        live = (select(func.coalesce(func.sum(per_firm.c.n), 0), func.count(), func.coalesce(func.sum(per_firm.c.a), 0))
                .select_from(per_firm.join(ENT, ENT.c.id == per_firm.c.enterprise_id))
                .where(ENT.c.deleted_at.is_(None), *_ent_conditions(f)))
        products, enterprises, adopting = conn.execute(live).one()
    only = (select(func.count(func.distinct(STD.c.product_id))).select_from(source)
            .where(*where, STD.c.kind == "enterprise", _only_enterprise()))
    return LedgerSummary(int(rows), int(products), int(enterprises), by_kind, int(superseded), int(withdrawn),
                         int(conn.execute(only).scalar_one()), int(adopting or 0))
