"""Values of the computable metrics per township for a year as of a cut-off day, and the records behind each.

Definitions (the year runs from 1 January to the cut-off day, or to 31 December when that comes first):

- ``spotcheck_pass_rate`` (抽查合格率, %): samples taken in the township in the year with a verdict, by their
  final verdict (a fail overturned by the 复检 counts as a pass), exactly as the spot-check statistics count.
- ``certifications_new`` (新增认证): certificates of the township's enterprises issued in the year, of the
  kinds in the metric's ``kinds`` parameter (all kinds when empty), not withdrawn by the user.
- ``brands_new`` (新增品牌): titles granted to the township's enterprises in the year, of the ``levels`` and
  ``kinds`` given (all when empty), not revoked.
- ``instrument_registration_rate`` / ``instrument_verification_rate`` (登记造册率 / 强检受检率, %): the
  instrument rates on the cut-off day (rules/instruments.py). Registration carries no date, so a rate for
  a past cut-off uses today's register with the cut-off's due dates.
- ``rectification_on_time_rate`` (整改按期完成率, %): failing samples whose correction was ordered in the year
  and whose recheck was due by the cut-off or done by then; on time = rechecked within 75 days of the order.

Member units have no enterprises: their computable targets have no value (None) and are entered by hand.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Table, case, func, select
from sqlmodel import Session

from qsupervise.models import Brand, Certification, Enterprise, Instrument, SpotCheck
from qsupervise.rules import awards as award_rules
from qsupervise.rules import certificates, followup
from qsupervise.rules import instruments as instrument_rules
from qsupervise.rules.assessment import SOURCES
from qsupervise.rules.verdicts import FAILING
from qsupervise.services import instruments as instrument_service
from qsupervise.services import spotcheck_stats as stats

CHECK: Table = SpotCheck.__table__  # type: ignore[attr-defined]
CERT: Table = Certification.__table__  # type: ignore[attr-defined]
BRAND: Table = Brand.__table__  # type: ignore[attr-defined]
ENT: Table = Enterprise.__table__  # type: ignore[attr-defined]
INST: Table = Instrument.__table__  # type: ignore[attr-defined]
DRILL_LIMIT = 5000


@dataclass(frozen=True)
class Measure:
    """A metric's value for one township; ``part``/``whole`` show how a rate came about (None for counts)."""

    value: float | None
    part: int = 0
    whole: int | None = None


@dataclass(frozen=True)
class Evidence:
    """One record behind a number: what it is, whose, when, and whether it counted towards the value."""

    kind: str  # spot_check | certification | brand | instrument
    record_id: str
    enterprise: str
    on: str
    text: str
    counts: bool


def window(year: int, cutoff: date | None) -> tuple[str, str]:
    """First and last day (ISO) counted for ``year`` with data up to ``cutoff``."""
    end = date(year, 12, 31)
    if cutoff is not None and cutoff < end:
        end = cutoff
    return f"{year}-01-01", end.isoformat()


def parse_params(raw: str | dict[str, Any] | None) -> dict[str, list[str]]:
    data = json.loads(raw) if isinstance(raw, str) and raw.strip() else (raw or {})
    if not isinstance(data, dict):
        return {}
    return {str(k): [str(v) for v in (vs if isinstance(vs, list) else [vs])] for k, vs in data.items()}


def values(session: Session, source: str, params: str | dict[str, Any] | None, year: int,
           cutoff: date | None, *, memo: dict[Any, Any] | None = None) -> dict[str, Measure]:
    """The metric's value for every township that has data (township id -> measure), in a few grouped queries.

    ``memo``: a dict shared by the calls of one sheet, so both instrument rates come from one pass."""
    if source not in SOURCES:
        raise ValueError(f"unknown metric source {source!r}")
    p = parse_params(params)
    first, last = window(year, cutoff)
    if source == "spotcheck_pass_rate":
        return _pass_rates(session, first, last)
    if source == "certifications_new":
        return _counts(session, _certifications(p, first, last), CERT)
    if source == "brands_new":
        return _counts(session, _brands(p, first, last), BRAND)
    if source in ("instrument_registration_rate", "instrument_verification_rate"):
        key = ("instrument_tallies", last)
        memo = {} if memo is None else memo
        if key not in memo:
            memo[key] = instrument_service.tallies(session, date.fromisoformat(last))
        tallies = memo[key]
        out = {}
        for township, t in tallies.items():
            if source == "instrument_registration_rate":
                out[township] = _rate(t.registered, t.listed)
            else:
                out[township] = _rate(t.verified_in_cycle, t.registered)
        return out
    return _on_time(session, first, last)


def _rate(part: int, whole: int) -> Measure:
    return Measure(round(100 * part / whole, 2) if whole else None, part, whole)


def _sampled_between(first: str, last: str) -> list[Any]:
    day = func.coalesce(func.nullif(CHECK.c.sampled_on, ""), CHECK.c.report_on)
    return [day >= first, day <= last]


def _pass_rates(session: Session, first: str, last: str) -> dict[str, Measure]:
    total, passed = func.count(), func.sum(case((stats.passed_finally(), 1), else_=0))
    stmt = (select(CHECK.c.township_id, total, passed).select_from(CHECK)
            .where(*stats.live(), CHECK.c.verdict.isnot(None), CHECK.c.township_id.isnot(None),
                   *_sampled_between(first, last))
            .group_by(CHECK.c.township_id))
    return {str(r[0]): _rate(int(r[2] or 0), int(r[1])) for r in session.connection().execute(stmt)}


def _certifications(p: dict[str, list[str]], first: str, last: str) -> list[Any]:
    where = [CERT.c.deleted_at.is_(None), CERT.c.issued_on >= first, CERT.c.issued_on <= last]
    kinds = [k for k in p.get("kinds", []) if k in certificates.KINDS]
    if kinds:
        where.append(CERT.c.kind.in_(kinds))
    return where


def _brands(p: dict[str, list[str]], first: str, last: str) -> list[Any]:
    where = [BRAND.c.deleted_at.is_(None), BRAND.c.status != award_rules.REVOKED,
             BRAND.c.granted_on >= first, BRAND.c.granted_on <= last]
    levels = [v for v in p.get("levels", []) if v in award_rules.LEVELS]
    if levels:
        where.append(BRAND.c.level.in_(levels))
    kinds = [v for v in p.get("kinds", []) if v in award_rules.KINDS]
    if kinds:
        where.append(BRAND.c.kind.in_(kinds))
    return where


def township_of(table: Table) -> Any:
    """The township of the row's live enterprise, looked up by primary key for each row (a correlated
    subquery: joined, SQLite's planner walks the 200k enterprises and probes the few certificates of each)."""
    return (select(ENT.c.township_id).where(ENT.c.id == table.c.enterprise_id, ENT.c.deleted_at.is_(None))
            .correlate(table).scalar_subquery())


def _counts(session: Session, where: list[Any], table: Table) -> dict[str, Measure]:
    town = township_of(table).label("town")
    stmt = select(town, func.count()).select_from(table).where(*where).group_by(town)
    return {str(r[0]): Measure(float(r[1]), int(r[1])) for r in session.connection().execute(stmt) if r[0]}


def _corrections(first: str, last: str) -> list[Any]:
    return [*stats.live(), CHECK.c.verdict.in_(FAILING), CHECK.c.township_id.isnot(None),
            CHECK.c.correction_ordered_on >= first, CHECK.c.correction_ordered_on <= last]


def _correction_counts(ordered: str, recheck_on: str | None, last: str) -> tuple[bool, bool]:
    """(counted, on time) of one ordered correction as of ``last``."""
    due = followup.after_days(date.fromisoformat(ordered[:10]), followup.RECHECK_DAYS)
    assert due is not None
    done = recheck_on is not None and recheck_on[:10] <= last
    if not done and due.isoformat() >= last:
        return False, False  # still within its time: not judged yet
    return True, bool(done and recheck_on is not None and recheck_on[:10] <= due.isoformat())


def _on_time(session: Session, first: str, last: str) -> dict[str, Measure]:
    stmt = select(CHECK.c.township_id, CHECK.c.correction_ordered_on, CHECK.c.recheck_on).where(
        *_corrections(first, last))
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for township, ordered, recheck_on in session.connection().execute(stmt):
        counted, on_time = _correction_counts(ordered, recheck_on, last)
        if counted:
            tally[str(township)][1] += 1
            tally[str(township)][0] += int(on_time)
    return {k: _rate(part, whole) for k, (part, whole) in tally.items()}


# --- drill-down -------------------------------------------------------------------------------------------


def evidence(session: Session, source: str, params: str | dict[str, Any] | None, township_id: str, year: int,
             cutoff: date | None) -> list[Evidence]:
    """The records behind one township's value, those that count first (at most ``DRILL_LIMIT``)."""
    if source not in SOURCES:
        raise ValueError(f"unknown metric source {source!r}")
    p = parse_params(params)
    first, last = window(year, cutoff)
    conn = session.connection()
    name = func.coalesce(ENT.c.name, "")
    out: list[Evidence] = []
    if source == "spotcheck_pass_rate":
        unit = func.coalesce(func.nullif(CHECK.c.unit_name, ""), name)
        stmt = (select(CHECK.c.id, unit, CHECK.c.sampled_on, CHECK.c.product, CHECK.c.verdict,
                       case((stats.passed_finally(), 1), else_=0))
                .select_from(CHECK.outerjoin(ENT, ENT.c.id == CHECK.c.enterprise_id))
                .where(*stats.live(), CHECK.c.verdict.isnot(None), CHECK.c.township_id == township_id,
                       *_sampled_between(first, last)).limit(DRILL_LIMIT))
        out = [Evidence("spot_check", r[0], r[1], r[2] or "", f"{r[3]}（{_verdict_word(r[4], r[5])}）", bool(r[5]))
               for r in conn.execute(stmt)]
    elif source in ("certifications_new", "brands_new"):
        table, where = (CERT, _certifications(p, first, last)) if source == "certifications_new" else (
            BRAND, _brands(p, first, last))
        label = table.c.number if table is CERT else table.c.title
        day = table.c.issued_on if table is CERT else table.c.granted_on
        stmt = (select(table.c.id, name, day, table.c.kind, label)
                .select_from(table.join(ENT, ENT.c.id == table.c.enterprise_id))
                .where(*where, ENT.c.deleted_at.is_(None), ENT.c.township_id == township_id)
                .order_by(day).limit(DRILL_LIMIT))
        kind = "certification" if table is CERT else "brand"
        out = [Evidence(kind, r[0], r[1], r[2] or "", _kind_text(kind, r[3], r[4]), True) for r in conn.execute(stmt)]
    elif source in ("instrument_registration_rate", "instrument_verification_rate"):
        out = _instrument_evidence(session, source, township_id, date.fromisoformat(last))
    else:
        stmt = (select(CHECK.c.id, func.coalesce(func.nullif(CHECK.c.unit_name, ""), name), CHECK.c.product,
                       CHECK.c.correction_ordered_on, CHECK.c.recheck_on)
                .select_from(CHECK.outerjoin(ENT, ENT.c.id == CHECK.c.enterprise_id))
                .where(*_corrections(first, last), CHECK.c.township_id == township_id).limit(DRILL_LIMIT))
        for r in conn.execute(stmt):
            counted, on_time = _correction_counts(r[3], r[4], last)
            if counted:
                out.append(Evidence("spot_check", r[0], r[1], r[3][:10], f"{r[2]} → {r[4] or '—'}", on_time))
    return sorted(out, key=lambda e: (not e.counts, e.on, e.enterprise))


def _verdict_word(verdict: str, passed: int) -> str:
    if passed and verdict in FAILING:
        return "复检合格"
    return "合格" if passed else "不合格"


def _kind_text(kind: str, code: str, label: str) -> str:
    if kind == "certification":
        known = certificates.KINDS.get(code)
        return f"{known.zh if known else code} {label}".strip()
    return label


def _instrument_evidence(session: Session, source: str, township_id: str, today: date) -> list[Evidence]:
    listed = [INST.c.deleted_at.is_(None), ENT.c.deleted_at.is_(None),
              ENT.c.status.in_(instrument_service.TRADING), ENT.c.township_id == township_id]
    if source == "instrument_verification_rate":
        listed.append(INST.c.registered == True)  # noqa: E712
    stmt = (select(INST.c.id, ENT.c.name, INST.c.name, INST.c.serial, INST.c.registered, INST.c.verified_on,
                   INST.c.due_on, INST.c.result)
            .select_from(INST.join(ENT, ENT.c.id == INST.c.enterprise_id)).where(*listed).limit(DRILL_LIMIT))
    out = []
    for r in session.connection().execute(stmt):
        verified, due = (date.fromisoformat(v[:10]) if v else None for v in (r[5], r[6]))
        if source == "instrument_registration_rate":
            counts = bool(r[4])
        else:
            counts = instrument_rules.in_cycle(bool(r[4]), verified, due, r[7], today)
        out.append(Evidence("instrument", r[0], r[1], r[5] or "", f"{r[2]} {r[3]}".strip(), counts))
    return out
