"""The year-end assessment (年底考核) of the letters: values as of a cut-off day, the unit's self-assessment and
the county's verified values side by side, scores, totals, ranking, and progress during the year.

Stages of a letter: open (the unit may enter its self-assessment) → self_assessed (submitted; the unit's values
are frozen) → verified (the county's values frozen) → published (通报; nothing changes any more). A computable
target's value comes from the data until a stage freezes it, so a number in a report never moves afterwards.
The county may enter verified values at any stage before publishing (a township that never submits must not
block the county).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlmodel import Session
from sqlmodel import select as sm_select

from qsupervise.errors import KnownError
from qsupervise.models import AssessmentMetric, LetterTarget, ResponsibilityLetter, TargetResult, utcnow
from qsupervise.rules import assessment as rules
from qsupervise.rules.dates import stored_date
from qsupervise.services import assessment_metrics as measures
from qsupervise.services import attachments, audit
from qsupervise.services import letters as letter_service

SELF, VERIFIED = rules.STAGES
OPEN, SELF_ASSESSED, DONE, PUBLISHED = rules.LETTER_STAGES


@dataclass(frozen=True)
class TargetScore:
    target_id: str
    position: int
    metric_id: str
    metric: str
    unit: str
    source: str
    target: float | None
    target_text: str
    weight: float
    computed: measures.Measure | None  # None: entered by hand, or no data for this unit (a member unit)
    self_value: float | None
    self_score: float | None
    self_comment: str
    self_evidence: str | None
    verified_value: float | None
    verified_score: float | None
    verified_comment: str
    verified_evidence: str | None
    responsible: str
    deadline: str | None


@dataclass(frozen=True)
class LetterScore:
    letter_id: str
    unit_id: str | None
    unit: str
    kind: str
    stage: str
    cutoff: date
    targets: list[TargetScore]
    self_total: float
    verified_total: float
    complete: bool  # every target has a verified value
    rank: int | None  # among the letters of the same kind, by the verified total


def cutoff_of(letters: Sequence[ResponsibilityLetter], year: int, today: date) -> date:
    """The cut-off day: the letters' own, else today within the year, else the year's last day."""
    days = sorted({r.cutoff_on for r in letters if r.cutoff_on})
    if days:
        return date.fromisoformat(days[-1])
    return min(max(today, date(year, 1, 1)), date(year, 12, 31))


def _letters(session: Session, year: int, ids: Sequence[str] | None = None) -> list[ResponsibilityLetter]:
    rows = {r.id: r for r in letter_service.letters(session, year)}
    chosen = list(rows) if ids is None else [i for i in ids if i in rows]
    return [letter_service.letter(session, i) for i in chosen]


def _results(session: Session, target_ids: list[str]) -> dict[tuple[str, str], TargetResult]:
    out: dict[tuple[str, str], TargetResult] = {}
    for start in range(0, len(target_ids), 500):
        stmt = sm_select(TargetResult).where(TargetResult.target_id.in_(target_ids[start:start + 500]))  # type: ignore[attr-defined]
        for r in session.exec(stmt).all():
            out[(r.target_id, r.stage)] = r
    return out


def sheet(session: Session, year: int, *, today: date, cutoff: date | None = None,
          ids: Sequence[str] | None = None) -> list[LetterScore]:
    """Scores of the year's letters (or those named), in the county's order, ranked within each kind."""
    chosen = _letters(session, year, ids)
    day = cutoff or cutoff_of(chosen, year, today)
    catalogue = {m.id: m for m in letter_service.metrics(session, include_deleted=True)}
    per_letter = {r.id: letter_service.targets(session, r.id) for r in chosen}
    all_targets = [t for ts in per_letter.values() for t in ts]
    results = _results(session, [t.id for t in all_targets])
    computed: dict[tuple[str, str], dict[str, measures.Measure]] = {}
    memo: dict[object, object] = {}
    for t in all_targets:
        m = catalogue[t.metric_id]
        if m.source and (m.source, m.params) not in computed:
            computed[(m.source, m.params)] = measures.values(session, m.source, m.params, year, day, memo=memo)
    scores = []
    for r in chosen:
        lines = [_line(t, catalogue[t.metric_id], r, results, computed) for t in per_letter[r.id]]
        scores.append(LetterScore(
            r.id, r.org_unit_id, r.party_b, r.for_kind, r.stage, day, lines,
            round(sum(x.self_score or 0 for x in lines), 2), round(sum(x.verified_score or 0 for x in lines), 2),
            all(x.verified_value is not None for x in lines), None))
    ranked: dict[object, int | None] = {}
    for kind in {s.kind for s in scores}:
        ranked.update(rules.ranks((s.letter_id, s.verified_total) for s in scores if s.kind == kind))
    return [LetterScore(**{**s.__dict__, "rank": ranked.get(s.letter_id)}) for s in scores]


def _line(t: LetterTarget, m: AssessmentMetric, r: ResponsibilityLetter,
          results: dict[tuple[str, str], TargetResult],
          computed: dict[tuple[str, str], dict[str, measures.Measure]]) -> TargetScore:
    measure = None
    if m.source and r.for_kind == "township" and r.org_unit_id:
        measure = computed[(m.source, m.params)].get(r.org_unit_id) or _nothing(m.source)
    rule = letter_service.rule_of(m)
    own, county = results.get((t.id, SELF)), results.get((t.id, VERIFIED))
    auto = measure.value if measure else None
    self_value = own.value if own and own.value is not None else auto
    verified_value = county.value if county and county.value is not None else auto
    return TargetScore(
        t.id, t.position, m.id, m.name, m.unit, m.source, t.target, letter_service.target_text(m, t.target),
        t.weight, measure, self_value, rules.score(self_value, t.target, t.weight, rule),
        own.comment if own else "", own.attachment_id if own else None,
        verified_value, rules.score(verified_value, t.target, t.weight, rule),
        county.comment if county else "", county.attachment_id if county else None, t.responsible, t.deadline)


def _nothing(source: str) -> measures.Measure:
    """A township without records: a count of zero; no rate (nothing to divide), except that with no
    correction due, nothing was late (整改按期完成率 100 %)."""
    kind, _unit = rules.SOURCES[source]
    if source == "rectification_on_time_rate":
        return measures.Measure(100.0, 0, 0)
    return measures.Measure(0.0, 0, None) if kind == rules.COUNT else measures.Measure(None, 0, 0)


def _target(session: Session, target_id: str) -> tuple[LetterTarget, ResponsibilityLetter]:
    target = session.get(LetterTarget, target_id)
    if target is None or target.deleted_at is not None:
        raise KnownError("letter_target_unknown", ref=target_id)
    return target, letter_service.letter(session, target.letter_id)


def enter(session: Session, target_id: str, *, stage: str, value: float | None, comment: str = "",
          evidence: Path | bytes | None = None, evidence_name: str = "", on: date, actor: str = "cli") -> TargetResult:
    """Record a target's value at a stage (the unit's own, or the county's verified one), with evidence."""
    if stage not in rules.STAGES:
        raise KnownError("assessment_bad_stage", value=stage)
    _target_row, row = _target(session, target_id)
    if row.stage == PUBLISHED:
        raise KnownError("assessment_published", unit=row.party_b)
    if stage == SELF and row.stage != OPEN:
        raise KnownError("assessment_self_closed", unit=row.party_b)
    if value is not None and (value != value or abs(value) > 1e9):  # NaN or absurd
        raise KnownError("assessment_bad_value", value=value)
    found = _results(session, [target_id]).get((target_id, stage))
    result = found or TargetResult(target_id=target_id, stage=stage)
    result.value, result.comment = value, comment.strip()[:1000]
    if evidence is not None:
        result.attachment_id = attachments.store(session, evidence, evidence_name).id
    result.entered_by, result.entered_on, result.updated_at = actor, on.isoformat(), utcnow()
    session.add(result)
    session.flush()
    audit.record(session, actor=actor, action="assessment.enter", target=row.party_b,
                 detail={"target": target_id, "stage": stage, "value": value})
    return result


def _freeze(session: Session, score: LetterScore, stage: str, on: date, actor: str) -> None:
    """Store the values a stage ends with, so that later data does not move them."""
    results = _results(session, [t.target_id for t in score.targets])
    for t in score.targets:
        value = t.self_value if stage == SELF else t.verified_value
        found = results.get((t.target_id, stage))
        if found is not None and found.value is not None:
            continue
        result = found or TargetResult(target_id=t.target_id, stage=stage)
        result.value = value
        result.computed = t.computed.value if t.computed else None
        result.entered_by, result.entered_on, result.updated_at = actor, on.isoformat(), utcnow()
        session.add(result)
    session.flush()


def _move(session: Session, row: ResponsibilityLetter, stage: str, on: date, actor: str) -> None:
    row.stage, row.updated_at = stage, utcnow()
    if stage == SELF_ASSESSED:
        row.self_submitted_on = on.isoformat()
    elif stage == DONE:
        row.verified_on = on.isoformat()
    elif stage == PUBLISHED:
        row.published_on = on.isoformat()
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action=f"assessment.{stage}", target=row.party_b, detail={"id": row.id})


def submit_self(session: Session, letter_id: str, *, on: date, actor: str = "cli",
                score: LetterScore | None = None) -> LetterScore:
    """The unit's 自评 is submitted: its values are frozen. ``score``: the letter's line of a sheet just made."""
    row = letter_service.letter(session, letter_id)
    if row.stage != OPEN:
        raise KnownError("assessment_self_closed", unit=row.party_b)
    score = score or sheet(session, row.year, today=on, ids=[row.id])[0]
    _freeze(session, score, SELF, on, actor)
    _move(session, row, SELF_ASSESSED, on, actor)
    return score


def verify(session: Session, letter_id: str, *, on: date, actor: str = "cli",
           score: LetterScore | None = None) -> LetterScore:
    """The county's 核查: every target needs a value (entered, or from the data); then the values are frozen."""
    row = letter_service.letter(session, letter_id)
    if row.stage in (DONE, PUBLISHED):
        raise KnownError("assessment_already", unit=row.party_b, stage=row.stage)
    score = score or sheet(session, row.year, today=on, ids=[row.id])[0]
    missing = [t.metric for t in score.targets if t.verified_value is None]
    if missing:
        raise KnownError("assessment_missing", unit=row.party_b, metrics="、".join(missing))
    _freeze(session, score, VERIFIED, on, actor)
    _move(session, row, DONE, on, actor)
    return score


def publish(session: Session, year: int, *, kind: str = "township", on: date, actor: str = "cli") -> int:
    """通报: publish the verified assessment of every letter of the kind; refused while one is not verified."""
    rows = [r for r in _letters(session, year) if r.for_kind == kind and r.stage != PUBLISHED]
    waiting = [r.party_b for r in rows if r.stage != DONE]
    if waiting:
        raise KnownError("assessment_not_verified", units="、".join(waiting[:10]), count=len(waiting))
    if not rows:
        raise KnownError("assessment_nothing_to_publish", year=year)
    for r in rows:
        _move(session, r, PUBLISHED, on, actor)
    return len(rows)


def reopen(session: Session, letter_id: str, *, reason: str, actor: str = "cli") -> ResponsibilityLetter:
    """One stage back (a wrong value found after submitting); frozen values stay and may be corrected."""
    row = letter_service.letter(session, letter_id)
    if not reason.strip():
        raise KnownError("assessment_reopen_reason")
    index = rules.LETTER_STAGES.index(row.stage)
    if index == 0:
        raise KnownError("assessment_already", unit=row.party_b, stage=row.stage)
    row.stage, row.updated_at = rules.LETTER_STAGES[index - 1], utcnow()
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="assessment.reopen", target=row.party_b,
                 detail={"id": row.id, "stage": row.stage, "reason": reason.strip()})
    return row


def set_cutoff(session: Session, year: int, cutoff: str | date, *, actor: str = "cli") -> int:
    day = stored_date(cutoff, "cutoff", code="letter_bad_date", required=True)
    rows = _letters(session, year)
    for r in rows:
        r.cutoff_on, r.updated_at = day, utcnow()
        session.add(r)
    session.flush()
    audit.record(session, actor=actor, action="assessment.cutoff", target=str(year), detail={"cutoff": day})
    return len(rows)


def drill(session: Session, target_id: str, *, today: date) -> list[measures.Evidence]:
    """The records behind a computed target's value for its unit (empty for a target entered by hand)."""
    target, row = _target(session, target_id)
    m = letter_service.metric(session, target.metric_id)
    if not m.source or not row.org_unit_id or row.for_kind != "township":
        return []
    day = cutoff_of([row], row.year, today)
    return measures.evidence(session, m.source, m.params, row.org_unit_id, row.year, day)


# --- progress during the year (工作台) ------------------------------------------------------------------------


@dataclass(frozen=True)
class TargetProgress:
    metric: str
    value: float | None
    expected: float | None
    target_text: str
    light: str


@dataclass(frozen=True)
class UnitProgress:
    letter_id: str
    unit: str
    light: str
    share: float | None  # points so far ÷ points of the targets judged so far
    targets: list[TargetProgress]


def progress(session: Session, year: int, *, today: date) -> list[UnitProgress]:
    """Each township's letter on ``today``: counts are compared with the share of the target due by now, rates
    with the target, tasks count once entered (and as missed once their deadline passed)."""
    share = rules.year_share(year, today)
    out = []
    for s in sheet(session, year, today=today, cutoff=min(today, date(year, 12, 31))):
        if s.kind != "township":
            continue
        lines, points = [], []
        for t in s.targets:
            kind = rules.SOURCES[t.source][0] if t.source else ""
            value = t.verified_value if t.verified_value is not None else t.self_value
            overdue = bool(t.deadline and t.deadline < today.isoformat())
            expected = t.target if overdue or t.target is None else rules.expected_so_far(t.target, kind, share)
            p: float | None = None
            if value is not None and (expected is not None or t.target is None):
                p = rules.score(value, expected, t.weight, _rule(session, t.metric_id))
            elif value is None and overdue and not t.source:
                p = 0.0  # a task not reported by its deadline
            points.append((p, t.weight))
            lines.append(TargetProgress(t.metric, value, expected, t.target_text, rules.light([(p, t.weight)])))
        judged = [(p, w) for p, w in points if p is not None and w > 0]
        got = sum(min(p, w) for p, w in judged) / sum(w for _p, w in judged) if judged else None
        out.append(UnitProgress(s.letter_id, s.unit, rules.light(points), got, lines))
    return out


def _rule(session: Session, metric_id: str) -> rules.Rule:
    return letter_service.rule_of(letter_service.metric(session, metric_id))
