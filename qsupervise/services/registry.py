"""企业档案 queries: search, filter and sort in SQL, pages of rows by id, details and history."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, asc, desc, text
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from qsupervise.changelog import COUNTER_BITS
from qsupervise.models import Change, Enterprise, ExecutedStandard, OrgUnit, Product, User

ENT = Enterprise.__table__  # type: ignore[attr-defined]
ORG = OrgUnit.__table__  # type: ignore[attr-defined]
SORTS: dict[str, Any] = {
    "name": ENT.c.search_key,
    "uscc": ENT.c.uscc,
    "township": sa_select(ORG.c.sort_order).where(ORG.c.id == ENT.c.township_id).scalar_subquery(),
    "industry": ENT.c.industry_code,
    "kind": ENT.c.kind,
    "scale": ENT.c.scale,
    "status": ENT.c.status,
}


@dataclass(frozen=True)
class Query:
    """What the 企业档案 list shows: search text, filters and sort order."""

    text: str = ""
    township_id: str | None = None
    industry: str | None = None  # canonical prefix: "C", "C13", "C1391"
    kind: str | None = None
    scale: str | None = None
    status: str | None = None
    include_deleted: bool = False
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class ListRow:
    rowid: int
    id: str
    name: str
    uscc: str | None
    uscc_override: str | None
    township: str
    industry_code: str
    kind: str
    scale: str
    status: str
    deleted: bool


@dataclass(frozen=True)
class ProductInfo:
    id: str
    name: str
    brand: str
    spec: str
    standards: list[ExecutedStandard] = field(default_factory=list)


@dataclass(frozen=True)
class Detail:
    enterprise: Enterprise
    township: str
    products: list[ProductInfo]


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    user: str
    op: str
    field: str | None
    old: Any
    new: Any


def search_pattern(text_: str) -> str | None:
    """The LIKE pattern over ``search_key`` for what a user typed (None: no text filter).

    Chinese text matches anywhere in the name; letters also match pinyin initials; text with a
    digit is a credit-code (or initials) prefix, anchored after the key's U+001F separator.
    """
    cleaned = "".join(text_.split()).lower().replace("\\", "").replace("%", "").replace("_", "")
    if not cleaned:
        return None
    if any(c.isdigit() for c in cleaned) and cleaned.isascii():
        return f"%\x1f{cleaned}%"
    return f"%{cleaned}%"


def conditions(q: Query) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    pattern = search_pattern(q.text)
    if pattern:
        where.append(ENT.c.search_key.like(pattern))
    if q.township_id:
        where.append(ENT.c.township_id == q.township_id)
    if q.industry:
        where.append(ENT.c.industry_code.like(q.industry.upper() + "%"))
    for column, value in (("kind", q.kind), ("scale", q.scale), ("status", q.status)):
        if value:
            where.append(ENT.c[column] == value)
    if not q.include_deleted:
        where.append(ENT.c.deleted_at.is_(None))
    return where


def find(session: Session, q: Query) -> list[int]:
    """Row ids of every match, in display order (the list model pages through them)."""
    key = SORTS.get(q.sort, ENT.c.search_key)
    order = [desc(key) if q.descending else asc(key)]
    if q.sort != "name":
        order.append(asc(ENT.c.search_key))
    stmt: Select[Any] = sa_select(text("enterprise.rowid")).select_from(ENT).where(and_(True, *conditions(q)))
    return _column(session, stmt.order_by(*order))


def _column(session: Session, stmt: Select[Any]) -> list[int]:
    """First column of every row, fetched through the driver: 200k ids without 200k Row objects."""
    conn = session.connection()
    compiled = stmt.compile(dialect=conn.dialect)
    params = [compiled.params[name] for name in (compiled.positiontup or [])]
    cursor = conn.connection.driver_connection.execute(str(compiled), params)  # type: ignore[union-attr]
    return [r[0] for r in cursor.fetchall()]


def count(session: Session, q: Query) -> int:
    from sqlalchemy import func

    stmt = sa_select(func.count()).select_from(ENT).where(and_(True, *conditions(q)))
    return int(session.connection().execute(stmt).scalar_one())


def rows(session: Session, rowids: Sequence[int]) -> list[ListRow]:
    """The rows behind ``rowids``, in that order (missing ones are left out)."""
    found: dict[int, ListRow] = {}
    for start in range(0, len(rowids), 500):
        chunk = list(rowids[start : start + 500])
        stmt = (
            sa_select(text("enterprise.rowid AS rid"), ENT, ORG.c.name.label("township_name"))
            .select_from(ENT.join(ORG, ORG.c.id == ENT.c.township_id))
            .where(text("enterprise.rowid IN (%s)" % ",".join(str(int(r)) for r in chunk)))  # noqa: UP031
        )
        for r in session.connection().execute(stmt).mappings():
            found[r["rid"]] = ListRow(
                r["rid"],
                r["id"],
                r["name"],
                r["uscc"],
                r["uscc_override"],
                r["township_name"],
                r["industry_code"],
                r["kind"],
                r["scale"],
                r["status"],
                r["deleted_at"] is not None,
            )
    return [found[r] for r in rowids if r in found]


def rowid_of(session: Session, enterprise_id: str) -> int | None:
    stmt = sa_select(text("rowid")).select_from(ENT).where(ENT.c.id == enterprise_id)
    value = session.connection().execute(stmt).scalar()
    return int(value) if value is not None else None


def detail(session: Session, enterprise_id: str) -> Detail | None:
    enterprise = session.get(Enterprise, enterprise_id)
    if enterprise is None:
        return None
    township = session.get(OrgUnit, enterprise.township_id)
    products = session.exec(
        select(Product)
        .where(col(Product.enterprise_id) == enterprise_id, col(Product.deleted_at).is_(None))
        .order_by(col(Product.name))
    ).all()
    infos = []
    for p in products:
        stds = session.exec(
            select(ExecutedStandard).where(col(ExecutedStandard.product_id) == p.id).order_by(col(ExecutedStandard.raw))
        ).all()
        infos.append(ProductInfo(p.id, p.name, p.brand, p.spec, list(stds)))
    return Detail(enterprise, township.name if township else "", infos)


def hlc_time(hlc: int) -> datetime:
    return datetime.fromtimestamp((hlc >> COUNTER_BITS) / 1000, tz=UTC)


def history(session: Session, row_id: str, table: str = "enterprise") -> list[HistoryEntry]:
    """Every change to one row, oldest first, with the value it replaced."""
    changes = session.exec(
        select(Change).where(col(Change.table_name) == table, col(Change.row_id) == row_id).order_by(col(Change.hlc))
    ).all()
    users = dict(session.connection().execute(sa_select(User.__table__.c.id, User.__table__.c.username)).all())  # type: ignore[attr-defined]
    current: dict[str, Any] = {}
    out: list[HistoryEntry] = []
    for ch in changes:
        value = json.loads(ch.value) if ch.value is not None else None
        who = users.get(ch.user_id, ch.user_id)
        if ch.op == "insert" and isinstance(value, dict):
            current.update(value)
            out.append(HistoryEntry(hlc_time(ch.hlc), who, "insert", None, None, value))
        elif ch.op == "update" and ch.field:
            out.append(HistoryEntry(hlc_time(ch.hlc), who, "update", ch.field, current.get(ch.field), value))
            current[ch.field] = value
        else:
            out.append(HistoryEntry(hlc_time(ch.hlc), who, ch.op, None, None, None))
    return out


def by_code(session: Session, uscc: str, *, exclude: str | None = None) -> Enterprise | None:
    """The live enterprise holding a credit code (the identity of an enterprise)."""
    stmt = select(Enterprise).where(col(Enterprise.uscc) == uscc, col(Enterprise.deleted_at).is_(None))
    if exclude:
        stmt = stmt.where(col(Enterprise.id) != exclude)
    return session.exec(stmt).first()


def similar_names(session: Session, name: str, *, exclude: str | None = None, limit: int = 3) -> list[tuple[str, str]]:
    """(id, name) of live enterprises whose name contains this one's core (legal form removed)."""
    core = name_core(name)
    if len(core) < 2:
        return []
    stmt = (
        sa_select(ENT.c.id, ENT.c.name)
        .where(ENT.c.search_key.like(f"%{core.lower()}%\x1f%\x1f%"), ENT.c.deleted_at.is_(None))
        .limit(limit + 1)
    )
    if exclude:
        stmt = stmt.where(ENT.c.id != exclude)
    return [(r[0], r[1]) for r in session.connection().execute(stmt)][:limit]


LEGAL_FORMS = (
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "专业合作社",
    "合作社",
    "经营部",
    "商行",
    "门市部",
    "店",
    "厂",
)


def name_core(name: str) -> str:
    core = "".join(name.split())
    for suffix in LEGAL_FORMS:
        if core.endswith(suffix):
            core = core[: -len(suffix)]
            break
    return core
