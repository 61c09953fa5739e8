"""Pass rates of spot checks by township, industry, product category or year, and the failing items ranked.

A sample counts once it has a verdict. Its *final* verdict is the one counted: a failing result overturned by
the re-test on the reserve sample (复检合格, final under SAMR Order No. 18) is a pass. A sample's year is the
year it was sampled, else of its report, else its plan's year. Samples of withdrawn plans are left out.
Everything is grouped in SQL: a million samples never come into Python.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, String, Table, and_, case, func, literal, or_, select
from sqlmodel import Session

from qsupervise.models import Enterprise, OrgUnit, SpotCheck, SpotCheckPlan
from qsupervise.rules import industry
from qsupervise.rules.verdicts import FAILING, PASS

CHECK: Table = SpotCheck.__table__  # type: ignore[attr-defined]
PLAN: Table = SpotCheckPlan.__table__  # type: ignore[attr-defined]
ENT: Table = Enterprise.__table__  # type: ignore[attr-defined]
ORG: Table = OrgUnit.__table__  # type: ignore[attr-defined]
GROUPS = ("township", "industry", "category", "year")
# Separators between the items of a published 不合格项目 cell; a comma inside brackets ("n=5,c=2") is no separator.
_SEPARATORS = frozenset("、,，;；\n")
_OPENING, _CLOSING = frozenset("(（[【"), frozenset(")）]】")
NONE_WORDS = frozenset({"", "/", "-", "—", "——", "—-", "无", "／"})


@dataclass(frozen=True)
class Rate:
    """One group's samples with a verdict; ``label`` is "" for the group of samples without a key."""

    key: str
    label: str
    total: int
    passed: int

    @property
    def failed(self) -> int:
        return self.total - self.passed

    @property
    def rate(self) -> float | None:
        return self.passed / self.total if self.total else None


def _blank_is_null(column: ColumnElement[str]) -> ColumnElement[str]:
    return func.nullif(column, "")


def of_plan(column: Callable[[Any], ColumnElement[Any]]) -> ColumnElement[Any]:
    """``column(plan)`` of the sample's own plan, looked up only for the rows that need it (a correlated
    subquery over an alias, so it also works in a query that joins the plans itself)."""
    own = PLAN.alias("own_plan")
    return select(column(own)).where(own.c.id == CHECK.c.plan_id).correlate(CHECK).scalar_subquery()


def year_of() -> ColumnElement[str]:
    """The sample's year as four characters: sampled, else reported, else the plan's year."""
    return func.coalesce(
        func.substr(_blank_is_null(CHECK.c.sampled_on), 1, 4),
        func.substr(_blank_is_null(CHECK.c.report_on), 1, 4),
        of_plan(lambda plan: func.cast(plan.c.year, String)),
    )


def passed_finally() -> ColumnElement[bool]:
    """Passed, or failed and then passed the re-test (复检) that Order No. 18 makes final."""
    return or_(CHECK.c.verdict == PASS, and_(CHECK.c.verdict.in_(FAILING), CHECK.c.retest_verdict == PASS))


def failed_finally() -> ColumnElement[bool]:
    return and_(CHECK.c.verdict.in_(FAILING), or_(CHECK.c.retest_verdict.is_(None), CHECK.c.retest_verdict != PASS))


def live() -> list[ColumnElement[bool]]:
    """Samples not withdrawn, of plans not withdrawn.

    The plans are excluded by a list (a handful) rather than joined: joined, SQLite walks the plans and
    reaches the samples through an index, three times slower over a million samples than one scan.
    """
    withdrawn = select(PLAN.c.id).where(PLAN.c.deleted_at.isnot(None))
    return [CHECK.c.deleted_at.is_(None), CHECK.c.plan_id.not_in(withdrawn)]


def _judged(year: int | None) -> list[ColumnElement[bool]]:
    where = [*live(), CHECK.c.verdict.isnot(None)]
    if year is not None:
        where.append(year_of() == str(year))
    return where


def _counts() -> tuple[ColumnElement[int], ColumnElement[int]]:
    return func.count(), func.sum(case((passed_finally(), 1), else_=0))


def _grouped(by: str, year: int | None) -> Select[str, int, int]:
    """SELECT key, judged, passed … GROUP BY key."""
    total, passed = _counts()
    where = _judged(year)
    if by == "industry":
        # The labelled producer's industry, else the sampled unit's, by 大类 (letter and two digits). Counted
        # per enterprise first, then joined: 20k lookups instead of one per sample.
        owner = func.coalesce(CHECK.c.producer_id, CHECK.c.enterprise_id).label("owner")
        per = select(owner, total.label("n"), passed.label("p")).where(*where).group_by(owner).subquery()
        key = func.coalesce(func.substr(ENT.c.industry_code, 1, 3), "")
        source = per.outerjoin(ENT, ENT.c.id == per.c.owner)
        return select(key, func.sum(per.c.n), func.sum(per.c.p)).select_from(source).group_by(key)
    column: ColumnElement[str]
    if by == "township":
        column = func.coalesce(CHECK.c.township_id, "")
    elif by == "category":
        plan_category = of_plan(lambda plan: _blank_is_null(plan.c.category))
        column = func.coalesce(_blank_is_null(CHECK.c.category), plan_category, "")
    elif by == "year":
        column = year_of()
    else:
        raise ValueError(f"unknown grouping {by!r}; use one of {GROUPS}")
    key_ = column.label("k")
    return select(key_, total, passed).select_from(CHECK).where(*where).group_by(key_)


def pass_rates(session: Session, *, by: str = "township", year: int | None = None) -> list[Rate]:
    """Samples with a verdict, grouped; a group's rate is passed / judged.

    Years come in order; other groups with the most samples first, then by label.
    """
    stmt = _grouped(by, year)
    rows = [(str(r[0] or ""), int(r[1]), int(r[2] or 0)) for r in session.connection().execute(stmt)]
    labels = _labels(session, by, [k for k, _, _ in rows])
    out = [Rate(k, labels.get(k, k), total, passed_) for k, total, passed_ in rows]
    if by == "year":
        return sorted(out, key=lambda r: r.key)
    # The unkeyed group ("未关联…") goes last among equals; an empty label sorts first otherwise.
    return sorted(out, key=lambda r: (-r.total, r.key == "", r.label))


def _labels(session: Session, by: str, keys: list[str]) -> dict[str, str]:
    """What a key reads as; the empty key keeps the label "" (the interface names it in its language)."""
    out = {"": ""}
    if by == "township":
        ids = [k for k in keys if k]
        for start in range(0, len(ids), 500):
            stmt = select(ORG.c.id, ORG.c.name).where(ORG.c.id.in_(ids[start : start + 500]))
            out.update((str(r[0]), str(r[1])) for r in session.connection().execute(stmt))
    elif by == "industry":
        out.update((k, industry.label(k)) for k in keys if k)
    return out


def overall(session: Session, *, year: int | None = None) -> Rate:
    """Every sample with a verdict (in ``year`` when given) as one group keyed by the year or ""."""
    stmt = select(*_counts()).select_from(CHECK).where(*_judged(year))
    total, passed_ = session.connection().execute(stmt).one()
    key = str(year) if year is not None else ""
    return Rate(key, key, int(total), int(passed_ or 0))


def years(session: Session) -> list[int]:
    """The years that have samples with a verdict, newest first."""
    stmt = select(year_of()).select_from(CHECK).where(*_judged(None)).distinct()
    found = {int(y) for (y,) in session.connection().execute(stmt) if y and str(y).isdigit()}
    return sorted(found, reverse=True)


def split_items(text: str) -> list[str]:
    """The items of a published 不合格项目 cell: split on 、，,;； and new lines outside brackets, trimmed."""
    items: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text or "":
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(0, depth - 1)
        elif char in _SEPARATORS and depth == 0:
            items.append("".join(current))
            current = []
            continue
        current.append(char)
    items.append("".join(current))
    out: list[str] = []
    for item in items:
        name = item.strip().rstrip("。.").strip()
        if name not in NONE_WORDS and name not in out:
            out.append(name)
    return out


def failing_items(session: Session, *, year: int | None = None, limit: int = 20) -> list[tuple[str, int]]:
    """The test items failing most often, as (item, number of samples it failed in), most frequent first.

    Read from the samples' 不合格项目 text, which entering the test items fills and an import copies from the
    published table. Equal counts are ordered by name so the ranking is stable.
    """
    where = [*live(), failed_finally(), CHECK.c.failed_items != literal("")]
    if year is not None:
        where.append(year_of() == str(year))
    # Grouped by text first: a county's failing samples repeat a few hundred distinct texts.
    stmt = select(CHECK.c.failed_items, func.count()).where(*where).group_by(CHECK.c.failed_items)
    counts: Counter[str] = Counter()
    for text, n in session.connection().execute(stmt):
        for name in split_items(text):
            counts[name] += int(n)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ranked[:limit] if limit else ranked
