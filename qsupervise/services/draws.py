"""Running, recording, verifying and publishing 双随机 draws for a spot-check plan."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, Table, and_, func, or_, select, true
from sqlmodel import Session, col
from sqlmodel import select as sm_select

from qsupervise import dialect
from qsupervise.changelog import bulk_insert, stamp
from qsupervise.errors import KnownError
from qsupervise.models import (
    Enterprise,
    Inspector,
    InspectorRecusal,
    RandomDraw,
    SpotCheck,
    SpotCheckPlan,
    utcnow,
)
from qsupervise.rules import draw as rules
from qsupervise.rules.credit import DRAW_WEIGHTS
from qsupervise.rules.followup import months_before
from qsupervise.services import audit
from qsupervise.services.credit import newest_grades
from qsupervise.services.spotcheck_plans import PoolFilter, set_status
from qsupervise.services.spotcheck_stats import failed_finally

ENT: Table = Enterprise.__table__  # type: ignore[attr-defined]
CHECK: Table = SpotCheck.__table__  # type: ignore[attr-defined]
PLAN: Table = SpotCheckPlan.__table__  # type: ignore[attr-defined]
INSP: Table = Inspector.__table__  # type: ignore[attr-defined]
RECUSAL: Table = InspectorRecusal.__table__  # type: ignore[attr-defined]
RISK_YEARS = 3


@dataclass(frozen=True)
class Pools:
    candidates: list[rules.Candidate]
    officers: list[rules.Officer]
    recusals: frozenset[tuple[str, str]]
    excluded: int


def recently_checked(conn: Connection, plan: SpotCheckPlan, as_of: date) -> set[str]:
    """Enterprises whose product of this category the same authority checked within 6 months (as producer or,
    when no producer is known, as sampled unit): the draw leaves them out (SAMR Order No. 18)."""
    since = months_before(as_of).isoformat()
    other = PLAN.alias("other")
    producer = func.coalesce(CHECK.c.producer_id, CHECK.c.enterprise_id)
    when = func.coalesce(CHECK.c.sampled_on, CHECK.c.report_on)
    stmt = (
        select(producer)
        .select_from(CHECK.join(other, other.c.id == CHECK.c.plan_id))
        .where(
            CHECK.c.deleted_at.is_(None),
            other.c.deleted_at.is_(None),
            other.c.id != plan.id,
            other.c.authority == plan.authority,
            other.c.level == plan.level,
            # the same product: the plan's category; a plan without one treats every product as the same
            or_(CHECK.c.category == plan.category, other.c.category == plan.category) if plan.category else true(),
            CHECK.c.sampling != "not_found",
            when.isnot(None),
            when > since,
            when <= as_of.isoformat(),
            producer.isnot(None),
        )
    )
    return {r[0] for r in conn.execute(stmt)}


def risk_weights(conn: Connection, as_of: date) -> dict[str, int]:
    """Tickets per enterprise in a risk-weighted draw; an enterprise left out has 1.

    Once the county grades credit, an enterprise's grade decides (A 1, B 2, C 3, D 4: rules/credit.py), as it
    stood on ``as_of``. An enterprise without a grade of its own (never graded, or nothing on record) keeps the
    interim rule from spot-check history: :func:`history_weights`.
    """
    weights = history_weights(conn, as_of)
    weights.update((eid, DRAW_WEIGHTS[grade]) for eid, grade in newest_grades(conn, as_of=as_of).items()
                   if grade in DRAW_WEIGHTS)
    return weights


def history_weights(conn: Connection, as_of: date) -> dict[str, int]:
    """Weight 2 after one finally failing result in the last 3 years, 3 after two or a serious one.

    Final as in the statistics: a fail overturned by a passing re-test (复检) is a pass.
    """
    since = date(as_of.year - RISK_YEARS, as_of.month, min(as_of.day, 28)).isoformat()
    who = func.coalesce(CHECK.c.producer_id, CHECK.c.enterprise_id)
    stmt = (
        select(who, func.count(), dialect.any_where(CHECK.c.verdict == "serious_fail"))
        .where(CHECK.c.deleted_at.is_(None), failed_finally(), who.isnot(None),
               func.coalesce(CHECK.c.sampled_on, CHECK.c.report_on) > since)
        .group_by(who)
    )
    return {r[0]: 3 if (r[1] >= 2 or r[2]) else 2 for r in conn.execute(stmt)}


def pools(session: Session, plan: SpotCheckPlan, as_of: date) -> Pools:
    conn = session.connection()
    recent = recently_checked(conn, plan, as_of)
    weights = risk_weights(conn, as_of) if plan.weight_by_risk else {}
    where = PoolFilter.from_json(plan.pool_filter).conditions()
    candidates: list[rules.Candidate] = []
    excluded = 0
    for eid, code, town in conn.execute(select(ENT.c.id, ENT.c.uscc, ENT.c.township_id).where(and_(*where))).all():
        if eid in recent:
            excluded += 1
            continue
        candidates.append(rules.Candidate(code or eid, eid, town, weights.get(eid, 1)))
    officers = [
        rules.Officer(r[0], r[1])
        for r in conn.execute(select(INSP.c.id, INSP.c.township_id).where(INSP.c.deleted_at.is_(None), INSP.c.active))
    ]
    key_of = {c.enterprise_id: c.key for c in candidates}
    pairs = conn.execute(select(RECUSAL.c.inspector_id, RECUSAL.c.enterprise_id).where(RECUSAL.c.deleted_at.is_(None)))
    recusals = frozenset((i, key_of[e]) for i, e in pairs if e in key_of)
    return Pools(candidates, officers, recusals, excluded)


def wanted(plan: SpotCheckPlan, pool_size: int) -> int:
    if plan.sample_count is not None:
        return min(plan.sample_count, pool_size)
    return min(pool_size, math.ceil((plan.sample_ratio or 0) * pool_size))


def current(session: Session, plan_id: str) -> RandomDraw | None:
    stmt = sm_select(RandomDraw).where(RandomDraw.plan_id == plan_id, RandomDraw.superseded == False)  # noqa: E712
    return session.exec(stmt.order_by(RandomDraw.number.desc())).first()  # type: ignore[attr-defined]


def run_draw(
    session: Session, plan: SpotCheckPlan, *, seed: str, as_of: date, reason: str = "", actor: str = "cli",
) -> RandomDraw:
    """Draw the plan's targets, record the draw and create one pending spot check per target.

    A second draw needs a reason; it supersedes the first and withdraws its pending (not yet sampled) checks.
    """
    seed = seed.strip()
    if not seed:
        raise KnownError("draw_no_seed")
    if plan.source == "import":
        raise KnownError("draw_imported_plan", plan=plan.plan_no)
    previous = current(session, plan.id)
    conn = session.connection()
    if previous is not None:
        if not reason.strip():
            raise KnownError("draw_needs_reason", plan=plan.plan_no, number=previous.number)
        started = conn.execute(
            select(func.count()).where(CHECK.c.draw_id == previous.id, CHECK.c.deleted_at.is_(None),
                                       CHECK.c.sampling != "pending")
        ).scalar_one()
        if started:
            raise KnownError("draw_already_sampled", plan=plan.plan_no, count=started)
    p = pools(session, plan, as_of)
    if not p.candidates:
        raise KnownError("draw_empty_pool", plan=plan.plan_no)
    if len(p.officers) < 2:
        raise KnownError("draw_few_inspectors", count=len(p.officers))
    outcome = rules.run(seed, p.candidates, p.officers, wanted(plan, len(p.candidates)), recusals=p.recusals,
                        recuse_own_township=plan.recuse_own_township)
    result = [{"key": t.candidate.key, "enterprise_id": t.candidate.enterprise_id, "inspectors": list(t.inspectors)}
              for t in outcome.targets]
    record = RandomDraw(
        plan_id=plan.id, number=(previous.number + 1) if previous else 1, seed=seed, algorithm=rules.ALGORITHM,
        drawn_on=as_of.isoformat(), wanted=wanted(plan, len(p.candidates)), pool_size=len(p.candidates),
        excluded=p.excluded, pool_hash=outcome.pool_hash, inspector_hash=outcome.inspector_hash,
        result_hash=outcome.result_hash, pool=rules.pool_text(p.candidates),
        inspectors=rules.officer_text(p.officers, p.recusals), own_township_rule=plan.recuse_own_township,
        result=json.dumps(result, ensure_ascii=False), reason=reason.strip(), drawn_by=actor,
    )
    if previous is not None:
        previous.superseded = True
        session.add(previous)
        _withdraw(session, previous.id)
    session.add(record)
    session.flush()
    ctx = session.info["write_context"]
    rows = [
        stamp(ctx, {
            "plan_id": plan.id, "draw_id": record.id, "enterprise_id": t.candidate.enterprise_id,
            "township_id": t.candidate.township_id, "inspector1_id": t.inspectors[0],
            "inspector2_id": t.inspectors[1], "category": plan.category, "agency": plan.agency,
            "uscc": t.candidate.key if len(t.candidate.key) == 18 else "",
        })
        for t in outcome.targets
    ]
    _fill_names(conn, rows)
    bulk_insert(conn, ctx, CHECK, rows)
    set_status(session, plan, "drawn")
    audit.record(session, actor=actor, action="draw.run", target=plan.plan_no, detail={
        "draw": record.id, "number": record.number, "seed": seed, "pool_hash": outcome.pool_hash,
        "inspector_hash": outcome.inspector_hash, "result_hash": outcome.result_hash, "targets": len(result),
        "skipped": len(outcome.skipped), "reason": reason.strip(),
    })
    session.info["draw_skipped"] = len(outcome.skipped)
    return record


def _fill_names(conn: Connection, rows: list[dict[str, object]]) -> None:
    ids = [r["enterprise_id"] for r in rows]
    names: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        names.update((r[0], r[1]) for r in conn.execute(select(ENT.c.id, ENT.c.name).where(ENT.c.id.in_(chunk))))
    for r in rows:
        r["unit_name"] = names.get(str(r["enterprise_id"]), "")


def _withdraw(session: Session, draw_id: str) -> None:
    stmt = sm_select(SpotCheck).where(SpotCheck.draw_id == draw_id, col(SpotCheck.deleted_at).is_(None))
    now = utcnow()
    for check in session.exec(stmt):
        check.deleted_at, check.updated_at = now, now
        session.add(check)


def verify(record: RandomDraw) -> bool:
    """Re-run a recorded draw from its seed and stored pools: True when it gives the recorded result and hashes."""
    candidates = rules.parse_pool(record.pool)
    officers, recusals = rules.parse_officers(record.inspectors)
    outcome = rules.run(record.seed, candidates, officers, record.wanted, recusals=recusals,
                        recuse_own_township=record.own_township_rule)
    recorded = [(r["key"], *r["inspectors"]) for r in json.loads(record.result or "[]")]
    again = [(t.candidate.key, *t.inspectors) for t in outcome.targets]
    return (
        (outcome.pool_hash, outcome.inspector_hash, outcome.result_hash)
        == (record.pool_hash, record.inspector_hash, record.result_hash)
        and again == recorded
    )
