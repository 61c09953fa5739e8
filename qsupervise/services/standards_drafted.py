"""Standards drafted locally (参与制修订标准): national, industry, local and group standards that county enterprises
or agencies led or took part in, and their counts per township and year for the assessment.

:func:`drafted_count` is what a responsibility-letter metric reads: published standards (发布) of the township
whose publication day falls in the year up to the cut-off; both roles (主导 and 参与) count, each record once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Table, case, func, select
from sqlmodel import Session

from qsupervise.errors import KnownError
from qsupervise.models import DraftedStandard, Enterprise, OrgUnit, utcnow
from qsupervise.rules import standards as rules
from qsupervise.rules.dates import stored_date
from qsupervise.services import Changes, audit, versions

DRAFT: Table = DraftedStandard.__table__  # type: ignore[attr-defined]
ENT: Table = Enterprise.__table__  # type: ignore[attr-defined]
ORG: Table = OrgUnit.__table__  # type: ignore[attr-defined]
LEVELS = ("national", "industry", "local", "group")
ROLES = ("lead", "participant")  # 主导 | 参与
PROPOSED, PUBLISHED = "proposed", "published"  # 立项 | 发布
STATUSES = (PROPOSED, PUBLISHED)


@dataclass(frozen=True)
class DraftedInput:
    """A drafted standard as a form gives it: an enterprise of the registry, or an agency named by ``drafter``
    with its township."""

    level: str
    title: str
    number: str = ""
    enterprise_id: str | None = None
    drafter: str = ""
    township_id: str | None = None  # taken from the enterprise when it has one
    role: str = "lead"
    status: str = PROPOSED
    proposed_on: str | date | None = None
    published_on: str | date | None = None
    note: str = ""


def _check(session: Session, data: DraftedInput) -> dict[str, object]:
    if data.level not in LEVELS:
        raise KnownError("std_drafted_level", value=data.level)
    if data.role not in ROLES:
        raise KnownError("std_drafted_role", value=data.role)
    if data.status not in STATUSES:
        raise KnownError("std_drafted_status", value=data.status)
    title = data.title.strip()[:300]
    if not title:
        raise KnownError("std_drafted_title")
    number = ""
    if data.number.strip():
        parsed, _problems = rules.check_number(data.number)
        if parsed is None:
            raise KnownError("std_number_format", value=data.number.strip())
        number = parsed.normalized
    elif data.status == PUBLISHED:
        raise KnownError("std_drafted_number")
    proposed = stored_date(data.proposed_on, "proposed_on", code="std_bad_date")
    published = stored_date(data.published_on, "published_on", code="std_bad_date", required=data.status == PUBLISHED)
    drafter, township = data.drafter.strip()[:200], data.township_id
    if data.enterprise_id:
        enterprise = session.get(Enterprise, data.enterprise_id)
        if enterprise is None or enterprise.deleted_at is not None:
            raise KnownError("enterprise_not_found", ref=data.enterprise_id)
        drafter, township = drafter or enterprise.name, enterprise.township_id
    if not drafter:
        raise KnownError("std_drafted_drafter")
    if township is not None and session.get(OrgUnit, township) is None:
        raise KnownError("std_township_unknown", id=township)
    return {"level": data.level, "title": title, "number": number, "enterprise_id": data.enterprise_id or None,
            "drafter": drafter, "township_id": township, "role": data.role, "status": data.status,
            "proposed_on": proposed, "published_on": published if data.status == PUBLISHED else None,
            "note": data.note.strip()}


def save_drafted(session: Session, data: DraftedInput, *, drafted_id: str | None = None,
                 actor: str = "cli", opened_version: int | None = None) -> DraftedStandard:
    """Add a drafted standard, or correct the one ``drafted_id`` names; ``opened_version`` (versions.version when
    the form read it): refused with versions.RecordChanged when someone saved it since."""
    if drafted_id is not None and opened_version is not None:
        _live(session, drafted_id)  # a deleted record is "not found", as without the check
        versions.refuse_if_changed(session, DraftedStandard, drafted_id, opened_version, missing="std_drafted_unknown")
    values = _check(session, data)
    if drafted_id is None:
        row = DraftedStandard(**values)  # type: ignore[arg-type]
    else:
        row = _live(session, drafted_id)
        for name, value in values.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="standards.drafted_save", target=row.title,
                 detail={"drafted": row.id, "status": row.status, "number": row.number})
    return row


def _live(session: Session, drafted_id: str) -> DraftedStandard:
    row = session.get(DraftedStandard, drafted_id)
    if row is None or row.deleted_at is not None:
        raise KnownError("std_drafted_unknown", id=drafted_id)
    return row


def delete_drafted(session: Session, drafted_id: str, *, actor: str = "cli") -> Changes:
    row = _live(session, drafted_id)
    row.deleted_at = row.updated_at = utcnow()
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="standards.drafted_delete", target=row.title, detail={"id": row.id})
    return Changes(tables=frozenset({"drafted_standard"}), ids=frozenset({row.id}))


@dataclass(frozen=True)
class DraftedRow:
    id: str
    level: str
    number: str
    title: str
    enterprise_id: str | None
    drafter: str
    township_id: str | None
    township: str
    role: str
    status: str
    proposed_on: str | None
    published_on: str | None


def drafted(session: Session, *, year: int | None = None, township_id: str | None = None, level: str | None = None,
            status: str | None = None, drafted_id: str | None = None) -> list[DraftedRow]:
    """The records, newest first; ``year``: published that year, or proposed that year when not yet published;
    ``drafted_id``: only that one (a form reads it afresh)."""
    stmt = (select(DRAFT, func.coalesce(ORG.c.name, "").label("township"))
            .select_from(DRAFT.outerjoin(ORG, ORG.c.id == DRAFT.c.township_id)).where(DRAFT.c.deleted_at.is_(None))
            .order_by(func.coalesce(DRAFT.c.published_on, DRAFT.c.proposed_on, "").desc(), DRAFT.c.title))
    for column, value in ((DRAFT.c.township_id, township_id), (DRAFT.c.level, level), (DRAFT.c.status, status),
                          (DRAFT.c.id, drafted_id)):
        if value is not None:
            stmt = stmt.where(column == value)
    if year is not None:
        stmt = stmt.where(func.substr(func.coalesce(DRAFT.c.published_on, DRAFT.c.proposed_on, ""), 1, 4) == str(year))
    return [DraftedRow(r["id"], r["level"], r["number"], r["title"], r["enterprise_id"], r["drafter"],
                       r["township_id"], r["township"], r["role"], r["status"], r["proposed_on"], r["published_on"])
            for r in session.connection().execute(stmt).mappings()]


def _window(year: int, cutoff: date | None) -> tuple[str, str]:
    end = date(year, 12, 31)
    return f"{year}-01-01", (min(end, cutoff) if cutoff is not None else end).isoformat()


def drafted_counts(session: Session, year: int, cutoff: date | None = None, *,
                   levels: tuple[str, ...] | None = None) -> dict[str, int]:
    """township id -> published drafted standards in ``year`` up to ``cutoff`` (see the module's definition)."""
    first, last = _window(year, cutoff)
    stmt = (select(DRAFT.c.township_id, func.count()).where(
        DRAFT.c.deleted_at.is_(None), DRAFT.c.status == PUBLISHED, DRAFT.c.township_id.is_not(None),
        DRAFT.c.published_on >= first, DRAFT.c.published_on <= last).group_by(DRAFT.c.township_id))
    if levels:
        stmt = stmt.where(DRAFT.c.level.in_(levels))
    return {str(t): int(n) for t, n in session.connection().execute(stmt)}


def drafted_count(session: Session, township_id: str, year: int, cutoff: date | None = None, *,
                  levels: tuple[str, ...] | None = None) -> int:
    """Published drafted standards of one township in ``year`` up to ``cutoff``."""
    return drafted_counts(session, year, cutoff, levels=levels).get(township_id, 0)


@dataclass(frozen=True)
class DraftedTally:
    township_id: str
    township: str
    level: str
    proposed: int
    published: int


def drafted_tallies(session: Session, year: int) -> list[DraftedTally]:
    """Per township and level: proposed (立项 that year) and published (发布 that year)."""
    day = func.coalesce(DRAFT.c.published_on, DRAFT.c.proposed_on, "")
    stmt = (select(func.coalesce(DRAFT.c.township_id, ""), func.coalesce(ORG.c.name, ""), DRAFT.c.level,
                   func.sum(case((DRAFT.c.status == PROPOSED, 1), else_=0)),
                   func.sum(case((DRAFT.c.status == PUBLISHED, 1), else_=0)))
            .select_from(DRAFT.outerjoin(ORG, ORG.c.id == DRAFT.c.township_id))
            .where(DRAFT.c.deleted_at.is_(None), func.substr(day, 1, 4) == str(year))
            .group_by(DRAFT.c.township_id, ORG.c.name, ORG.c.sort_order, DRAFT.c.level)
            .order_by(ORG.c.sort_order, DRAFT.c.level))
    return [DraftedTally(str(t), str(n), str(lv), int(p or 0), int(u or 0))
            for t, n, lv, p, u in session.connection().execute(stmt)]
