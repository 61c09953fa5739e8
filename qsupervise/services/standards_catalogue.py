"""The county's standards catalogue (标准目录): listing it, following replaced-by chains, and writing what it says
onto the executed standards of every product (superseded / withdrawn / the current edition), in bulk.

The catalogue is the truth; the flags on ``executed_standard`` are a copy written by :func:`apply_catalogue` (after
every catalogue import, and on demand) so that lists filter by an indexed column and other stations see them.
:func:`superseded_scan` reads the catalogue directly and is always current.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, func, or_, select
from sqlmodel import Session

from qsupervise import dialect
from qsupervise.changelog import WriteContext, bulk_update_rows
from qsupervise.models import CatalogueStandard, Enterprise, ExecutedStandard, Product
from qsupervise.rules import standards as rules
from qsupervise.services import Changes, audit

CAT: Table = CatalogueStandard.__table__  # type: ignore[attr-defined]
STD: Table = ExecutedStandard.__table__  # type: ignore[attr-defined]
PRODUCT: Table = Product.__table__  # type: ignore[attr-defined]
ENT: Table = Enterprise.__table__  # type: ignore[attr-defined]
WRITE_CHUNK = 5000
IN_CHUNK = 500


@dataclass(frozen=True)
class CatalogueRow:
    id: str
    number: str
    normalized: str
    kind: str
    title: str
    status: str  # current | withdrawn | replaced
    replaced_by: str
    current: str | None  # the edition the replaced-by chain ends in (None: not replaced, or no current edition)
    issued_on: str | None
    implemented_on: str | None
    withdrawn_on: str | None
    products: int  # live products executing this number


def catalogue_map(conn: Connection) -> dict[str, tuple[str, str]]:
    """normalized number -> (status, replaced-by) of every live catalogue entry."""
    stmt = select(CAT.c.normalized, CAT.c.status, CAT.c.replaced_by).where(CAT.c.deleted_at.is_(None))
    return {str(n): (str(s), str(r or "")) for n, s, r in conn.execute(stmt)}


def chain_of(session: Session, number: str) -> rules.Chain:
    """Where ``number`` (as typed or normalized) leads through the catalogue's replaced-by links."""
    parsed = rules.parse(number)
    return rules.follow(parsed.normalized if parsed else number.strip(), catalogue_map(session.connection()))


def catalogue(session: Session, *, status: str | None = None, search: str = "", limit: int | None = None,
              offset: int = 0) -> list[CatalogueRow]:
    """The catalogue by number, with how many products execute each entry; ``search`` matches number or title."""
    conn = session.connection()
    used = (select(STD.c.normalized, func.count(func.distinct(STD.c.product_id)).label("n"))
            .select_from(STD.join(PRODUCT, PRODUCT.c.id == STD.c.product_id))
            .where(PRODUCT.c.deleted_at.is_(None)).group_by(STD.c.normalized).subquery())
    stmt = (select(CAT, func.coalesce(used.c.n, 0).label("products"))
            .select_from(CAT.outerjoin(used, used.c.normalized == CAT.c.normalized))
            .where(CAT.c.deleted_at.is_(None)).order_by(CAT.c.normalized).offset(offset))
    if status is not None:
        stmt = stmt.where(CAT.c.status == status)
    if search.strip():
        parsed = rules.parse(search)
        needle = f"%{(parsed.normalized if parsed else search.strip())}%"
        stmt = stmt.where(or_(CAT.c.normalized.like(needle), CAT.c.title.like(f"%{search.strip()}%")))
    if limit is not None:
        stmt = stmt.limit(limit)
    links = catalogue_map(conn)
    return [CatalogueRow(
        id=r["id"], number=r["number"], normalized=r["normalized"], kind=r["kind"], title=r["title"],
        status=r["status"], replaced_by=r["replaced_by"], current=rules.follow(r["normalized"], links).current,
        issued_on=r["issued_on"], implemented_on=r["implemented_on"], withdrawn_on=r["withdrawn_on"],
        products=int(r["products"])) for r in conn.execute(stmt).mappings()]


def flags_for(links: Mapping[str, tuple[str, str]], normalized: str) -> dict[str, Any]:
    """The catalogue's flags for one executed standard: superseded, withdrawn, replaced_by (the current edition).

    A replaced standard whose chain ends in a withdrawn one (or loops) is superseded with no edition to name.
    """
    chain = rules.follow(normalized, links)
    return {"superseded": chain.superseded, "withdrawn": chain.withdrawn, "replaced_by": chain.current or ""}


@dataclass(frozen=True)
class Applied:
    """What :func:`apply_catalogue` wrote: rows now superseded / withdrawn, rows cleared, rows changed."""

    superseded: int = 0
    withdrawn: int = 0
    cleared: int = 0
    changed: int = 0

    @property
    def changes(self) -> Changes:
        tables = frozenset({"executed_standard"}) if self.changed else frozenset()
        return Changes(tables=tables, counts={"superseded": self.superseded, "withdrawn": self.withdrawn,
                                              "cleared": self.cleared, "changed": self.changed})


def apply_catalogue(session: Session, *, actor: str = "cli") -> Applied:
    """Write the catalogue's status onto every executed standard whose flags differ from it (bulk, Core).

    Rows the catalogue marks and rows flagged before are read; only those whose flags change are written, each
    with its change record. Numbers the catalogue does not list (and numbers without a year) are "not flagged".
    """
    conn = session.connection()
    ctx: WriteContext = session.info["write_context"]
    links = catalogue_map(conn)
    marked = sorted(n for n, (status, _by) in links.items() if status != rules.CURRENT)
    wanted = {n: flags_for(links, n) for n in marked}
    columns = (STD.c.id, STD.c.normalized, STD.c.superseded, STD.c.withdrawn, STD.c.replaced_by)
    rows: list[Any] = []
    for chunk in _chunks(marked):
        rows += conn.execute(select(*columns).where(STD.c.normalized.in_(chunk))).all()
    flagged = or_(STD.c.superseded.is_(True), STD.c.withdrawn.is_(True), STD.c.replaced_by != "")
    rows += [r for r in conn.execute(select(*columns).where(flagged)) if r[1] not in wanted]
    blank = {"superseded": False, "withdrawn": False, "replaced_by": ""}
    items: list[tuple[str, dict[str, Any]]] = []
    superseded = withdrawn = cleared = 0
    for rid, normalized, was_superseded, was_withdrawn, was_by in rows:
        target = wanted.get(normalized, blank)
        superseded += target["superseded"]
        withdrawn += target["withdrawn"]
        diff = {k: v for k, v in target.items() if v != {"superseded": bool(was_superseded),
                                                            "withdrawn": bool(was_withdrawn),
                                                            "replaced_by": was_by or ""}[k]}
        if diff:
            cleared += target is blank
            items.append((rid, diff))
    for start in range(0, len(items), WRITE_CHUNK):
        bulk_update_rows(conn, ctx, STD, items[start : start + WRITE_CHUNK])
    done = Applied(superseded, withdrawn, cleared, len(items))
    if items:
        audit.record(session, actor=actor, action="standards.apply_catalogue", target="executed_standard",
                     detail={"superseded": superseded, "withdrawn": withdrawn, "cleared": cleared,
                             "changed": len(items)})
    return done


@dataclass(frozen=True)
class ScanLine:
    """One catalogued number that is no longer current, and how many live products still execute it."""

    number: str
    status: str  # withdrawn | replaced
    current: str | None
    products: int
    enterprises: int


@dataclass(frozen=True)
class Scan:
    """Products running on superseded or withdrawn standards, read from the catalogue directly."""

    rows: int = 0  # executed-standard rows
    products: int = 0
    enterprises: int = 0
    lines: list[ScanLine] = field(default_factory=list)


# Products on a number the catalogue no longer lists as current, through covering indexes only: the standards by
# number (with their product), the products by id (with their enterprise); removed enterprises are the few
# listed by a partial index. SQL text because SQLAlchemy has no SQLite index hints; the planner left to itself
# reads the product rows by primary key (2.5× slower over 95k rows).
SCAN_SQL = """
SELECT s.normalized, s.product_id, p.enterprise_id
FROM executed_standard AS s JOIN product AS p {hint} ON p.id = s.product_id
WHERE s.normalized IN (SELECT normalized FROM catalogue_standard WHERE deleted_at IS NULL AND status != :current)
  AND p.deleted_at IS NULL
  AND p.enterprise_id NOT IN (SELECT id FROM enterprise WHERE deleted_at IS NOT NULL)
"""
SCAN_TOWNSHIP = " AND p.enterprise_id IN (SELECT id FROM enterprise WHERE township_id = :township)"


def superseded_scan(session: Session, *, township_id: str | None = None) -> Scan:
    """Which live products execute a standard the catalogue says is replaced or withdrawn.

    Its cost follows the products found (about 100k rows in 150 ms), not the size of the registry; the rows are
    counted here (distinct products and enterprises per number and in all)."""
    from sqlalchemy import text as sql_text

    conn = session.connection()
    links = catalogue_map(conn)
    status_of = {str(n): str(st) for n, st in conn.execute(
        select(CAT.c.normalized, CAT.c.status).where(CAT.c.deleted_at.is_(None), CAT.c.status != rules.CURRENT))}
    params: dict[str, Any] = {"current": rules.CURRENT}
    sql = SCAN_SQL.format(hint=dialect.index_hint(conn, "ix_product_owner"))
    if township_id is not None:
        sql, params["township"] = sql + SCAN_TOWNSHIP, township_id
    products: dict[str, set[str]] = {}
    firms: dict[str, set[str]] = {}
    rows = 0
    for number, product_id, enterprise_id in conn.execute(sql_text(sql), params):
        rows += 1
        if number not in products:
            products[number], firms[number] = set(), set()
        products[number].add(product_id)
        firms[number].add(enterprise_id)
    lines = sorted((ScanLine(n, status_of.get(n, ""), rules.follow(n, links).current, len(products[n]),
                             len(firms[n])) for n in products), key=lambda ln: (-ln.products, ln.number))
    all_products = set().union(*products.values()) if products else set()
    all_firms = set().union(*firms.values()) if firms else set()
    return Scan(rows, len(all_products), len(all_firms), lines)


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(values), IN_CHUNK):
        yield values[start : start + IN_CHUNK]
