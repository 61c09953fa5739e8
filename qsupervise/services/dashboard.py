"""Figures for the 工作台 page: what the database holds, by township and by kind; this year's spot checks and
the follow-ups that are overdue or due soon; certificates about to expire, the instrument rates and the credit
grades."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import case, func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from qsupervise.models import Change, Enterprise, ExecutedStandard, OrgKind, OrgUnit, Product
from qsupervise.rules.certificates import LAPSED
from qsupervise.rules.credit import Facts, grade
from qsupervise.services import (
    assessment,
    certifications,
    credit,
    instruments,
    letters,
    spotcheck_stats,
    spotchecks,
    standards_adoption,
    standards_projects,
)
from qsupervise.services.certifications import ExpiryWatch
from qsupervise.services.instruments import Rates
from qsupervise.services.spotchecks import Due

DUE_SOON_DAYS = 15  # a follow-up whose last day is this close is listed with the overdue ones
FOLLOWUPS_SHOWN = 10


@dataclass(frozen=True)
class TownshipCount:
    township_id: str
    name: str
    kind: str
    active: bool
    enterprises: int
    individual: int
    above_scale: int


@dataclass(frozen=True)
class SpotcheckFigures:
    """This year's samples and the follow-ups of failing ones, as of ``today``."""

    year: int
    samples: int  # live samples of the year, whatever their state
    judged: int  # with a verdict
    passed: int  # finally passed (a passing re-test included)
    open_followups: int  # failing samples not closed yet
    overdue: int
    due_soon: int  # not overdue, last day within DUE_SOON_DAYS
    urgent: list[Due] = field(default_factory=list)  # the first of the overdue and due-soon ones, most urgent first
    soon_days: int = DUE_SOON_DAYS

    @property
    def rate(self) -> float | None:
        return self.passed / self.judged if self.judged else None

    @property
    def urgent_total(self) -> int:
        return self.overdue + self.due_soon


@dataclass(frozen=True)
class Summary:
    county: str
    townships: int
    member_units: int
    enterprises: int
    products: int
    standards: int
    changes: int
    by_kind: dict[str, int]
    by_township: list[TownshipCount]
    spotchecks: SpotcheckFigures | None = None  # None: not asked for (no date given)


def spotcheck_figures(session: Session, today: date, *, shown: int = FOLLOWUPS_SHOWN) -> SpotcheckFigures:
    """This year's samples and pass rate (as the statistics count them) and the urgent follow-ups."""
    year = today.year
    samples = session.connection().execute(
        sa_select(func.count()).select_from(spotcheck_stats.CHECK)
        .where(*spotcheck_stats.live(), spotcheck_stats.year_of() == str(year))
    ).scalar_one()
    judged = spotcheck_stats.overall(session, year=year)
    followups = spotchecks.open_followups(session, today)
    soon = today + timedelta(days=DUE_SOON_DAYS)
    overdue = [d for d in followups if d.overdue(today)]
    due_soon = [d for d in followups if not d.overdue(today) and d.step.due is not None and d.step.due <= soon]
    return SpotcheckFigures(
        year=year,
        samples=int(samples),
        judged=judged.total,
        passed=judged.passed,
        open_followups=len(followups),
        overdue=len(overdue),
        due_soon=len(due_soon),
        urgent=(overdue + due_soon)[:shown],
    )


@dataclass(frozen=True)
class CreditFigures:
    """Live enterprises per credit grade; those with nothing on record (no grade row) are counted at the rules'
    default grade, and ``unrecorded`` says how many they are."""

    counts: dict[str, int]  # "A" … "D"
    unrecorded: int
    default_grade: str

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def credit_figures(session: Session, today: date) -> CreditFigures:
    """The county's live enterprises by grade on ``today``, and how many of them have no grade row."""
    counts = credit.grade_counts(session)
    grades, firms = credit.GRADE, credit.ENT
    graded = (
        sa_select(func.count(func.distinct(grades.c.enterprise_id)))
        .select_from(grades.join(firms, firms.c.id == grades.c.enterprise_id))
        .where(firms.c.deleted_at.is_(None))
    )
    recorded = int(session.connection().execute(graded).scalar_one())
    default = grade(Facts(as_of=today), credit.rules(session)).grade
    return CreditFigures(counts, max(sum(counts.values()) - recorded, 0), default)


@dataclass(frozen=True)
class ComplianceFigures:
    """Certificates lapsed or expiring within 30/60/90 days, and 登记造册率 / 强检受检率 per township, on ``today``.

    The rates join every instrument to its enterprise (a few hundred milliseconds at 100k instruments): the page
    reads them on a worker, like the spot-check figures, and the credit grades with them.
    """

    today: date
    certificates: ExpiryWatch
    instruments: Rates
    credit: CreditFigures | None = None

    def certificates_within(self, days: int) -> int:
        """Certificates still valid that expire within ``days`` (30, 60 or 90) days."""
        return self.certificates.within(days)

    @property
    def certificates_lapsed(self) -> int:
        return self.certificates.total(LAPSED)


def compliance_figures(session: Session, today: date) -> ComplianceFigures:
    return ComplianceFigures(today, certifications.expiry_watch(session, today), instruments.rates(session, today),
                             credit_figures(session, today))


def summary(session: Session, *, today: date | None = None) -> Summary:
    """Counts straight from the database (soft-deleted enterprises left out); spot checks as of ``today``."""
    county = session.exec(select(OrgUnit.name).where(OrgUnit.kind == OrgKind.COUNTY)).first() or ""
    live = col(Enterprise.deleted_at).is_(None)
    by_kind = dict(session.exec(select(Enterprise.kind, func.count()).where(live).group_by(Enterprise.kind)).all())
    rows = session.exec(
        select(
            Enterprise.township_id,
            func.count(),
            func.sum(case((col(Enterprise.kind) == "individual", 1), else_=0)),
            func.sum(case((col(Enterprise.scale) == "above", 1), else_=0)),
        )
        .where(live)
        .group_by(Enterprise.township_id)
    ).all()
    per_unit = {r[0]: (int(r[1]), int(r[2] or 0), int(r[3] or 0)) for r in rows}
    units = session.exec(
        select(OrgUnit).where(OrgUnit.kind != OrgKind.COUNTY).order_by(col(OrgUnit.kind), col(OrgUnit.sort_order))
    ).all()
    by_township = [
        TownshipCount(u.id, u.name, u.kind, u.active, *per_unit.get(u.id, (0, 0, 0)))
        for u in units
        if u.kind == OrgKind.TOWNSHIP and (u.active or u.id in per_unit)
    ]
    by_township.sort(key=lambda t: -t.enterprises)
    return Summary(
        county=county,
        townships=sum(1 for u in units if u.kind == OrgKind.TOWNSHIP and u.active),
        member_units=sum(1 for u in units if u.kind == OrgKind.MEMBER_UNIT and u.active),
        enterprises=sum(by_kind.values()),
        products=session.exec(select(func.count()).select_from(Product).where(col(Product.deleted_at).is_(None))).one(),
        standards=session.exec(select(func.count()).select_from(ExecutedStandard)).one(),
        changes=session.exec(select(func.count()).select_from(Change)).one(),
        by_kind=by_kind,
        by_township=by_township,
        spotchecks=spotcheck_figures(session, today) if today is not None else None,
    )


@dataclass(frozen=True)
class LetterFigures:
    """The year's responsibility letters on ``today``: how many there are, and each township's traffic light."""

    year: int
    letters: int  # the year's letters, townships and member units
    townships: list[assessment.UnitProgress]

    def count(self, light: str) -> int:
        return sum(1 for u in self.townships if u.light == light)


def letter_figures(session: Session, today: date) -> LetterFigures:
    """每个乡镇 against its letter this year (services.assessment.progress); nothing computed without letters."""
    rows = letters.letters(session, today.year)
    has_townships = any(r.kind == OrgKind.TOWNSHIP for r in rows)
    units = assessment.progress(session, today.year, today=today) if has_townships else []
    return LetterFigures(today.year, len(rows), units)


@dataclass(frozen=True)
class StandardsFigures:
    """标准化 on 工作台: the county's adoption rate (采标率) against its target, by township, and the agricultural
    projects' implementation rate (推广实施率), by township with the county's line last (key "")."""

    adoption: standards_adoption.AdoptionRate
    townships: list[standards_adoption.AdoptionRate]
    implementation: list[standards_projects.Implementation]

    @property
    def county_implementation(self) -> standards_projects.Implementation | None:
        return self.implementation[-1] if self.implementation else None


def standards_figures(session: Session, today: date) -> StandardsFigures:
    """采标率 (county and townships, against the target) and 推广实施率; ``today`` for the worker's signature."""
    target = standards_adoption.adoption_target(session)
    return StandardsFigures(standards_adoption.county_adoption(session, target=target),
                            standards_adoption.adoption_rates(session, by="township", target=target),
                            standards_projects.implementation_rates(session))


def reporting_figures(session: Session, today: date) -> list[Any]:
    """The sync stations with their last package and whether they reported in ``today``'s month (county)."""
    from datetime import UTC, datetime, time

    from qsupervise.sync import status

    return status.station_rows(session, now=datetime.combine(today, time(12), UTC))
