"""A sample's life after the draw: sampling record, test results and verdict, follow-up steps; inspectors."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Table, func, select
from sqlmodel import Session
from sqlmodel import select as sm_select

from qsupervise import dialect
from qsupervise.errors import KnownError
from qsupervise.messages import text
from qsupervise.models import Enterprise, Inspector, InspectorRecusal, SpotCheck, SpotCheckPlan, TestItem, utcnow
from qsupervise.rules import followup, verdicts
from qsupervise.rules.dates import stored_date
from qsupervise.services import audit, version_parts

CHECK: Table = SpotCheck.__table__  # type: ignore[attr-defined]
ITEM: Table = TestItem.__table__  # type: ignore[attr-defined]
SAMPLING_STATES = ("pending", "sampled", "refused", "not_found")
SAMPLING_FIELDS = (
    "sample_no", "product", "brand", "spec", "batch", "test_qty", "reserve_qty", "declared_standard", "sampler1",
    "sampler2", "sampled_on", "sampling", "producer_name", "category",
)
RESULT_FIELDS = ("report_no", "report_on", "verdict", "verdict_override", "failed_items")
DATE_FIELDS = frozenset({"sampled_on", "report_on", *followup.DATE_OF.values(), "objection_on"})


def get(session: Session, check_id: str) -> SpotCheck:
    check = session.get(SpotCheck, check_id)
    if check is None or check.deleted_at is not None:
        raise KnownError("spotcheck_unknown", id=check_id)
    return check


def find_id(session: Session, ref: str) -> str:
    """The live sample a user names by its record id, sample number (抽样单编号) or report number."""
    ref = ref.strip()
    live = CHECK.c.deleted_at.is_(None)
    for column in (CHECK.c.id, CHECK.c.sample_no, CHECK.c.report_no):
        found = session.connection().execute(select(CHECK.c.id).where(column == ref, live).limit(2)).scalars().all()
        if len(found) == 1:
            return str(found[0])
        if len(found) > 1:
            raise KnownError("spotcheck_ambiguous", ref=ref)
    raise KnownError("spotcheck_unknown", id=ref)


def iso_date(value: str | date | None, field: str) -> str | None:
    """A date as stored (YYYY-MM-DD) or None; anything else is an error naming the field."""
    return stored_date(value, field, code="spotcheck_bad_date")


def version(session: Session, check_id: str) -> int:
    """The version the editor reads a sample at, its test items' changes counted: give it to the saves."""
    return version_parts.version(session, SpotCheck, check_id, _items(check_id))


def _items(check_id: str) -> list[version_parts.Part]:
    return [version_parts.Part("items", "test_item", version_parts.rows_of(ITEM, "spot_check_id", check_id))]


def _refuse_if_changed(session: Session, check: SpotCheck, opened: int | None, fields: Sequence[str],
                       parts: Sequence[version_parts.Part] = ()) -> None:
    """Refused (versions.RecordChanged) when someone changed ``fields`` (or ``parts``) of the sample after
    ``opened``; what the other section of the editor saved meanwhile does not count."""
    version_parts.refuse_if_changed(session, SpotCheck, check.id, opened, what=check.unit_name or check.sample_no,
                                    parts=parts, fields=fields, missing="spotcheck_unknown")


def save_sampling(session: Session, check_id: str, values: dict[str, Any], *, actor: str = "cli",
                  opened_version: int | None = None) -> SpotCheck:
    """Record the 抽样单: only the fields given change; a refusal (拒检) or "not found" needs no product.
    ``opened_version`` (:func:`version`): refused when someone changed the 抽样单 since."""
    check = get(session, check_id)
    _refuse_if_changed(session, check, opened_version, SAMPLING_FIELDS)
    unknown = set(values) - set(SAMPLING_FIELDS)
    if unknown:
        raise ValueError(f"not sampling fields: {sorted(unknown)}")
    state = values.get("sampling", check.sampling)
    if state not in SAMPLING_STATES:
        raise KnownError("spotcheck_bad_state", value=state)
    for name, value in values.items():
        value = iso_date(value, name) if name in DATE_FIELDS else (value or "").strip()
        setattr(check, name, value)
    if check.sampling == "sampled" and not check.product:
        raise KnownError("spotcheck_needs_product")
    check.updated_at = utcnow()
    session.add(check)
    audit.record(session, actor=actor, action="spotcheck.sampling", target=check.id, detail={"state": check.sampling})
    return check


@dataclass(frozen=True)
class ItemInput:
    name: str
    clause: str = ""
    required: str = ""
    measured: str = ""
    unit: str = ""
    verdict: str | None = None  # pass | fail | None (not tested yet)
    importance: str = "B"


def parse_item_verdict(value: str | None) -> str | None:
    """An item verdict typed or pasted as 合格/不合格/符合/P/F…; empty means not decided yet."""
    if value is None or not value.strip():
        return None
    parsed = verdicts.parse_published(value)
    if parsed is None:
        raise KnownError("item_bad_verdict", value=value)
    return verdicts.FAIL if parsed in verdicts.FAILING else verdicts.PASS


def save_results(
    session: Session,
    check_id: str,
    items: Sequence[ItemInput],
    *,
    report_no: str = "",
    report_on: str | date | None = None,
    verdict: str | None = None,
    override_reason: str = "",
    actor: str = "cli",
    opened_version: int | None = None,
) -> SpotCheck:
    """Replace the test items and set the report; the verdict is derived from the items.

    ``verdict`` different from the one the items give is an override and needs ``override_reason``; without
    items (a report received on paper) the verdict is simply the report's. ``opened_version`` (:func:`version`):
    refused when someone changed the results or the items since.
    """
    check = get(session, check_id)
    _refuse_if_changed(session, check, opened_version, RESULT_FIELDS, _items(check_id))
    if check.sampling != "sampled":
        raise KnownError("spotcheck_not_sampled")
    for n, item in enumerate(items, start=1):
        if not item.name.strip():
            raise KnownError("item_no_name", row=n)
        if item.importance not in verdicts.IMPORTANCE:
            raise KnownError("item_bad_importance", row=n, value=item.importance)
        if item.verdict not in (None, verdicts.PASS, verdicts.FAIL):
            raise KnownError("item_bad_verdict", value=item.verdict)
    derived = verdicts.derive((i.verdict, i.importance) for i in items)
    chosen = verdict or derived
    if chosen is not None and chosen not in verdicts.VERDICTS:
        raise KnownError("item_bad_verdict", value=chosen)
    overridden = bool(items) and verdict is not None and verdict != derived
    if overridden and not override_reason.strip():
        raise KnownError("verdict_override_reason")
    now = utcnow()
    for old in session.exec(sm_select(TestItem).where(TestItem.spot_check_id == check.id)):
        session.delete(old)
    for n, item in enumerate(items, start=1):
        session.add(TestItem(
            spot_check_id=check.id, position=n, name=item.name.strip(), clause=item.clause.strip(),
            required=item.required.strip(), measured=item.measured.strip(), unit=item.unit.strip(),
            verdict=item.verdict, importance=item.importance,
        ))
    check.report_no, check.report_on = report_no.strip(), iso_date(report_on, "report_on")
    check.verdict = chosen
    check.verdict_override = override_reason.strip() if overridden else ""
    check.failed_items = "、".join(i.name.strip() for i in items if i.verdict == verdicts.FAIL)[:500]
    check.updated_at = now
    session.add(check)
    audit.record(session, actor=actor, action="spotcheck.results", target=check.id,
                 detail={"verdict": chosen, "items": len(items), "override": check.verdict_override})
    return check


@dataclass(frozen=True)
class BatchResult:
    """One line of a batch of reports entered at once: the sample, its report and verdict, the failing items."""

    check_id: str
    report_no: str = ""
    report_on: str | None = None
    verdict: str | None = None
    failed_items: str = ""


@dataclass(frozen=True)
class BatchProblem:
    line: int  # 1-based line of the batch
    field: str
    code: str
    params: dict[str, str]

    def message(self, lang: str = "zh") -> str:
        return text(self.code, lang, **self.params)


class InvalidBatch(KnownError):
    """A batch with problems is refused whole; ``problems`` says which line and field."""

    def __init__(self, problems: list[BatchProblem]) -> None:
        super().__init__("batch_refused", count=len(problems), first=problems[0].message())
        self.problems = problems


def save_batch(session: Session, lines: Sequence[BatchResult], *, actor: str = "cli") -> int:
    """Record the reports of many samples at once (a testing body's result list); all lines or none.

    A sample whose test items are entered keeps its verdict from them: change it in the sample's editor.
    Lines with nothing in them are skipped; returns how many samples changed.
    """
    problems: list[BatchProblem] = []
    planned: list[tuple[SpotCheck, dict[str, Any]]] = []
    with_items = {
        r[0] for r in session.connection().execute(
            select(ITEM.c.spot_check_id).where(ITEM.c.spot_check_id.in_([b.check_id for b in lines])).distinct()
        )
    }
    for n, line in enumerate(lines, start=1):
        if not (line.report_no.strip() or line.report_on or line.verdict or line.failed_items.strip()):
            continue
        check = session.get(SpotCheck, line.check_id)
        if check is None or check.deleted_at is not None:
            problems.append(BatchProblem(n, "check", "spotcheck_unknown", {"id": line.check_id}))
            continue
        if check.sampling != "sampled":
            problems.append(BatchProblem(n, "check", "spotcheck_not_sampled", {}))
            continue
        if line.verdict not in (None, *verdicts.VERDICTS):
            problems.append(BatchProblem(n, "verdict", "item_bad_verdict", {"value": str(line.verdict)}))
            continue
        if check.id in with_items and line.verdict and line.verdict != check.verdict:
            problems.append(BatchProblem(n, "verdict", "batch_has_items", {"unit": check.unit_name}))
            continue
        if line.verdict in verdicts.FAILING and not line.failed_items.strip() and check.id not in with_items:
            problems.append(BatchProblem(n, "failed_items", "batch_needs_failed_items", {}))
            continue
        try:
            on = iso_date(line.report_on, "report_on")
        except KnownError as exc:
            problems.append(BatchProblem(n, "report_on", exc.code, {k: str(v) for k, v in exc.params.items()}))
            continue
        values = {"report_no": line.report_no.strip() or check.report_no, "report_on": on or check.report_on,
                  "verdict": line.verdict or check.verdict}
        if check.id not in with_items:
            failing = values["verdict"] in verdicts.FAILING
            values["failed_items"] = line.failed_items.strip()[:500] if failing else ""
        if any(getattr(check, k) != v for k, v in values.items()):
            planned.append((check, values))
    if problems:
        raise InvalidBatch(problems)
    now = utcnow()
    for check, values in planned:
        for k, v in values.items():
            setattr(check, k, v)
        check.updated_at = now
        session.add(check)
    audit.record(session, actor=actor, action="spotcheck.batch", target=str(len(planned)),
                 detail={"lines": len(lines), "changed": len(planned)})
    return len(planned)


def items_of(session: Session, check_id: str) -> list[TestItem]:
    stmt = sm_select(TestItem).where(TestItem.spot_check_id == check_id).order_by(TestItem.position)  # type: ignore[arg-type]
    return list(session.exec(stmt))


def record_step(
    session: Session, check_id: str, step: str, on: str | date, *, verdict: str | None = None, actor: str = "cli",
) -> SpotCheck:
    """Date one follow-up step (and the verdict of a re-test or recheck); steps follow SAMR Order No. 18's order."""
    check = get(session, check_id)
    if step not in (*followup.DATE_OF, "objection"):
        raise KnownError("step_unknown", step=step)
    if not verdicts.is_failing(check.verdict):
        raise KnownError("step_not_failing")
    when = iso_date(on, step)
    column = "objection_on" if step == "objection" else followup.DATE_OF[step]
    if step in followup.VERDICT_OF:
        if verdict not in (verdicts.PASS, verdicts.FAIL):
            raise KnownError("step_needs_verdict", step=step)
        setattr(check, followup.VERDICT_OF[step], verdict)
    before = followup.STEPS.index(step)
    for earlier in followup.STEPS[:before]:
        column_before = "objection_on" if earlier == "objection" else followup.DATE_OF.get(earlier)
        value = getattr(check, column_before) if column_before else None
        if value and when and value > when:
            raise KnownError("step_before_previous", step=step, previous=earlier, date=value)
    setattr(check, column, when)
    check.updated_at = utcnow()
    session.add(check)
    audit.record(session, actor=actor, action="spotcheck.step", target=check.id,
                 detail={"step": step, "on": when, "verdict": verdict})
    return check


@dataclass(frozen=True)
class Due:
    """A failing sample's open follow-up step, for the 工作台 and the page."""

    check_id: str
    unit_name: str
    product: str
    township_id: str | None
    step: followup.Step

    def overdue(self, today: date) -> bool:
        return self.step.overdue(today)


FOLLOWUP_COLUMNS = ("verdict", "objection_on", "closed_on", *followup.DATE_OF.values(), *followup.VERDICT_OF.values())


def open_followups(session: Session, today: date, *, township_id: str | None = None) -> list[Due]:
    """Every failing sample not yet closed, with its next step; overdue first, then by due date."""
    cols = [CHECK.c.id, CHECK.c.unit_name, CHECK.c.product, CHECK.c.township_id,
            *(CHECK.c[c] for c in dict.fromkeys(FOLLOWUP_COLUMNS))]
    where: list[ColumnElement[bool]] = [
        CHECK.c.deleted_at.is_(None), CHECK.c.verdict.in_(verdicts.FAILING), CHECK.c.closed_on.is_(None),
    ]
    if township_id:
        where.append(CHECK.c.township_id == township_id)
    out: list[Due] = []
    for row in session.connection().execute(select(*cols).where(*where)).mappings():
        step = followup.next_step(dict(row), today)
        if step is not None:
            out.append(Due(row["id"], row["unit_name"], row["product"], row["township_id"], step))
    out.sort(key=lambda d: (not d.overdue(today), d.step.due or date.max, d.unit_name))
    return out


def count_overdue(session: Session, today: date) -> int:
    return sum(d.overdue(today) for d in open_followups(session, today))


# --- inspectors ---------------------------------------------------------------------------------------------

def add_inspector(
    session: Session, *, name: str, unit: str = "", badge_no: str = "", township_id: str | None = None,
    actor: str = "cli",
) -> Inspector:
    if not name.strip():
        raise KnownError("inspector_no_name")
    person = Inspector(name=name.strip(), unit=unit.strip(), badge_no=badge_no.strip(), township_id=township_id)
    session.add(person)
    session.flush()
    audit.record(session, actor=actor, action="inspector.add", target=person.name, detail={"id": person.id})
    return person


def set_inspector_active(session: Session, *, inspector_id: str, active: bool, actor: str = "cli") -> Inspector:
    """Take an inspector off duty (no longer drawn; past draws keep their names) or back on."""
    person = session.get(Inspector, inspector_id)
    if person is None or person.deleted_at is not None:
        raise KnownError("inspector_unknown", id=inspector_id)
    if person.active != active:
        person.active, person.updated_at = active, utcnow()
        session.add(person)
        audit.record(session, actor=actor, action="inspector.activate" if active else "inspector.deactivate",
                     target=person.name, detail={"id": person.id})
    return person


def inspectors(session: Session, *, include_inactive: bool = False) -> list[Inspector]:
    stmt = sm_select(Inspector).where(Inspector.deleted_at.is_(None))  # type: ignore[union-attr]
    if not include_inactive:
        stmt = stmt.where(Inspector.active == True)  # noqa: E712
    return list(session.exec(stmt.order_by(Inspector.name)))


def recuse(session: Session, *, inspector_id: str, enterprise_id: str, reason: str, actor: str = "cli") -> None:
    if session.get(Inspector, inspector_id) is None:
        raise KnownError("inspector_unknown", id=inspector_id)
    if session.get(Enterprise, enterprise_id) is None:
        raise KnownError("enterprise_unknown", id=enterprise_id)
    if not reason.strip():
        raise KnownError("recusal_needs_reason")
    session.add(InspectorRecusal(inspector_id=inspector_id, enterprise_id=enterprise_id, reason=reason.strip()))
    audit.record(session, actor=actor, action="inspector.recuse", target=inspector_id,
                 detail={"enterprise": enterprise_id, "reason": reason.strip()})


# --- lists -------------------------------------------------------------------------------------------------

def plans(session: Session, *, year: int | None = None) -> list[SpotCheckPlan]:
    stmt = sm_select(SpotCheckPlan).where(SpotCheckPlan.deleted_at.is_(None))  # type: ignore[union-attr]
    if year is not None:
        stmt = stmt.where(SpotCheckPlan.year == year)
    return list(session.exec(stmt.order_by(SpotCheckPlan.year.desc(), SpotCheckPlan.plan_no)))  # type: ignore[attr-defined]


def checks_of_plan(session: Session, plan_id: str) -> list[SpotCheck]:
    stmt = sm_select(SpotCheck).where(SpotCheck.plan_id == plan_id, SpotCheck.deleted_at.is_(None))  # type: ignore[union-attr]
    return list(session.exec(stmt.order_by(SpotCheck.unit_name)))


def counts_by_plan(session: Session) -> dict[str, dict[str, int]]:
    """Per plan: samples, sampled, with a verdict, failing."""
    stmt = (
        select(
            CHECK.c.plan_id, func.count(), dialect.count_where(CHECK.c.sampling == "sampled"),
            dialect.count_where(CHECK.c.verdict.isnot(None)),
            dialect.count_where(CHECK.c.verdict.in_(verdicts.FAILING)),
        )
        .where(CHECK.c.deleted_at.is_(None))
        .group_by(CHECK.c.plan_id)
    )
    return {
        r[0]: {"samples": r[1], "sampled": int(r[2] or 0), "judged": int(r[3] or 0), "failing": int(r[4] or 0)}
        for r in session.connection().execute(stmt)
    }
