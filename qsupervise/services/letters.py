"""Responsibility letters (质量工作目标责任书): the metric catalogue, yearly templates, the letters made from
them for every township or member unit, per-unit changes, signing (locks the letter) and the printable view.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import Table, func, select
from sqlmodel import Session
from sqlmodel import select as sm_select

from qsupervise.errors import KnownError
from qsupervise.models import (
    AssessmentMetric,
    LetterTarget,
    OrgKind,
    OrgUnit,
    ResponsibilityLetter,
    utcnow,
)
from qsupervise.rules import assessment as rules
from qsupervise.rules.dates import stored_date
from qsupervise.services import attachments, audit, version_parts, versions
from qsupervise.services.letter_defaults import default_template, defaults

KINDS = (OrgKind.TOWNSHIP.value, OrgKind.MEMBER_UNIT.value)
MAX_TARGETS = 40
TARGETS: Table = LetterTarget.__table__  # type: ignore[attr-defined]


# --- the metric catalogue -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MetricInput:
    code: str
    name: str
    unit: str = ""
    source: str = ""  # "" for a metric entered by hand
    params: dict[str, list[str]] = field(default_factory=dict)
    direction: str = rules.HIGHER
    rule: str = rules.LINEAR
    floor: float | None = None
    bonus_per_unit: float = 0
    bonus_cap: float = 0
    description: str = ""


def metrics(session: Session, *, include_deleted: bool = False) -> list[AssessmentMetric]:
    stmt = sm_select(AssessmentMetric)
    if not include_deleted:
        stmt = stmt.where(AssessmentMetric.deleted_at == None)  # noqa: E711
    return sorted(session.exec(stmt).all(), key=lambda m: (m.source == "", m.code))


def metric(session: Session, metric_id: str) -> AssessmentMetric:
    found = session.get(AssessmentMetric, metric_id)
    if found is None:
        raise KnownError("letter_metric_unknown", ref=metric_id)
    return found


def metric_by_code(session: Session, code: str) -> AssessmentMetric | None:
    stmt = sm_select(AssessmentMetric).where(AssessmentMetric.code == code,
                                             AssessmentMetric.deleted_at == None)  # noqa: E711
    return session.exec(stmt).first()


def ensure_metrics(session: Session, *, actor: str = "cli") -> int:
    """Fill an empty catalogue (none in use; retired ones don't count) with the usual targets; returns how many
    were added (0 when it had any)."""
    if metrics(session):
        return 0
    for data in defaults():
        save_metric(session, data, actor=actor, quiet=True)
    audit.record(session, actor=actor, action="letters.metrics_default", detail={"count": len(defaults())})
    return len(defaults())


def _check_metric(data: MetricInput) -> None:
    if not data.code.strip() or not data.name.strip():
        raise KnownError("letter_metric_name")
    if data.source and data.source not in rules.SOURCES:
        raise KnownError("letter_metric_source", value=data.source, sources=", ".join(rules.SOURCES))
    if data.direction not in rules.DIRECTIONS:
        raise KnownError("letter_metric_direction", value=data.direction)
    if data.rule not in rules.RULES:
        raise KnownError("letter_metric_rule", value=data.rule)
    if data.bonus_per_unit < 0 or data.bonus_cap < 0:
        raise KnownError("letter_metric_bonus")


def save_metric(session: Session, data: MetricInput, *, metric_id: str | None = None, actor: str = "cli",
                quiet: bool = False, opened_version: int | None = None) -> AssessmentMetric:
    """Add a metric or change ``metric_id``; ``opened_version``: refused when someone saved it since (versions)."""
    if metric_id and opened_version is not None:
        versions.refuse_if_changed(session, AssessmentMetric, metric_id, opened_version,
                                   missing="letter_metric_unknown")
    _check_metric(data)
    code = data.code.strip()[:40]
    same = metric_by_code(session, code)
    if same is not None and same.id != metric_id:
        raise KnownError("letter_metric_code_taken", code=code)
    row = metric(session, metric_id) if metric_id else AssessmentMetric(code=code, name="")
    row.code, row.name, row.unit = code, data.name.strip()[:200], data.unit.strip()[:20]
    row.source, row.params = data.source, json.dumps(data.params, ensure_ascii=False, sort_keys=True)
    row.direction, row.rule, row.floor = data.direction, data.rule, data.floor
    row.bonus_per_unit, row.bonus_cap, row.description = data.bonus_per_unit, data.bonus_cap, data.description
    row.updated_at = utcnow()
    session.add(row)
    session.flush()
    if not quiet:
        audit.record(session, actor=actor, action="letters.metric_save", target=code, detail={"id": row.id})
    return row


def delete_metric(session: Session, metric_id: str, *, actor: str = "cli") -> None:
    """Retire a metric from the catalogue; letters that use it keep their targets."""
    row = metric(session, metric_id)
    row.deleted_at = utcnow()
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="letters.metric_delete", target=row.code)


def rule_of(m: AssessmentMetric) -> rules.Rule:
    return rules.Rule(m.direction, m.rule, m.floor, m.bonus_per_unit, m.bonus_cap)


def target_text(m: AssessmentMetric, target: float | None) -> str:
    """"≥90%", "≤2起", or "完成" for a task without a number."""
    if target is None:
        return "完成"
    if m.direction == rules.LOWER and target == 0:
        return f"0{m.unit}"
    sign = "≤" if m.direction == rules.LOWER else "≥"
    return f"{sign}{number_text(target)}{m.unit}"


def number_text(value: float | None) -> str:
    if value is None:
        return "—"
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")


# --- letters and templates ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TargetInput:
    metric_id: str
    target: float | None
    weight: float
    task: str = ""
    responsible: str = ""
    deadline: str | date | None = None


@dataclass(frozen=True)
class LetterInput:
    title: str
    party_a: str
    party_b: str = ""
    party_a_person: str = ""
    party_b_person: str = ""
    doc_no: str = ""
    preamble: str = ""
    terms: str = ""
    targets: Sequence[TargetInput] = ()


def letter(session: Session, letter_id: str) -> ResponsibilityLetter:
    found = session.get(ResponsibilityLetter, letter_id)
    if found is None or found.deleted_at is not None:
        raise KnownError("letter_unknown", ref=letter_id)
    return found


def targets(session: Session, letter_id: str) -> list[LetterTarget]:
    stmt = (sm_select(LetterTarget).where(LetterTarget.letter_id == letter_id,
                                          LetterTarget.deleted_at == None)  # noqa: E711
            .order_by(LetterTarget.position))  # type: ignore[arg-type]
    return list(session.exec(stmt).all())


def template(session: Session, year: int, for_kind: str) -> ResponsibilityLetter | None:
    stmt = sm_select(ResponsibilityLetter).where(
        ResponsibilityLetter.year == year, ResponsibilityLetter.is_template == True,  # noqa: E712
        ResponsibilityLetter.for_kind == for_kind, ResponsibilityLetter.deleted_at == None)  # noqa: E711
    return session.exec(stmt).first()


def template_or_default(session: Session, year: int, for_kind: str, *, actor: str = "cli") -> ResponsibilityLetter:
    """The year's template for townships or member units, made from the usual one when there is none yet."""
    if for_kind not in KINDS:
        raise KnownError("letter_bad_kind", value=for_kind)
    found = template(session, year, for_kind)
    if found is not None:
        return found
    ensure_metrics(session, actor=actor)
    county = session.exec(sm_select(OrgUnit).where(OrgUnit.kind == OrgKind.COUNTY)).first()
    codes = {m.code: m.id for m in metrics(session)}
    data = default_template(year, for_kind, county.name if county else "", codes)
    row = ResponsibilityLetter(year=year, is_template=True, for_kind=for_kind)
    _apply(session, row, data)
    audit.record(session, actor=actor, action="letters.template", target=str(year), detail={"kind": for_kind})
    return row


def _check_letter(session: Session, data: LetterInput) -> None:
    if not data.title.strip():
        raise KnownError("letter_title")
    if len(data.targets) > MAX_TARGETS:
        raise KnownError("letter_too_many_targets", max=MAX_TARGETS)
    for n, t in enumerate(data.targets, start=1):
        m = metric(session, t.metric_id)
        if t.weight < 0 or t.weight > 1000:
            raise KnownError("letter_target_weight", n=n, name=m.name)
        if m.source and t.target is None:
            raise KnownError("letter_target_value", n=n, name=m.name)


def _apply(session: Session, row: ResponsibilityLetter, data: LetterInput) -> None:
    """Write ``data`` into ``row`` and replace its targets (the old ones are retired, not deleted)."""
    _check_letter(session, data)
    row.title, row.doc_no = data.title.strip()[:200], data.doc_no.strip()[:60]
    row.party_a, row.party_b = data.party_a.strip()[:100], data.party_b.strip()[:100]
    row.party_a_person, row.party_b_person = data.party_a_person.strip()[:50], data.party_b_person.strip()[:50]
    row.preamble, row.terms = data.preamble.strip(), data.terms.strip()
    row.updated_at = utcnow()
    session.add(row)
    session.flush()
    old = {(t.metric_id, t.position): t for t in targets(session, row.id)}
    kept: set[str] = set()
    for position, t in enumerate(data.targets, start=1):
        deadline = stored_date(t.deadline, "deadline", code="letter_bad_date") if t.deadline else None
        target = old.get((t.metric_id, position)) or LetterTarget(letter_id=row.id, metric_id=t.metric_id)
        values = dict(position=position, target=t.target, weight=float(t.weight), task=t.task.strip()[:500],
                      responsible=t.responsible.strip()[:50], deadline=deadline)
        if target.id in kept or any(getattr(target, k) != v for k, v in values.items()):
            for k, v in values.items():
                setattr(target, k, v)
            target.updated_at = utcnow()
            session.add(target)
        kept.add(target.id)
    for gone in old.values():
        if gone.id not in kept:
            gone.deleted_at = utcnow()
            session.add(gone)
    session.flush()


def input_of(session: Session, row: ResponsibilityLetter) -> LetterInput:
    return LetterInput(
        title=row.title, party_a=row.party_a, party_b=row.party_b, party_a_person=row.party_a_person,
        party_b_person=row.party_b_person, doc_no=row.doc_no, preamble=row.preamble, terms=row.terms,
        targets=[TargetInput(t.metric_id, t.target, t.weight, t.task, t.responsible, t.deadline)
                 for t in targets(session, row.id)])


def version(session: Session, letter_id: str) -> int:
    """The version a form opens a letter or template at, its targets' changes counted: give it to the save."""
    return version_parts.version(session, ResponsibilityLetter, letter_id, _parts(letter_id))


def _parts(letter_id: str) -> list[version_parts.Part]:
    return [version_parts.Part("targets", "letter_target", version_parts.rows_of(TARGETS, "letter_id", letter_id))]


def _refuse_if_changed(session: Session, row: ResponsibilityLetter, opened: int | None) -> None:
    """Refused (:class:`versions.RecordChanged`) when someone saved the letter or its targets after ``opened``."""
    version_parts.refuse_if_changed(session, ResponsibilityLetter, row.id, opened, what=row.title or row.party_b,
                                    parts=_parts(row.id), missing="letter_unknown")


def save_template(session: Session, year: int, for_kind: str, data: LetterInput, *,
                  actor: str = "cli", opened_version: int | None = None) -> ResponsibilityLetter:
    """Replace the year's template; ``opened_version`` (:func:`version`): refused when someone saved it since."""
    row = template_or_default(session, year, for_kind, actor=actor)
    _refuse_if_changed(session, row, opened_version)
    _apply(session, row, data)
    audit.record(session, actor=actor, action="letters.template", target=str(year), detail={"kind": for_kind})
    return row


PARTY_B = "{乙方}"  # in a template's texts, replaced by the unit's name in each letter


def fill(value: str, unit: str) -> str:
    return value.replace(PARTY_B, unit)


@dataclass(frozen=True)
class Created:
    created: list[str]  # letter ids
    skipped: list[str]  # names of units that had a letter already


def create_letters(session: Session, year: int, for_kind: str = OrgKind.TOWNSHIP.value, *,
                   unit_ids: Sequence[str] | None = None, actor: str = "cli") -> Created:
    """A letter from the year's template for every active unit of the kind (or the units named) without one."""
    tpl = template_or_default(session, year, for_kind, actor=actor)
    base = input_of(session, tpl)
    stmt = sm_select(OrgUnit).where(OrgUnit.kind == for_kind, OrgUnit.active == True)  # noqa: E712
    if unit_ids is not None:
        stmt = sm_select(OrgUnit).where(OrgUnit.id.in_(list(unit_ids)))  # type: ignore[attr-defined]
    units = sorted(session.exec(stmt).all(), key=lambda u: (u.sort_order, u.name))
    have = set(session.connection().execute(select(ResponsibilityLetter.org_unit_id).where(  # type: ignore[call-overload]
        ResponsibilityLetter.year == year, ResponsibilityLetter.deleted_at == None,  # noqa: E711
        ResponsibilityLetter.is_template == False)).scalars())  # noqa: E712
    created, skipped = [], []
    for unit in units:
        if unit.id in have:
            skipped.append(unit.name)
            continue
        row = ResponsibilityLetter(year=year, for_kind=unit.kind, org_unit_id=unit.id)
        data = LetterInput(**{**base.__dict__, "party_b": unit.name,
                              **{k: fill(getattr(base, k), unit.name) for k in ("title", "preamble", "terms")}})
        _apply(session, row, data)
        created.append(row.id)
    audit.record(session, actor=actor, action="letters.create", target=str(year),
                 detail={"kind": for_kind, "created": len(created), "skipped": len(skipped)})
    return Created(created, skipped)


def save_letter(session: Session, letter_id: str, data: LetterInput, *, actor: str = "cli",
                opened_version: int | None = None) -> ResponsibilityLetter:
    """Change one letter; ``opened_version`` (:func:`version`): refused when someone saved it since."""
    row = letter(session, letter_id)
    if row.locked:
        raise KnownError("letter_locked", unit=row.party_b, on=row.signed_on or "—")
    _refuse_if_changed(session, row, opened_version)
    _apply(session, row, data)
    audit.record(session, actor=actor, action="letters.save", target=row.party_b, detail={"id": row.id})
    return row


def sign(session: Session, letter_id: str, *, signed_on: str | date, scan: Path | bytes | None = None,
         scan_name: str = "", actor: str = "cli") -> ResponsibilityLetter:
    """Record the signature (and the scan of the signed letter): the letter is locked from then on."""
    row = letter(session, letter_id)
    if row.is_template:
        raise KnownError("letter_template_sign")
    if row.locked:
        raise KnownError("letter_locked", unit=row.party_b, on=row.signed_on or "—")
    row.signed_on = stored_date(signed_on, "signed_on", code="letter_bad_date")
    if scan is not None:
        row.scan_attachment_id = attachments.store(session, scan, scan_name).id
    row.locked = True
    row.updated_at = utcnow()
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="letters.sign", target=row.party_b,
                 detail={"id": row.id, "on": row.signed_on, "scan": row.scan_attachment_id})
    return row


def unlock(session: Session, letter_id: str, *, reason: str, actor: str = "cli") -> ResponsibilityLetter:
    """Open a signed letter again (a wrong target found after signing); the reason goes to the audit trail."""
    row = letter(session, letter_id)
    if not reason.strip():
        raise KnownError("letter_unlock_reason")
    row.locked = False
    row.updated_at = utcnow()
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="letters.unlock", target=row.party_b,
                 detail={"id": row.id, "reason": reason.strip()})
    return row


def delete_letter(session: Session, letter_id: str, *, actor: str = "cli") -> None:
    row = letter(session, letter_id)
    if row.locked:
        raise KnownError("letter_locked", unit=row.party_b, on=row.signed_on or "—")
    row.deleted_at = utcnow()
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="letters.delete", target=row.party_b, detail={"id": row.id})


# --- lists and the printable view -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LetterRow:
    id: str
    year: int
    org_unit_id: str | None
    unit: str
    kind: str
    title: str
    targets: int
    points: float
    signed_on: str | None
    locked: bool
    stage: str
    has_scan: bool


def letters(session: Session, year: int, *, kind: str | None = None) -> list[LetterRow]:
    """The year's letters (not the templates), townships first, in the county's order."""
    counts = {r[0]: (int(r[1]), float(r[2] or 0)) for r in session.connection().execute(
        select(LetterTarget.letter_id, func.count(), func.sum(LetterTarget.weight))  # type: ignore[call-overload]
        .join(ResponsibilityLetter, ResponsibilityLetter.id == LetterTarget.letter_id)
        .where(ResponsibilityLetter.year == year, LetterTarget.deleted_at == None)  # noqa: E711
        .group_by(LetterTarget.letter_id))}
    stmt = (sm_select(ResponsibilityLetter, OrgUnit)
            .join(OrgUnit, OrgUnit.id == ResponsibilityLetter.org_unit_id)  # type: ignore[arg-type]
            .where(ResponsibilityLetter.year == year, ResponsibilityLetter.is_template == False,  # noqa: E712
                   ResponsibilityLetter.deleted_at == None))  # noqa: E711
    if kind:
        stmt = stmt.where(ResponsibilityLetter.for_kind == kind)
    rows = sorted(session.exec(stmt).all(), key=lambda r: (r[0].for_kind != "township", r[1].sort_order, r[1].name))
    return [LetterRow(r.id, r.year, r.org_unit_id, u.name, r.for_kind, r.title, *counts.get(r.id, (0, 0.0)),
                      r.signed_on, r.locked, r.stage, r.scan_attachment_id is not None) for r, u in rows]


def years(session: Session) -> list[int]:
    stmt = select(ResponsibilityLetter.year).where(  # type: ignore[call-overload]
        ResponsibilityLetter.deleted_at == None).distinct()  # noqa: E711
    return sorted({int(y) for (y,) in session.connection().execute(stmt)}, reverse=True)


@dataclass(frozen=True)
class TargetLine:
    position: int
    metric: str
    task: str
    target: str
    weight: str
    responsible: str
    deadline: str


@dataclass(frozen=True)
class LetterDoc:
    """A letter as the PDF prints it: plain texts only."""

    id: str
    year: int
    title: str
    doc_no: str
    party_a: str
    party_b: str
    party_a_person: str
    party_b_person: str
    preamble: list[str]
    targets: list[TargetLine]
    total_points: str
    terms: list[str]
    signed_on: str | None


def _paragraphs(value: str) -> list[str]:
    return [p.strip() for p in value.replace("\r\n", "\n").split("\n") if p.strip()]


def letter_doc(session: Session, letter_id: str) -> LetterDoc:
    row = letter(session, letter_id)
    catalogue = {m.id: m for m in metrics(session, include_deleted=True)}
    lines = []
    total = 0.0
    for t in targets(session, row.id):
        m = catalogue[t.metric_id]
        total += t.weight
        lines.append(TargetLine(t.position, m.name, t.task, target_text(m, t.target), number_text(t.weight),
                                t.responsible, t.deadline or ""))
    return LetterDoc(row.id, row.year, row.title, row.doc_no, row.party_a, row.party_b, row.party_a_person,
                     row.party_b_person, _paragraphs(row.preamble), lines, number_text(total),
                     _paragraphs(row.terms), row.signed_on)


def letter_docs(session: Session, year: int, *, ids: Sequence[str] | None = None) -> list[LetterDoc]:
    chosen = [r.id for r in letters(session, year)] if ids is None else list(ids)
    return [letter_doc(session, i) for i in chosen]
