"""Spot-check results written as the published announcement table (公告表); the importer reads it back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Select, String, Table, cast, func, literal_column, select
from sqlalchemy.orm import aliased

from qsupervise.documents import Cancel, Progress, never, no_progress, paused_gc
from qsupervise.documents.enterprise_export import write_csv, write_xlsx
from qsupervise.documents.writing import replace_atomically
from qsupervise.errors import KnownError
from qsupervise.models import Enterprise, OrgKind, OrgUnit, SpotCheck, SpotCheckPlan
from qsupervise.permissions import require
from qsupervise.services import spotcheck_plans
from qsupervise.store import Store

SC: Table = SpotCheck.__table__  # type: ignore[attr-defined]
PLAN: Table = SpotCheckPlan.__table__  # type: ignore[attr-defined]
ENT: Table = Enterprise.__table__  # type: ignore[attr-defined]
ORG: Table = OrgUnit.__table__  # type: ignore[attr-defined]
COLUMNS: tuple[tuple[str, int], ...] = (  # header, width: the order announcements use
    ("序号", 6), ("被抽样单位", 32), ("所在地", 14), ("标称生产者", 32), ("产品名称", 20), ("商标", 10),
    ("规格型号", 16), ("生产日期/批号", 16), ("抽样日期", 12), ("执行标准", 20), ("检验结论", 10),
    ("主要不合格项目", 30), ("承检机构", 24), ("统一社会信用代码", 22),
)
HEADERS = tuple(h for h, _w in COLUMNS)
VERDICT_WORDS = {"pass": "合格", "fail": "不合格", "serious_fail": "严重不合格"}
NONE = "/"  # what announcements print in an empty cell; the importer reads it as empty
TITLE = "{county}产品质量监督抽查结果{scope}"
PAGE = 2000


def export_spotchecks(
    store: Store,
    dest: Path | str,
    *,
    year: int | None = None,
    plan_no: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> int:
    """Write every live spot check with a verdict (of ``year`` / of the plan ``plan_no``); returns the row count.

    ``year`` is the sampling date's year, or the plan's year for a sample without a date. ``.csv`` gets UTF-8
    with BOM and no title row; anything else .xlsx.
    """
    require(store, "export")
    out = Path(dest)
    report, stop = progress or no_progress, cancel or never
    with paused_gc(), store.read() as s:
        plan = spotcheck_plans.by_no(s, plan_no) if plan_no else None
        conn = s.connection()
        county = conn.execute(select(ORG.c.name).where(ORG.c.kind == OrgKind.COUNTY)).scalar() or ""
        stmt = _query(year, plan.id if plan else None)
        total = conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
        rows = _rows(conn, stmt, total, report, stop)
        scope = f"（{plan.plan_no}）" if plan else f"（{year}年）" if year else ""
        with replace_atomically(out) as temporary:
            if out.suffix.lower() == ".csv":
                write_csv(temporary, rows, HEADERS)
            else:
                title = TITLE.format(county=county, scope=scope)
                write_xlsx(temporary, title, rows, COLUMNS, sheet_title="抽查结果")
    report(1.0, f"{total:,} / {total:,}")
    return int(total)


def _query(year: int | None, plan_id: str | None) -> Select[Any]:
    unit, producer = aliased(ENT, name="unit"), aliased(ENT, name="producer")
    joined = (
        SC.join(PLAN, PLAN.c.id == SC.c.plan_id)
        .outerjoin(unit, unit.c.id == SC.c.enterprise_id)
        .outerjoin(producer, producer.c.id == SC.c.producer_id)
    )
    stmt = (
        select(
            SC.c.unit_name, unit.c.name.label("unit_text"), SC.c.location, SC.c.producer_name,
            producer.c.name.label("producer_text"), SC.c.product, SC.c.brand, SC.c.spec, SC.c.batch,
            SC.c.sampled_on, SC.c.declared_standard, SC.c.verdict, SC.c.failed_items, SC.c.agency,
            unit.c.uscc.label("unit_code"), SC.c.uscc,
        )
        .select_from(joined)
        .where(SC.c.deleted_at.is_(None), SC.c.verdict.is_not(None))
        .order_by(PLAN.c.year, PLAN.c.plan_no, literal_column("spot_check.rowid"))
    )
    if plan_id is not None:
        stmt = stmt.where(SC.c.plan_id == plan_id)
    if year is not None:
        sampled_year = func.coalesce(func.substr(SC.c.sampled_on, 1, 4), cast(PLAN.c.year, String))
        stmt = stmt.where(sampled_year == f"{year:04d}")
    return stmt


def _rows(conn: Connection, stmt: Select[Any], total: int, report: Progress, stop: Cancel) -> Iterator[list[Any]]:
    """Rows as the announcement prints them: the parties as stored (else the linked enterprise's name)."""
    for n, r in enumerate(conn.execute(stmt).mappings(), start=1):
        if n % PAGE == 0:
            if stop():
                raise KnownError("cancelled")
            report(n / max(total, 1) * 0.99, f"{n:,} / {total:,}")
        cells = [
            r["unit_name"] or r["unit_text"], r["location"], r["producer_name"] or r["producer_text"], r["product"],
            r["brand"], r["spec"], r["batch"], r["sampled_on"], r["declared_standard"],
            VERDICT_WORDS.get(r["verdict"], r["verdict"]), r["failed_items"], r["agency"],
            r["unit_code"] or r["uscc"],
        ]
        yield [n, *(c or NONE for c in cells)]
