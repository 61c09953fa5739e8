"""Quality credit (质量信用): the county's rules, grading every enterprise, overrides, list entries, penalties.

The grade itself comes from rules/credit.py (pure, documented there). This module keeps it in the database:

- ``credit_grade`` rows are history. A row is written only when an enterprise's outcome changes: its computed
  grade, its score or the count under any rule (:func:`recompute`). An enterprise with no row has nothing on
  record: it stands at the rules' default (base score, grade A with the default rules), so a county of 200k
  clean 个体户 costs no rows and no change records to sync.
- The newest row (by ``created_at``, then id: ids are time-ordered) is the enterprise's grade.
- An override (人工调整) is a row whose grade differs from ``computed_grade``, with a reason. It holds while the
  computed grade stays what it was when the person decided; once the facts move the computed grade, the next
  recomputation writes the computed grade again (the person's reason was about other facts). An entry in force
  on the 严重违法失信名单 forces D: no override lifts it.

Public functions (stable names; the GUI and the demo use them): :func:`rules`, :func:`set_rule`,
:func:`facts_for`, :func:`outcome_of`, :func:`recompute`, :func:`override`, :func:`clear_override`,
:func:`current`, :func:`history`, :func:`grades_of`, :func:`grade_counts`, :func:`newest_grades`,
:func:`add_list_entry`, :func:`remove_list_entry`, :func:`list_entries`, :func:`add_penalty`,
:func:`penalties`, :func:`find_enterprise`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import orjson
from sqlalchemy import ColumnElement, Connection, Table, func, select
from sqlmodel import Session, col
from sqlmodel import select as sm_select

from qsupervise.changelog import WriteContext, bulk_insert, stamp, to_json
from qsupervise.errors import KnownError
from qsupervise.models import CreditGrade, CreditListEntry, CreditRule, Enterprise, Penalty, utcnow
from qsupervise.rules import credit as rules_
from qsupervise.rules.credit import GRADES, LISTS, Facts, Outcome, Reason, Rule, Rules, grade
from qsupervise.rules.dates import stored_date
from qsupervise.services import audit
from qsupervise.services.credit_facts import facts_for

GRADE: Table = CreditGrade.__table__  # type: ignore[attr-defined]
ENT: Table = Enterprise.__table__  # type: ignore[attr-defined]
Progress = Callable[[float, str], None]


# --- rules ---------------------------------------------------------------------------------------------------


def rules(session: Session) -> Rules:
    """The county's rules: its settings (``credit_rule`` rows, the newest per code), the defaults for the rest."""
    rows = session.exec(sm_select(CreditRule).order_by(col(CreditRule.updated_at), col(CreditRule.id))).all()
    return Rules.of(Rule(r.code, r.points, r.window_years, r.active, r.note) for r in rows)


def set_rule(
    session: Session, code: str, *, points: int | None = None, window_years: int | None = None,
    active: bool | None = None, note: str | None = None, actor: str = "cli",
) -> Rule:
    """Change one rule (only what is given); audited. Grades change at the next :func:`recompute`."""
    if code not in rules_.DEFAULTS:
        raise KnownError("credit_rule_unknown", rule=code, codes=", ".join(rules_.CODES))
    now = rules(session)
    old = now[code]
    new = Rule(code, old.points if points is None else points,
               old.window_years if window_years is None else window_years,
               old.active if active is None else active, old.note if note is None else note.strip()[:200])
    problem = rules_.check_rule(new, now)
    if problem:
        a, b, c = (new.points if t == code else now[t].points for t in rules_.THRESHOLDS)
        raise KnownError(problem, rule=code, value=new.points if problem != "credit_rule_window" else new.window_years,
                         max=rules_.MAX_WINDOW, a=a, b=b, c=c)
    row = session.exec(sm_select(CreditRule).where(CreditRule.code == code)
                       .order_by(col(CreditRule.updated_at).desc(), col(CreditRule.id).desc())).first()
    if row is None:
        row = CreditRule(code=code)
    row.points, row.window_years, row.active, row.note = new.points, new.window_years, new.active, new.note
    row.updated_at = utcnow()
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="credit.rule", target=code, detail={
        "before": [old.points, old.window_years, old.active], "after": [new.points, new.window_years, new.active]})
    return new


# --- standings -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Standing:
    """An enterprise's grade as recorded (or, with ``recorded`` False, the rules' default: nothing on record)."""

    enterprise_id: str
    grade: str
    score: int
    computed_grade: str
    basis: tuple[Reason, ...]
    override_reason: str = ""
    decided_on: str | None = None
    decided_by: str = ""
    recorded: bool = True
    id: str | None = None

    @property
    def overridden(self) -> bool:
        return bool(self.override_reason)

    def lines(self, lang: str = "zh") -> list[str]:
        return [r.text(lang) for r in self.basis]


def _standing(row: Any) -> Standing:
    basis = tuple(Reason.from_dict(d) for d in orjson.loads(row["basis"] or "[]"))
    return Standing(row["enterprise_id"], row["grade"], int(row["score"]), row["computed_grade"] or row["grade"],
                    basis, row["override_reason"] or "", row["decided_on"], row["decided_by"] or "", True, row["id"])


def _default(session: Session, enterprise_id: str, today: date | None = None) -> Standing:
    out = grade(Facts(as_of=today or date.today(), awards=()), rules(session))
    return Standing(enterprise_id, out.grade, out.score, out.grade, out.basis, recorded=False)


_COLUMNS = ("id", "enterprise_id", "grade", "score", "computed_grade", "basis", "override_reason", "decided_on",
            "decided_by")


def _newest_rows(conn: Connection, ids: Sequence[str] | None, *, as_of: date | None = None) -> dict[str, Any]:
    """The newest ``credit_grade`` row per enterprise (of ``ids``, or all), decided on or before ``as_of``."""
    order = func.row_number().over(partition_by=GRADE.c.enterprise_id,
                                   order_by=(GRADE.c.created_at.desc(), GRADE.c.id.desc())).label("n")
    out: dict[str, Any] = {}
    chunks: list[Sequence[str] | None] = [None] if ids is None else [ids[i:i + 500] for i in range(0, len(ids), 500)]
    for chunk in chunks:
        inner = select(*(GRADE.c[c] for c in _COLUMNS), order)
        if chunk is not None:
            inner = inner.where(GRADE.c.enterprise_id.in_(chunk))
        if as_of is not None:
            inner = inner.where(GRADE.c.decided_on <= as_of.isoformat())
        sub = inner.subquery()
        for row in conn.execute(select(*(sub.c[c] for c in _COLUMNS)).where(sub.c.n == 1)).mappings():
            out[row["enterprise_id"]] = row
    return out


def newest_grades(conn: Connection, *, as_of: date | None = None) -> dict[str, str]:
    """Every enterprise's recorded grade (newest row decided by ``as_of``); enterprises without a row are absent."""
    order = func.row_number().over(partition_by=GRADE.c.enterprise_id,
                                   order_by=(GRADE.c.created_at.desc(), GRADE.c.id.desc())).label("n")
    inner = select(GRADE.c.enterprise_id, GRADE.c.grade, order)
    if as_of is not None:
        inner = inner.where(GRADE.c.decided_on <= as_of.isoformat())
    sub = inner.subquery()
    return {r[0]: r[1] for r in conn.execute(select(sub.c.enterprise_id, sub.c.grade).where(sub.c.n == 1))}


def current(session: Session, enterprise_id: str, *, today: date | None = None) -> Standing:
    """The enterprise's grade: its newest row, else the rules' default (``recorded`` False)."""
    _enterprise(session, enterprise_id)
    row = _newest_rows(session.connection(), [enterprise_id]).get(enterprise_id)
    return _standing(row) if row is not None else _default(session, enterprise_id, today)


def history(session: Session, enterprise_id: str) -> list[Standing]:
    """Every recorded grade of the enterprise, newest first (empty: nothing was ever on record)."""
    stmt = (select(*(GRADE.c[c] for c in _COLUMNS)).where(GRADE.c.enterprise_id == enterprise_id)
            .order_by(GRADE.c.created_at.desc(), GRADE.c.id.desc()))
    return [_standing(r) for r in session.connection().execute(stmt).mappings()]


def grades_of(session: Session, enterprise_ids: Sequence[str]) -> dict[str, str]:
    """The grade of each enterprise of a page of ids (a list's 信用等级 column); the default where none is recorded."""
    found = _newest_rows(session.connection(), list(enterprise_ids))
    fallback = _default(session, "").grade
    return {eid: found[eid]["grade"] if eid in found else fallback for eid in enterprise_ids}


def grade_counts(session: Session, township_id: str | None = None) -> dict[str, int]:
    """Live enterprises per grade ("A" … "D"), of one township or the county, for the 工作台."""
    conn = session.connection()
    where: list[ColumnElement[bool]] = [ENT.c.deleted_at.is_(None)]
    if township_id:
        where.append(ENT.c.township_id == township_id)
    total = int(conn.execute(select(func.count()).select_from(ENT).where(*where)).scalar_one())
    order = func.row_number().over(partition_by=GRADE.c.enterprise_id,
                                   order_by=(GRADE.c.created_at.desc(), GRADE.c.id.desc())).label("n")
    sub = select(GRADE.c.enterprise_id, GRADE.c.grade, order).subquery()
    stmt = (select(sub.c.grade, func.count()).select_from(sub.join(ENT, ENT.c.id == sub.c.enterprise_id))
            .where(sub.c.n == 1, *where).group_by(sub.c.grade))
    counts = dict.fromkeys(GRADES, 0)
    for letter, n in conn.execute(stmt):
        counts[letter] = counts.get(letter, 0) + int(n)
    counts[_default(session, "").grade] += total - sum(counts.values())
    return counts


def outcome_of(session: Session, enterprise_id: str, today: date) -> Outcome:
    """What the rules give the enterprise today (not recorded; a preview, or the basis of a report)."""
    facts = facts_for(session.connection(), [enterprise_id], today).get(enterprise_id, Facts(as_of=today))
    return grade(facts, rules(session))


# --- recomputing ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Recomputed:
    """What a recomputation did: enterprises graded, rows written, and the ids whose grade row is new."""

    as_of: date
    enterprises: int
    written: int
    changed: tuple[str, ...]


def recompute(
    session: Session, today: date, enterprise_ids: Collection[str] | None = None, *, actor: str = "cli",
    progress: Progress | None = None, cancel: Callable[[], bool] | None = None,
) -> Recomputed:
    """Grade the enterprises (None: every live one) on ``today``; write a row where the outcome changed.

    Works inside any write session, the demo's too: ids and timestamps come from the session's write context.
    """
    report = progress or (lambda _f, _m: None)
    done = _regrade(session, today, enterprise_ids, report, cancel or (lambda: False))
    audit.record(session, actor=actor, action="credit.recompute", target=today.isoformat(),
                 detail={"enterprises": done.enterprises, "written": done.written})
    return done


def _regrade(session: Session, today: date, ids: Collection[str] | None, report: Progress,
             cancel: Callable[[], bool]) -> Recomputed:
    session.flush()
    conn = session.connection()
    county_rules = rules(session)
    report(0.0, "")
    facts = facts_for(conn, ids, today)
    if cancel():
        raise KnownError("cancelled")
    report(0.5, f"{len(facts):,}")
    newest = _newest_rows(conn, None if ids is None or len(facts) > 2000 else sorted(facts))
    default = grade(Facts(as_of=today, awards=()), county_rules)  # a clean record, awards module in use
    default_signature = default.signature()
    cache: dict[int, tuple[Facts, Outcome, tuple[Any, ...]]] = {}  # by id(): most share one empty Facts
    ctx: WriteContext = session.info["write_context"]
    now = datetime.fromtimestamp(ctx.wall_ms() / 1000, UTC)
    rows: list[dict[str, Any]] = []
    for eid, fact in facts.items():
        known = cache.get(id(fact))
        if known is None:
            out = grade(fact, county_rules)
            known = cache[id(fact)] = (fact, out, out.signature())
        _fact, out, signature = known
        previous = newest.get(eid)
        if previous is None:
            if signature == default_signature:
                continue
        else:
            before = _standing(previous)
            if rules_.signature(before.computed_grade, before.score, before.basis) == signature:
                continue
        keep = previous is not None and previous["override_reason"] and previous["computed_grade"] == out.grade \
            and not out.listed_serious
        rows.append(_row(ctx, now, eid, out, today, override=previous if keep else None, actor=""))
    if cancel():
        raise KnownError("cancelled")
    report(0.8, f"{len(facts):,} → {len(rows):,}")
    bulk_insert(conn, ctx, GRADE, rows)
    report(1.0, f"{len(facts):,} → {len(rows):,}")
    return Recomputed(today, len(facts), len(rows), tuple(r["enterprise_id"] for r in rows))


def _row(ctx: WriteContext, now: datetime, enterprise_id: str, out: Outcome, today: date, *,
         override: Any = None, actor: str) -> dict[str, Any]:
    """A ``credit_grade`` row: the computed outcome, and the override carried (or given) when there is one."""
    return stamp(ctx, {
        "enterprise_id": enterprise_id,
        "grade": override["grade"] if override is not None else out.grade,
        "score": out.score,
        "computed_grade": out.grade,
        "basis": to_json([r.to_dict() for r in out.basis]),
        "override_reason": override["override_reason"] if override is not None else "",
        "decided_on": today.isoformat(),
        "decided_by": override["decided_by"] if override is not None else actor,
    }, now)


# --- overrides -----------------------------------------------------------------------------------------------


def override(
    session: Session, enterprise_id: str, grade_: str, reason: str, *, actor: str = "cli", today: date | None = None,
) -> Standing:
    """Set the grade by hand (人工调整) with a reason; the computed grade and score are kept on the row."""
    letter = (grade_ or "").strip().upper()
    if letter not in GRADES:
        raise KnownError("credit_bad_grade", value=grade_)
    if not (reason or "").strip():
        raise KnownError("credit_override_reason")
    enterprise = _enterprise(session, enterprise_id)
    day = today or date.today()
    out = outcome_of(session, enterprise_id, day)
    listed = next((r for r in out.basis if r.rule == "serious_dishonest"), None)
    if listed is not None and letter != "D":
        raise KnownError("credit_override_listed", grade=letter, entries="；".join(listed.evidence))
    given = {"grade": letter, "override_reason": reason.strip()[:300], "decided_by": actor}
    _insert(session, _row(session.info["write_context"], _now(session), enterprise_id, out, day, override=given,
                          actor=actor))
    audit.record(session, actor=actor, action="credit.override", target=enterprise.name, detail={
        "enterprise": enterprise_id, "grade": letter, "computed": out.grade, "score": out.score,
        "reason": reason.strip()})
    return current(session, enterprise_id)


def clear_override(session: Session, enterprise_id: str, *, actor: str = "cli", today: date | None = None) -> Standing:
    """Lift the override: a new row with the computed grade."""
    enterprise = _enterprise(session, enterprise_id)
    if not current(session, enterprise_id).overridden:
        raise KnownError("credit_no_override", name=enterprise.name)
    day = today or date.today()
    out = outcome_of(session, enterprise_id, day)
    _insert(session, _row(session.info["write_context"], _now(session), enterprise_id, out, day, actor=actor))
    audit.record(session, actor=actor, action="credit.override_cleared", target=enterprise.name,
                 detail={"enterprise": enterprise_id, "grade": out.grade})
    return current(session, enterprise_id)


def _now(session: Session) -> datetime:
    ctx: WriteContext = session.info["write_context"]
    return datetime.fromtimestamp(ctx.wall_ms() / 1000, UTC)


def _insert(session: Session, row: dict[str, Any]) -> None:
    session.flush()
    bulk_insert(session.connection(), session.info["write_context"], GRADE, [row])


# --- list entries and penalties ------------------------------------------------------------------------------


def _enterprise(session: Session, enterprise_id: str) -> Enterprise:
    found = session.get(Enterprise, enterprise_id)
    if found is None or found.deleted_at is not None:
        raise KnownError("enterprise_not_found", ref=enterprise_id)
    return found


def find_enterprise(session: Session, ref: str) -> Enterprise:
    """A live enterprise named by its 统一社会信用代码, record id or exact (unique) name."""
    value = ref.strip()
    live = col(Enterprise.deleted_at).is_(None)
    for condition in (col(Enterprise.uscc) == value.upper(), col(Enterprise.id) == value,
                      col(Enterprise.name) == value):
        found = session.exec(sm_select(Enterprise).where(condition, live).limit(2)).all()
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise KnownError("credit_enterprise_ambiguous", ref=value)
    raise KnownError("enterprise_not_found", ref=value)


def iso_day(value: str | date | None, field: str, *, required: bool = True) -> str | None:
    return stored_date(value, field, code="credit_bad_date", required=required)


def add_list_entry(
    session: Session, *, enterprise_id: str, list_kind: str, listed_on: str | date, authority: str = "",
    document_no: str = "", reason: str = "", source: str = "", actor: str = "cli", today: date | None = None,
) -> CreditListEntry:
    """Record an entry on the 严重违法失信名单 or the 经营异常名录, then regrade the enterprise."""
    enterprise = _enterprise(session, enterprise_id)
    if list_kind not in LISTS:
        raise KnownError("credit_bad_list", value=list_kind)
    day = iso_day(listed_on, "listed_on")
    for entry in list_entries(session, enterprise_id, include_removed=False):
        if entry.list_kind == list_kind and entry.listed_on == day and entry.document_no == document_no.strip():
            raise KnownError("credit_list_duplicate", on=day, document=entry.document_no or "—",
                             list=list_kind)
    entry = CreditListEntry(enterprise_id=enterprise_id, list_kind=list_kind, listed_on=day or "",
                            authority=authority.strip()[:100], document_no=document_no.strip()[:60],
                            reason=reason.strip()[:500], source=source.strip()[:200])
    session.add(entry)
    session.flush()
    audit.record(session, actor=actor, action="credit.list_add", target=enterprise.name,
                 detail={"entry": entry.id, "list": list_kind, "on": day, "document": entry.document_no})
    _regrade(session, today or date.today(), [enterprise_id], lambda _f, _m: None, lambda: False)
    return entry


def remove_list_entry(
    session: Session, *, entry_id: str, removed_on: str | date, reason: str = "", actor: str = "cli",
    today: date | None = None,
) -> CreditListEntry:
    """Take an entry off its list (移出) on a day: ``removed_on`` is set, the entry itself is kept."""
    entry = session.get(CreditListEntry, entry_id)
    if entry is None or entry.deleted_at is not None:
        raise KnownError("credit_list_unknown", id=entry_id)
    if entry.removed_on:
        raise KnownError("credit_list_removed", on=entry.removed_on)
    day = iso_day(removed_on, "removed_on") or ""
    if day < entry.listed_on:
        raise KnownError("credit_remove_before", removed=day, listed=entry.listed_on)
    entry.removed_on, entry.updated_at = day, utcnow()
    session.add(entry)
    session.flush()
    enterprise = _enterprise(session, entry.enterprise_id)
    audit.record(session, actor=actor, action="credit.list_remove", target=enterprise.name,
                 detail={"entry": entry.id, "list": entry.list_kind, "on": day, "reason": reason.strip()})
    _regrade(session, today or date.today(), [entry.enterprise_id], lambda _f, _m: None, lambda: False)
    return entry


def list_entries(session: Session, enterprise_id: str, *, include_removed: bool = True) -> list[CreditListEntry]:
    """The enterprise's list entries, newest first."""
    stmt = sm_select(CreditListEntry).where(CreditListEntry.enterprise_id == enterprise_id,
                                            col(CreditListEntry.deleted_at).is_(None))
    if not include_removed:
        stmt = stmt.where(col(CreditListEntry.removed_on).is_(None))
    return list(session.exec(stmt.order_by(col(CreditListEntry.listed_on).desc(), col(CreditListEntry.id).desc())))


def parse_amount(value: str | None) -> int:
    """A sum of money in 元 as typed ("40,000.00", "4万" is not accepted) in 分."""
    if value is None or not str(value).strip():
        return 0
    cleaned = str(value).strip().replace(",", "").replace("，", "").removesuffix("元")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise KnownError("credit_bad_amount", value=value) from None
    if amount < 0 or amount != amount.quantize(Decimal("0.01")) or not amount.is_finite():
        raise KnownError("credit_bad_amount", value=value)
    return int(amount * 100)


def add_penalty(
    session: Session, *, enterprise_id: str, decided_on: str | date, document_no: str, authority: str = "",
    summary: str = "", amount_fen: int = 0, actor: str = "cli", today: date | None = None,
) -> Penalty:
    """Record an administrative penalty (行政处罚决定书) of the enterprise, then regrade it."""
    enterprise = _enterprise(session, enterprise_id)
    number = (document_no or "").strip()
    if not number:
        raise KnownError("credit_penalty_document")
    day = iso_day(decided_on, "decided_on") or ""
    if any(p.document_no == number for p in penalties(session, enterprise_id)):
        raise KnownError("credit_penalty_duplicate", document=number)
    if amount_fen < 0:
        raise KnownError("credit_bad_amount", value=amount_fen / 100)
    penalty = Penalty(enterprise_id=enterprise_id, decided_on=day, document_no=number[:60],
                      authority=authority.strip()[:100], summary=summary.strip()[:500], amount_fen=amount_fen)
    session.add(penalty)
    session.flush()
    audit.record(session, actor=actor, action="credit.penalty", target=enterprise.name,
                 detail={"penalty": penalty.id, "on": day, "document": number, "amount_fen": amount_fen})
    _regrade(session, today or date.today(), [enterprise_id], lambda _f, _m: None, lambda: False)
    return penalty


def penalties(session: Session, enterprise_id: str) -> list[Penalty]:
    """The enterprise's penalties, newest first."""
    stmt = sm_select(Penalty).where(Penalty.enterprise_id == enterprise_id, col(Penalty.deleted_at).is_(None))
    return list(session.exec(stmt.order_by(col(Penalty.decided_on).desc(), col(Penalty.id).desc())))
