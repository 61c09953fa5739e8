"""企业档案 queries: search, filter and sort in SQL, pages of rows by id (with their failing spot checks, valid
certificates and credit grade), details, history and spot checks."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import ColumnElement, Select, String, and_, asc, func, literal_column, or_, text, union
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from qsupervise import dialect
from qsupervise.changelog import COUNTER_BITS
from qsupervise.models import Certification, Change, Enterprise, ExecutedStandard, OrgUnit, Product, User
from qsupervise.rules import certificates, followup, verdicts
from qsupervise.services import credit, spotcheck_stats
from qsupervise.services.spotchecks import FOLLOWUP_COLUMNS

ENT = Enterprise.__table__  # type: ignore[attr-defined]
ORG = OrgUnit.__table__  # type: ignore[attr-defined]
CERT = Certification.__table__  # type: ignore[attr-defined]
SORTS: dict[str, Any] = {
    "name": ENT.c.search_key,
    "uscc": ENT.c.uscc,
    "township": sa_select(ORG.c.sort_order).where(ORG.c.id == ENT.c.township_id).scalar_subquery(),
    "industry": ENT.c.industry_code,
    "kind": ENT.c.kind,
    "scale": ENT.c.scale,
    "status": ENT.c.status,
}


@dataclass(frozen=True)
class Query:
    """What the 企业档案 list shows: search text, filters and sort order."""

    text: str = ""
    township_id: str | None = None
    industry: str | None = None  # canonical prefix: "C", "C13", "C1391"
    kind: str | None = None
    scale: str | None = None
    status: str | None = None
    include_deleted: bool = False
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class ListRow:
    rowid: int
    id: str
    name: str
    uscc: str | None
    uscc_override: str | None
    township: str
    industry_code: str
    kind: str
    scale: str
    status: str
    deleted: bool
    failed_checks: int = 0  # failing spot checks in the last FAILING_YEARS years (sampled unit or producer)
    valid_certificates: int = 0  # live certificates 有效 on the day asked (not suspended, revoked, expired …)
    grade: str = ""  # the credit grade (the rules' default where none is recorded)


@dataclass(frozen=True)
class ProductInfo:
    id: str
    name: str
    brand: str
    spec: str
    standards: list[ExecutedStandard] = field(default_factory=list)


@dataclass(frozen=True)
class Detail:
    enterprise: Enterprise
    township: str
    products: list[ProductInfo]


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    user: str
    op: str
    field: str | None
    old: Any
    new: Any


SEARCH_LIMIT = 400


def search_pattern(text_: str) -> str | None:
    """The LIKE pattern over ``search_key`` for what a user typed (None: no text filter).

    Chinese text matches anywhere in the name; letters also match pinyin initials; text with a
    digit is a credit-code (or initials) prefix, anchored after the key's U+001F separator.
    """
    cleaned = "".join(text_.split()).lower().replace("\\", "").replace("%", "").replace("_", "")
    cleaned = cleaned[:SEARCH_LIMIT]  # longer than any key's part; SQLite refuses LIKE patterns past 50 kB
    if not cleaned:
        return None
    if any(c.isdigit() for c in cleaned) and cleaned.isascii():
        return f"%\x1f{cleaned}%"
    return f"%{cleaned}%"


def conditions(q: Query) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    pattern = search_pattern(q.text)
    if pattern:
        where.append(ENT.c.search_key.like(pattern))
        needle = pattern.strip("%")
        if len(needle) <= 2 and not needle.isascii():  # too short for trigrams: a server reads its gram index
            where.append(dialect.name_grams_contain(ENT.c.search_key, needle))
    if q.township_id:
        where.append(ENT.c.township_id == q.township_id)
    if q.industry:
        where.append(ENT.c.industry_code.like(q.industry.upper() + "%"))
    for column, value in (("kind", q.kind), ("scale", q.scale), ("status", q.status)):
        if value:
            where.append(ENT.c[column] == value)
    if not q.include_deleted:
        where.append(ENT.c.deleted_at.is_(None))
    return where


def find(session: Session, q: Query) -> list[int]:
    """Row ids of every match, in display order (the list model pages through them)."""
    key = SORTS.get(q.sort, ENT.c.search_key)
    order = [dialect.order(key, q.descending)]
    if q.sort != "name":
        order.append(asc(ENT.c.search_key))
    stmt: Select[Any] = sa_select(text("enterprise.rowid")).select_from(ENT).where(and_(True, *conditions(q)))
    return _column(session, stmt.order_by(*order))


def _column(session: Session, stmt: Select[Any]) -> list[int]:
    """First column of every row, fetched through the driver: 200k ids without 200k Row objects."""
    return [int(r) for r in dialect.first_column(session.connection(), stmt)]


def count(session: Session, q: Query) -> int:
    from sqlalchemy import func

    stmt = sa_select(func.count()).select_from(ENT).where(and_(True, *conditions(q)))
    return int(session.connection().execute(stmt).scalar_one())


def rows(session: Session, rowids: Sequence[int], *, today: date | None = None) -> list[ListRow]:
    """The rows behind ``rowids``, in that order (missing ones are left out).

    Each carries its failing spot checks of the ``FAILING_YEARS`` years before ``today`` (the caller's date;
    the computer's date when not given), its certificates valid on ``today`` and its credit grade, each counted
    for the whole page in one query.
    """
    found: dict[int, ListRow] = {}
    day = today or date.today()
    since = failing_since(day)
    for start in range(0, len(rowids), 500):
        chunk = list(rowids[start : start + 500])
        stmt = (
            sa_select(text("enterprise.rowid AS rid"), ENT, ORG.c.name.label("township_name"))
            .select_from(ENT.join(ORG, ORG.c.id == ENT.c.township_id))
            .where(text("enterprise.rowid IN (%s)" % ",".join(str(int(r)) for r in chunk)))  # noqa: UP031
        )
        for r in session.connection().execute(stmt).mappings():
            found[r["rid"]] = ListRow(
                r["rid"],
                r["id"],
                r["name"],
                r["uscc"],
                r["uscc_override"],
                r["township_name"],
                r["industry_code"],
                r["kind"],
                r["scale"],
                r["status"],
                r["deleted_at"] is not None,
            )
        ids = {found[int(r)].id: int(r) for r in chunk if int(r) in found}
        failing = failing_checks(session, list(ids), since=since)
        valid = valid_certificates(session, list(ids), today=day)
        grades = credit.grades_of(session, list(ids))
        for enterprise_id, rid in ids.items():
            found[rid] = replace(found[rid], failed_checks=failing.get(enterprise_id, 0),
                                 valid_certificates=valid.get(enterprise_id, 0), grade=grades.get(enterprise_id, ""))
    return [found[r] for r in rowids if r in found]


def valid_certificates(session: Session, enterprise_ids: Sequence[str], *, today: date) -> dict[str, int]:
    """Per enterprise, its live certificates 有效 on ``today`` (stored as valid, not past their expiry date).

    One query for a page of ids, through the partial index of live certificates by enterprise; ids without any
    are left out.
    """
    if not enterprise_ids:
        return {}
    day = today.isoformat()
    stmt = (
        sa_select(CERT.c.enterprise_id, func.count())
        .where(CERT.c.enterprise_id.in_(list(enterprise_ids)), CERT.c.deleted_at.is_(None),
               CERT.c.status == certificates.VALID, or_(CERT.c.expires_on.is_(None), CERT.c.expires_on >= day))
        .group_by(CERT.c.enterprise_id)
    )
    return {str(r[0]): int(r[1]) for r in session.connection().execute(stmt)}


# --- spot checks of an enterprise ------------------------------------------------------------------------

FAILING_YEARS = 3  # the look-back of the 抽查不合格 column, and of award eligibility (DESIGN §3)


def failing_since(today: date, years: int = FAILING_YEARS) -> date:
    """The first day of the look-back window ending ``today`` (29 February goes to the 28th)."""
    start: date = today - relativedelta(years=years)
    return start


def _check_day() -> ColumnElement[str]:
    """The day a sample counts from: sampled, else reported, else the last day of its plan's year."""
    check = spotcheck_stats.CHECK
    plan_end = spotcheck_stats.of_plan(lambda plan: func.cast(plan.c.year, String) + "-12-31")
    return func.coalesce(func.nullif(check.c.sampled_on, ""), func.nullif(check.c.report_on, ""), plan_end)


def failing_checks(session: Session, enterprise_ids: Sequence[str], *, since: date) -> dict[str, int]:
    """Per enterprise, its live samples finally failing on or after ``since``, as sampled unit or as producer.

    A sample where it is both counts once. Ids without any are left out. One query for a page of ids,
    through the indexes on ``enterprise_id`` and ``producer_id``.
    """
    if not enterprise_ids:
        return {}
    check = spotcheck_stats.CHECK
    where = [*spotcheck_stats.live(), spotcheck_stats.failed_finally(), _check_day() >= since.isoformat()]
    ids = list(enterprise_ids)
    roles = union(
        sa_select(check.c.enterprise_id.label("owner"), check.c.id).where(check.c.enterprise_id.in_(ids), *where),
        sa_select(check.c.producer_id.label("owner"), check.c.id).where(check.c.producer_id.in_(ids), *where),
    ).subquery()
    stmt = sa_select(roles.c.owner, func.count()).group_by(roles.c.owner)
    return {str(r[0]): int(r[1]) for r in session.connection().execute(stmt)}


@dataclass(frozen=True)
class EnterpriseCheck:
    """One spot check of an enterprise, as its detail lists it; codes, not words (the interface names them)."""

    id: str
    year: int | None
    plan_no: str
    product: str
    role: str  # "unit" (sampled here), "producer" (its product sampled elsewhere) or "both"
    sampled_on: str | None
    counted_on: str | None  # the day the look-back window compares: sampled, else reported, else the plan's year end
    verdict: str | None  # pass | fail | serious_fail | None (no result yet)
    retest_verdict: str | None
    failed_items: str
    next_step: followup.Step | None  # the open follow-up step of a failing sample
    closed_on: str | None = None  # the follow-up was closed (结案)

    @property
    def failing(self) -> bool:
        """Finally failing: a failing result not overturned by a passing re-test."""
        return verdicts.is_failing(self.verdict) and self.retest_verdict != verdicts.PASS


def checks_of(session: Session, enterprise_id: str, *, today: date) -> list[EnterpriseCheck]:
    """The enterprise's live spot checks, as sampled unit or producer, newest first, with their next step."""
    check, plan = spotcheck_stats.CHECK, spotcheck_stats.PLAN
    columns = dict.fromkeys(("id", "enterprise_id", "producer_id", "product", "sampled_on", "report_on",
                             "failed_items", *FOLLOWUP_COLUMNS))
    stmt = (
        sa_select(*(check.c[c] for c in columns), plan.c.plan_no, plan.c.year.label("plan_year"),
                  spotcheck_stats.year_of().label("check_year"))
        .select_from(check.join(plan, plan.c.id == check.c.plan_id))
        .where(check.c.deleted_at.is_(None), plan.c.deleted_at.is_(None),
               (check.c.enterprise_id == enterprise_id) | (check.c.producer_id == enterprise_id))
        .order_by(literal_column("check_year").desc(), dialect.order(check.c.sampled_on, True), plan.c.plan_no)
    )
    out = []
    for row in session.connection().execute(stmt).mappings():
        unit, producer = row["enterprise_id"] == enterprise_id, row["producer_id"] == enterprise_id
        year = row["check_year"]
        counted = row["sampled_on"] or row["report_on"] or (f"{row['plan_year']}-12-31" if row["plan_year"] else None)
        out.append(EnterpriseCheck(
            id=row["id"],
            year=int(year) if year and str(year).isdigit() else row["plan_year"],
            plan_no=row["plan_no"],
            product=row["product"],
            role="both" if unit and producer else "unit" if unit else "producer",
            sampled_on=row["sampled_on"] or None,
            counted_on=counted,
            verdict=row["verdict"],
            retest_verdict=row["retest_verdict"],
            failed_items=row["failed_items"],
            next_step=followup.next_step(dict(row), today),
            closed_on=row["closed_on"],
        ))
    return out



def rowid_of(session: Session, enterprise_id: str) -> int | None:
    stmt = sa_select(text("rowid")).select_from(ENT).where(ENT.c.id == enterprise_id)
    value = session.connection().execute(stmt).scalar()
    return int(value) if value is not None else None


def detail(session: Session, enterprise_id: str) -> Detail | None:
    enterprise = session.get(Enterprise, enterprise_id)
    if enterprise is None:
        return None
    township = session.get(OrgUnit, enterprise.township_id)
    products = session.exec(
        select(Product)
        .where(col(Product.enterprise_id) == enterprise_id, col(Product.deleted_at).is_(None))
        .order_by(col(Product.name))
    ).all()
    infos = []
    for p in products:
        stds = session.exec(
            select(ExecutedStandard).where(col(ExecutedStandard.product_id) == p.id).order_by(col(ExecutedStandard.raw))
        ).all()
        infos.append(ProductInfo(p.id, p.name, p.brand, p.spec, list(stds)))
    return Detail(enterprise, township.name if township else "", infos)


def hlc_time(hlc: int) -> datetime:
    return datetime.fromtimestamp((hlc >> COUNTER_BITS) / 1000, tz=UTC)


def history(session: Session, row_id: str, table: str = "enterprise") -> list[HistoryEntry]:
    """Every change to one row, oldest first, with the value it replaced."""
    changes = session.exec(
        select(Change).where(col(Change.table_name) == table, col(Change.row_id) == row_id).order_by(col(Change.hlc))
    ).all()
    users = dict(session.connection().execute(sa_select(User.__table__.c.id, User.__table__.c.username)).all())  # type: ignore[attr-defined]
    current: dict[str, Any] = {}
    out: list[HistoryEntry] = []
    for ch in changes:
        value = json.loads(ch.value) if ch.value is not None else None
        who = users.get(ch.user_id, ch.user_id)
        if ch.op == "insert" and isinstance(value, dict):
            current.update(value)
            out.append(HistoryEntry(hlc_time(ch.hlc), who, "insert", None, None, value))
        elif ch.op == "update" and ch.field:
            out.append(HistoryEntry(hlc_time(ch.hlc), who, "update", ch.field, current.get(ch.field), value))
            current[ch.field] = value
        else:
            out.append(HistoryEntry(hlc_time(ch.hlc), who, ch.op, None, None, None))
    return out


def by_code(session: Session, uscc: str, *, exclude: str | None = None) -> Enterprise | None:
    """The live enterprise holding a credit code (the identity of an enterprise)."""
    stmt = select(Enterprise).where(col(Enterprise.uscc) == uscc, col(Enterprise.deleted_at).is_(None))
    if exclude:
        stmt = stmt.where(col(Enterprise.id) != exclude)
    return session.exec(stmt).first()


def similar_names(session: Session, name: str, *, exclude: str | None = None, limit: int = 3) -> list[tuple[str, str]]:
    """(id, name) of live enterprises whose name contains this one's core (legal form removed)."""
    core = name_core(name)
    if len(core) < 2:
        return []
    stmt = (
        sa_select(ENT.c.id, ENT.c.name)
        .where(ENT.c.search_key.like(f"%{core.lower()}%\x1f%\x1f%"), ENT.c.deleted_at.is_(None))
        .limit(limit + 1)
    )
    if exclude:
        stmt = stmt.where(ENT.c.id != exclude)
    return [(r[0], r[1]) for r in session.connection().execute(stmt)][:limit]


LEGAL_FORMS = (
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "专业合作社",
    "合作社",
    "经营部",
    "商行",
    "门市部",
    "店",
    "厂",
)


def name_core(name: str) -> str:
    core = "".join(name.split())
    for suffix in LEGAL_FORMS:
        if core.endswith(suffix):
            core = core[: -len(suffix)]
            break
    return core
