"""What the 监督抽查 page lists: plans with their counts, a draw before and after, samples with their next step.

Read-only queries in SQLAlchemy Core, shaped for tables: plain frozen rows, no ORM objects. The sample list is
filtered and sorted in SQL and capped at ``LIMIT`` rows (a county has a few thousand samples a year; the whole
history can reach 100k), with the total counted so the page can say how many it left out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, and_, func, or_, select
from sqlmodel import Session

from qsupervise import dialect
from qsupervise.errors import KnownError
from qsupervise.models import (
    Enterprise,
    Inspector,
    InspectorRecusal,
    OrgUnit,
    RandomDraw,
    SpotCheck,
    SpotCheckPlan,
    TestItem,
)
from qsupervise.rules import followup, verdicts
from qsupervise.services import draws
from qsupervise.services.spotcheck_plans import PoolFilter
from qsupervise.services.spotchecks import FOLLOWUP_COLUMNS

PLAN: Table = SpotCheckPlan.__table__  # type: ignore[attr-defined]
CHECK: Table = SpotCheck.__table__  # type: ignore[attr-defined]
DRAW: Table = RandomDraw.__table__  # type: ignore[attr-defined]
ENT: Table = Enterprise.__table__  # type: ignore[attr-defined]
ORG: Table = OrgUnit.__table__  # type: ignore[attr-defined]
INSP: Table = Inspector.__table__  # type: ignore[attr-defined]
RECUSAL: Table = InspectorRecusal.__table__  # type: ignore[attr-defined]
ITEM: Table = TestItem.__table__  # type: ignore[attr-defined]

LIMIT = 5000  # sample rows one list shows at most
CHUNK = 500  # ids per IN (…) clause
VERDICT_FILTERS = ("pass", "fail", "serious_fail", "failing", "none")
FOLLOWUP_FILTERS = ("open", "overdue")
_DATE_PARTS = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")


# --- plans ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PlanRow:
    id: str
    plan_no: str
    year: int
    level: str
    category: str
    field: str
    status: str
    source: str
    authority: str
    agency: str
    sample_count: int | None
    sample_ratio: float | None
    samples: int
    sampled: int
    judged: int
    failing: int


def plan_rows(session: Session, *, year: int | None = None) -> list[PlanRow]:
    """Live plans, newest year first, with their sample counts (one grouped query, not one per plan)."""
    counts = (
        select(
            CHECK.c.plan_id.label("plan_id"),
            func.count().label("samples"),
            dialect.count_where(CHECK.c.sampling == "sampled").label("sampled"),
            dialect.count_where(CHECK.c.verdict.isnot(None)).label("judged"),
            dialect.count_where(CHECK.c.verdict.in_(verdicts.FAILING)).label("failing"),
        )
        .where(CHECK.c.deleted_at.is_(None))
        .group_by(CHECK.c.plan_id)
        .subquery()
    )
    where: list[ColumnElement[bool]] = [PLAN.c.deleted_at.is_(None)]
    if year is not None:
        where.append(PLAN.c.year == year)
    stmt = (
        select(PLAN, counts.c.samples, counts.c.sampled, counts.c.judged, counts.c.failing)
        .select_from(PLAN.outerjoin(counts, counts.c.plan_id == PLAN.c.id))
        .where(*where)
        .order_by(PLAN.c.year.desc(), PLAN.c.plan_no)
    )
    return [
        PlanRow(
            r["id"], r["plan_no"], r["year"], r["level"], r["category"], r["field"], r["status"], r["source"],
            r["authority"], r["agency"], r["sample_count"], r["sample_ratio"], int(r["samples"] or 0),
            int(r["sampled"] or 0), int(r["judged"] or 0), int(r["failing"] or 0),
        )
        for r in session.connection().execute(stmt).mappings()
    ]


def plan_choices(session: Session) -> list[tuple[str, str, int]]:
    """(id, number, year) of every live plan, for a filter: without the counts, so cheap at any size."""
    stmt = (
        select(PLAN.c.id, PLAN.c.plan_no, PLAN.c.year)
        .where(PLAN.c.deleted_at.is_(None))
        .order_by(PLAN.c.year.desc(), PLAN.c.plan_no)
    )
    return [(r[0], r[1], int(r[2])) for r in session.connection().execute(stmt)]


def plan_years(session: Session) -> list[int]:
    """The years live plans belong to, newest first."""
    stmt = select(PLAN.c.year).where(PLAN.c.deleted_at.is_(None)).distinct().order_by(PLAN.c.year.desc())
    return [int(r[0]) for r in session.connection().execute(stmt)]


def plan_no_taken(session: Session, plan_no: str) -> bool:
    stmt = select(func.count()).where(PLAN.c.plan_no == plan_no.strip(), PLAN.c.deleted_at.is_(None))
    return bool(session.connection().execute(stmt).scalar_one())


# --- draws -----------------------------------------------------------------------------------------------------

def pool_count(session: Session, pool: PoolFilter) -> int:
    """How many live enterprises a plan's filter takes in (before the 6-month rule)."""
    stmt = select(func.count()).select_from(ENT).where(and_(*pool.conditions()))
    return int(session.connection().execute(stmt).scalar_one())


@dataclass(frozen=True)
class DrawPreview:
    """What a draw would start from, counted in SQL (cheap even for 200k enterprises)."""

    pool: int  # enterprises the filter takes in
    excluded: int  # of those, checked by the same authority within 6 months
    wanted: int  # targets the draw will take
    inspectors: int  # active inspectors
    previous: int | None  # number of the draw a new one would supersede
    started: int  # samples of that draw already past 待抽样 (then no redraw is possible)

    @property
    def candidates(self) -> int:
        return self.pool - self.excluded


def draw_preview(session: Session, plan_id: str, as_of: date) -> DrawPreview:
    plan = session.get(SpotCheckPlan, plan_id)
    if plan is None or plan.deleted_at is not None:
        raise KnownError("plan_unknown", plan=plan_id)
    conn = session.connection()
    where = PoolFilter.from_json(plan.pool_filter).conditions()
    total = int(conn.execute(select(func.count()).select_from(ENT).where(and_(*where))).scalar_one())
    recent = sorted(draws.recently_checked(conn, plan, as_of))
    excluded = 0
    for start in range(0, len(recent), CHUNK):
        chunk = recent[start : start + CHUNK]
        stmt = select(func.count()).select_from(ENT).where(and_(*where), ENT.c.id.in_(chunk))
        excluded += int(conn.execute(stmt).scalar_one())
    active = select(func.count()).select_from(INSP).where(INSP.c.deleted_at.is_(None), INSP.c.active)
    current = draws.current(session, plan.id)
    started = 0
    if current is not None:
        started = int(conn.execute(
            select(func.count()).where(CHECK.c.draw_id == current.id, CHECK.c.deleted_at.is_(None),
                                       CHECK.c.sampling != "pending")
        ).scalar_one())
    return DrawPreview(
        pool=total, excluded=excluded, wanted=draws.wanted(plan, total - excluded),
        inspectors=int(conn.execute(active).scalar_one()), previous=current.number if current else None,
        started=started,
    )


@dataclass(frozen=True)
class DrawInfo:
    id: str
    number: int
    seed: str
    drawn_on: str
    pool_size: int
    excluded: int
    wanted: int
    targets: int
    pool_hash: str
    reason: str


def current_draw(session: Session, plan_id: str) -> DrawInfo | None:
    record = draws.current(session, plan_id)
    if record is None:
        return None
    return DrawInfo(
        record.id, record.number, record.seed, record.drawn_on, record.pool_size, record.excluded, record.wanted,
        len(json.loads(record.result or "[]")), record.pool_hash, record.reason,
    )


@dataclass(frozen=True)
class TargetRow:
    check_id: str | None  # None when the sample was withdrawn
    position: int  # 1-based, in draw order
    name: str
    uscc: str
    township: str
    inspectors: tuple[str, str]
    sampling: str | None
    verdict: str | None


def draw_targets(session: Session, draw_id: str) -> list[TargetRow]:
    """The draw's targets in draw order, with the names of their inspectors and their samples' state."""
    conn = session.connection()
    record = session.get(RandomDraw, draw_id)
    if record is None:
        return []
    result: list[dict[str, Any]] = json.loads(record.result or "[]")
    stmt = (
        select(CHECK.c.id, CHECK.c.enterprise_id, CHECK.c.unit_name, CHECK.c.uscc, CHECK.c.sampling,
               CHECK.c.verdict, ORG.c.name.label("township"))
        .select_from(CHECK.outerjoin(ORG, ORG.c.id == CHECK.c.township_id))
        .where(CHECK.c.draw_id == draw_id, CHECK.c.deleted_at.is_(None))
    )
    samples = {r["enterprise_id"]: r for r in conn.execute(stmt).mappings()}
    people = inspector_names(conn)
    rows: list[TargetRow] = []
    for n, target in enumerate(result, start=1):
        s = samples.get(target["enterprise_id"])
        pair = [people.get(i, "") for i in target.get("inspectors", [])] + ["", ""]
        if s is None:
            rows.append(TargetRow(None, n, target.get("key", ""), "", "", (pair[0], pair[1]), None, None))
            continue
        uscc = s["uscc"] or (target.get("key", "") if len(target.get("key", "")) == 18 else "")
        rows.append(TargetRow(s["id"], n, s["unit_name"], uscc, s["township"] or "", (pair[0], pair[1]),
                              s["sampling"], s["verdict"]))
    return rows


def inspector_names(conn: Connection) -> dict[str, str]:
    return {r[0]: r[1] for r in conn.execute(select(INSP.c.id, INSP.c.name))}


# --- samples ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CheckQuery:
    plan_id: str | None = None
    verdict: str | None = None  # one of VERDICT_FILTERS; "failing" = 不合格 or 严重不合格, "none" = no verdict yet
    sampling: str | None = None  # pending | sampled | refused | not_found
    followup: str | None = None  # "open": failing and not closed; "overdue": its next step is past due
    text: str = ""  # part of the sampled unit, producer, product or credit code


@dataclass(frozen=True)
class CheckRow:
    id: str
    plan_no: str
    unit_name: str
    product: str
    township: str
    sampling: str
    verdict: str | None
    step: str | None  # the open follow-up step of a failing sample
    due: date | None
    earliest: date | None
    days_left: int | None  # negative when overdue

    @property
    def overdue(self) -> bool:
        return self.days_left is not None and self.days_left < 0


@dataclass(frozen=True)
class CheckList:
    rows: list[CheckRow]
    total: int  # matches in all; more than ``len(rows)`` when the list was capped

    @property
    def capped(self) -> bool:
        return self.total > len(self.rows)


def _like(text: str) -> str:
    cleaned = text.strip().replace("\\", "").replace("%", "").replace("_", "")
    return f"%{cleaned}%"


def check_conditions(q: CheckQuery) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [CHECK.c.deleted_at.is_(None)]
    if q.plan_id:
        where.append(CHECK.c.plan_id == q.plan_id)
    if q.verdict == "failing":
        where.append(CHECK.c.verdict.in_(verdicts.FAILING))
    elif q.verdict == "none":
        where.append(CHECK.c.verdict.is_(None))
    elif q.verdict:
        where.append(CHECK.c.verdict == q.verdict)
    if q.sampling:
        where.append(CHECK.c.sampling == q.sampling)
    if q.followup:
        where += [CHECK.c.verdict.in_(verdicts.FAILING), CHECK.c.closed_on.is_(None)]
    if q.text.strip():
        pattern = _like(q.text)
        where.append(or_(CHECK.c.unit_name.like(pattern), CHECK.c.producer_name.like(pattern),
                         CHECK.c.product.like(pattern), CHECK.c.uscc.like(pattern)))
    return where


def find_checks(session: Session, q: CheckQuery, today: date, *, limit: int = LIMIT) -> CheckList:
    """Samples matching ``q``: by sampled unit; with a follow-up filter, overdue first, then by due date."""
    conn = session.connection()
    where = check_conditions(q)
    columns = [
        CHECK.c.id, PLAN.c.plan_no, CHECK.c.unit_name, CHECK.c.product, ORG.c.name.label("township"),
        CHECK.c.sampling, *(CHECK.c[c] for c in dict.fromkeys(FOLLOWUP_COLUMNS)),
    ]
    stmt = (
        select(*columns)
        .select_from(CHECK.join(PLAN, PLAN.c.id == CHECK.c.plan_id).outerjoin(ORG, ORG.c.id == CHECK.c.township_id))
        .where(*where)
    )
    if q.followup:
        # Open follow-ups are a small share of all samples: rank them all in Python by their computed due date.
        rows = [_check_row(r, today) for r in conn.execute(stmt).mappings()]
        if q.followup == "overdue":
            rows = [r for r in rows if r.overdue]
        rows = [r for r in rows if r.step is not None]
        rows.sort(key=lambda r: (not r.overdue, r.due or date.max, r.unit_name, r.id))
        return CheckList(rows[:limit], len(rows))
    total = int(conn.execute(select(func.count()).select_from(CHECK).where(*where)).scalar_one())
    stmt = stmt.order_by(PLAN.c.year.desc(), CHECK.c.unit_name, CHECK.c.id).limit(limit)
    return CheckList([_check_row(r, today) for r in conn.execute(stmt).mappings()], total)


def _check_row(r: Any, today: date) -> CheckRow:
    step = followup.next_step(r, today)
    return CheckRow(
        r["id"], r["plan_no"], r["unit_name"], r["product"], r["township"] or "", r["sampling"], r["verdict"],
        step.code if step else None, step.due if step else None, step.earliest if step else None,
        step.days_left(today) if step else None,
    )


@dataclass(frozen=True)
class CheckDetail:
    """One sample as the editor shows it: its stored values and the names around it."""

    values: dict[str, Any]
    plan_no: str
    plan_category: str
    inspectors: tuple[str, str]
    township: str


def check_detail(session: Session, check_id: str) -> CheckDetail:
    check = session.get(SpotCheck, check_id)
    if check is None or check.deleted_at is not None:
        raise KnownError("spotcheck_unknown", id=check_id)
    plan = session.get(SpotCheckPlan, check.plan_id)
    town = session.get(OrgUnit, check.township_id) if check.township_id else None
    people = inspector_names(session.connection())
    return CheckDetail(
        values=check.model_dump(), plan_no=plan.plan_no if plan else "", plan_category=plan.category if plan else "",
        inspectors=(people.get(check.inspector1_id or "", ""), people.get(check.inspector2_id or "", "")),
        township=town.name if town else "",
    )


def typed_date(value: str | None, field: str) -> str | None:
    """A date as people type it (2026-3-5, 2026/03/05, 2026.3.5, 2026年3月5日, 20260305) as ISO text, or None.

    ``field`` names the field in the error (the label the user sees).
    """
    text = (value or "").strip()
    if not text:
        return None
    match = _DATE_PARTS.match(text)
    try:
        if match:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3))).isoformat()
        if len(text) == 8 and text.isdigit():
            return date(int(text[:4]), int(text[4:6]), int(text[6:])).isoformat()
    except ValueError:
        pass
    raise KnownError("spotcheck_bad_date", field=field, value=text)


# --- choosing ----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class EnterpriseChoice:
    id: str
    name: str
    uscc: str
    township: str


def enterprise_choices(session: Session, text: str, *, limit: int = 30) -> list[EnterpriseChoice]:
    """Live enterprises whose name, pinyin initials or credit code match ``text`` (as the registry searches)."""
    from qsupervise.services.registry import search_pattern

    pattern = search_pattern(text)
    if pattern is None:
        return []
    stmt = (
        select(ENT.c.id, ENT.c.name, ENT.c.uscc, ORG.c.name)
        .select_from(ENT.outerjoin(ORG, ORG.c.id == ENT.c.township_id))
        .where(ENT.c.deleted_at.is_(None), ENT.c.search_key.like(pattern))
        .order_by(ENT.c.search_key)
        .limit(limit)
    )
    return [EnterpriseChoice(r[0], r[1], r[2] or "", r[3] or "") for r in session.connection().execute(stmt)]


def township_names(session: Session, ids: Iterable[str]) -> list[str]:
    wanted = list(ids)
    if not wanted:
        return []
    found = dict(session.connection().execute(select(ORG.c.id, ORG.c.name).where(ORG.c.id.in_(wanted))).all())
    return [found.get(i, i) for i in wanted]


@dataclass(frozen=True)
class BatchRow:
    """A sampled sample of a plan as the batch-results grid shows it."""

    id: str
    sample_no: str
    unit_name: str
    product: str
    report_no: str
    report_on: str
    verdict: str | None
    failed_items: str
    has_items: bool  # its verdict comes from its test items


def batch_rows(session: Session, plan_id: str) -> list[BatchRow]:
    """The plan's sampled samples in sample-number order, for entering a testing body's result list."""
    items = select(ITEM.c.spot_check_id).distinct().subquery()
    stmt = (
        select(CHECK.c.id, CHECK.c.sample_no, CHECK.c.unit_name, CHECK.c.product, CHECK.c.report_no,
               CHECK.c.report_on, CHECK.c.verdict, CHECK.c.failed_items, items.c.spot_check_id)
        .select_from(CHECK.outerjoin(items, items.c.spot_check_id == CHECK.c.id))
        .where(CHECK.c.plan_id == plan_id, CHECK.c.deleted_at.is_(None), CHECK.c.sampling == "sampled")
        .order_by(CHECK.c.sample_no, CHECK.c.unit_name)
    )
    return [
        BatchRow(r[0], r[1] or "", r[2] or "", r[3] or "", r[4] or "", r[5] or "", r[6], r[7] or "", r[8] is not None)
        for r in session.connection().execute(stmt)
    ]
